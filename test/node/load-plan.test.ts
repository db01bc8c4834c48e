import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/index.js";
import { FileError, loadPlan, loadStrategy, savePlan } from "../../src/node/index.js";
import { everyFieldPlanText, everyFieldStrategyText, repoRoot } from "../support/plans.js";

const dir = mkdtempSync(join(tmpdir(), "andt-plan-node-"));

describe("loadPlan and savePlan", () => {
  it("loads a plan file and saves it back byte for byte", async () => {
    const plan = await loadPlan(join(repoRoot, "test/parse/data/every-field.plan.json"));
    const out = join(dir, "copy.json");
    await savePlan(out, plan);
    expect(readFileSync(out, "utf8")).toBe(everyFieldPlanText);
  });

  it("reads a file with a byte-order mark", async () => {
    const file = join(dir, "bom.json");
    writeFileSync(file, `\uFEFF${everyFieldPlanText}`);
    expect((await loadPlan(file)).id).toBe("vaxjo-2018-2021");
  });

  it("throws FileError file_not_found for a missing file, with the path", async () => {
    const missing = join(dir, "nope.json");
    await expect(loadPlan(missing, { lang: "en" })).rejects.toMatchObject({
      name: "FileError",
      code: "file_not_found",
      file: missing,
      path: [],
      message: `The file ${missing} does not exist.`,
    });
  });

  it("throws FileError file_unreadable for a directory", async () => {
    await expect(loadPlan(dir)).rejects.toBeInstanceOf(FileError);
    await expect(loadPlan(dir)).rejects.toMatchObject({
      code: "file_unreadable",
      file: dir,
      path: [],
      message: `Filen ${dir} kan inte läsas: EISDIR.`,
    });
  });

  it("throws ParseError listing the issues of a bad file", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, "{ not json");
    const error = (await loadPlan(file).catch((e: unknown) => e)) as ParseError;
    expect(error).toBeInstanceOf(ParseError);
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([["invalid_json", []]]);
  });

  it("throws FileError file_unwritable when the target cannot be written", async () => {
    const plan = await loadPlan(join(repoRoot, "test/parse/data/every-field.plan.json"));
    const target = join(dir, "missing-dir", "x.json");
    await expect(savePlan(target, plan)).rejects.toMatchObject({
      code: "file_unwritable",
      message: `Filen ${target} kan inte skrivas: sökvägen leder inte till en mapp som finns eller kan skapas (ENOENT).`,
    });
  });
});

describe("loadStrategy", () => {
  it("loads a strategy file", async () => {
    const file = join(dir, "strategy.json");
    writeFileSync(file, everyFieldStrategyText);
    expect((await loadStrategy(file)).id).toBe("andt-2016-2020");
  });
});

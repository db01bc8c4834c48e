import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/index.js";
import { FileError, loadPlan, loadStrategy, savePlan } from "../../src/node/index.js";
import { utf16, windows1252 } from "../support/encodings.js";
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

  it("reads a plan saved as Windows-1252 when told so, and names the encoding when not", async () => {
    const file = join(dir, "ansi.json");
    writeFileSync(file, windows1252(everyFieldPlanText));
    expect(await loadPlan(file, { encoding: "windows-1252" })).toEqual(
      await loadPlan(join(repoRoot, "test/parse/data/every-field.plan.json")),
    );
    await expect(loadPlan(file, { lang: "en" })).rejects.toMatchObject({
      name: "ParseError",
      issues: [{ code: "invalid_encoding", path: [], detected: "windows-1252" }],
    });
    const strategyFile = join(dir, "strategy-utf16.json");
    writeFileSync(strategyFile, utf16(everyFieldStrategyText, "le", true));
    expect((await loadStrategy(strategyFile, { encoding: "utf-16le" })).id).toBe(JSON.parse(everyFieldStrategyText).id);
  });

  it("refuses an unknown encoding with an OptionError before reading the file", async () => {
    await expect(loadPlan(join(dir, "nope.json"), { encoding: "cp850" as "utf-8", lang: "en" })).rejects.toMatchObject({
      name: "OptionError",
      code: "invalid_encoding",
      path: ["encoding"],
      details: { received: "cp850", allowed: ["utf-8", "windows-1252", "latin1", "utf-16le", "utf-16be"] },
    });
    await expect(loadStrategy(join(dir, "nope.json"), { encoding: "ascii" as "utf-8" })).rejects.toMatchObject({
      code: "invalid_encoding",
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

import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { observationsFromCsv, serializeObservations } from "../../src/index.js";
import { FileError, loadObservations, loadPlan } from "../../src/node/index.js";
import { dataBytes, dataDir, measuredPlan, sampleSet } from "../support/observations.js";
import { repoRoot } from "../support/plans.js";

const dir = mkdtempSync(join(tmpdir(), "andt-plan-observations-"));
const plan = measuredPlan();

describe("loadObservations", () => {
  it("reads a JSON observation file, with the parse infos and the checks against the plan", async () => {
    const { observations, issues } = await loadObservations(join(dataDir, "every-field.observations.json"), { plan });
    expect(observations).toHaveLength(6);
    expect(issues.map(({ message: _m, ...rest }) => rest)).toEqual([
      { code: "unknown_field", severity: "info", path: ["x-länsstyrelsen"], key: "x-länsstyrelsen" },
    ]);
  });

  it("reads the invented Kronoberg follow-up with the Kronoberg plan without an issue", async () => {
    const kronoberg = await loadPlan(join(repoRoot, "fixtures/kronoberg-2017-2021.json"));
    const { observations, issues } = await loadObservations(join(repoRoot, "fixtures/kronoberg-2017-2019.observations.invented.json"), {
      plan: kronoberg,
    });
    expect(issues).toEqual([]);
    expect(observations).toHaveLength(260);
  });

  it("leaves out a JSON observation with an error and says why", async () => {
    const set = sampleSet();
    set.observations[2] = { indicator: "9.9-9", year: 2018, value: 1 };
    const file = join(dir, "unknown.json");
    writeFileSync(file, serializeObservations({ ...set, plan: "annan" }));
    const { observations, issues } = await loadObservations(file, { plan, lang: "en" });
    expect(observations.map((o) => o.indicator)).toEqual(["F.1-1", "F.1-1", "F.3-1", "1.1-1", "F.1-2"]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["plan_mismatch", ["plan"]],
      ["unknown_indicator", ["observations", 2, "indicator"]],
    ]);
  });

  it("gives the parse issues of an invalid JSON file and no observations", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, "{\n  nope\n}");
    expect(await loadObservations(file)).toEqual({
      observations: [],
      issues: [{ code: "invalid_json", severity: "error", path: [], line: 2, column: 3, message: "Ogiltig JSON på rad 2, kolumn 3." }],
    });
  });

  it("reads a CSV file as observationsFromCsv does, whatever the case of its extension", async () => {
    const file = join(dir, "Uppföljning.CSV");
    copyFileSync(join(dataDir, "broken.csv"), file);
    expect(await loadObservations(file, { plan })).toEqual(observationsFromCsv(dataBytes("broken.csv"), { plan }));
    expect(await loadObservations(join(dataDir, "tab.tsv"))).toEqual(observationsFromCsv(dataBytes("tab.tsv")));
  });

  it("throws FileError for a missing file and for a file type it does not read", async () => {
    const missing = join(dir, "saknas.csv");
    await expect(loadObservations(missing)).rejects.toMatchObject({ name: "FileError", code: "file_not_found", file: missing, path: [] });
    const xlsx = join(dir, "uppföljning.xlsx");
    writeFileSync(xlsx, "PK");
    const error = (await loadObservations(xlsx, { lang: "en" }).catch((e: unknown) => e)) as FileError;
    expect(error).toBeInstanceOf(FileError);
    expect(error.code).toBe("file_type_unsupported");
    expect(error.message).toBe(`The file ${xlsx} cannot be read: the file type .xlsx is not supported.`);
    await expect(loadObservations(join(dir, "README"))).rejects.toMatchObject({ code: "file_type_unsupported" });
  });

  it("throws FileError file_unreadable for a directory", async () => {
    const folder = join(dir, "mapp.csv");
    mkdirSync(folder);
    await expect(loadObservations(folder)).rejects.toMatchObject({
      code: "file_unreadable",
      message: `Filen ${folder} kan inte läsas: EISDIR.`,
    });
  });
});

/**
 * `andt-plan validate` run in-process through `runCli`, one test per exit code; the file paths are relative to
 * the repository root, where `npm test` runs. test/package/cli.test.ts runs the built CLI once as a process.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/help.js";
import { runCli } from "../../src/cli/run.js";
import { serializePlan } from "../../src/index.js";
import { windows1252 } from "../support/encodings.js";
import { activity, minimalPlan } from "../support/plans.js";

const dir = mkdtempSync(join(tmpdir(), "andt-plan-cli-"));
const kronoberg = "fixtures/kronoberg-2017-2021.json";
const strategies = ["--strategy", "fixtures/andt-2016-2020.json", "--strategy", "fixtures/andt-2011-2015.json"];

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["validate", ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A municipality's plan (Växjö) following a regional plan, over the given period. */
function localPlan(start: string, end: string): ReturnType<typeof minimalPlan> {
  const territory = { countyCode: "07", municipalityCode: "0780" };
  return { ...minimalPlan(), level: "local", id: `vaxjo-${start}-${end}`, territory, period: { start, end } };
}

function writePlan(name: string, plan: ReturnType<typeof minimalPlan>): string {
  const file = join(dir, name);
  writeFileSync(file, serializePlan(plan));
  return file;
}

describe("andt-plan validate", () => {
  it("exits 0 on the Kronoberg plan, which has warnings and infos but no errors, and prints a summary", async () => {
    const { code, out, err } = await run(kronoberg, ...strategies, "--lang", "en");
    expect([code, err]).toEqual([0, ""]);
    expect(out).toContain(`${kronoberg}:period: warning period_outside_strategy: `);
    expect(out).toContain(`${kronoberg}:actors.16.municipalityCode: info municipality_outside_county: `);
    expect(out.endsWith("1 file: 0 errors, 10 warnings, 5 infos\n")).toBe(true);
  });

  it("exits 1 with --strict when there are warnings", async () => {
    const { code, out } = await run(kronoberg, ...strategies, "--strict");
    expect(code).toBe(1);
    expect(out.endsWith("1 fil: 0 fel, 10 varningar, 5 info\n")).toBe(true);
  });

  it("exits 1 on a plan with errors, naming file, path, severity and code", async () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.activities[1] = activity("F.2", { responsible: { text: "Okänd", actors: ["okand"] } });
    const file = writePlan("broken.json", plan);
    const { code, out } = await run(file, "--lang", "en");
    expect(code).toBe(1);
    expect(out).toContain(`${file}:subGoals.0.areas.0.activities.1.responsible.actors.0: error unknown_actor: `);
  });

  it("reports a blank text and the plan's meaning in the same run, and an activity of the wrong shape once", async () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.activities[0]!.text = " ";
    plan.subGoals[0]!.areas![1]!.activities[0] = activity("F.4", { responsible: { text: "Okänd", actors: ["okand"] } });
    const text = JSON.parse(serializePlan(plan)) as { subGoals: { areas: { activities: Record<string, unknown>[] }[] }[] };
    text.subGoals[1]!.areas[0]!.activities[0]!["followUp"] = "Antal.";
    const file = join(dir, "many.json");
    writeFileSync(file, JSON.stringify(text));
    const { code, out } = await run(file, "--lang", "en");
    expect(code).toBe(1);
    const lines = out.split("\n").filter((line) => !line.includes("indicator_without_measure"));
    expect(lines).toEqual([
      `${file}:strategies.0: info strategy_not_given: Strategy andt-2016-2020 is not given, so references to it are not checked.`,
      `${file}:subGoals.0.areas.0.activities.0.text: error empty_text: Text is empty but required.`,
      `${file}:subGoals.0.areas.1.activities.0.code: warning activity_code_sequence: The activity code should be F.3 but is F.4.`,
      `${file}:subGoals.0.areas.1.activities.0.responsible.actors.0: error unknown_actor: Actor "okand" is not in the plan's actor registry.`,
      `${file}:subGoals.1.areas.0.activities.0: info unreadable_part: The part subGoals.1.areas.0.activities.0 could not be read and is left out of validation; the rules activity_code_sequence, sub_goal_without_areas, area_without_activities, areas_per_sub_goal need it and were not checked around it.`,
      `${file}:subGoals.1.areas.0.activities.0.followUp: error invalid_type: Wrong type: expected object, received string.`,
      // 3 errors, 1 warning and 2 infos above, and the 3 indicator_without_measure infos of F.1, F.2 and F.4 left out.
      "1 file: 3 errors, 1 warning, 5 infos",
      "",
    ]);
  });

  it("exits 1 on a file that does not parse, saying no rule was checked and listing the parse issues", async () => {
    const file = join(dir, "not-a-plan.json");
    writeFileSync(file, '{"kind": "plan"}');
    const { code, out } = await run(file, "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: { file: string; issues: { code: string; path: unknown[] }[] }[] };
    expect(json.files[0]?.file).toBe(file);
    expect(json.files[0]?.issues.map((f) => [f.code, f.path]).slice(0, 3)).toEqual([
      ["unreadable_part", []],
      ["required", ["formatVersion"]],
      ["required", ["level"]],
    ]);
  });

  it("writes JSON as { files: [{ file, issues }] }", async () => {
    const file = writePlan("ok.json", minimalPlan());
    const { code, out } = await run(file, "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as { files: { file: string; issues: { code: string }[] }[] };
    expect(json.files.map((f) => f.file)).toEqual([file]);
    expect(json.files[0]?.issues.map((f) => f.code)).toEqual([
      "strategy_not_given",
      "indicator_without_measure",
      "indicator_without_measure",
      "indicator_without_measure",
      "indicator_without_measure",
    ]);
  });

  it("exits 2 for a missing file, with a clear message and no stack trace", async () => {
    const missing = join(dir, "missing.json");
    const { code, out, err } = await run(missing, "--lang", "en");
    expect([code, out]).toEqual([2, ""]);
    expect(err).toBe(`andt-plan validate: The file ${missing} does not exist.\n`);
  });

  it("validates a directory as a set: strategies used as such, a local plan's parent found by its parentPlan", async () => {
    const set = mkdtempSync(join(tmpdir(), "andt-plan-set-"));
    for (const name of ["kronoberg-2017-2021.json", "andt-2016-2020.json", "andt-2011-2015.json"]) {
      writeFileSync(join(set, name), readFileSync(join("fixtures", name)));
    }
    // A local plan of Växjö (invented) whose parentPlan is Kronoberg but whose area names an area Kronoberg lacks.
    const local = { ...localPlan("2018", "2020"), parentPlan: "kronoberg-2017-2021" };
    local.subGoals[0]!.areas![0]!.regionalRef = { plan: "kronoberg-2017-2021", area: "x-z" };
    writeFileSync(join(set, "vaxjo.json"), serializePlan(local));
    const { code, out } = await run(set, "--lang", "en", "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: { file: string; issues: { code: string; path: unknown[]; message: string }[] }[] };
    expect(json.files.map((f) => f.file)).toEqual(
      ["andt-2011-2015.json", "andt-2016-2020.json", "kronoberg-2017-2021.json", "vaxjo.json"].map((name) => join(set, name)),
    );
    // The strategies read as strategies, without issues; Kronoberg has no error.
    expect(json.files[0]?.issues).toEqual([]);
    expect(json.files[1]?.issues).toEqual([]);
    expect(json.files[2]?.issues.filter((f) => f.code === "parent_not_given" || f.code === "strategy_not_given")).toEqual([]);
    expect(json.files[3]?.issues.filter((f) => f.code === "unknown_regional_ref")).toEqual([
      {
        code: "unknown_regional_ref",
        severity: "error",
        path: ["subGoals", 0, "areas", 0, "regionalRef", "area"],
        message: 'The regional plan "Regional handlingsplan ANDT 2017–2021" (kronoberg-2017-2021) has no area "x-z".',
      },
    ]);
  });

  it("exits 2 for usage errors: no file, unknown option, bad --format", async () => {
    expect((await run()).code).toBe(2);
    expect((await run()).err).toContain("andt-plan validate: ingen planfil angiven\nUsage: andt-plan validate <file or directory…>");
    expect((await run("--lang", "en")).err).toContain(
      "andt-plan validate: no plan file given\nUsage: andt-plan validate <file or directory…>",
    );
    const unknown = await run(kronoberg, "--frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option '--frobnicate'");
    expect((await run(kronoberg, "--format", "xml")).err).toContain('andt-plan validate: --format ska vara text eller json, inte "xml"');
  });

  it("reports period_outside_parent for a local plan reaching beyond its --parent, a warning (exit 0, 1 with --strict)", async () => {
    const local = writePlan("vaxjo-2020-2023.json", localPlan("2020", "2023"));
    const line = `${local}:period: warning period_outside_parent: `;
    const { code, out, err } = await run(local, "--parent", kronoberg);
    expect([code, err]).toEqual([0, ""]);
    expect(out.split("\n")[0]).toBe(
      `${line}Planens period 2020–2023 ligger inte inom perioden 2017–2021 för den regionala planen "Regional handlingsplan ANDT 2017–2021" (kronoberg-2017-2021).`,
    );
    expect(out.endsWith("1 fil: 0 fel, 1 varning, 5 info\n")).toBe(true);
    const en = await run(local, "--parent", kronoberg, "--lang", "en", "--strict");
    expect(en.code).toBe(1);
    expect(en.out).toContain(
      `${line}The plan's period 2020–2023 is not within the period 2017–2021 of the regional plan "Regional handlingsplan ANDT 2017–2021" (kronoberg-2017-2021).\n`,
    );
    // Without --parent, or within the parent's period, there is nothing to report.
    expect((await run(local)).out).not.toContain("period_outside_parent");
    const within = writePlan("vaxjo-2018-2021.json", localPlan("2018", "2021"));
    const inside = await run(within, "--parent", kronoberg);
    expect([inside.code, inside.out.includes("period_outside_parent")]).toEqual([0, false]);
    expect(inside.out.endsWith("1 fil: 0 fel, 0 varningar, 5 info\n")).toBe(true);
  });

  it("exits 2 when the --parent file is not a valid plan, naming its first error, and validates nothing", async () => {
    const local = writePlan("vaxjo-2020-2023.json", localPlan("2020", "2023"));
    const parent = join(dir, "not-a-parent.json");
    writeFileSync(parent, '{"kind": "plan"}');
    expect(await run(local, "--parent", parent)).toEqual({
      code: 2,
      out: "",
      err: `andt-plan validate: ${parent} kan inte användas som sammanhang: formatVersion: Fältet saknas men krävs.\n`,
    });
    expect((await run(local, "--parent", parent, "--lang", "en")).err).toBe(
      `andt-plan validate: ${parent} cannot be used as context: formatVersion: Required field is missing.\n`,
    );
    const strategy = "fixtures/andt-2016-2020.json";
    expect(await run(local, "--parent", strategy, "--lang", "en")).toEqual({
      code: 2,
      out: "",
      err: `andt-plan validate: ${strategy} cannot be used as context: kind: Invalid value "strategy": allowed are "plan".\n`,
    });
    const broken = join(dir, "broken-parent.json");
    writeFileSync(broken, '{"kind": ');
    expect(await run(local, "--parent", broken, "--lang", "en")).toEqual({
      code: 2,
      out: "",
      err: `andt-plan validate: ${broken} cannot be used as context: (root): Invalid JSON at line 1, column 10.\n`,
    });
  });

  it("exits 2 when a strategy file is not a valid strategy", async () => {
    const { code, err } = await run(kronoberg, "--strategy", kronoberg, "--lang", "en");
    expect(code).toBe(2);
    expect(err.startsWith(`andt-plan validate: ${kronoberg} cannot be used as context: `)).toBe(true);
  });

  it("names the encoding of a plan saved as Windows-1252, and reads it with --encoding", async () => {
    const file = join(dir, "ansi.json");
    writeFileSync(file, windows1252(readFileSync(kronoberg, "utf8")));
    const refused = await run(file, "--lang", "en");
    expect(refused).toEqual({
      code: 1,
      err: "",
      out:
        `${file}:(root): info unreadable_part: The plan could not be read, so no rule was checked.\n` +
        `${file}:(root): error invalid_encoding: The file is not valid UTF-8 but seems to be saved as Windows-1252: ` +
        "save it as UTF-8, or read it with --encoding windows-1252 (the encoding option).\n" +
        "1 file: 1 error, 0 warnings, 1 info\n",
    });
    // --encoding applies to every file read: the ANSI plan alone reads as the UTF-8 one does.
    const read = await run(file, "--encoding", "windows-1252", "--lang", "en");
    expect({ ...read, out: read.out.replaceAll(file, kronoberg) }).toEqual(await run(kronoberg, "--lang", "en"));
    const strategyAnsi = join(dir, "andt-2016-ansi.json");
    writeFileSync(strategyAnsi, windows1252(readFileSync("fixtures/andt-2016-2020.json", "utf8")));
    // A strategy in the set is told from a plan in the encoding given, too.
    const set = await run(file, strategyAnsi, "--encoding", "windows-1252", "--lang", "en");
    // ANDT 2016–2020 is used (its period is compared); 2011–2015, not in the set, is noted as not given.
    expect(set.out).toContain(`${file}:period: warning period_outside_strategy: `);
    expect(set.out).toContain(`${file}:subGoals.1.areas.0.nationalGoalRef.strategy: info strategy_not_given: Strategy andt-2011-2015 `);
    expect(set.out.split("\n").at(-2)).toBe("2 files: 0 errors, 10 warnings, 6 infos");
    expect((await run(file, "--encoding", "koi8-r")).err).toBe(
      `andt-plan validate: --encoding ska vara utf-8, windows-1252, latin1, utf-16le eller utf-16be, inte "koi8-r"\n${USAGE.validate}`,
    );
  });
});

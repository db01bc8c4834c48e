/** End to end: the built `andt-plan validate` spawned as a process, one test per exit code. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serializePlan } from "../../src/index.js";
import { activity, minimalPlan, repoRoot } from "../support/plans.js";

const cli = join(repoRoot, "dist/cli.js");
const dir = mkdtempSync(join(tmpdir(), "andt-plan-cli-"));
const kronoberg = "fixtures/kronoberg-2017-2021.json";
const strategies = ["--strategy", "fixtures/andt-2016-2020.json", "--strategy", "fixtures/andt-2011-2015.json"];

function run(...args: string[]) {
  const result = spawnSync("node", [cli, "validate", ...args], { cwd: repoRoot, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function writePlan(name: string, plan: ReturnType<typeof minimalPlan>): string {
  const file = join(dir, name);
  writeFileSync(file, serializePlan(plan));
  return file;
}

describe("andt-plan validate", () => {
  it("exits 0 on the Kronoberg plan, which has warnings and infos but no errors, and prints a summary", () => {
    const { code, out, err } = run(kronoberg, ...strategies, "--lang", "en");
    expect([code, err]).toEqual([0, ""]);
    expect(out).toContain(`${kronoberg}:period: warning period_outside_strategy: `);
    expect(out).toContain(`${kronoberg}:actors.16.municipalityCode: info municipality_outside_county: `);
    expect(out.endsWith("1 file(s): 0 errors, 10 warnings, 4 infos\n")).toBe(true);
  });

  it("exits 1 with --strict when there are warnings", () => {
    const { code, out } = run(kronoberg, ...strategies, "--strict");
    expect(code).toBe(1);
    expect(out.endsWith("1 fil(er): 0 fel, 10 varningar, 4 info\n")).toBe(true);
  });

  it("exits 1 on a plan with errors, naming file, path, severity and code", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas[0]!.activities[1] = activity("F.2", { responsible: { text: "Okänd", actors: ["okand"] } });
    const file = writePlan("broken.json", plan);
    const { code, out } = run(file, "--lang", "en");
    expect(code).toBe(1);
    expect(out).toContain(`${file}:subGoals.0.areas.0.activities.1.responsible.actors.0: error unknown_actor: `);
  });

  it("exits 1 on a file that does not parse, listing the parse issues", () => {
    const file = join(dir, "not-a-plan.json");
    writeFileSync(file, '{"kind": "plan"}');
    const { code, out } = run(file, "--format", "json");
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: { file: string; findings: { code: string; path: unknown[] }[] }[] };
    expect(json.files[0]?.file).toBe(file);
    expect(json.files[0]?.findings.map((f) => [f.code, f.path]).slice(0, 2)).toEqual([
      ["required", ["formatVersion"]],
      ["required", ["level"]],
    ]);
  });

  it("writes JSON as { files: [{ file, findings }] }", () => {
    const file = writePlan("ok.json", minimalPlan());
    const { code, out } = run(file, "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as { files: { file: string; findings: { code: string }[] }[] };
    expect(json.files.map((f) => f.file)).toEqual([file]);
    expect(json.files[0]?.findings.map((f) => f.code)).toEqual([
      "strategy_not_given",
      "indicator_without_measure",
      "indicator_without_measure",
      "indicator_without_measure",
      "indicator_without_measure",
    ]);
  });

  it("exits 2 for a missing file, with a clear message and no stack trace", () => {
    const missing = join(dir, "missing.json");
    const { code, out, err } = run(missing, "--lang", "en");
    expect([code, out]).toEqual([2, ""]);
    expect(err).toBe(`andt-plan validate: The file ${missing} does not exist.\n`);
  });

  it("exits 2 for usage errors: no file, unknown option, bad --format", () => {
    expect(run().code).toBe(2);
    expect(run().err).toContain("andt-plan validate: no plan file given\nUsage: andt-plan validate <file…>");
    const unknown = run(kronoberg, "--frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option '--frobnicate'");
    expect(run(kronoberg, "--format", "xml").err).toContain("--format must be text or json, not 'xml'");
  });

  it("exits 2 when a strategy file is not a valid strategy", () => {
    const { code, err } = run(kronoberg, "--strategy", kronoberg, "--lang", "en");
    expect(code).toBe(2);
    expect(err.startsWith(`andt-plan validate: ${kronoberg} cannot be used as context: `)).toBe(true);
  });
});

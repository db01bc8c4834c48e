/**
 * The built CLI (dist/cli.js, the package's bin) run as a process, once per command: what the in-process tests
 * of test/cli/ cannot see, that the bundle starts, writes to stdout and stderr and sets the exit code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };

const repoRoot = resolve(import.meta.dirname, "../..");
const plan = "fixtures/kronoberg-2017-2021.json";
const invented = "fixtures/kronoberg-2017-2019.observations.invented.json";

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync("node", [join(repoRoot, "dist/cli.js"), ...args], { cwd: repoRoot, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the built andt-plan", () => {
  it("answers --version and --help with exit 0, and exits 2 with the help when no command is given", () => {
    expect(cli("--version")).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
    const help = cli("--help");
    expect([help.code, help.err]).toEqual([0, ""]);
    expect(help.out).toContain("Usage:\n  andt-plan <command> [options]");
    expect(cli()).toEqual({ code: 2, out: help.out, err: "" });
  });

  it("validate exits 0 on the Kronoberg plan and 1 with --strict, printing the summary", () => {
    const strategies = ["--strategy", "fixtures/andt-2016-2020.json", "--strategy", "fixtures/andt-2011-2015.json"];
    const { code, out, err } = cli("validate", plan, ...strategies, "--lang", "en");
    expect([code, err]).toEqual([0, ""]);
    expect(out).toContain(`${plan}:period: warning period_outside_strategy: `);
    expect(out.endsWith("1 file: 0 errors, 10 warnings, 5 infos\n")).toBe(true);
    expect(cli("validate", plan, ...strategies, "--strict").code).toBe(1);
  });

  it("report writes JSON that parses", () => {
    const { code, out, err } = cli("report", plan, "--observations", invented, "--format", "json", "--as-of", "2020-03-31");
    expect([code, err]).toEqual([0, ""]);
    const evaluation = JSON.parse(out) as { kind: string; years: number[] };
    expect([evaluation.kind, evaluation.years]).toEqual(["plan_evaluation", [2017, 2018, 2019, 2020, 2021]]);
  });

  it("demo prints the summary and writes the HTML report", () => {
    const file = join(mkdtempSync(join(tmpdir(), "andt-demo-")), "rapport.html");
    const { code, out, err } = cli("demo", "--out", file);
    expect([code, err]).toEqual([0, ""]);
    expect(out.startsWith("Regional handlingsplan ANDT 2017–2021\nPeriod: 2017–2021\n")).toBe(true);
    expect(out.endsWith(`Rapporten är skriven till ${file}\n`)).toBe(true);
    expect(readFileSync(file, "utf8").startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("diff exits 0 for equal plans and 1 for different ones, one line per change", () => {
    expect(cli("diff", plan, plan)).toEqual({ code: 0, out: "Inga skillnader.\n", err: "" });
    const revised = JSON.parse(readFileSync(join(repoRoot, plan), "utf8")) as { title: string };
    revised.title = "Regional handlingsplan ANDT 2017–2022";
    const file = join(mkdtempSync(join(tmpdir(), "andt-diff-")), "ny.json");
    writeFileSync(file, JSON.stringify(revised));
    expect(cli("diff", plan, file, "--lang", "en")).toEqual({
      code: 1,
      out: "~ The plan: title changed from Regional handlingsplan ANDT 2017–2021 to Regional handlingsplan ANDT 2017–2022\n1 difference.\n",
      err: "",
    });
  });

  it("init regional prints a starter plan, and validate --help exits 0", () => {
    const { code, out, err } = cli("init", "regional", "--county", "07", "--strategy", "fixtures/andt-2016-2020.json");
    expect([code, err]).toEqual([0, ""]);
    expect(JSON.parse(out)).toMatchObject({ id: "kronoberg-2016-2020", level: "regional", territory: { countyCode: "07" } });
    expect(cli("validate", "--help").code).toBe(0);
  });
});

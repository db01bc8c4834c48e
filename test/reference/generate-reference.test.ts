import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { counties } from "../../src/reference/counties.js";
import { municipalities } from "../../src/reference/municipalities.js";

// The script is tested on CSVs rebuilt from the generated data, so these tests need no ../shared folder.
// Every run uses --check: the script must never overwrite the real generated file from a test.
const root = resolve(import.meta.dirname, "../..");
const COUNTY_HEADER = "county_code,county_name,county_name_short";
const MUNICIPALITY_HEADER = "municipality_code,municipality_name,municipality_name_short,county_code";

const countyLines = (): string[] => counties().map((c) => `${c.code},${c.name},${c.shortName}`);
const municipalityLines = (): string[] => municipalities().map((m) => `${m.code},${m.longName},${m.name},${m.countyCode}`);

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "andt-plan-reference-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(countyRows: string[], municipalityRows: string[], eol = "\n"): void {
  writeFileSync(join(dir, "counties.csv"), [COUNTY_HEADER, ...countyRows, ""].join(eol));
  writeFileSync(join(dir, "municipalities.csv"), [MUNICIPALITY_HEADER, ...municipalityRows, ""].join(eol));
}

function check(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["scripts/generate-reference.mjs", "--check", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ANDT_REFERENCE_DIR: dir },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Replaces the row for `code` (first field) with `row`. */
function replaceRow(rows: string[], code: string, row: string): string[] {
  return rows.map((line) => (line.startsWith(`${code},`) ? row : line));
}

const line = (rows: string[], code: string): number => rows.findIndex((r) => r.startsWith(`${code},`)) + 2;

describe("scripts/generate-reference.mjs", () => {
  it("finds the generated file up to date for the data it holds, whatever the row order and line endings", () => {
    write(countyLines().reverse(), municipalityLines().reverse(), "\r\n");
    expect(check()).toEqual({
      status: 0,
      stdout: "generate-reference: src/reference/data.generated.ts is up to date.\n",
      stderr: "",
    });
  });

  it("exits 1 when the data differs from the generated file", () => {
    write(countyLines(), replaceRow(municipalityLines(), "0780", "0780,Växjö stad,Växjö,07"));
    expect(check()).toEqual({
      status: 1,
      stdout: "",
      stderr: "generate-reference: src/reference/data.generated.ts is out of date. Run 'node scripts/generate-reference.mjs'.\n",
    });
  });

  const municipalityFile = (): string => join(dir, "municipalities.csv");
  const countyFile = (): string => join(dir, "counties.csv");

  it.each([
    [
      "a county code that is not two digits",
      () => write(replaceRow(countyLines(), "07", "7,Kronobergs län,Kronoberg"), municipalityLines()),
      () => `${countyFile()}:${line(countyLines(), "07")}: county_code must be two digits, found "7"`,
    ],
    [
      "a duplicate county code",
      () => write(replaceRow(countyLines(), "08", "07,Kalmar län,Kalmar"), municipalityLines()),
      () => `${countyFile()}:${line(countyLines(), "08")}: duplicate county_code "07" (first on line ${line(countyLines(), "07")})`,
    ],
    [
      "a missing county",
      () =>
        write(
          countyLines().filter((r) => !r.startsWith("25,")),
          municipalityLines().filter((r) => !r.startsWith("25")),
        ),
      () => `${countyFile()}: expected 21 counties, found 20`,
    ],
    [
      "a municipality code that is not four digits",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", "780,Växjö kommun,Växjö,07")),
      () => `${municipalityFile()}:${line(municipalityLines(), "0780")}: municipality_code must be four digits, found "780"`,
    ],
    [
      "a municipality code outside its county",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", "0880,Växjö kommun,Växjö,07")),
      () => `${municipalityFile()}:${line(municipalityLines(), "0780")}: municipality_code "0880" does not start with its county_code "07"`,
    ],
    [
      "a municipality in a county that does not exist",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", "0280,Växjö kommun,Växjö,02")),
      () => `${municipalityFile()}:${line(municipalityLines(), "0780")}: county_code "02" is not in counties.csv`,
    ],
    [
      "a duplicate municipality code",
      () => write(countyLines(), replaceRow(municipalityLines(), "0781", "0780,Ljungby kommun,Ljungby,07")),
      () =>
        `${municipalityFile()}:${line(municipalityLines(), "0781")}: duplicate municipality_code "0780" (first on line ${line(municipalityLines(), "0780")})`,
    ],
    [
      "a duplicate municipality name, ignoring case",
      () => write(countyLines(), replaceRow(municipalityLines(), "0781", "0781,Ljungby kommun,VÄXJÖ,07")),
      () =>
        `${municipalityFile()}:${line(municipalityLines(), "0781")}: duplicate municipality name "VÄXJÖ" (first on line ${line(municipalityLines(), "0780")})`,
    ],
    [
      "a missing municipality",
      () =>
        write(
          countyLines(),
          municipalityLines().filter((r) => !r.startsWith("0781,")),
        ),
      () => `${municipalityFile()}: expected 290 municipalities, found 289`,
    ],
    [
      "a wrong header",
      () => {
        write(countyLines(), municipalityLines());
        writeFileSync(countyFile(), ["code,name,short", ...countyLines(), ""].join("\n"));
      },
      () => `${countyFile()}:1: expected header "${COUNTY_HEADER}", found "code,name,short"`,
    ],
    [
      "a quoted field",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", '0780,"Växjö kommun",Växjö,07')),
      () => `${municipalityFile()}:${line(municipalityLines(), "0780")}: quoted fields are not supported`,
    ],
    [
      "a row with too few fields",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", "0780,Växjö,07")),
      () => `${municipalityFile()}:${line(municipalityLines(), "0780")}: expected 4 fields, found 3`,
    ],
    [
      "an empty field",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", "0780,,Växjö,07")),
      () => `${municipalityFile()}:${line(municipalityLines(), "0780")}: municipality_name is empty`,
    ],
    [
      "stray white space",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", "0780,Växjö kommun,Växjö ,07")),
      () => `${municipalityFile()}:${line(municipalityLines(), "0780")}: municipality_name_short has stray white space: "Växjö "`,
    ],
    [
      "a name not in Unicode NFC",
      () => write(countyLines(), replaceRow(municipalityLines(), "0780", `0780,Växjö kommun,${"Växjö".normalize("NFD")},07`)),
      () =>
        `${municipalityFile()}:${line(municipalityLines(), "0780")}: municipality_name_short is not in Unicode NFC: ${JSON.stringify("Växjö".normalize("NFD"))}`,
    ],
  ])("exits 2 naming file and line for %s", (_, setUp, message) => {
    setUp();
    expect(check()).toEqual({ status: 2, stdout: "", stderr: `generate-reference: ${message()}\n` });
  });

  it("exits 2 when a file cannot be read", () => {
    write(countyLines(), municipalityLines());
    rmSync(municipalityFile());
    const run = check();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      new RegExp(`^generate-reference: ${municipalityFile().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: cannot read: ENOENT`),
    );
  });

  it("exits 2 on an unknown argument", () => {
    write(countyLines(), municipalityLines());
    expect(check("--write")).toEqual({
      status: 2,
      stdout: "",
      stderr: "generate-reference: unexpected argument '--write'. Usage: generate-reference.mjs [--check]\n",
    });
  });
});

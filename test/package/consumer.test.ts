/**
 * Packs the package as npm publishes it, installs the tarball into a fresh
 * project and uses it the way consumers do: ESM import, CJS require, a
 * TypeScript file type-checked against the shipped declarations, and the bin.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "andt-plan-consumer-"));
const consumer = join(work, "consumer");
const tsc = join(root, "node_modules/typescript/bin/tsc");

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  const packed = JSON.parse(sh("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root)) as [
    { filename: string; files: { path: string }[] },
  ];
  writeFileSync(join(work, "files.json"), JSON.stringify(packed[0].files.map((f) => f.path)));
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, packed[0].filename)], consumer);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  it("ships dist, the fixture files, README, CHANGELOG, LICENSE and package.json only", () => {
    const files = JSON.parse(readFileSync(join(work, "files.json"), "utf8")) as string[];
    const tops = [...new Set(files.map((f) => f.split("/")[0]))].sort();
    expect(tops).toEqual(["CHANGELOG.md", "LICENSE", "README.md", "dist", "fixtures", "package.json"]);
  });

  const useAll = [
    'const plan = parsePlan(JSON.stringify({ formatVersion: 1, kind: "plan", level: "regional", id: "p", title: "T",',
    '  owner: { name: "O", principals: [] }, territory: { countyCode: "07" }, period: { start: "2017", end: "2021" },',
    "  strategies: [], purposes: [], longTermGoals: [], subGoals: [], actors: [], organisation: [], references: [] }));",
    "console.log(VERSION, plan.id, typeof loadPlan, schema.title);",
  ].join("\n");

  it("imports every entry from ESM", () => {
    writeFileSync(
      join(consumer, "esm.mjs"),
      'import { VERSION, parsePlan } from "andt-plan";\nimport { loadPlan } from "andt-plan/node";\n' +
        'import schema from "andt-plan/plan.schema.json" with { type: "json" };\n' +
        useAll,
    );
    expect(sh("node", ["esm.mjs"], consumer)).toBe(`${pkg.version} p function andt-plan: plan file (regional or local action plan)\n`);
  });

  it("requires every entry from CJS", () => {
    writeFileSync(
      join(consumer, "cjs.cjs"),
      'const { VERSION, parsePlan } = require("andt-plan");\nconst { loadPlan } = require("andt-plan/node");\n' +
        'const schema = require("andt-plan/plan.schema.json");\n' +
        useAll,
    );
    expect(sh("node", ["cjs.cjs"], consumer)).toBe(`${pkg.version} p function andt-plan: plan file (regional or local action plan)\n`);
  });

  it("type-checks a consumer .ts file against the shipped declarations", () => {
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", noEmit: true, skipLibCheck: true, types: [] },
        files: ["use.ts"],
      }),
    );
    writeFileSync(
      join(consumer, "use.ts"),
      'import { VERSION, parsePlan, type Plan } from "andt-plan";\nimport { loadPlan } from "andt-plan/node";\n' +
        "const v: string = VERSION;\nconst p: Plan = parsePlan('{}');\nconst l: Promise<Plan> = loadPlan('x.json');\nexport { v, p, l };\n",
    );
    expect(sh("node", [tsc, "-p", "tsconfig.json"], consumer)).toBe("");
    // The same check must fail on a wrong type, or it proves nothing.
    writeFileSync(join(consumer, "use.ts"), 'import { VERSION } from "andt-plan";\nconst v: number = VERSION;\nexport { v };\n');
    let report = "";
    try {
      sh("node", [tsc, "-p", "tsconfig.json"], consumer);
    } catch (error) {
      report = String((error as { stdout?: string }).stdout);
    }
    expect(report).toMatch(/use\.ts\(2,7\): error TS2322: Type 'string' is not assignable to type 'number'/);
  });

  it("imports the gender, reference and fixtures entries and the fixture JSON files", () => {
    writeFileSync(
      join(consumer, "entries.mjs"),
      'import { totalOf, disaggregated } from "andt-plan/gender";\n' +
        'import { municipalitiesOf } from "andt-plan/reference";\n' +
        'import { kronoberg2017, kronobergObservationsInvented } from "andt-plan/fixtures";\n' +
        'import { evaluatePlan, observationsFromCsv } from "andt-plan";\n' +
        'import raw from "andt-plan/fixtures/kronoberg-2017-2021.json" with { type: "json" };\n' +
        'const v = disaggregated({ unit: "count", cells: [{ sex: "female", value: 3 }, { sex: "male", value: 4 }] });\n' +
        'console.log(totalOf(v), municipalitiesOf("07").length, kronoberg2017.subGoals.length, raw.id);\n' +
        'const e = evaluatePlan(kronoberg2017, kronobergObservationsInvented, { asOf: "2020-03-31", years: [2019] });\n' +
        'console.log(e.coverage[0].expected, observationsFromCsv("indikator;år;värde\\nF.2-1;2019;9\\n").observations[0].value);\n',
    );
    expect(sh("node", ["entries.mjs"], consumer)).toBe("7 8 6 kronoberg-2017-2021\n90 9\n");
  });

  it("offers the CSV reader as andt-plan/csv too, the same function as the main entry's, to import and to require", () => {
    writeFileSync(
      join(consumer, "csv.mjs"),
      'import { observationsFromCsv } from "andt-plan/csv";\n' +
        'import * as main from "andt-plan";\n' +
        'console.log(observationsFromCsv === main.observationsFromCsv, observationsFromCsv("indikator;år;värde\\nF.2-1;2019;9\\n").observations[0].value);\n',
    );
    writeFileSync(
      join(consumer, "csv.cjs"),
      'const { observationsFromCsv } = require("andt-plan/csv");\n' +
        'const main = require("andt-plan");\n' +
        'console.log(observationsFromCsv === main.observationsFromCsv, observationsFromCsv("indikator;år;värde\\nF.2-1;2019;9\\n").observations[0].value);\n',
    );
    expect(sh("node", ["csv.mjs"], consumer)).toBe("true 9\n");
    expect(sh("node", ["csv.cjs"], consumer)).toBe("true 9\n");
  });

  it("exports the JSON Schemas of plan, strategy and observation files, to import and to require", () => {
    const titles =
      "andt-plan: plan file (regional or local action plan)\n" +
      "andt-plan: national strategy file\n" +
      "andt-plan: observation file (follow-up values of a plan)\n";
    writeFileSync(
      join(consumer, "schemas.mjs"),
      'import plan from "andt-plan/plan.schema.json" with { type: "json" };\n' +
        'import strategy from "andt-plan/strategy.schema.json" with { type: "json" };\n' +
        'import observations from "andt-plan/observations.schema.json" with { type: "json" };\n' +
        "for (const schema of [plan, strategy, observations]) console.log(schema.title);\n",
    );
    expect(sh("node", ["schemas.mjs"], consumer)).toBe(titles);
    writeFileSync(
      join(consumer, "schemas.cjs"),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the file written is code with a template literal of its own
      'for (const name of ["plan", "strategy", "observations"]) console.log(require(`andt-plan/${name}.schema.json`).title);\n',
    );
    expect(sh("node", ["schemas.cjs"], consumer)).toBe(titles);
  });

  it("installs the andt-plan bin, which answers --version", () => {
    expect(sh(join(consumer, "node_modules/.bin/andt-plan"), ["--version"], consumer)).toBe(`${pkg.version}\n`);
  });

  it("bundles no copy of zod, immer, date-fns or papaparse into dist/", () => {
    const dist = join(consumer, "node_modules/andt-plan/dist");
    for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
      if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
      const text = readFileSync(join(dist, file), "utf8");
      // Markers that appear only inside these libraries' own sources.
      expect(text, file).not.toMatch(/\$ZodType|ZodError\s*=\s*|class Immer|function produce\(|buildFormatLongFn|BAD_DELIMITERS/);
    }
  });
});

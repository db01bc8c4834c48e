/**
 * The corpus of broken files (test/corpus/): each file with the issues it must produce, in its sidecar
 * `name.expected.json` (code, severity, path, and for CSV the line), read as a user's program reads it: a plan
 * file by validatePlanDocument (parse and validation), an observation file by safeParseObservations, a CSV file by
 * observationsFromCsv against the minimal plan. The big cases (10 000 levels of nesting, a 50 MB string, 100 000
 * activities, a file that yields 200 000 issues) are generated here rather than committed. The fuzzer mutates the
 * same files (test/support/fuzz.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  type Issue,
  observationsFromCsv,
  safeParseObservations,
  safeParsePlan,
  serializePlan,
  validatePlanDocument,
} from "../../src/index.js";
import { activity, minimalPlan } from "../support/plans.js";

const dir = import.meta.dirname;
const files = readdirSync(dir).filter((name) => /\.(json|csv)$/.test(name) && !name.includes(".expected."));

/** An issue as the sidecars record it. */
const brief = (issue: Issue & { line?: number }) => ({
  code: issue.code,
  severity: issue.severity,
  path: issue.path,
  ...(issue.line === undefined ? {} : { line: issue.line }),
});

function issuesOf(name: string, bytes: Uint8Array): readonly Issue[] {
  if (name.endsWith(".csv")) return observationsFromCsv(bytes, { plan: minimalPlan() }).issues;
  if (name.endsWith(".observations.json")) return safeParseObservations(bytes).issues;
  return validatePlanDocument(bytes).issues;
}

describe("the corpus of broken files", () => {
  test("holds every kind of broken input, each with its sidecar", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const name of files) expect(readdirSync(dir)).toContain(name.replace(/\.(json|csv)$/, ".expected.json"));
  });

  test.each(files)("%s gives exactly the issues of its sidecar", (name) => {
    const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.(json|csv)$/, ".expected.json")), "utf8"));
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const before = Object.keys(Object.prototype);
    expect(issuesOf(name, bytes).map(brief)).toEqual(expected);
    // Nothing leaked into every object: "polluted" is in the corpus's __proto__ and constructor.prototype keys.
    expect(Object.keys(Object.prototype)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("big generated cases", () => {
  test("10 000 levels of nesting: too_deep at the first value deeper than 64, no stack overflow", () => {
    const text = `{"purposes":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    const result = safeParsePlan(text);
    expect(result.success).toBe(false);
    const deep = result.issues.filter((i) => i.code === "too_deep");
    expect(deep.map((i) => [i.path.length, i.path[0], i.path[64]])).toEqual([[64, "purposes", undefined]]);
    expect(deep[0]).toMatchObject({ maximum: 64 });
  });

  test("a 50 MB string: string_too_long with its length, the limit 100 000, at its path", () => {
    const plan = minimalPlan();
    const text = serializePlan(plan).replace('"Testplan"', `"${"x".repeat(50_000_000)}"`);
    const result = safeParsePlan(text);
    expect(result.issues.filter((i) => i.severity === "error").map((i) => ({ ...i, message: undefined }))).toEqual([
      { code: "string_too_long", severity: "error", path: ["title"], length: 50_000_000, maximum: 100_000, message: undefined },
    ]);
  });

  // Parsed only: validation of plans this size is timed by `npm run bench` (docs/benchmarks.md).
  test("100 000 activities: read whole, with no issue", () => {
    const plan = minimalPlan();
    const area = plan.subGoals[0]!.areas![0]!;
    area.activities = Array.from({ length: 100_000 }, (_, i) => activity(`F.${i + 1}`));
    plan.subGoals[0]!.areas = [area];
    const result = safeParsePlan(serializePlan(plan));
    expect(result.issues).toEqual([]);
    expect(result.success && result.data.subGoals[0]?.areas?.[0]?.activities.length).toBe(100_000);
  });

  test("a file that yields 200 000 issues reports every one of them", () => {
    const text = `{"purposes":[${Array(200_000).fill("0").join(",")}]}`;
    const result = safeParsePlan(text);
    const wrong = result.issues.filter((i) => i.code === "invalid_type" && i.path[0] === "purposes");
    expect(wrong.length).toBe(200_000);
    expect(wrong[199_999]?.path).toEqual(["purposes", 199_999]);
  });

  test("CSV with 40 000 header cells, and 16 000 empty ones over as many rows: every column told, nothing thrown", () => {
    const wide = `indicator;year;value;${Array.from({ length: 40_000 }, (_, i) => `c${i}`).join(";")}\r\nF.1-1;2018;4\r\n`;
    const read = observationsFromCsv(wide, { plan: minimalPlan() });
    expect(read.issues.filter((i) => i.code === "unknown_column").length).toBe(40_000);
    expect(read.observations).toEqual([{ indicator: "F.1-1", year: 2018, value: 4 }]);
    const empty = `indicator;year;value${";".repeat(16_000)}\r\n${"F.1-1;2018;4\r\n".repeat(16_000)}`;
    expect(observationsFromCsv(empty, { plan: minimalPlan() }).observations.length).toBe(16_000);
  });
});

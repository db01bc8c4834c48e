import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { andt2016 } from "../../src/fixtures/index.js";
import type { Path } from "../../src/index.js";
import { safeParsePlan, validatePlanDocument } from "../../src/index.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

/** Every path to a value in `value`, the root excluded. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...path, key], ...pathsOf(item, [...path, key])]);
}

const base = JSON.parse(JSON.stringify(minimalPlan())) as unknown;
const paths = pathsOf(base);
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(""),
  fc.constant("2019-02-30"),
  fc.constant("Länets 9 kommuner"),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant([5, "x"]),
);

/** Whether `path` leads to a value in `root`. */
function reaches(root: unknown, path: Path): boolean {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !(key in node)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/** The plan with each chosen path set to a value of any type (undefined removes the key). */
function broken(changes: [number, unknown][]): unknown {
  const plan = structuredClone(base) as Record<string, unknown>;
  for (const [index, value] of changes) {
    const path = paths[index % paths.length] as Path;
    let parent: unknown = plan;
    for (const key of path.slice(0, -1))
      parent = typeof parent === "object" && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
    if (typeof parent !== "object" || parent === null) continue;
    const key = path[path.length - 1] as string | number;
    if (value === undefined && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key];
    else (parent as Record<string | number, unknown>)[key] = structuredClone(value);
  }
  return deepFreeze(plan);
}

describe("validatePlanDocument on any broken plan", () => {
  it("never throws, reports an error whenever the plan does not parse, and points every issue into the file", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 4 }), (changes) => {
        const input = broken(changes);
        const report = validatePlanDocument(input, { strategies: [andt2016] }, { lang: "en" });
        for (const issue of report.issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          // The value an issue points at, or for a missing field the object that lacks it, is in the file.
          expect(reaches(input, issue.path.slice(0, -1))).toBe(true);
        }
        if (!safeParsePlan(input).success) expect(report.counts.error).toBeGreaterThan(0);
        expect(report.counts.error).toBe(report.issues.filter((issue) => issue.severity === "error").length);
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});

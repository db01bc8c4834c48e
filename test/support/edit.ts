import { expect } from "vitest";
import { applyPatches } from "../../src/edit/apply-patches.js";
import type { EditResult } from "../../src/edit/types.js";
import { type Plan, serializePlan } from "../../src/index.js";

/** Asserts that an edit's patches lead from `plan` to its result and its inverse patches back, byte for byte. */
export function expectRoundTrip(plan: Plan, result: EditResult): void {
  expect(serializePlan(applyPatches(plan, result.patches))).toBe(serializePlan(result.plan));
  expect(serializePlan(applyPatches(result.plan, result.inversePatches))).toBe(serializePlan(plan));
}

/** The activity codes of a plan, per area. */
export const codes = (plan: Plan): string[][] => plan.subGoals.flatMap((g) => g.areas!.map((a) => a.activities.map((x) => x.code)));

/** The code, severity, path and message of each issue, for exact comparison. */
export const brief = (result: EditResult): [string, string, (string | number)[], string][] =>
  result.issues.map((i) => [i.code, i.severity, i.path, i.message]);

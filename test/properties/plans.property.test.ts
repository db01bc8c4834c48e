/**
 * Laws of plans on generated valid strategies and plans: serialise → parse is the identity (unknown fields and
 * `-0` included), generated plans are valid, validation is deterministic.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Plan, parsePlan, parseStrategy, safeParsePlan, serializePlan, serializeStrategy, validatePlan } from "../../src/index.js";
import { linkedPlans, regionalPlans, strategies } from "../support/arbitraries.js";
import { deepFreeze } from "../support/plans.js";

/** Whether two values are the same JSON data in any key order, telling `-0` from `0`. */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === "number" || typeof b === "number") return Object.is(a, b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  const [ka, kb] = [Object.keys(a).sort(), Object.keys(b).sort()];
  return (
    Array.isArray(a) === Array.isArray(b) &&
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

describe("serialise → parse", () => {
  test("is the identity on generated regional and local plans, unknown fields and -0 included", () => {
    const plans = fc.oneof(
      regionalPlans(),
      regionalPlans({ withoutAreas: false }),
      linkedPlans.map((p) => p.local),
    );
    fc.assert(
      fc.property(plans, (plan) => {
        const text = serializePlan(deepFreeze(plan));
        const result = safeParsePlan(text);
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(result.success && sameData(result.data, plan)).toBe(true);
        expect(serializePlan(parsePlan(text))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  test("keeps a -0 target as -0, byte for byte", () => {
    fc.assert(
      fc.property(regionalPlans(), (plan) => {
        const text = serializePlan(plan);
        const zeros = (text.match(/"value": -0\b/g) ?? []).length;
        expect((serializePlan(parsePlan(text)).match(/"value": -0\b/g) ?? []).length).toBe(zeros);
      }),
      { numRuns: 50 },
    );
  });

  test("is the identity on generated strategies", () => {
    fc.assert(
      fc.property(strategies, (strategy) => {
        const text = serializeStrategy(strategy);
        expect(sameData(parseStrategy(text), strategy)).toBe(true);
        expect(serializeStrategy(parseStrategy(text))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});

describe("validation", () => {
  const codes = (plan: Plan, context: Parameters<typeof validatePlan>[1] = {}) =>
    validatePlan(plan, context)
      .issues.filter((i) => i.severity === "error")
      .map((i) => [i.code, i.path]);

  test("generated regional plans have no error, and a local plan none against its regional plan", () => {
    fc.assert(
      fc.property(linkedPlans, ({ regional, local }) => {
        expect(codes(regional)).toEqual([]);
        expect(codes(local, { parent: regional })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test("is deterministic: the same plan, or a copy of it, gives the same issues in the same order", () => {
    fc.assert(
      fc.property(linkedPlans, ({ regional, local }) => {
        const first = validatePlan(deepFreeze(local), { parent: deepFreeze(regional) });
        const again = validatePlan(structuredClone(local), { parent: structuredClone(regional) });
        expect(again).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});

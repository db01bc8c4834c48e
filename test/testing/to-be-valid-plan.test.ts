import { describe, expect, it } from "vitest";
import { andt2011, andt2016, kronoberg2017 } from "../../src/fixtures/index.js";
import type { Plan } from "../../src/index.js";
import { andtPlanMatchers, MatcherInputError, toBeValidPlan } from "../../src/testing/index.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

expect.extend(andtPlanMatchers);

/** A minimal plan whose first activity names actors the registry does not have. */
function brokenPlan(): Plan {
  const plan = minimalPlan();
  const first = plan.subGoals[0]?.areas?.[0];
  if (first === undefined) throw new Error("minimalPlan has no first area");
  first.activities[0] = activity("F.1", { responsible: { text: "Okänd", actors: ["okand", "lst", "x"] } });
  return deepFreeze(plan);
}

describe("toBeValidPlan", () => {
  it("passes for a plan without errors, whatever its warnings, with the .not message", () => {
    const plan = deepFreeze(minimalPlan());
    const result = toBeValidPlan.call(undefined, plan, { strategies: [andt2016] });
    expect(result.pass).toBe(true);
    expect(result.message()).toBe("expected plan test-2017-2021 to have errors, but it had none");
  });

  it("fails for a plan with errors, listing each error in English", () => {
    const result = toBeValidPlan.call(undefined, brokenPlan());
    expect(result.pass).toBe(false);
    expect(result.message()).toBe(
      [
        "expected plan test-2017-2021 to be valid, but it has 2 errors:",
        '  error unknown_actor at subGoals.0.areas.0.activities.0.responsible.actors.0 — Actor "okand" is not in the plan\'s actor registry.',
        '  error unknown_actor at subGoals.0.areas.0.activities.0.responsible.actors.2 — Actor "x" is not in the plan\'s actor registry.',
      ].join("\n"),
    );
  });

  it("does not mutate the plan or the context", () => {
    const plan = minimalPlan();
    const context = { strategies: [andt2016], policy: { areasPerSubGoal: 2 } };
    const before = structuredClone({ plan, context });
    toBeValidPlan.call(undefined, plan, context).message();
    expect({ plan, context }).toEqual(before);
  });

  it("throws not_a_plan for anything that is not a plan", () => {
    for (const [value, received] of [
      ["plan", "string"],
      [null, "null"],
      [[], "array"],
      [{ kind: "strategy" }, "object"],
    ] as const) {
      expect(() => toBeValidPlan.call(undefined, value)).toThrow(
        expect.objectContaining({ name: "MatcherInputError", code: "not_a_plan", details: { received } }),
      );
    }
    expect(() => toBeValidPlan.call(undefined, 1)).toThrow(new MatcherInputError("not_a_plan", { received: "number" }));
    expect(new MatcherInputError("not_a_plan", { received: "number" }).messages).toEqual({
      sv: 'toBeValidPlan förväntar sig en plan (ett objekt med kind "plan") men fick: number.',
      en: 'toBeValidPlan expects a plan (an object with kind "plan") but received: number.',
    });
  });

  it("works through expect.extend: Kronoberg 2017–2021 is valid against its strategies", () => {
    expect(kronoberg2017).toBeValidPlan({ strategies: [andt2016, andt2011] });
  });

  it("works through expect.extend: a broken minimal plan fails, naming unknown_actor", () => {
    expect(brokenPlan()).not.toBeValidPlan();
    expect(() => expect(brokenPlan()).toBeValidPlan()).toThrow(
      /error unknown_actor at subGoals\.0\.areas\.0\.activities\.0\.responsible\.actors\.0/,
    );
    expect(() => expect(deepFreeze(minimalPlan())).not.toBeValidPlan()).toThrow(
      "expected plan test-2017-2021 to have errors, but it had none",
    );
  });
});

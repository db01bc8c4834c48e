import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/index.js";
import { lenientParsePlan, parsePlan, serializePlan } from "../../src/index.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

/** The support plan with `change` applied, as plain JSON data deep-frozen so a mutation would throw. */
function planValue(change: (plan: Plan) => void): unknown {
  const plan = minimalPlan();
  change(plan);
  return deepFreeze(JSON.parse(JSON.stringify(plan)) as unknown);
}

/** Sets a field to a value its type does not allow: the mistake a test plants. */
function plant(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

describe("lenientParsePlan", () => {
  it("returns what parsePlan returns for a valid plan, with nothing left out", () => {
    const text = serializePlan(minimalPlan());
    expect(lenientParsePlan(text)).toEqual({ success: true, data: parsePlan(text), issues: [], unreadable: [] });
  });

  it("keeps a blank required text in the partial plan, so its activity can still be checked", () => {
    const result = lenientParsePlan(
      planValue((plan) => {
        plan.subGoals[0]!.areas![0]!.activities[0]!.text = " ";
      }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["empty_text", ["subGoals", 0, "areas", 0, "activities", 0, "text"]],
    ]);
    expect(result.partial?.subGoals[0]?.areas?.[0]?.activities[0]?.text).toBe(" ");
    expect(result.unreadable).toEqual([]);
  });

  it("leaves an invalid optional date out of the partial plan without calling its part unreadable", () => {
    const result = lenientParsePlan(
      planValue((plan) => {
        plan.subGoals[0]!.areas![0]!.activities[0]!.schedule = { text: "x", deadline: "2019-02-30" };
      }),
    );
    if (result.success) throw new Error("expected the plan to fail");
    expect(result.issues.map((issue) => issue.code)).toEqual(["invalid_date"]);
    expect(result.partial?.subGoals[0]?.areas?.[0]?.activities[0]?.schedule).toEqual({ text: "x" });
    expect(result.unreadable).toEqual([]);
  });

  it("leaves out an activity of the wrong shape and the optional field of the wrong type, and lists both", () => {
    const result = lenientParsePlan(
      planValue((plan) => {
        plant(plan.subGoals[0]!.areas![0]!.activities[0]!, "responsible", "Region");
        plant(plan.subGoals[0]!.areas![1]!.activities[0]!, "schedule", 5);
      }),
    );
    if (result.success) throw new Error("expected the plan to fail");
    expect(result.unreadable).toEqual([
      ["subGoals", 0, "areas", 0, "activities", 0],
      ["subGoals", 0, "areas", 1, "activities", 0, "schedule"],
    ]);
    // F.1 is gone, F.2 remains; F.3 stays without its schedule.
    expect(result.partial?.subGoals[0]?.areas?.[0]?.activities.map((activity) => activity.code)).toEqual(["F.2"]);
    expect(result.partial?.subGoals[0]?.areas?.[1]?.activities[0]).not.toHaveProperty("schedule");
  });

  it("reads nothing when a required field of the plan itself has the wrong type, or the text is not JSON", () => {
    const wrongTitle = lenientParsePlan(planValue((plan) => plant(plan, "title", 5)));
    expect(wrongTitle).toEqual({
      success: false,
      issues: [expect.objectContaining({ code: "invalid_type", path: ["title"] })],
      unreadable: [[]],
    });
    const notJson = lenientParsePlan("{");
    expect(notJson.success === false && notJson.partial).toBeUndefined();
    expect(notJson.unreadable).toEqual([[]]);
  });
});

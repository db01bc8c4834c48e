import { describe, expect, it } from "vitest";
import { updateActivity } from "../../src/edit/update-activity.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

describe("updateActivity", () => {
  it("changes responsibility and the follow-up cell, and removes the partners", () => {
    const base = minimalPlan();
    base.subGoals[0]!.areas![0]!.activities[1] = activity("F.2", { partners: { text: "Länsstyrelsen", actors: ["lst"] } });
    const plan = deepFreeze(base);
    const result = updateActivity(plan, {
      code: "F.2",
      changes: { responsible: { text: "Länsstyrelsen i Kronobergs län", actors: ["lst"] }, partners: undefined, followUpText: "Antal." },
    });
    expect(result.issues).toEqual([]);
    // immer lists the change inside followUp before those of the activity's own fields.
    expect(result.patches).toEqual([
      { op: "replace", path: "/subGoals/0/areas/0/activities/1/followUp/text", value: "Antal." },
      {
        op: "replace",
        path: "/subGoals/0/areas/0/activities/1/responsible",
        value: { text: "Länsstyrelsen i Kronobergs län", actors: ["lst"] },
      },
      { op: "remove", path: "/subGoals/0/areas/0/activities/1/partners" },
    ]);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown code, a taken code and an actor not in the registry", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(updateActivity(plan, { code: "2.1", changes: {} }))).toEqual([
      ["not_found", "error", [], "Det finns ingen aktivitet med koden 2.1."],
    ]);
    expect(brief(updateActivity(plan, { code: "F.1", changes: { code: "F.3" } }))).toEqual([
      [
        "duplicate_code",
        "error",
        ["changes", "code"],
        'Samma kod "F.3" för aktivitet förekommer redan på subGoals.0.areas.1.activities.0.',
      ],
    ]);
    const result = updateActivity(plan, { code: "F.1", changes: { responsible: { text: "X", actors: ["x"] } } }, { lang: "en" });
    expect(result.plan).toBe(plan);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([["validation", "error"]]);
  });
});

import { describe, expect, it } from "vitest";
import { setTarget } from "../../src/edit/set-target.js";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("setTarget", () => {
  it("gives an indicator a target with one add patch", () => {
    const plan = deepFreeze(minimalPlan());
    const result = setTarget(plan, { indicator: "F.3-1", target: { per: "year", value: 4, text: "4 per år" } });
    expect(result.issues).toEqual([]);
    expect(result.patches).toEqual([
      {
        op: "add",
        path: "/subGoals/0/areas/1/activities/0/followUp/indicators/0/target",
        value: { per: "year", value: 4, text: "4 per år" },
      },
    ]);
    expectRoundTrip(plan, result);
  });

  it("changes Kronoberg's F.2-1 from 10 to 12 times a year and warns that the measure still says 10", () => {
    const result = setTarget(
      kronoberg2017,
      { indicator: "F.2-1", target: { per: "year", value: 12, text: "12 gånger per år" } },
      { lang: "en" },
    );
    expect(result.patches.map((p) => [p.op, p.path])).toEqual([
      ["replace", "/subGoals/0/areas/0/activities/1/followUp/indicators/0/target"],
    ]);
    expect(result.issues.map((i) => [i.code, i.severity, i.code === "validation" && i.rule])).toEqual([
      ["validation", "warning", "frequency_target_mismatch"],
    ]);
    expectRoundTrip(kronoberg2017, result);
  });

  it("refuses an unknown indicator and a target the format does not take", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(setTarget(plan, { indicator: "Z-1", target: { per: "year", value: 1 } }, { lang: "en" }))).toEqual([
      ["not_found", "error", [], "There is no indicator with id Z-1."],
    ]);
    const bad = setTarget(plan, { indicator: "F.1-1", target: { per: "decade" as "year", value: 1 } });
    expect(bad.issues.map((i) => i.code)).toEqual(["invalid_value"]);
    expect(bad.plan).toBe(plan);
  });
});

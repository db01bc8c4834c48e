import { describe, expect, it } from "vitest";
import { andt2011, andt2016, kronoberg2017 } from "../../src/fixtures/index.js";
import type { ValidationReport } from "../../src/index.js";
import { validatePlan } from "../../src/index.js";
import { andtPlanMatchers, toHaveIssue } from "../../src/testing/index.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

expect.extend(andtPlanMatchers);

// Issues: period_outside_strategy at period, national_goal_text_differs at subGoals.1.text (the infos on the
// minimal plan's untyped indicators and on the national goals it does not follow are turned off).
const report: ValidationReport = deepFreeze(
  validatePlan(
    minimalPlan(),
    { strategies: [andt2016] },
    { lang: "en", severity: { indicator_without_measure: "off", national_goal_not_covered: "off" } },
  ),
);
const empty: ValidationReport = deepFreeze({ issues: [], counts: { error: 0, warning: 0, info: 0 } });

describe("toHaveIssue", () => {
  it("passes for an issue of the code, at any path when none is given", () => {
    const result = toHaveIssue.call(undefined, report, "national_goal_text_differs");
    expect(result.pass).toBe(true);
    expect(result.message()).toBe("expected report not to have issue national_goal_text_differs, but it has");
  });

  it("passes for an issue of the code at exactly the path", () => {
    const result = toHaveIssue.call(undefined, report, "national_goal_text_differs", ["subGoals", 1, "text"]);
    expect(result.pass).toBe(true);
    expect(result.message()).toBe("expected report not to have issue national_goal_text_differs at subGoals.1.text, but it has");
  });

  it("fails for the right code at another path, listing the issues the report has", () => {
    for (const path of [
      ["subGoals", 1],
      ["subGoals", "1", "text"],
      ["subGoals", 1, "text", 0],
    ]) {
      const result = toHaveIssue.call(undefined, report, "national_goal_text_differs", path);
      expect(result.pass).toBe(false);
    }
    const result = toHaveIssue.call(undefined, report, "national_goal_text_differs", ["subGoals", 0, "text"]);
    expect(result.message()).toBe(
      [
        "expected report to have issue national_goal_text_differs at subGoals.0.text, but it has:",
        "  period_outside_strategy at period",
        "  national_goal_text_differs at subGoals.1.text",
      ].join("\n"),
    );
  });

  it("fails for a code the report does not have", () => {
    const result = toHaveIssue.call(undefined, report, "unknown_actor");
    expect(result.pass).toBe(false);
    expect(result.message()).toBe(
      [
        "expected report to have issue unknown_actor, but it has:",
        "  period_outside_strategy at period",
        "  national_goal_text_differs at subGoals.1.text",
      ].join("\n"),
    );
  });

  it("fails for an empty report, saying it has no issues; the root path prints as (root)", () => {
    const result = toHaveIssue.call(undefined, empty, "duplicate_code", []);
    expect(result.pass).toBe(false);
    expect(result.message()).toBe("expected report to have issue duplicate_code at (root), but it has no issues");
  });

  it("throws not_a_report for anything that is not a report", () => {
    for (const [value, received] of [
      [undefined, "undefined"],
      [[], "array"],
      [{ issues: "none" }, "object"],
      [kronoberg2017, "object"],
    ] as const) {
      expect(() => toHaveIssue.call(undefined, value, "unknown_actor")).toThrow(
        expect.objectContaining({ name: "MatcherInputError", code: "not_a_report", details: { received } }),
      );
    }
  });

  it("works through expect.extend on the Kronoberg report", () => {
    expect(validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] })).toHaveIssue("period_outside_strategy", ["period"]);
    expect(validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] })).not.toHaveIssue("unknown_actor");
    expect(() => expect(empty).toHaveIssue("unknown_actor")).toThrow("expected report to have issue unknown_actor, but it has no issues");
  });
});

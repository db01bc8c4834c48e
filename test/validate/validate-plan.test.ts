import { describe, expect, it } from "vitest";
import { andt2011, andt2016, kronoberg2017 } from "../../src/fixtures/index.js";
import { validatePlan } from "../../src/index.js";
import { activity, minimalPlan } from "../support/plans.js";
import { issuesOf } from "../support/validate.js";

describe("validatePlan", () => {
  it("finds nothing in a minimal plan checked against its strategy, apart from the period it overruns, its untyped indicators and the national goals it does not follow", () => {
    const report = validatePlan(minimalPlan(), { strategies: [andt2016] });
    const indicator = (g: number, a: number, i: number) => ["subGoals", g, "areas", a, "activities", i, "followUp", "indicators", 0];
    expect(report.issues.map((f) => [f.code, f.path])).toEqual([
      ["period_outside_strategy", ["period"]],
      ...["2", "3", "4", "5", "6"].map(() => ["national_goal_not_covered", ["strategies", 0]]),
      ["indicator_without_measure", indicator(0, 0, 0)],
      ["indicator_without_measure", indicator(0, 0, 1)],
      ["indicator_without_measure", indicator(0, 1, 0)],
      ["national_goal_text_differs", ["subGoals", 1, "text"]],
      ["indicator_without_measure", indicator(1, 0, 0)],
    ]);
    expect(report.issues.filter((f) => f.code === "national_goal_not_covered").map((f) => f.goal)).toEqual(["2", "3", "4", "5", "6"]);
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 10 });
  });

  it("sorts issues by path in document order, then by code", () => {
    const plan = minimalPlan();
    plan.actors.push({ kind: "group", id: "grupp", name: "Grupp", members: ["okand"] });
    plan.subGoals[0]!.areas![0]!.activities[1] = activity("F.7", {
      responsible: { text: "—", actors: [] },
      followUp: { text: "—", indicators: [] },
    });
    const severity = { indicator_without_measure: "off", national_goal_not_covered: "off" } as const;
    const report = validatePlan(plan, { strategies: [andt2016] }, { severity });
    expect(report.issues.map((f) => [f.code, f.path])).toEqual([
      ["period_outside_strategy", ["period"]],
      ["activity_code_sequence", ["subGoals", 0, "areas", 0, "activities", 1, "code"]],
      ["activity_without_responsible", ["subGoals", 0, "areas", 0, "activities", 1, "responsible", "actors"]],
      ["activity_without_indicator", ["subGoals", 0, "areas", 0, "activities", 1, "followUp", "indicators"]],
      ["activity_code_sequence", ["subGoals", 0, "areas", 1, "activities", 0, "code"]],
      ["national_goal_text_differs", ["subGoals", 1, "text"]],
      ["unknown_actor", ["actors", 1, "members", 0]],
    ]);
    expect(report.counts).toEqual({ error: 2, warning: 4, info: 1 });
  });

  it("writes messages in Swedish by default and in English on request", () => {
    const sv = validatePlan(minimalPlan(), { strategies: [andt2016] }).issues[0];
    const en = validatePlan(minimalPlan(), { strategies: [andt2016] }, { lang: "en" }).issues[0];
    expect(sv?.message).toBe("Planens period 2017–2021 ligger inte inom perioden 2016–2020 för strategin andt-2016-2020.");
    expect(en?.message).toBe("The plan's period 2017–2021 is not within the period 2016–2020 of strategy andt-2016-2020.");
  });

  it("changes a rule's severity, or turns it off", () => {
    const options = {
      severity: {
        period_outside_strategy: "error",
        national_goal_text_differs: "off",
        indicator_without_measure: "off",
        national_goal_not_covered: "off",
      },
    } as const;
    const report = validatePlan(minimalPlan(), { strategies: [andt2016] }, options);
    expect(report.issues.map((f) => [f.code, f.severity])).toEqual([["period_outside_strategy", "error"]]);
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it("does not change its inputs", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.activities[0] = activity("F.9");
    const before = structuredClone(plan);
    expect(issuesOf(plan, "activity_code_sequence")).toHaveLength(2);
    expect(plan).toEqual(before);
  });
});

describe("validatePlan on the Kronoberg fixture", () => {
  const report = validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] });

  it("finds no errors", () => {
    expect(report.counts).toEqual({ error: 0, warning: 10, info: 5 });
  });

  it("finds exactly these warnings and infos (see docs/rules.md)", () => {
    const indicator = (g: number, a: number, i: number, n: number) => [
      "subGoals",
      g,
      "areas",
      a,
      "activities",
      i,
      "followUp",
      "indicators",
      n,
    ];
    expect(report.issues.map((f) => [f.severity, f.code, f.path])).toEqual([
      ["warning", "period_outside_strategy", ["period"]],
      ["info", "national_goal_not_covered", ["strategies", 0]],
      ["warning", "indicator_without_sex_breakdown", indicator(0, 1, 0, 1)],
      ["warning", "indicator_without_sex_breakdown", indicator(0, 1, 3, 0)],
      ["info", "national_goal_text_differs", ["subGoals", 1, "text"]],
      ["warning", "indicator_without_sex_breakdown", indicator(1, 1, 0, 1)],
      ["info", "national_goal_text_differs", ["subGoals", 2, "text"]],
      ["warning", "indicator_without_sex_breakdown", indicator(3, 0, 4, 0)],
      ["warning", "indicator_without_sex_breakdown", indicator(3, 1, 0, 0)],
      ["warning", "indicator_without_sex_breakdown", indicator(3, 1, 1, 1)],
      ["info", "national_goal_text_differs", ["subGoals", 4, "text"]],
      ["warning", "indicator_without_sex_breakdown", indicator(4, 1, 2, 1)],
      ["warning", "indicator_without_sex_breakdown", indicator(5, 0, 1, 0)],
      ["warning", "indicator_without_sex_breakdown", indicator(5, 0, 1, 2)],
      ["info", "municipality_outside_county", ["actors", 16, "municipalityCode"]],
    ]);
  });

  it("notes national goal 6 of ANDT 2016–2020, which no sub-goal follows and the source does not say it leaves out", () => {
    const [goal6] = report.issues.filter((f) => f.code === "national_goal_not_covered");
    expect(goal6).toEqual({
      code: "national_goal_not_covered",
      severity: "info",
      path: ["strategies", 0],
      message:
        'Inget delmål eller område följer mål 6 i andt-2016-2020 ("En folkhälsobaserad syn på ANDT inom EU och internationellt."), och planen anger inte att det är utelämnat eller ersatt.',
      strategy: "andt-2016-2020",
      goal: "6",
      goalText: "En folkhälsobaserad syn på ANDT inom EU och internationellt.",
    });
  });

  it("meets the plan's own policy of two areas per sub-goal", () => {
    const withPolicy = validatePlan(kronoberg2017, { strategies: [andt2016, andt2011], policy: { areasPerSubGoal: 2 } });
    expect(withPolicy.issues.filter((f) => f.code === "areas_per_sub_goal")).toEqual([]);
  });
});

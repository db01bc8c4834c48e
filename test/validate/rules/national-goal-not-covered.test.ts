import { describe, expect, it } from "vitest";
import { andt2011, andt2016 } from "../../../src/fixtures/index.js";
import { type Strategy, validatePlan, validatePlanDocument } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

/** The minimal plan (sub-goal 1 follows goal 1) following goals 2–5 too, by the ways the format allows. */
function planFollowingGoals1To5() {
  const plan = minimalPlan();
  // A second reference of a sub-goal, and a prioritised goal (2.3 belongs to goal 2) of an area.
  plan.subGoals[1]!.nationalGoalRefs = [{ strategy: "andt-2016-2020", goal: "3" }];
  plan.subGoals[0]!.areas![0]!.nationalGoalRef = { strategy: "andt-2016-2020", goal: "2.3" };
  plan.subGoals[0]!.areas![1]!.nationalGoalRefs = [{ strategy: "andt-2016-2020", goal: "4" }];
  // Goal 5 replaced by sub-goal F; left out and replaced goals are accounted for alike.
  plan.nationalGoalsNotFollowed = [{ strategy: "andt-2016-2020", goal: "5", decision: "replaced", replacedBy: "F" }];
  return plan;
}

describe("national_goal_not_covered", () => {
  it("notes each long-term goal of a given strategy that the plan neither follows nor declares not followed", () => {
    expect(issuesOf(planFollowingGoals1To5(), "national_goal_not_covered", { strategies: [andt2016] })).toEqual([
      {
        code: "national_goal_not_covered",
        severity: "info",
        path: ["strategies", 0],
        strategy: "andt-2016-2020",
        goal: "6",
        goalText: "En folkhälsobaserad syn på ANDT inom EU och internationellt.",
      },
    ]);
  });

  it("says so in Swedish and English, with the goal's topic where its wording is not known", () => {
    // An invented strategy, so that the test does not hang on the shipped strategies' wording.
    const strategy: Strategy = {
      formatVersion: 1,
      kind: "strategy",
      id: "andts-test",
      title: "Påhittad strategi",
      issuer: "Test",
      reference: "skr. 0000/00:0",
      period: { start: "2017", end: "2021" },
      scope: ["alcohol", "gambling"],
      longTermGoals: [
        { kind: "national_goal", number: "1", text: "Tillgången ska minska.", status: "verified" },
        { kind: "national_goal", number: "2", topic: "internationellt arbete", status: "topic_only" },
      ],
      status: "partial",
    };
    const plan = minimalPlan();
    plan.strategies = ["andts-test"];
    plan.subGoals[1]!.nationalGoalRef = { strategy: "andts-test", goal: "1" };
    const sv = validatePlan(plan, { strategies: [strategy] }).issues.filter((f) => f.code === "national_goal_not_covered");
    const en = validatePlan(plan, { strategies: [strategy] }, { lang: "en" }).issues.filter((f) => f.code === "national_goal_not_covered");
    expect(sv.map((f) => f.message)).toEqual([
      'Inget delmål eller område följer mål 2 i andts-test ("internationellt arbete"), och planen anger inte att det är utelämnat eller ersatt.',
    ]);
    expect(en.map((f) => f.message)).toEqual([
      'No sub-goal or area follows goal 2 of andts-test ("internationellt arbete"), and the plan does not say it is left out or replaced.',
    ]);
  });

  it("passes a plan that accounts for every goal, and skips strategies not given or not implemented", () => {
    const plan = planFollowingGoals1To5();
    plan.nationalGoalsNotFollowed!.push({ strategy: "andt-2016-2020", goal: "6", decision: "left_out" });
    expect(issuesOf(plan, "national_goal_not_covered", { strategies: [andt2016] })).toEqual([]);
    // andt-2011-2015 is given but not among the plan's strategies; andt-2016-2020 is not given.
    expect(issuesOf(minimalPlan(), "national_goal_not_covered", { strategies: [andt2011] })).toEqual([]);
    expect(issuesOf(minimalPlan(), "national_goal_not_covered")).toEqual([]);
  });

  it("does not count a goal of another strategy with the same number", () => {
    const plan = planFollowingGoals1To5();
    plan.nationalGoalsNotFollowed!.push({ strategy: "andt-2011-2015", goal: "6", decision: "left_out" });
    expect(issuesOf(plan, "national_goal_not_covered", { strategies: [andt2016] }).map((f) => f.path)).toEqual([["strategies", 0]]);
  });
});

type Input = { actors: unknown[]; subGoals: { areas: { activities: { followUp: unknown }[] }[] }[] };

describe("national_goal_not_covered on a plan file with a part that cannot be read", () => {
  it("says nothing when a sub-goal that could hold the goal link is left out, and names the rule in unreadable_part", () => {
    const plan = planFollowingGoals1To5();
    plan.nationalGoalsNotFollowed!.push({ strategy: "andt-2016-2020", goal: "6", decision: "left_out" });
    // Sub-goal 2 follows goal 3; with its text a number it cannot be read, so goal 3 could look unfollowed.
    const input = JSON.parse(JSON.stringify(plan)) as { subGoals: { text: unknown }[] };
    input.subGoals[1]!.text = 3;
    const report = validatePlanDocument(JSON.stringify(input), { strategies: [andt2016] }, { lang: "en" });
    expect(report.issues.filter((issue) => issue.code === "national_goal_not_covered")).toEqual([]);
    const unreadable = report.issues.find((issue) => issue.code === "unreadable_part");
    expect(unreadable?.path).toEqual(["subGoals", 1]);
    expect(unreadable?.code === "unreadable_part" && unreadable.rules).toContain("national_goal_not_covered");
  });

  it.each([
    ["an actor", (input: Input) => input.actors.push({ kind: "organisation", id: "polisen" })],
    // An activity holds no link to a national goal.
    ["an activity", (input: Input) => (input.subGoals[0]!.areas[0]!.activities[0]!.followUp = "se bilaga")],
  ])("still notes an unfollowed goal when the part left out cannot hold a goal link (%s)", (_, breakIt) => {
    const input = JSON.parse(JSON.stringify(planFollowingGoals1To5())) as Input;
    breakIt(input);
    const report = validatePlanDocument(JSON.stringify(input), { strategies: [andt2016] }, { lang: "en" });
    expect(report.issues.filter((issue) => issue.code === "national_goal_not_covered").map((issue) => [issue.path, issue.message])).toEqual(
      [
        [
          ["strategies", 0],
          'No sub-goal or area follows goal 6 of andt-2016-2020 ("En folkhälsobaserad syn på ANDT inom EU och internationellt."), and the plan does not say it is left out or replaced.',
        ],
      ],
    );
  });
});

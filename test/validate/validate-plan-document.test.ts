import { describe, expect, it } from "vitest";
import { andt2011, andt2016 } from "../../src/fixtures/index.js";
import type { Activity, CollaborationArea, Plan } from "../../src/index.js";
import { serializePlan, validatePlan, validatePlanDocument } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

const activityPath = (g: number, a: number, i: number) => ["subGoals", g, "areas", a, "activities", i];
const indicatorPath = (g: number, a: number, i: number) => [...activityPath(g, a, i), "followUp", "indicators", 0];

/** An indicator of the support plan's shape with the fields given. */
function withIndicator(code: string, fields: Record<string, unknown>): Activity {
  const base = activity(code);
  const indicator = { ...base.followUp.indicators[0], ...fields } as Activity["followUp"]["indicators"][number];
  return { ...base, followUp: { ...base.followUp, indicators: [indicator] } };
}

/**
 * Växjö's local plan under the support plan (regional, test-2017-2021, 2017–2021), with 25 mistakes planted,
 * numbered as in the expected list below. Every indicator is given a measure so that
 * indicator_without_measure stays quiet except where planted.
 */
function plantedPlan(): unknown {
  const parent = minimalPlan();
  const plan: Plan = {
    ...parent,
    level: "local",
    id: "vaxjo-2018-2022",
    title: "Växjö kommuns ANDT-plan",
    parentPlan: "test-2017-2021",
    territory: { countyCode: "07", municipalityCode: "0780" },
    // (1) period_outside_strategy, (2) period_outside_parent: 2022 is past both 2020 and 2021.
    period: { start: "2018", end: "2022" },
    // (3) strategy_not_given: andt-2011-2015 is named but not given.
    strategies: ["andt-2016-2020", "andt-2011-2015"],
    // (4) municipality_count_mismatch: Kronoberg has 8 municipalities.
    purposes: ["Länets 9 kommuner samverkar."],
    subGoals: structuredClone(parent.subGoals),
    actors: [
      ...parent.actors,
      // (5) invalid_id: an id with capitals and a space.
      { kind: "organisation", id: "Vaxjo Kommun", name: "Växjö kommun", type: "municipality" },
      // (6) unknown_municipality: 0799 is no municipality.
      { kind: "organisation", id: "okand-kommun", name: "Okänd", type: "municipality", municipalityCode: "0799" },
      // (7) municipality_outside_county: 0180 is Stockholm, in county 01.
      { kind: "organisation", id: "stockholm", name: "Stockholm", type: "municipality", municipalityCode: "0180" },
    ] as Plan["actors"],
  };
  const count = { type: "count", aggregation: "sum" };
  const [f, one] = plan.subGoals as [Plan["subGoals"][number], Plan["subGoals"][number]];
  // Sub-goal 1 in the national wording, so that national_goal_text_differs is not among the findings.
  one.text = "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.";
  const [fa, fb] = f.areas as [CollaborationArea, CollaborationArea];
  fa.activities = [
    // (8) empty_text: a blank activity text.
    { ...withIndicator("F.1", { measure: count }), text: "  " },
    // (9) activity_without_responsible.
    { ...withIndicator("F.2", { measure: count }), responsible: { text: "—", actors: [] } },
  ];
  // (10) duplicate_code: the second area repeats the first one's id.
  fb.id = "f-a";
  // (11) ungendered_people_text.
  fb.title = "Stöd till barn och unga";
  fb.activities = [
    // (12) activity_code_prefix: in sub-goal F.
    withIndicator("1.9", { measure: count }),
    // (13) activity_code_sequence: F.3 expected after F.2.
    // (14) activity_without_indicator.
    { ...activity("F.5"), followUp: { text: "—", indicators: [] } },
    // (15) invalid_date: 2019-02-30 does not exist.
    withIndicator("F.6", { measure: { type: "milestone" }, target: { per: "period", deadline: "2019-02-30" } }),
    // (16) unknown_actor.
    { ...withIndicator("F.7", { measure: count }), responsible: { text: "Polisen", actors: ["polisen"] } },
    // (17) schedule_outside_period: 2025 is after 2022.
    { ...withIndicator("F.8", { measure: count }), schedule: { text: "2025", years: [2025] } },
    // (18) indicator_without_sex_breakdown.
    withIndicator("F.9", { measure: count, text: "Antal deltagare i utbildningen." }),
    // (19) indicator_without_measure.
    activity("F.10"),
    // (20) yearly_targets_sum: 1 + 1 = 2, not 3.
    withIndicator("F.11", {
      measure: count,
      target: {
        per: "period",
        value: 3,
        yearly: [
          { year: 2019, value: 1 },
          { year: 2020, value: 1 },
        ],
      },
    }),
    // (21) target_year_outside_period: a deadline of 2030.
    withIndicator("F.12", { measure: count, target: { per: "period", deadline: "2030" } }),
    // (22) target_not_applicable: a share of 1.5.
    withIndicator("F.13", { measure: { type: "share" }, target: { per: "year", value: 1.5 } }),
    // (23) frequency_target_mismatch: 4 times a year by the measure, 6 by the target.
    withIndicator("F.14", { measure: { type: "frequency", timesPerYear: 4 }, target: { per: "year", value: 6 } }),
  ];
  one.areas = [
    {
      ...one.areas![0]!,
      // (24) unknown_regional_ref: the regional plan has no area x-z.
      regionalRef: { plan: "test-2017-2021", area: "x-z" },
      activities: [withIndicator("1.1", { measure: count })],
    },
  ];
  const text = JSON.parse(serializePlan(plan)) as { subGoals: { areas: { activities: Record<string, unknown>[] }[] }[] };
  // (25) invalid_type: one activity's responsible is a string, not an object.
  text.subGoals[1]!.areas[0]!.activities.push({ ...(activity("1.2") as unknown as Record<string, unknown>), responsible: "Växjö kommun" });
  return text;
}

describe("validatePlanDocument", () => {
  it("reports all 25 planted mistakes of a local plan in one run, each with its own code at its path", () => {
    const plan = deepFreeze(plantedPlan());
    const parent = deepFreeze(minimalPlan());
    // The minimal plan follows only national goal 1; national_goal_not_covered is proved in its own test.
    const severity = { national_goal_not_covered: "off" } as const;
    const report = validatePlanDocument(plan, { strategies: [andt2016], parent }, { lang: "en", severity });
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["period_outside_parent", ["period"]],
      ["period_outside_strategy", ["period"]],
      ["strategy_not_given", ["strategies", 1]],
      ["municipality_count_mismatch", ["purposes", 0]],
      ["empty_text", [...activityPath(0, 0, 0), "text"]],
      ["activity_without_responsible", [...activityPath(0, 0, 1), "responsible", "actors"]],
      ["duplicate_code", ["subGoals", 0, "areas", 1, "id"]],
      ["ungendered_people_text", ["subGoals", 0, "areas", 1, "title"]],
      ["activity_code_prefix", [...activityPath(0, 1, 0), "code"]],
      ["activity_code_sequence", [...activityPath(0, 1, 1), "code"]],
      ["activity_without_indicator", [...activityPath(0, 1, 1), "followUp", "indicators"]],
      ["invalid_date", [...indicatorPath(0, 1, 2), "target", "deadline"]],
      ["unknown_actor", [...activityPath(0, 1, 3), "responsible", "actors", 0]],
      ["schedule_outside_period", [...activityPath(0, 1, 4), "schedule", "years", 0]],
      ["indicator_without_sex_breakdown", indicatorPath(0, 1, 5)],
      ["indicator_without_measure", indicatorPath(0, 1, 6)],
      ["yearly_targets_sum", [...indicatorPath(0, 1, 7), "target", "yearly"]],
      ["target_year_outside_period", [...indicatorPath(0, 1, 8), "target", "deadline"]],
      ["target_not_applicable", [...indicatorPath(0, 1, 9), "target", "value"]],
      ["frequency_target_mismatch", [...indicatorPath(0, 1, 10), "target", "value"]],
      ["unreadable_part", activityPath(1, 0, 1)],
      ["invalid_type", [...activityPath(1, 0, 1), "responsible"]],
      ["unknown_regional_ref", ["subGoals", 1, "areas", 0, "regionalRef", "area"]],
      ["invalid_id", ["actors", 1, "id"]],
      ["unknown_municipality", ["actors", 2, "municipalityCode"]],
      ["municipality_outside_county", ["actors", 3, "municipalityCode"]],
    ]);
  });
});

/** The support plan with `change` applied, as plain JSON data deep-frozen so a mutation would throw. */
function brokenPlan(change: (plan: Plan) => void): unknown {
  const plan = minimalPlan();
  change(plan);
  return deepFreeze(JSON.parse(JSON.stringify(plan)) as unknown);
}

/** Sets a field to a value its type does not allow: the mistake a test plants. */
function plant(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

describe("validatePlanDocument on a part that cannot be read", () => {
  it("leaves out an activity of the wrong shape and skips only the rules that need it, saying so once", () => {
    // Sub-goal 1: activity 1.1 unreadable, 1.2 readable. Without the skip, 1.2 would read as out of sequence.
    const input = brokenPlan((plan) => {
      const area = plan.subGoals[1]!.areas![0]!;
      area.activities.push({ ...activity("1.2"), responsible: { text: "—", actors: [] } });
      plant(area.activities[0]!, "responsible", "Växjö kommun");
    });
    const severity = { indicator_without_measure: "off", national_goal_not_covered: "off" } as const;
    const report = validatePlanDocument(input, { strategies: [andt2016] }, { lang: "en", severity });
    expect(report.issues.filter((issue) => issue.path[0] === "subGoals" && issue.path[1] === 1)).toEqual([
      {
        code: "national_goal_text_differs",
        severity: "info",
        path: ["subGoals", 1, "text"],
        strategy: "andt-2016-2020",
        goal: "1",
        expected: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.",
        received: "Tillgången ska minska.",
        message:
          'The sub-goal\'s text differs from goal 1 of andt-2016-2020: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.".',
      },
      {
        code: "unreadable_part",
        severity: "info",
        path: activityPath(1, 0, 0),
        rules: ["activity_code_sequence", "sub_goal_without_areas", "area_without_activities", "areas_per_sub_goal"],
        message:
          "The part subGoals.1.areas.0.activities.0 could not be read and is left out of validation; the rules activity_code_sequence, sub_goal_without_areas, area_without_activities, areas_per_sub_goal need it and were not checked around it.",
      },
      {
        code: "invalid_type",
        severity: "error",
        path: [...activityPath(1, 0, 0), "responsible"],
        expected: "object",
        received: "string",
        message: "Wrong type: expected object, received string.",
      },
      // A rule that needs only the activity it reports on still runs on the next one, at its path in the file.
      {
        code: "activity_without_responsible",
        severity: "error",
        path: [...activityPath(1, 0, 1), "responsible", "actors"],
        activity: "1.2",
        message: "Activity 1.2 has no responsible actor.",
      },
    ]);
    expect(report.plan?.subGoals[1]?.areas?.[0]?.activities.map((a) => a.code)).toEqual(["1.2"]);
    // Besides the four above: period_outside_strategy (2017–2021 against 2016–2020), a warning.
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 2 });
  });

  it("skips the rules on the actor registry when an actor of it cannot be read, and no other rule", () => {
    const input = brokenPlan((plan) => {
      const actor = { kind: "organisation", id: "polisen" };
      plan.actors.push(actor as Plan["actors"][number]);
      plan.subGoals[0]!.areas![0]!.activities[0]!.responsible.actors = ["polisen"];
      plan.subGoals[0]!.areas![0]!.activities[1]!.responsible.actors = [];
    });
    const report = validatePlanDocument(input, {}, { severity: { indicator_without_measure: "off", strategy_not_given: "off" } });
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["activity_without_responsible", [...activityPath(0, 0, 1), "responsible", "actors"]],
      ["unreadable_part", ["actors", 1]],
      ["required", ["actors", 1, "name"]],
      ["required", ["actors", 1, "type"]],
    ]);
    expect(report.issues.find((issue) => issue.code === "unreadable_part")?.message).toBe(
      "Delen actors.1 kunde inte läsas och är utelämnad ur valideringen; reglerna unknown_actor, duplicate_municipality_actor, municipal_body_without_municipality behöver den och kontrollerades inte runt den.",
    );
  });

  it("checks no rule on a file that is not JSON, and says so once before the parse issue", () => {
    const report = validatePlanDocument('{"kind": "plan",', {}, { lang: "en" });
    expect(report.plan).toBeUndefined();
    expect(report.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ["unreadable_part", [], "The plan could not be read, so no rule was checked."],
      ["invalid_json", [], expect.stringMatching(/^/)],
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it("gives a plan that parses exactly the issues of validatePlan", () => {
    const plan = minimalPlan();
    const text = serializePlan(plan);
    expect(validatePlanDocument(text, { strategies: [andt2016] })).toEqual({
      plan,
      ...validatePlan(plan, { strategies: [andt2016] }),
    });
  });
});

describe("validatePlanDocument of a plan without areas", () => {
  it("leaves out an unreadable activity directly under a sub-goal and skips the rules that need that sub-goal whole", () => {
    const file = JSON.parse(serializePlan(planWithoutAreas())) as { subGoals: { activities: Record<string, unknown>[] }[] };
    file.subGoals[0]!.activities[0]!["responsible"] = "Länsstyrelsen";
    const report = validatePlanDocument(
      JSON.stringify(file),
      { strategies: [andt2011] },
      { lang: "en", severity: { indicator_without_measure: "off", national_goal_not_covered: "off" } },
    );
    expect(report.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unreadable_part", "subGoals.0.activities.0"],
      ["invalid_type", "subGoals.0.activities.0.responsible"],
    ]);
    // 1.2 is now the first readable activity of goal 1: without the skip it would read as out of sequence.
    expect(report.issues[0]).toMatchObject({ rules: ["activity_code_sequence", "sub_goal_without_areas", "areas_per_sub_goal"] });
    expect(report.plan?.subGoals[0]?.activities?.map((a) => a.code)).toEqual(["1.2"]);
  });

  it("skips the rules that need an activity whole when one of its indicators cannot be read", () => {
    const file = JSON.parse(serializePlan(planWithoutAreas())) as {
      subGoals: { activities: { followUp: { indicators: Record<string, unknown>[] } }[] }[];
    };
    file.subGoals[1]!.activities[0]!.followUp.indicators[0]!["text"] = 5;
    const report = validatePlanDocument(
      JSON.stringify(file),
      { strategies: [andt2011] },
      { lang: "en", severity: { indicator_without_measure: "off", national_goal_not_covered: "off" } },
    );
    // Without the skip, 2.1 would read as having no indicator (activity_without_indicator).
    expect(report.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unreadable_part", "subGoals.1.activities.0.followUp.indicators.0"],
      ["invalid_type", "subGoals.1.activities.0.followUp.indicators.0.text"],
    ]);
    expect(report.issues[0]).toMatchObject({
      rules: [
        "activity_code_sequence",
        "sub_goal_without_areas",
        "areas_per_sub_goal",
        "activity_without_responsible",
        "activity_without_indicator",
      ],
    });
  });
});

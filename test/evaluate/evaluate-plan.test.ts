import { describe, expect, test } from "vitest";
import {
  EvaluationError,
  evaluatePlan,
  type Indicator,
  type IndicatorYear,
  type Observation,
  type Plan,
  type PlanEvaluation,
  reportCsv,
  reportHtml,
  reportJson,
  reportMarkdown,
  type StatusSummary,
} from "../../src/index.js";
import { thrown } from "../support/errors.js";
import { observationsWithoutAreas, planWithoutAreas } from "../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

/** The minimal plan (period 2017–2021) with F.1's only indicator replaced by `indicator` (id "F.1-1"). */
function planWith(indicator: Partial<Indicator>): Plan {
  const plan = minimalPlan();
  const area = plan.subGoals[0]!.areas![0]!;
  area.activities[0] = activity("F.1", {
    followUp: { text: "Uppföljning.", indicators: [{ kind: "indicator", id: "F.1-1", text: "Indikator.", ...indicator }] },
  });
  return plan;
}

function yearsOf(evaluation: PlanEvaluation, id = "F.1-1"): IndicatorYear[] {
  for (const sg of evaluation.subGoals)
    for (const area of sg.areas) for (const a of area.activities) for (const i of a.indicators) if (i.id === id) return i.years;
  throw new Error(`no indicator ${id}`);
}

const obs = (year: number, fields: Partial<Observation>): Observation => ({ indicator: "F.1-1", year, ...fields });
/** Status, reason and message per year: the core of each worked example. */
const outline = (years: IndicatorYear[]) => years.map((y) => ({ year: y.year, status: y.status, reason: y.reason, message: y.message }));

describe("frequency: the times per year are the yearly target", () => {
  const plan = planWith({ measure: { type: "frequency", timesPerYear: 10 } });
  const evaluation = evaluatePlan(plan, [obs(2017, { value: 10 }), obs(2018, { value: 6 }), obs(2019, { value: 4 })], {
    asOf: "2021-06-30",
  });

  test("met, partly met, not met, missing, not yet due", () => {
    expect(outline(yearsOf(evaluation))).toEqual([
      { year: 2017, status: "met", reason: { code: "target_reached", value: 10, target: 10 }, message: "Målet 10 är nått (10)." },
      {
        year: 2018,
        status: "partly_met",
        reason: { code: "target_partly_reached", value: 6, target: 10, ratio: 0.6 },
        message: "6 av målet 10 (60 %).",
      },
      {
        year: 2019,
        status: "not_met",
        reason: { code: "target_not_reached", value: 4, target: 10, ratio: 0.4 },
        message: "4 av målet 10 (40 %): för långt från målet.",
      },
      { year: 2020, status: "missing", reason: { code: "no_value" }, message: "Ingen uppgift redovisad." },
      {
        year: 2021,
        status: "not_yet_due",
        reason: { code: "year_not_ended", year: 2021, asOf: "2021-06-30" },
        message: "År 2021 är inte slut den 2021-06-30; inget värde krävs ännu.",
      },
    ]);
  });

  test("the change from the previous year with a value is judged (more is better)", () => {
    const [y2017, y2018, y2019] = yearsOf(evaluation);
    expect(y2017?.fromPrevious).toBeUndefined();
    expect(y2018?.fromPrevious).toEqual({ from: 10, fromYear: 2017, to: 6, difference: -4, relative: -0.4, direction: "worsened" });
    expect(y2019?.fromPrevious).toEqual({ from: 6, fromYear: 2018, to: 4, difference: -2, relative: -2 / 6, direction: "worsened" });
  });

  test("a partly-met ratio of 0.7 turns 60 % into not met", () => {
    const strict = evaluatePlan(plan, [obs(2018, { value: 6 })], { asOf: "2019-01-01", years: [2018], partlyMetRatio: 0.7 });
    expect(yearsOf(strict)[0]?.status).toBe("not_met");
  });
});

describe("count", () => {
  test("per-year counts add up towards a period target; before its last year the progress is reported", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum", higherIsBetter: true }, target: { per: "period", value: 20 } });
    const evaluation = evaluatePlan(
      plan,
      [obs(2017, { value: 5 }), obs(2018, { value: 6 }), obs(2019, { value: 0 }), obs(2021, { value: 10 })],
      {
        asOf: "2022-01-15",
      },
    );
    const years = yearsOf(evaluation);
    expect(years.map((y) => [y.year, y.status, y.value, y.progress])).toEqual([
      [2017, "reported", 5, 5],
      [2018, "reported", 6, 11],
      [2019, "reported", 0, 11],
      [2020, "missing", undefined, undefined],
      [2021, "met", 10, 21],
    ]);
    expect(years[1]?.reason).toEqual({ code: "progress_towards_target", progress: 11, target: 20, ratio: 0.55, deadlineYear: 2021 });
    expect(years[1]?.message).toBe("11 hittills av målet 20 till 2021 (55 %).");
    expect(years[4]?.reason).toEqual({ code: "target_reached", value: 21, target: 20 });
  });

  test("zero is a value and missing is not: 0 of 2 is not met and reported, no row is missing", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum" }, target: { per: "year", value: 2 } });
    const evaluation = evaluatePlan(plan, [obs(2017, { value: 0 }), obs(2018, { comment: "Uppgift saknas" })], {
      asOf: "2019-01-01",
      years: [2017, 2018],
    });
    const [zero, none] = yearsOf(evaluation);
    expect([zero?.status, zero?.reported, zero?.value, zero?.reason]).toEqual([
      "not_met",
      true,
      0,
      { code: "target_not_reached", value: 0, target: 2, ratio: 0 },
    ]);
    expect([none?.status, none?.reported, none?.value, none?.message]).toEqual([
      "missing",
      false,
      undefined,
      "Ingen uppgift redovisad (Uppgift saknas).",
    ]);
  });

  test("lower is better: 12 against a ceiling of 10 is partly met, 4 is met and an improvement", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum", higherIsBetter: false }, target: { per: "year", value: 10 } });
    const years = yearsOf(
      evaluatePlan(plan, [obs(2017, { value: 12 }), obs(2018, { value: 4 })], { asOf: "2019-01-01", years: [2017, 2018] }),
    );
    expect(years[0]?.reason).toEqual({ code: "target_partly_reached", value: 12, target: 10, ratio: 10 / 12 });
    expect(years[1]?.reason).toEqual({ code: "target_reached", value: 4, target: 10 });
    expect(years[1]?.fromPrevious?.direction).toBe("improved");
  });

  test("a count without a target or direction is reported, and its change is only 'changed'", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum" } });
    const years = yearsOf(
      evaluatePlan(plan, [obs(2017, { value: 40 }), obs(2018, { value: 46 })], { asOf: "2019-01-01", years: [2017, 2018] }),
    );
    expect(years.map((y) => [y.status, y.message])).toEqual([
      ["reported", "Redovisat: 40; inget mål att jämföra med."],
      ["reported", "Redovisat: 46; inget mål att jämföra med."],
    ]);
    expect(years[1]?.fromPrevious).toEqual({ from: 40, fromYear: 2017, to: 46, difference: 6, relative: 0.15, direction: "changed" });
  });

  test("a yearly target overrides the period value for its year; the baseline value gives a change", () => {
    const plan = planWith({
      measure: { type: "count", aggregation: "sum", higherIsBetter: true },
      target: { per: "period", value: 30, yearly: [{ year: 2017, value: 5 }] },
      baseline: { year: 2015, value: 4 },
    });
    const [y2017] = yearsOf(evaluatePlan(plan, [obs(2017, { value: 5 })], { asOf: "2018-01-01", years: [2017] }));
    expect(y2017?.reason).toEqual({ code: "target_reached", value: 5, target: 5 });
    expect(y2017?.fromBaseline).toEqual({ from: 4, fromYear: 2015, to: 5, difference: 1, relative: 0.25, direction: "improved" });
  });

  test("several observations in one year add up for a per-year count, and the latest stands for a state", () => {
    const twoHalves = [
      obs(2017, { value: 3, period: { start: "2017-01", end: "2017-06" } }),
      obs(2017, { value: 4, period: { start: "2017-07", end: "2017-12" } }),
    ];
    const sum = planWith({ measure: { type: "count", aggregation: "sum" } });
    const latest = planWith({ measure: { type: "count", aggregation: "latest" } });
    expect(yearsOf(evaluatePlan(sum, twoHalves, { asOf: "2018-01-01", years: [2017] }))[0]?.value).toBe(7);
    expect(yearsOf(evaluatePlan(latest, [...twoHalves].reverse(), { asOf: "2018-01-01", years: [2017] }))[0]?.value).toBe(4);
  });
});

describe("coverage of the county's municipalities stands as the latest value and is never summed", () => {
  const plan = planWith({
    measure: { type: "coverage", of: "county_municipalities" },
    target: { per: "period", value: 8, text: "länets 8 kommuner" },
  });
  const evaluation = evaluatePlan(plan, [obs(2017, { value: 3 }), obs(2018, { value: 5 }), obs(2021, { value: 7 })], {
    asOf: "2022-02-01",
  });

  test("progress is the latest value, and the last year judges it", () => {
    const years = yearsOf(evaluation);
    expect(years.map((y) => [y.year, y.status, y.progress])).toEqual([
      [2017, "reported", 3],
      [2018, "reported", 5],
      [2019, "missing", undefined],
      [2020, "missing", undefined],
      [2021, "partly_met", 7],
    ]);
    expect(years[4]?.reason).toEqual({ code: "target_partly_reached", value: 7, target: 8, ratio: 0.875 });
    expect(years[4]?.message).toBe("7 av målet 8 (87,5 %).");
  });

  test("reaching the target before the last year is met at once", () => {
    const early = evaluatePlan(plan, [obs(2018, { value: 8 })], { asOf: "2019-01-01", years: [2018] });
    expect(yearsOf(early)[0]?.reason).toEqual({ code: "target_reached", value: 8, target: 8 });
  });
});

describe("the year's breakdown by sex combines as its value does", () => {
  const half = (value: number, female: number, male: number, start: string, end: string): Observation =>
    obs(2017, {
      value,
      period: { start, end },
      bySex: {
        cells: [
          { sex: "female", value: female },
          { sex: "male", value: male },
        ],
      },
    });
  const halves = [half(7, 4, 3, "2017-01", "2017-06"), half(5, 3, 2, "2017-07", "2017-12")];

  test("two half-years of a per-year count are summed cell by cell", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum", countsPeople: true } });
    const [y] = yearsOf(evaluatePlan(plan, halves, { asOf: "2018-01-01", years: [2017] }));
    expect([y?.value, y?.bySex]).toEqual([
      12,
      {
        cells: [
          { sex: "female", value: 7 },
          { sex: "male", value: 5 },
        ],
      },
    ]);
  });

  test("a state takes the breakdown of the observation that ends last", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "latest" } });
    const [y] = yearsOf(evaluatePlan(plan, [...halves].reverse(), { asOf: "2018-01-01", years: [2017] }));
    expect([y?.value, y?.bySex]).toEqual([
      5,
      {
        cells: [
          { sex: "female", value: 3 },
          { sex: "male", value: 2 },
        ],
      },
    ]);
  });

  test("breakdowns with unlike cells are not summed: the year has the value but no breakdown", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum" } });
    const unlike = [
      halves[0]!,
      obs(2017, { value: 5, period: { start: "2017-07", end: "2017-12" }, bySex: { cells: [{ sex: "female", age: "adults", value: 5 }] } }),
    ];
    const [y] = yearsOf(evaluatePlan(plan, unlike, { asOf: "2018-01-01", years: [2017] }));
    expect([y?.value, y?.bySex]).toEqual([12, undefined]);
  });
});

describe("share: numerators and denominators are summed before dividing", () => {
  test("3/4 and 1/4 make 4/8 = 0.5, which meets a yearly target of 0.5", () => {
    const plan = planWith({ measure: { type: "share", higherIsBetter: true }, target: { per: "year", value: 0.5 } });
    const evaluation = evaluatePlan(
      plan,
      [
        obs(2017, { numerator: 3, denominator: 4 }),
        obs(2017, { numerator: 1, denominator: 4, period: { start: "2017-07", end: "2017-12" } }),
      ],
      { asOf: "2018-01-01", years: [2017] },
    );
    expect(yearsOf(evaluation)[0]).toMatchObject({
      status: "met",
      value: 0.5,
      reason: { code: "target_reached", value: 0.5, target: 0.5 },
      message: "Målet 50 % är nått (50 %).",
    });
  });
});

describe("milestone", () => {
  const plan = planWith({ measure: { type: "milestone", deadline: "2017" }, target: { per: "period", deadline: "2017-12-31" } });

  test("done by the deadline is met, and nothing is asked of it afterwards", () => {
    const years = yearsOf(
      evaluatePlan(plan, [obs(2017, { done: true, doneOn: "2017-11-20" })], { asOf: "2019-01-01", years: [2017, 2018] }),
    );
    expect(outline(years)).toEqual([
      { year: 2017, status: "met", reason: { code: "done", doneOn: "2017-11-20" }, message: "Genomfört 2017-11-20." },
      { year: 2018, status: "not_expected", reason: { code: "already_done", year: 2017 }, message: "Redan genomfört 2017." },
    ]);
    expect(years.map((y) => y.expected)).toEqual([true, false]);
  });

  test("not done by the deadline is not met; done the year after is partly met (late)", () => {
    const years = yearsOf(
      evaluatePlan(plan, [obs(2017, { done: false }), obs(2018, { done: true })], { asOf: "2019-01-01", years: [2017, 2018] }),
    );
    expect(outline(years)).toEqual([
      {
        year: 2017,
        status: "not_met",
        reason: { code: "not_done_by_deadline", deadline: "2017-12-31" },
        message: "Inte genomfört till 2017-12-31.",
      },
      {
        year: 2018,
        status: "partly_met",
        reason: { code: "done_late", doneOn: "2018", deadline: "2017-12-31" },
        message: "Genomfört 2018, efter tidpunkten 2017-12-31.",
      },
    ]);
  });

  test("a date after a mid-year deadline is late; without a date, done in the deadline's year is on time", () => {
    const midYear = planWith({ measure: { type: "milestone", deadline: "2018-06-30" } });
    const at = (o: Observation) => yearsOf(evaluatePlan(midYear, [o], { asOf: "2019-01-01", years: [2018] }))[0]?.reason;
    expect(at(obs(2018, { done: true, doneOn: "2018-07" }))).toEqual({ code: "done_late", doneOn: "2018-07", deadline: "2018-06-30" });
    expect(at(obs(2018, { done: true, doneOn: "2018-06-30" }))).toEqual({ code: "done", doneOn: "2018-06-30" });
    expect(at(obs(2018, { done: true }))).toEqual({ code: "done" });
  });

  test("without a deadline, not done yet is in progress until the plan ends", () => {
    const open = planWith({ measure: { type: "milestone" } });
    const [y2017] = yearsOf(evaluatePlan(open, [obs(2017, { done: false })], { asOf: "2018-01-01", years: [2017] }));
    expect([y2017?.status, y2017?.reason]).toEqual(["reported", { code: "in_progress", deadline: "2021-12-31" }]);
  });
});

describe("cycle", () => {
  test("every other year: each two-year cycle is judged in its last year; the plan's last cycle is cut short", () => {
    const plan = planWith({ measure: { type: "cycle", everyYears: 2, firstYear: 2017 } });
    const years = yearsOf(evaluatePlan(plan, [obs(2018, { done: true }), obs(2019, { done: false })], { asOf: "2022-01-01" }));
    expect(years.map((y) => [y.year, y.status, y.reason])).toEqual([
      [2017, "not_expected", { code: "cycle_continues", cycle: { start: "2017", end: "2018" } }],
      [2018, "met", { code: "done_in_cycle", cycle: { start: "2017", end: "2018" } }],
      [2019, "not_expected", { code: "cycle_continues", cycle: { start: "2019", end: "2020" } }],
      [2020, "not_met", { code: "not_done_in_cycle", cycle: { start: "2019", end: "2020" } }],
      [2021, "missing", { code: "no_value" }],
    ]);
    expect(years[3]?.message).toBe("Inte genomfört i perioden 2019–2020.");
  });

  test("done in the first year of a cycle leaves nothing due in its second; a count above zero counts as done", () => {
    const plan = planWith({ measure: { type: "cycle", everyYears: 2 } });
    const years = yearsOf(evaluatePlan(plan, [obs(2017, { value: 12 })], { asOf: "2019-01-01", years: [2017, 2018] }));
    expect(years.map((y) => [y.status, y.reason])).toEqual([
      ["met", { code: "done_in_cycle", cycle: { start: "2017", end: "2018" } }],
      ["not_expected", { code: "already_done", year: 2017 }],
    ]);
  });

  test("a yearly cycle is due every year", () => {
    const plan = planWith({ measure: { type: "cycle", everyYears: 1 } });
    const years = yearsOf(evaluatePlan(plan, [obs(2017, { done: true })], { asOf: "2019-01-01", years: [2017, 2018] }));
    expect(years.map((y) => y.status)).toEqual(["met", "missing"]);
  });
});

describe("qualitative and untyped indicators are reported or missing", () => {
  test("a written account is reported, with the baseline named", () => {
    const plan = planWith({ measure: { type: "qualitative" }, baseline: { year: 2015, text: "kartläggning 2015" } });
    const [y2017, y2018] = yearsOf(
      evaluatePlan(plan, [obs(2017, { text: "Stödet har inventerats." })], { asOf: "2019-01-01", years: [2017, 2018] }),
    );
    expect([y2017?.status, y2017?.message]).toEqual(["reported", "Redovisning lämnad; baslinje 2015: kartläggning 2015"]);
    expect(y2018?.status).toBe("missing");
  });

  test("an indicator without a measure is reported when it has any value", () => {
    const plan = planWith({});
    const [y2017] = yearsOf(evaluatePlan(plan, [obs(2017, { value: 3 })], { asOf: "2018-01-01", years: [2017] }));
    expect([y2017?.status, y2017?.reason]).toEqual(["reported", { code: "no_target", value: 3 }]);
  });
});

describe("the year's end", () => {
  const plan = planWith({ measure: { type: "frequency", timesPerYear: 2 } });
  test("on 31 December the year has not ended; on 1 January it has", () => {
    expect(yearsOf(evaluatePlan(plan, [], { asOf: "2019-12-31", years: [2019] }))[0]?.status).toBe("not_yet_due");
    expect(yearsOf(evaluatePlan(plan, [], { asOf: "2020-01-01", years: [2019] }))[0]?.status).toBe("missing");
    expect(yearsOf(evaluatePlan(plan, [], { asOf: new Date(2020, 0, 1), years: [2019] }))[0]?.status).toBe("missing");
  });

  test("a Date as asOf is its local calendar day, the month and day with two digits", () => {
    expect(evaluatePlan(plan, [], { asOf: new Date(2020, 0, 5, 23, 59), years: [2019] }).asOf).toBe("2020-01-05");
    expect(evaluatePlan(plan, [], { asOf: new Date(2019, 10, 30), years: [2019] }).asOf).toBe("2019-11-30");
  });
});

describe("roll-ups, coverage and what is missing", () => {
  // F.1 frequency 2/yr, F.2 count with sex breakdown, F.3 milestone, 1.1 untyped.
  const plan = minimalPlan();
  const [fa, fb] = plan.subGoals[0]!.areas!;
  fa!.activities[0] = activity("F.1", {
    followUp: {
      text: "T.",
      indicators: [{ kind: "indicator", id: "F.1-1", text: "Träffar.", measure: { type: "frequency", timesPerYear: 2 } }],
    },
  });
  fa!.activities[1] = activity("F.2", {
    followUp: {
      text: "T.",
      indicators: [
        { kind: "indicator", id: "F.2-1", text: "Antal deltagare.", measure: { type: "count", aggregation: "sum", countsPeople: true } },
        {
          kind: "indicator",
          id: "F.2-2",
          text: "Antal utbildningar.",
          measure: { type: "count", aggregation: "sum" },
          target: { per: "year", value: 4 },
        },
      ],
    },
  });
  fb!.activities[0] = activity("F.3", {
    followUp: {
      text: "T.",
      indicators: [{ kind: "indicator", id: "F.3-1", text: "Beslutad.", measure: { type: "milestone", deadline: "2018" } }],
    },
  });
  const observations: Observation[] = [
    { indicator: "F.1-1", year: 2017, value: 2 },
    {
      indicator: "F.2-1",
      year: 2017,
      value: 23,
      bySex: {
        cells: [
          { sex: "female", value: 14 },
          { sex: "male", value: 9 },
        ],
      },
    },
    { indicator: "F.2-1", year: 2017, value: 4, period: { start: "2017-09", end: "2017-09" } },
    { indicator: "F.2-2", year: 2017, value: 1 },
    { indicator: "F.3-1", year: 2017, done: false },
    { indicator: "X.9-9", year: 2017, value: 1 },
    { indicator: "F.1-1", year: 2030, value: 1 },
  ];
  const evaluation = evaluatePlan(deepFreeze(plan), deepFreeze(observations), { asOf: "2018-02-01", years: [2017, 2018] });
  const areaFA = evaluation.subGoals[0]!.areas[0]!;

  test("an activity combines its indicators: one reported and one not met is not met", () => {
    const f2 = areaFA.activities[1]!;
    expect(f2.years[0]).toEqual({
      year: 2017,
      status: "not_met",
      message: "Indikatorer: 1 ej uppfylld, 1 redovisad utan bedömning.",
      indicators: { met: 0, partly_met: 0, not_met: 1, reported: 1, missing: 0, not_yet_due: 0, not_expected: 0 },
    });
    expect(f2.years[1]?.status).toBe("not_yet_due");
  });

  test("areas, sub-goals and the plan count and share their activities per status", () => {
    expect(areaFA.years[0]).toEqual({
      year: 2017,
      counts: { met: 1, partly_met: 0, not_met: 1, reported: 0, missing: 0, not_yet_due: 0, not_expected: 0 },
      shares: { met: 0.5, partly_met: 0, not_met: 0.5, reported: 0, missing: 0, not_yet_due: 0, not_expected: 0 },
      total: 2,
    });
    // F.1 met, F.2 not met, F.3 in progress (reported), 1.1 untyped and silent (missing).
    expect(evaluation.summary[0]?.counts).toEqual({
      met: 1,
      partly_met: 0,
      not_met: 1,
      reported: 1,
      missing: 1,
      not_yet_due: 0,
      not_expected: 0,
    });
    expect(evaluation.summary[0]?.shares.missing).toBe(0.25);
    expect(evaluation.subGoals[1]?.years[0]?.counts.missing).toBe(1);
    expect(evaluation.indicatorSummary[0]?.counts).toEqual({
      met: 1,
      partly_met: 0,
      not_met: 1,
      reported: 2,
      missing: 1,
      not_yet_due: 0,
      not_expected: 0,
    });
  });

  test("reporting coverage counts what was due and what was reported", () => {
    expect(evaluation.coverage).toEqual([
      { year: 2017, expected: 5, reported: 4, share: 0.8 },
      { year: 2018, expected: 0, reported: 0 },
    ]);
  });

  test("gender coverage counts people-count observations with a breakdown by sex", () => {
    expect(evaluation.genderCoverage).toEqual([
      { year: 2017, peopleCounts: 2, withSex: 1, partial: 0, share: 0.5 },
      { year: 2018, peopleCounts: 0, withSex: 0, partial: 0 },
    ]);
  });

  test("a people count of zero has nobody to break down and is left out of gender coverage", () => {
    const zero = evaluatePlan(plan, [{ indicator: "F.2-1", year: 2017, value: 0 }], { asOf: "2018-02-01", years: [2017] });
    expect(zero.genderCoverage).toEqual([{ year: 2017, peopleCounts: 0, withSex: 0, partial: 0 }]);
  });

  test("what is missing is listed, and what cannot be matched is returned, not dropped", () => {
    expect(evaluation.missing).toEqual([{ year: 2017, indicator: "1.1-1", activity: "1.1", text: "Antal insatser." }]);
    expect(evaluation.unmatched).toEqual([observations[5], observations[6]]);
  });

  test("refers to the observations instead of copying them", () => {
    expect(evaluation.unmatched[0]).toBe(observations[5]);
    const f21 = areaFA.activities[1]!.indicators[0]!.years[0]!;
    expect(f21.observations[0]).toBe(observations[1]);
    // One observation's breakdown is the year's as it is.
    expect(f21.bySex).toBe(observations[1]?.bySex);
  });

  test("the year's breakdown by sex and its observations, comments included, are carried", () => {
    const f21 = areaFA.activities[1]!.indicators[0]!.years[0]!;
    expect(f21.value).toBe(27);
    expect(f21.bySex).toEqual(observations[1]?.bySex);
    expect(f21.observations).toEqual([observations[1], observations[2]]);
  });

  test("English messages", () => {
    const en = evaluatePlan(plan, observations, { asOf: "2018-02-01", years: [2017], lang: "en" });
    const f2 = en.subGoals[0]!.areas[0]!.activities[1]!;
    expect(f2.years[0]?.message).toBe("Indicators: 1 not met, 1 reported without a verdict.");
    expect(f2.indicators[1]?.years[0]?.message).toBe("1 of the target 4 (25%): too far from the target.");
    expect(en.lang).toBe("en");
  });

  test("the evaluation is plain data: it survives JSON", () => {
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
  });
});

describe("bad options are typed errors with a path", () => {
  const plan = minimalPlan();
  const attempt = (options: Parameters<typeof evaluatePlan>[2]): EvaluationError =>
    thrown(EvaluationError, () => evaluatePlan(plan, [], options));

  test.each([
    [{ asOf: "2019-02-30" }, "invalid_as_of", ["asOf"], 'Datumet "2019-02-30" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).'],
    [{ asOf: new Date(Number.NaN) }, "invalid_as_of", ["asOf"], 'Datumet "Invalid Date" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).'],
    [{ years: [2017, 2030] }, "year_outside_plan", ["years", 1], "År 2030 ligger utanför planens period 2017–2021."],
    [{ partlyMetRatio: 0 }, "invalid_ratio", ["partlyMetRatio"], "Andelen för delvis uppfyllt måste vara större än 0 och högst 1, inte 0."],
    [
      { partlyMetRatio: 1.5, lang: "en" as const },
      "invalid_ratio",
      ["partlyMetRatio"],
      "The partly-met ratio must be above 0 and at most 1, not 1.5.",
    ],
  ])("%j → %s", (options, code, path, message) => {
    const error = attempt(options);
    expect([error.code, error.path, error.message]).toEqual([code, path, message]);
  });
});

describe("issue 14: follow-up numbers people can trust", () => {
  test("1: a share below target writes the ratio once, as per cent", () => {
    // 30/100 + 10/20 = 40/120 = 0.3333…, printed 33,3 %; ratio 0.3333… ÷ 0.35 = 0.95238…, printed 95,2 %.
    const plan = planWith({ measure: { type: "share", higherIsBetter: true }, target: { per: "year", value: 0.35 } });
    const observations = [obs(2018, { numerator: 30, denominator: 100 }), obs(2018, { numerator: 10, denominator: 20 })];
    const options = { asOf: "2019-03-01", years: [2018] };
    const [sv] = yearsOf(evaluatePlan(plan, observations, options));
    expect(sv?.reason).toEqual({ code: "target_partly_reached", value: 40 / 120, target: 0.35, ratio: 40 / 120 / 0.35 });
    expect(sv?.message).toBe("33,3 % av målet 35 % (95,2 %).");
    expect(yearsOf(evaluatePlan(plan, observations, { ...options, lang: "en" }))[0]?.message).toBe("33.3% of the target 35% (95.2%).");
  });

  test("6: a share of 0/0, or given only as value, is missing and not counted as reported", () => {
    const plan = planWith({ measure: { type: "share", higherIsBetter: true } });
    const evaluation = evaluatePlan(plan, [obs(2017, { numerator: 0, denominator: 0 }), obs(2018, { value: 0.4 })], {
      asOf: "2019-01-01",
      years: [2017, 2018],
    });
    expect(yearsOf(evaluation).map((y) => [y.year, y.status, y.reported, y.message])).toEqual([
      [2017, "missing", false, "Ingen uppgift redovisad."],
      [2018, "missing", false, "Ingen uppgift redovisad."],
    ]);
    // The minimal plan has 4 indicators; F.1-1 is the only one with observations, and neither counts: 0 of 4.
    expect(evaluation.coverage).toEqual([
      { year: 2017, expected: 4, reported: 0, share: 0 },
      { year: 2018, expected: 4, reported: 0, share: 0 },
    ]);
  });

  test("7: a period target is judged in its deadline's year; later years have nothing due", () => {
    // 5 + 6 = 11 (2017, 2018: on the way), + 4 = 15 of 20 in 2019 = 75 %: partly met; 2020 and 2021 are after it.
    const plan = planWith({
      measure: { type: "count", aggregation: "sum", higherIsBetter: true },
      target: { per: "period", value: 20, deadline: "2019-12-31" },
    });
    const values = [5, 6, 4, 10, 0].map((value, i) => obs(2017 + i, { value }));
    const years = yearsOf(evaluatePlan(plan, values, { asOf: "2022-01-15" }));
    expect(years.map((y) => [y.year, y.status, y.expected, y.value])).toEqual([
      [2017, "reported", true, 5],
      [2018, "reported", true, 6],
      [2019, "partly_met", true, 4],
      [2020, "not_expected", false, 10],
      [2021, "not_expected", false, 0],
    ]);
    expect(years[2]?.message).toBe("15 av målet 20 (75 %).");
    expect(years[3]?.reason).toEqual({ code: "deadline_passed", target: 20, deadlineYear: 2019 });
    expect(years[3]?.message).toBe("Målet 20 gällde till och med 2019 och bedömdes det året; inget väntas efter det.");
    // Nothing reported after the deadline is not missing either.
    const silent = yearsOf(evaluatePlan(plan, values.slice(0, 3), { asOf: "2022-01-15" }));
    expect(silent[4]).toMatchObject({ status: "not_expected", expected: false, reported: false });
    expect(silent[4]?.value).toBeUndefined();
  });

  test("8: the latest value of a state is the one whose period ends last, compared as dates", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "latest" } });
    // The whole of 2017 (no period: ends 2017-12-31) ends after January–June, whatever order they come in.
    const firstHalf = obs(2017, { value: 5, period: { start: "2017-01", end: "2017-06" } });
    const whole = obs(2017, { value: 8 });
    const options = { asOf: "2018-01-01", years: [2017] };
    expect(yearsOf(evaluatePlan(plan, [whole, firstHalf], options))[0]?.value).toBe(8);
    expect(yearsOf(evaluatePlan(plan, [firstHalf, whole], options))[0]?.value).toBe(8);
    // "2017-12" and "2017-12-31" end on the same day: of equal ends the later given stands.
    const month = obs(2017, { value: 3, period: { start: "2017-12", end: "2017-12" } });
    const day = obs(2017, { value: 4, period: { start: "2017-12-01", end: "2017-12-31" } });
    expect(yearsOf(evaluatePlan(plan, [month, day], options))[0]?.value).toBe(4);
    expect(yearsOf(evaluatePlan(plan, [day, month], options))[0]?.value).toBe(3);
  });

  test("12: a value on its way to a period target is counted as reported without a verdict, not 'without a target'", () => {
    const plan = planWith({ measure: { type: "coverage", of: "county_municipalities" }, target: { per: "period", value: 8 } });
    const evaluation = evaluatePlan(plan, [obs(2019, { value: 7 })], { asOf: "2020-03-31", years: [2019] });
    expect(yearsOf(evaluation)[0]?.message).toBe("7 hittills av målet 8 till 2021 (87,5 %).");
    expect(evaluation.subGoals[0]?.areas[0]?.activities[0]?.years[0]?.message).toBe("Indikatorer: 1 redovisad utan bedömning.");
  });

  test("5: gender coverage counts complete breakdowns, and partial ones apart", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum", countsPeople: true } });
    const observations = [
      obs(2017, {
        value: 20,
        period: { start: "2017-01", end: "2017-03" },
        bySex: {
          cells: [
            { sex: "female", value: 12 },
            { sex: "male", value: 8 },
          ],
        },
      }),
      obs(2017, { value: 5, period: { start: "2017-04", end: "2017-06" }, bySex: { cells: [{ sex: "unknown", value: 5 }] } }),
      obs(2017, { value: 7, period: { start: "2017-07", end: "2017-09" }, bySex: { cells: [{ sex: "female", value: 7 }] } }),
      obs(2017, { value: 9, period: { start: "2017-10", end: "2017-12" }, bySex: { cells: [{ sex: "female", value: 9 }] } }),
    ];
    const evaluation = evaluatePlan(plan, observations, { asOf: "2018-01-01", years: [2017] });
    // Women and men: complete; unknown sex only: none; women only, twice: partial. 1 of 4 = 25 %, 2 partial.
    expect(evaluation.genderCoverage).toEqual([{ year: 2017, peopleCounts: 4, withSex: 1, partial: 2, share: 0.25 }]);
    expect(reportMarkdown(evaluation)).toContain(
      "- Könsuppdelning: 25 % (1 av 4 redovisade värden som räknar personer är helt uppdelade på kön, 2 delvis)",
    );
  });

  test("13: the change from an earlier year names that year", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum", higherIsBetter: true } });
    const years = yearsOf(evaluatePlan(plan, [obs(2017, { value: 4 }), obs(2019, { value: 6 })], { asOf: "2020-01-01" }));
    // 2018 has no value, so 2019 is compared with 2017: 6 − 4 = 2, 2 ÷ 4 = 50 %.
    expect(years[2]?.fromPrevious).toEqual({ from: 4, fromYear: 2017, to: 6, difference: 2, relative: 0.5, direction: "improved" });
  });
});

describe("a plan without areas: activities roll up to their sub-goal directly", () => {
  const evaluation = evaluatePlan(deepFreeze(planWithoutAreas()), observationsWithoutAreas, { asOf: "2014-03-01" });
  const in2013 = (years: readonly StatusSummary[]) => years.find((y) => y.year === 2013);

  test("each sub-goal has its activities and no area, invented or other", () => {
    expect(evaluation.subGoals.map((g) => [g.code, g.areas, g.activities?.map((a) => a.code)])).toEqual([
      ["1", [], ["1.1", "1.2"]],
      ["2", [], ["2.1"]],
    ]);
    expect(evaluation.subGoals[0]!.activities![0]!.years[0]).toMatchObject({ year: 2013, status: "partly_met" });
  });

  test("sub-goal and plan summaries count the activities directly under each sub-goal", () => {
    // 2013: 1.1 is 8 of its target 10 (partly met), 1.2 and 2.1 have no value (missing).
    expect(in2013(evaluation.subGoals[0]!.years)).toMatchObject({ total: 2, counts: { partly_met: 1, missing: 1 } });
    expect(in2013(evaluation.subGoals[1]!.years)).toMatchObject({ total: 1, counts: { missing: 1 } });
    expect(in2013(evaluation.summary)).toMatchObject({ total: 3, counts: { partly_met: 1, missing: 2 } });
    expect(evaluation.missing.map((m) => m.activity)).toEqual(["1.2", "2.1"]);
  });

  test("carries the plan's names of its levels for the reports, and nothing when it names none", () => {
    expect(evaluation.plan.levelNames).toEqual({ subGoal: { sv: "Mål", en: "Goal" }, activity: { sv: "Insatsområde" } });
    expect("levelNames" in evaluatePlan(minimalPlan(), [], { asOf: "2018-03-01" }).plan).toBe(false);
  });
});

describe("issue 17: numbers past the largest double never make Infinity, NaN or a throw", () => {
  const count = planWith({ measure: { type: "count", aggregation: "sum" } });
  const reports = (evaluation: PlanEvaluation, year: number): string[] => [
    reportHtml(evaluation, { year }),
    reportMarkdown(evaluation, { year }),
    reportCsv(evaluation, { year }),
    reportJson(evaluation),
  ];

  test("two counts of 1e308 in a year: reported, value_out_of_range, no value, and the next year has no change", () => {
    const observations = [obs(2018, { value: 1e308 }), obs(2018, { value: 1e308 }), obs(2019, { value: 1 })];
    const evaluation = evaluatePlan(count, observations, { asOf: "2020-01-01" });
    const years = yearsOf(evaluation);
    expect(outline(years.slice(1, 2))).toEqual([
      {
        year: 2018,
        status: "reported",
        reason: { code: "value_out_of_range" },
        message: "Redovisat, men värdena blir för stora att räkna med (över 1,8 × 10^308); inget värde visas.",
      },
    ]);
    expect([years[1]?.value, years[1]?.reported, years[2]?.value, years[2]?.fromPrevious]).toEqual([undefined, true, 1, undefined]);
    const en = yearsOf(evaluatePlan(count, observations, { asOf: "2020-01-01", lang: "en" }))[1];
    expect(en?.message).toBe("Reported, but the values grow too large to compute with (over 1.8 × 10^308); no value is shown.");
    for (const text of reports(evaluation, 2018)) expect(text).not.toMatch(/Infinity|NaN|∞|\bnull\b/u);
  });

  test("a share of sums past the largest double (Infinity / Infinity) is out of range too", () => {
    const share = planWith({ measure: { type: "share", higherIsBetter: true }, target: { per: "year", value: 0.5 } });
    const big = { numerator: 1e308, denominator: 1e308 };
    const years = yearsOf(evaluatePlan(share, [obs(2017, big), obs(2017, big)], { asOf: "2018-01-01", years: [2017] }));
    expect([years[0]?.status, years[0]?.reason, years[0]?.value]).toEqual(["reported", { code: "value_out_of_range" }, undefined]);
  });

  test("a running sum past the largest double: the year whose progress overflows is out of range, its own value kept", () => {
    const plan = planWith({ measure: { type: "count", aggregation: "sum", higherIsBetter: true }, target: { per: "period", value: 20 } });
    const years = yearsOf(evaluatePlan(plan, [obs(2017, { value: 1e308 }), obs(2018, { value: 1e308 })], { asOf: "2019-01-01" }));
    expect(years.slice(0, 2).map((y) => [y.status, y.reason.code, y.value, y.progress])).toEqual([
      ["met", "target_reached", 1e308, 1e308],
      ["reported", "value_out_of_range", 1e308, undefined],
    ]);
  });

  test("from 5e-324 to 1 the relative change is left out (1 / 5e-324 is Infinity), and every report is written", () => {
    const evaluation = evaluatePlan(count, [obs(2018, { value: 5e-324 }), obs(2019, { value: 1 })], { asOf: "2020-01-01" });
    expect(yearsOf(evaluation)[2]?.fromPrevious).toEqual({ from: 5e-324, fromYear: 2018, to: 1, difference: 1, direction: "changed" });
    const [html, md, csv, json] = reports(evaluation, 2019);
    expect(md).toContain("| 1 | – | +1 mot föregående år, förändring |");
    expect(html).toContain('<span class="amount">+1</span><br><span class="muted">mot föregående år, förändring</span>');
    expect(csv).toContain(";2019;reported;Redovisat;1;;;1;");
    expect(json).not.toContain("null");
  });

  test("from 1 to 1e308 the change is finite, and the CSV report writes it out in plain digits", () => {
    const evaluation = evaluatePlan(count, [obs(2018, { value: 1 }), obs(2019, { value: 1e308 })], { asOf: "2020-01-01" });
    expect(yearsOf(evaluation)[2]?.fromPrevious?.relative).toBe(1e308 - 1);
    const csv = reportCsv(evaluation, { year: 2019 });
    const digits = `1${"0".repeat(308)}`;
    expect(csv).toContain(`;2019;reported;Redovisat;${digits};;;${digits};`);
    expect(csv).not.toContain("e+");
  });
});

describe("percent: a state in per cent, 0–100, judged against a target in per cent", () => {
  // Smokers in year 9, lower is better, at most 10 % each year.
  const plan = planWith({ measure: { type: "percent", higherIsBetter: false }, target: { per: "year", value: 10 } });
  const observations = [
    obs(2018, { value: 14, period: { start: "2018-01-01", end: "2018-06-30" } }),
    obs(2018, { value: 12 }),
    obs(2019, { value: 8 }),
  ];
  const evaluation = evaluatePlan(plan, observations, { asOf: "2020-03-31" });

  test("the latest value of a year stands (14 then 12 is 12, never 26); lower is better", () => {
    const years = yearsOf(evaluation).filter((y) => y.year === 2018 || y.year === 2019);
    // 2018: 12 % against at most 10 %: 10 ÷ 12 = 0.8333, partly met (at least 0.5), printed 83,3 %.
    // 2019: 8 % ≤ 10 %: met.
    expect(outline(years)).toEqual([
      {
        year: 2018,
        status: "partly_met",
        reason: { code: "target_partly_reached", value: 12, target: 10, ratio: 10 / 12 },
        message: "12 % av målet 10 % (83,3 %).",
      },
      { year: 2019, status: "met", reason: { code: "target_reached", value: 8, target: 10 }, message: "Målet 10 % är nått (8 %)." },
    ]);
    // 12 → 8 is −4 percentage points, an improvement when lower is better; −4 ÷ 12 = −1/3.
    expect(yearsOf(evaluation)[2]?.fromPrevious).toEqual({
      from: 12,
      fromYear: 2018,
      to: 8,
      difference: -4,
      relative: -4 / 12,
      direction: "improved",
    });
  });

  test("a per cent broken down by sex is complete with per-cent cells, which need not be whole", () => {
    const bySex = {
      cells: [
        { sex: "female" as const, value: 2.5 },
        { sex: "male" as const, value: 12.5 },
      ],
    };
    const withSex = planWith({ measure: { type: "percent" }, breakdowns: ["sex"] });
    const e = evaluatePlan(withSex, [obs(2017, { value: 7.5, bySex })], { asOf: "2018-03-31" });
    // One value above 0 with a female and a male cell: 1 of 1 complete.
    expect(e.genderCoverage[0]).toEqual({ year: 2017, peopleCounts: 1, withSex: 1, partial: 0, share: 1 });
  });

  test("reports write the value and the target in per cent and the change in percentage points", () => {
    const sv = reportMarkdown(evaluation, { year: 2019 });
    expect(sv).toContain(
      "| F.1-1 | Indikator. | Uppfyllt | Målet 10 % är nått (8 %). | 8 % | 10 % | \u22124 procentenheter mot föregående år, förbättring |",
    );
    const en = reportMarkdown(evaluation, { year: 2019, lang: "en" });
    // The reason is the evaluation's message, in its language (Swedish here); the labels and numbers are English.
    expect(en).toContain(
      "| F.1-1 | Indikator. | Met | Målet 10 % är nått (8 %). | 8% | 10% | -4 percentage points from the previous year, improved |",
    );
    const english = evaluatePlan(plan, observations, { asOf: "2020-03-31", lang: "en" });
    expect(yearsOf(english)[2]?.message).toBe("Target 10% reached (8%).");
    // CSV numbers are data: a per cent stays in per cent (8, not 0,08).
    expect(reportCsv(evaluation, { year: 2019 })).toContain(";met;Uppfyllt;8;10;;-4;");
  });
});

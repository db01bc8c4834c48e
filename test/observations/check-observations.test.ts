import { describe, expect, it } from "vitest";
import { checkObservations, type Observation, type ObservationDataIssue } from "../../src/index.js";
import { measuredPlan, sampleSet } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";

type Bare = Omit<ObservationDataIssue, "message">;
const plan = measuredPlan();

function check(observations: Observation[]): Bare[] {
  return checkObservations(plan, observations).map(({ message: _m, ...rest }) => rest as Bare);
}

describe("checkObservations", () => {
  it("finds nothing wrong with a set that fits the plan, and changes neither argument", () => {
    const frozenPlan = deepFreeze(measuredPlan());
    const set = deepFreeze(sampleSet());
    const before = structuredClone(set);
    expect(checkObservations(frozenPlan, set)).toEqual([]);
    expect(set).toEqual(before);
  });

  it("reports a set made for another plan", () => {
    expect(checkObservations(plan, { ...sampleSet(), plan: "annan-plan" }, { lang: "en" })).toEqual([
      {
        code: "plan_mismatch",
        severity: "warning",
        path: ["plan"],
        expected: "test-2017-2021",
        received: "annan-plan",
        message: 'The observations are for plan "annan-plan", not "test-2017-2021".',
      },
    ]);
  });

  it("reports unknown indicators and activities, an indicator of another activity, and a year outside the plan", () => {
    expect(
      check([
        { indicator: "9.9-1", year: 2018, value: 1 },
        { indicator: "F.1-1", activity: "9.9", year: 2018, value: 1 },
        { indicator: "F.2-1", activity: "F.1", year: 2018, value: 1 },
        { indicator: "F.1-1", activity: "F.1", year: 2016, value: 1 },
        { indicator: "F.1-1", year: 2022, value: 1 },
      ]),
    ).toEqual([
      { code: "unknown_indicator", severity: "error", path: ["observations", 0, "indicator"], indicator: "9.9-1" },
      { code: "unknown_activity", severity: "error", path: ["observations", 1, "activity"], activity: "9.9" },
      {
        code: "activity_mismatch",
        severity: "error",
        path: ["observations", 2, "activity"],
        indicator: "F.2-1",
        activity: "F.1",
        expected: "F.2",
      },
      {
        code: "year_outside_plan",
        severity: "error",
        path: ["observations", 3, "year"],
        year: 2016,
        period: { start: "2017", end: "2021" },
      },
      {
        code: "year_outside_plan",
        severity: "error",
        path: ["observations", 4, "year"],
        year: 2022,
        period: { start: "2017", end: "2021" },
      },
    ]);
  });

  it("reports negative numbers anywhere in a hand-built observation", () => {
    expect(
      check([
        {
          indicator: "F.1-1",
          year: 2018,
          value: -1,
          bySex: { cells: [{ sex: "female", value: -2 }] },
          byMunicipality: [{ municipality: "0780", value: -3 }],
        },
      ]),
    ).toEqual([
      { code: "negative_value", severity: "error", path: ["observations", 0, "value"], value: -1 },
      { code: "negative_value", severity: "error", path: ["observations", 0, "bySex", "cells", 0, "value"], value: -2 },
      { code: "negative_value", severity: "error", path: ["observations", 0, "byMunicipality", 0, "value"], value: -3 },
    ]);
  });

  it("reports sex cells and municipalities that add up to more than the total, with the gender toolkit's rules", () => {
    expect(
      check([
        {
          indicator: "F.1-1",
          year: 2018,
          value: 20,
          bySex: {
            cells: [
              { sex: "female", value: 14 },
              { sex: "male", value: 9 },
            ],
          },
        },
        // A suppressed cell hides its value: 14 alone is within the total.
        {
          indicator: "F.1-1",
          year: 2019,
          value: 20,
          bySex: {
            cells: [
              { sex: "female", value: 14 },
              { sex: "male", suppressed: true },
            ],
          },
        },
        {
          indicator: "F.2-1",
          year: 2018,
          value: 5,
          byMunicipality: [
            { municipality: "0780", value: 3 },
            { municipality: "0781", value: 4 },
          ],
        },
        {
          indicator: "F.3-1",
          year: 2018,
          numerator: 2,
          denominator: 5,
          byMunicipality: [
            { municipality: "0780", numerator: 2, denominator: 3 },
            { municipality: "0781", numerator: 1, denominator: 3 },
          ],
        },
        // Untyped: the unit is unknown, so rates are not summed.
        {
          indicator: "1.1-2",
          year: 2018,
          value: 10,
          bySex: {
            cells: [
              { sex: "female", value: 9.5 },
              { sex: "male", value: 10.5 },
            ],
          },
        },
      ]),
    ).toEqual([
      {
        code: "parts_above_total",
        severity: "error",
        path: ["observations", 0, "bySex"],
        breakdown: "sex",
        field: "value",
        parts: 23,
        total: 20,
      },
      {
        code: "parts_above_total",
        severity: "error",
        path: ["observations", 2, "byMunicipality"],
        breakdown: "municipality",
        field: "value",
        parts: 7,
        total: 5,
      },
      {
        code: "parts_above_total",
        severity: "error",
        path: ["observations", 3, "byMunicipality"],
        breakdown: "municipality",
        field: "numerator",
        parts: 3,
        total: 2,
      },
      {
        code: "parts_above_total",
        severity: "error",
        path: ["observations", 3, "byMunicipality"],
        breakdown: "municipality",
        field: "denominator",
        parts: 6,
        total: 5,
      },
    ]);
  });

  it("reports a sex breakdown the gender toolkit refuses, with the path into it", () => {
    const [issue] = checkObservations(
      plan,
      [
        {
          indicator: "F.1-1",
          year: 2018,
          value: 3,
          bySex: {
            cells: [
              { sex: "female", value: 1 },
              { sex: "female", value: 2 },
            ],
          },
        },
      ],
      { lang: "en" },
    );
    expect(issue).toEqual({
      code: "invalid_breakdown",
      severity: "error",
      path: ["observations", 0, "bySex", "cells", 1],
      reason: "duplicate_cell",
      details: { cell: "female" },
      message: "The sex breakdown is invalid: The cell female occurs more than once.",
    });
    expect(check([{ indicator: "F.1-1", year: 2018, value: 3, bySex: { cells: [{ sex: "male", value: 1.5 }] } }])).toEqual([
      {
        code: "invalid_breakdown",
        severity: "error",
        path: ["observations", 0, "bySex", "cells", 0, "value"],
        reason: "non_integer_count",
        details: { value: 1.5 },
      },
    ]);
  });

  it("reports value fields the measure does not use, and a text alone where a number or a done is expected", () => {
    expect(
      check([
        { indicator: "F.1-1", year: 2018, done: true },
        { indicator: "F.3-1", year: 2018, value: 3 },
        { indicator: "1.1-1", year: 2018, numerator: 1, denominator: 2 },
        { indicator: "F.1-2", year: 2018, value: 1, text: "Klar." },
        { indicator: "F.1-1", year: 2019, text: "Två utbildningar, deltagarlistorna saknas." },
        // Beside a value, a text is a note; a cycle takes a value or a done; an untyped indicator anything.
        { indicator: "F.1-1", year: 2020, value: 4, text: "Not." },
        { indicator: "1.1-3", year: 2018, value: 1 },
        { indicator: "1.1-2", year: 2018, done: false, text: "Ej gjort." },
      ]),
    ).toEqual([
      {
        code: "value_kind_mismatch",
        severity: "error",
        path: ["observations", 0, "done"],
        indicator: "F.1-1",
        measure: "count",
        field: "done",
        expected: ["value"],
      },
      {
        code: "value_kind_mismatch",
        severity: "error",
        path: ["observations", 1, "value"],
        indicator: "F.3-1",
        measure: "share",
        field: "value",
        expected: ["numerator", "denominator"],
      },
      {
        code: "value_kind_mismatch",
        severity: "error",
        path: ["observations", 2, "numerator"],
        indicator: "1.1-1",
        measure: "milestone",
        field: "numerator",
        expected: ["done", "doneOn"],
      },
      {
        code: "value_kind_mismatch",
        severity: "error",
        path: ["observations", 2, "denominator"],
        indicator: "1.1-1",
        measure: "milestone",
        field: "denominator",
        expected: ["done", "doneOn"],
      },
      {
        code: "value_kind_mismatch",
        severity: "error",
        path: ["observations", 3, "value"],
        indicator: "F.1-2",
        measure: "qualitative",
        field: "value",
        expected: ["text"],
      },
      {
        code: "value_kind_mismatch",
        severity: "warning",
        path: ["observations", 4, "text"],
        indicator: "F.1-1",
        measure: "count",
        field: "text",
        expected: ["value"],
      },
    ]);
  });

  it("reports a numerator above its denominator, in the total and in a municipality", () => {
    expect(
      check([
        {
          indicator: "F.3-1",
          year: 2018,
          numerator: 5,
          denominator: 4,
          byMunicipality: [{ municipality: "0780", numerator: 2, denominator: 1 }],
        },
      ]),
    ).toEqual([
      { code: "share_above_whole", severity: "error", path: ["observations", 0, "numerator"], numerator: 5, denominator: 4 },
      {
        code: "share_above_whole",
        severity: "error",
        path: ["observations", 0, "byMunicipality", 0, "numerator"],
        numerator: 2,
        denominator: 1,
      },
    ]);
  });

  it("warns of the same indicator, year and period twice, but not of two periods of one year", () => {
    expect(
      check([
        { indicator: "F.2-1", year: 2018, value: 4 },
        { indicator: "F.2-1", year: 2018, period: { start: "2018-01", end: "2018-06" }, value: 2 },
        { indicator: "F.2-1", year: 2018, period: { start: "2018-07", end: "2018-12" }, value: 2 },
        { indicator: "F.2-1", year: 2018 },
      ]),
    ).toEqual([
      {
        code: "duplicate_observation",
        severity: "warning",
        path: ["observations", 3],
        indicator: "F.2-1",
        year: 2018,
        firstPath: ["observations", 0],
      },
    ]);
  });

  it("checks municipality codes: duplicates, codes that do not exist, municipalities of another county", () => {
    expect(
      check([
        {
          indicator: "F.3-2",
          year: 2018,
          value: 3,
          byMunicipality: [{ municipality: "0780" }, { municipality: "0799" }, { municipality: "0180" }, { municipality: "0780" }],
        },
      ]),
    ).toEqual([
      {
        code: "unknown_municipality",
        severity: "error",
        path: ["observations", 0, "byMunicipality", 1, "municipality"],
        municipality: "0799",
      },
      {
        code: "municipality_outside_county",
        severity: "warning",
        path: ["observations", 0, "byMunicipality", 2, "municipality"],
        municipality: "0180",
        municipalityCountyCode: "01",
        countyCode: "07",
      },
      {
        code: "duplicate_municipality",
        severity: "error",
        path: ["observations", 0, "byMunicipality", 3, "municipality"],
        municipality: "0780",
        firstPath: ["observations", 0, "byMunicipality", 0, "municipality"],
      },
    ]);
  });

  it("checks against the reference data given", () => {
    const reference = { counties: [], municipalities: [{ code: "0799", name: "Påhittad", longName: "Påhittad kommun", countyCode: "07" }] };
    const issues = checkObservations(
      plan,
      [{ indicator: "F.3-2", year: 2018, value: 1, byMunicipality: [{ municipality: "0799" }, { municipality: "0780" }] }],
      { reference },
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown_municipality", ["observations", 0, "byMunicipality", 1, "municipality"]],
    ]);
  });

  it("writes Swedish messages by default", () => {
    expect(checkObservations(plan, [{ indicator: "F.1-1", activity: "F.2", year: 2018 }]).map((i) => i.message)).toEqual([
      'Indikator "F.1-1" hör till aktivitet "F.1", inte "F.2".',
    ]);
  });
});

describe("observed values are range-checked (issue 14, cases 10 and 11)", () => {
  it("refuses a coverage above the county's 8 municipalities and counts that are not whole", () => {
    // Kronoberg has 8 municipalities: 9 is one too many. 7.5 municipalities, 12.5 people, 3.5 meetings are no counts.
    const issues = checkObservations(plan, [
      { indicator: "F.3-2", year: 2018, value: 9 },
      { indicator: "F.3-2", year: 2019, value: 7.5 },
      { indicator: "F.1-1", year: 2018, value: 12.5 },
      { indicator: "F.2-1", year: 2018, value: 3.5 },
      { indicator: "F.1-1", year: 2019, value: 1.234 },
      { indicator: "F.3-2", year: 2020, value: 8 },
    ]);
    expect(issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "coverage_above_total", path: ["observations", 0, "value"], message: "9 kommuner är fler än de 8 som täckningen gäller." },
      {
        code: "not_whole_number",
        path: ["observations", 1, "value"],
        message: "7,5 är inget heltal; ett antal räknar hela personer, tillfällen eller kommuner.",
      },
      {
        code: "not_whole_number",
        path: ["observations", 2, "value"],
        message: "12,5 är inget heltal; ett antal räknar hela personer, tillfällen eller kommuner.",
      },
      {
        code: "not_whole_number",
        path: ["observations", 3, "value"],
        message: "3,5 är inget heltal; ett antal räknar hela personer, tillfällen eller kommuner.",
      },
      {
        code: "not_whole_number",
        path: ["observations", 4, "value"],
        message: "1,234 är inget heltal; ett antal räknar hela personer, tillfällen eller kommuner.",
      },
    ]);
    expect(issues[0]).toMatchObject({ severity: "error", value: 9, total: 8 });
  });

  it("refuses a share's breakdown by sex whose cells are counts, not each sex's share (0–1)", () => {
    const observation: Observation = {
      indicator: "F.3-1",
      year: 2018,
      numerator: 20,
      denominator: 100,
      bySex: {
        cells: [
          { sex: "female", value: 12 },
          { sex: "male", value: 8 },
        ],
      },
    };
    expect(check([observation])).toEqual([
      {
        code: "share_cell_above_whole",
        severity: "error",
        path: ["observations", 0, "bySex", "cells", 0, "value"],
        cell: { sex: "female" },
        value: 12,
      },
      {
        code: "share_cell_above_whole",
        severity: "error",
        path: ["observations", 0, "bySex", "cells", 1, "value"],
        cell: { sex: "male" },
        value: 8,
      },
    ]);
    expect(checkObservations(plan, [observation], { lang: "en" })[0]?.message).toBe(
      "The share of women is 12; each sex's share of its own group lies between 0 and 1.",
    );
    // 0.14 of the women and 0.26 of the men: each a share of its own group, accepted.
    const fractions = {
      ...observation,
      bySex: {
        cells: [
          { sex: "female" as const, value: 0.14 },
          { sex: "male" as const, value: 0.26 },
        ],
      },
    };
    expect(check([fractions])).toEqual([]);
  });
});

describe("a done date in another year is told (issue 14, case 14)", () => {
  it("warns when doneOn is not in the observation's year, and keeps the observation", () => {
    expect(
      checkObservations(plan, [
        { indicator: "1.1-1", year: 2018, done: true, doneOn: "2017-11-20" },
        { indicator: "1.1-1", year: 2019, done: true, doneOn: "2019-03" },
      ]),
    ).toEqual([
      {
        code: "done_on_other_year",
        severity: "warning",
        path: ["observations", 0, "doneOn"],
        doneOn: "2017-11-20",
        year: 2018,
        message: "Genomförandedatumet 2017-11-20 ligger inte i år 2018, som värdet gäller; det räknas för 2018. Ange året det genomfördes.",
      },
    ]);
  });
});

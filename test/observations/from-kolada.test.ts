import { describe, expect, it } from "vitest";
import type { KoladaRow } from "../../src/gender/index.js";
import {
  checkObservations,
  evaluatePlan,
  type KoladaResponse,
  type ObservationDataIssue,
  type ObservationsResult,
  observationsFromKolada,
  reportMarkdown,
} from "../../src/index.js";
import { measuredPlan, percentPlan } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";

type Bare = Omit<ObservationDataIssue, "message">;
const plan = deepFreeze(measuredPlan());

function bare(result: ObservationsResult): Bare[] {
  return result.issues.map(({ message: _m, ...rest }) => rest as Bare);
}

const row = (
  kpi: string,
  municipality: string,
  period: number,
  t: number | null,
  k?: number | null,
  m?: number | null,
  status = "",
): KoladaRow => ({
  kpi,
  municipality,
  period,
  values: [
    { gender: "T", value: t, count: 1, status },
    ...(k === undefined ? [] : [{ gender: "K" as const, value: k, count: 1, status: "" }]),
    ...(m === undefined ? [] : [{ gender: "M" as const, value: m, count: 1, status: "" }]),
  ],
});

// Invented numbers in Kolada's v3 shape. "0007" is Region Kronoberg, "0000" the whole country.
const response: KoladaResponse = {
  values: [
    row("N00001", "0007", 2018, 41, 20, 21),
    row("N00001", "0780", 2018, 25, 12, 13),
    row("N00001", "0781", 2018, null, undefined, undefined, "Missing"),
    row("N00001", "0007", 2019, null, null, null, "Missing"),
    row("N99999", "0007", 2018, 3),
    row("N00001", "0000", 2018, 900),
    row("N00001", "0180", 2018, 300),
    row("N00002", "0007", 2018, 10.5, 12.5, 8.5),
  ],
};

describe("observationsFromKolada", () => {
  const result = observationsFromKolada(deepFreeze(response), { indicators: { N00001: "F.1-1", N00002: "1.1-2" }, plan });

  it("makes one observation per KPI and year: the county's row the total, its municipalities the parts", () => {
    expect(result.observations).toEqual([
      {
        indicator: "F.1-1",
        year: 2018,
        value: 41,
        bySex: {
          cells: [
            { sex: "female", value: 20 },
            { sex: "male", value: 21 },
          ],
        },
        byMunicipality: [{ municipality: "0780", value: 25 }],
        source: "Kolada N00001",
      },
      // null is missing, never 0: no value, and a comment that says so.
      { indicator: "F.1-1", year: 2019, source: "Kolada N00001", comment: "Värde saknas i Kolada. Kolada-status T: Missing." },
      // An untyped indicator may hold rates: women's and men's values are not summed against the total.
      {
        indicator: "1.1-2",
        year: 2018,
        value: 10.5,
        bySex: {
          cells: [
            { sex: "female", value: 12.5 },
            { sex: "male", value: 8.5 },
          ],
        },
        source: "Kolada N00002",
      },
    ]);
  });

  it("says what it skipped and left out, with paths into the response", () => {
    expect(bare(result)).toEqual([
      { code: "breakdown_not_kept", severity: "info", path: ["values", 1, "values"], municipality: "0780" },
      { code: "missing_value", severity: "info", path: ["values", 2, "values", 0, "value"], municipality: "0781", status: "Missing" },
      { code: "unmapped_kpi", severity: "warning", path: ["values", 4, "kpi"], kpi: "N99999" },
      { code: "outside_plan_area", severity: "warning", path: ["values", 5, "municipality"], area: "0000", expected: "0007" },
      { code: "outside_plan_area", severity: "warning", path: ["values", 6, "municipality"], area: "0180", expected: "0007" },
    ]);
    expect(result.issues[3]?.message).toBe("Området 0000 ligger utanför planens område 0007; raden har hoppats över.");
  });

  it("takes the total from the area given, such as a municipality for a local plan", () => {
    const local = observationsFromKolada(response, { indicators: { N00001: "F.1-1" }, area: "0780", lang: "en" });
    expect(local.observations).toEqual([
      {
        indicator: "F.1-1",
        year: 2018,
        value: 25,
        bySex: {
          cells: [
            { sex: "female", value: 12 },
            { sex: "male", value: 13 },
          ],
        },
        source: "Kolada N00001",
      },
    ]);
    expect(bare(local).map((i) => [i.code, i.path])).toEqual([
      ["outside_plan_area", ["values", 0, "municipality"]],
      ["outside_plan_area", ["values", 2, "municipality"]],
      ["outside_plan_area", ["values", 3, "municipality"]],
      ["unmapped_kpi", ["values", 4, "kpi"]],
      ["outside_plan_area", ["values", 5, "municipality"]],
      ["outside_plan_area", ["values", 6, "municipality"]],
      ["unmapped_kpi", ["values", 7, "kpi"]],
    ]);
  });

  it("without a plan or an area, keeps municipalities as parts and skips regions", () => {
    const free = observationsFromKolada(
      { values: [row("N00001", "0007", 2018, 41), row("N00001", "0180", 2018, 300)] },
      { indicators: { N00001: "F.1-1" } },
    );
    expect(free.observations).toEqual([
      { indicator: "F.1-1", year: 2018, byMunicipality: [{ municipality: "0180", value: 300 }], source: "Kolada N00001" },
    ]);
    expect(bare(free)).toEqual([{ code: "outside_plan_area", severity: "warning", path: ["values", 0, "municipality"], area: "0007" }]);
  });

  it("leaves out an observation with an error, and all its rows", () => {
    const bad = observationsFromKolada(
      {
        values: [
          row("N00001", "0007", 2018, 10, 6, 7),
          row("N00001", "0780", 2018, 8),
          row("N00001", "0781", 2018, 5),
          row("N00001", "0007", 2022, 3),
          row("N00003", "0007", 2018, 3),
        ],
      },
      { indicators: { N00001: "F.1-1", N00003: "9.9-9" }, plan, lang: "en" },
    );
    expect(bad.observations).toEqual([]);
    expect(bare(bad)).toEqual([
      { code: "parts_above_total", severity: "error", path: ["values", 0], breakdown: "sex", field: "value", parts: 13, total: 10 },
      {
        code: "parts_above_total",
        severity: "error",
        path: ["values", 0, "values", 0, "value"],
        breakdown: "municipality",
        field: "value",
        parts: 13,
        total: 10,
      },
      { code: "related_row_rejected", severity: "error", path: ["values", 1], causePath: ["values", 0] },
      { code: "related_row_rejected", severity: "error", path: ["values", 2], causePath: ["values", 0] },
      { code: "year_outside_plan", severity: "error", path: ["values", 3, "period"], year: 2022, period: { start: "2017", end: "2021" } },
      { code: "unknown_indicator", severity: "error", path: ["values", 4, "kpi"], indicator: "9.9-9" },
    ]);
    expect(bad.issues[2]?.message).toBe("The row is left out because another row of the same value has an error (values.0).");
  });

  it("reports rows it cannot read, and takes their observation down with them", () => {
    const broken = observationsFromKolada(
      {
        values: [
          row("N00001", "0007", 2018, 10),
          row("N00001", "0780", 2018, -1),
          { kpi: "N00001", municipality: "0781", period: 2018, values: [{ gender: "X", value: 1 }] } as unknown as KoladaRow,
          { kpi: "N00001", municipality: "7", period: 2019, values: [] },
          { kpi: "N00001", municipality: "0007", period: 2020, values: "T=3" } as unknown as KoladaRow,
          row("N00001", "0007", 2021, 3),
          row("N00001", "0007", 2021, 4),
        ],
      },
      { indicators: { N00001: "F.1-1" }, plan, lang: "en" },
    );
    expect(broken.observations).toEqual([]);
    expect(broken.issues.map(({ message: _m, ...rest }) => rest)).toEqual([
      { code: "related_row_rejected", severity: "error", path: ["values", 0], causePath: ["values", 1, "values", 0, "value"] },
      { code: "negative_value", severity: "error", path: ["values", 1, "values", 0, "value"], value: -1 },
      {
        code: "invalid_kolada_row",
        severity: "error",
        path: ["values", 2, "values", 0, "gender"],
        reason: "unknown_cell",
        details: { cell: "X" },
      },
      {
        code: "invalid_kolada_row",
        severity: "error",
        path: ["values", 3, "municipality"],
        reason: "invalid_municipality_code",
        details: { value: "7" },
      },
      { code: "invalid_kolada_row", severity: "error", path: ["values", 4, "values"], reason: "invalid_row", details: { field: "values" } },
      { code: "related_row_rejected", severity: "error", path: ["values", 5], causePath: ["values", 6, "municipality"] },
      {
        code: "duplicate_municipality",
        severity: "error",
        path: ["values", 6, "municipality"],
        municipality: "0007",
        firstPath: ["values", 5, "municipality"],
      },
    ]);
    expect(broken.issues[2]?.message).toBe("Invalid Kolada row: Unknown cell: X.");
    expect(broken.issues[3]?.message).toBe('Invalid Kolada row: the municipality id "7" does not have four digits.');
  });

  it("keeps Kolada's statuses of a published value in the comment", () => {
    const preliminary = observationsFromKolada(
      { values: [row("N00001", "0007", 2018, 12, 5, 7, "Preliminary")] },
      { indicators: { N00001: "F.1-1" }, plan },
    );
    expect(preliminary.observations).toEqual([
      {
        indicator: "F.1-1",
        year: 2018,
        value: 12,
        bySex: {
          cells: [
            { sex: "female", value: 5 },
            { sex: "male", value: 7 },
          ],
        },
        source: "Kolada N00001",
        comment: "Kolada-status T: Preliminary.",
      },
    ]);
  });

  it("reports a response without rows", () => {
    expect(bare(observationsFromKolada({} as KoladaResponse, { indicators: {} }))).toEqual([
      { code: "invalid_kolada_row", severity: "error", path: ["values"], reason: "invalid_row", details: { field: "values" } },
    ]);
  });

  it("checks against the plan: a share's percentage is not a numerator and denominator", () => {
    const share = observationsFromKolada({ values: [row("N00004", "0007", 2018, 42.5)] }, { indicators: { N00004: "F.3-1" }, plan });
    expect(bare(share)).toEqual([
      {
        code: "value_kind_mismatch",
        severity: "error",
        path: ["values", 0, "values", 0, "value"],
        indicator: "F.3-1",
        measure: "share",
        field: "value",
        expected: ["numerator", "denominator"],
      },
    ]);
  });

  it("warns when two KPIs give values for the same indicator and year", () => {
    const twice = observationsFromKolada(
      { values: [row("N00001", "0007", 2018, 4), row("N00005", "0007", 2018, 5)] },
      { indicators: { N00001: "F.1-1", N00005: "F.1-1" }, plan },
    );
    expect(twice.observations).toHaveLength(2);
    expect(bare(twice)).toEqual([
      { code: "duplicate_observation", severity: "warning", path: ["values", 1], indicator: "F.1-1", year: 2018, firstPath: ["values", 0] },
    ]);
  });
});

// Issue 14, case 9: a Kolada per-cent KPI broken down by sex, T 8, K 3, M 12, for Region Kronoberg ("0007").
const kpiRow: KoladaRow = {
  kpi: "N00002",
  municipality: "0007",
  period: 2018,
  values: [
    { gender: "T", value: 8, count: 1, status: "" },
    { gender: "K", value: 3, count: 1, status: "" },
    { gender: "M", value: 12, count: 1, status: "" },
  ],
};
const percentResponse = deepFreeze({ values: [kpiRow] });
const percentKpi = { N00002: "1.1-2" };

describe("a Kolada per-cent KPI by sex (issue 14, case 9)", () => {
  it("reads T 8, K 3, M 12 for a per-cent indicator as a per cent with each sex's own per cent, without an issue", () => {
    const plan = deepFreeze(percentPlan());
    const result = observationsFromKolada(percentResponse, { indicators: percentKpi, plan });
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      {
        indicator: "1.1-2",
        year: 2018,
        value: 8,
        bySex: {
          cells: [
            { sex: "female", value: 3 },
            { sex: "male", value: 12 },
          ],
        },
        source: "Kolada N00002",
      },
    ]);
  });

  it("prints the per cents with their sign and none hidden as a small count, in Swedish and English", () => {
    const plan = deepFreeze(percentPlan());
    const { observations } = observationsFromKolada(percentResponse, { indicators: percentKpi, plan });
    const evaluation = evaluatePlan(plan, observations, { asOf: "2019-03-31" });
    const sv = reportMarkdown(evaluation, { year: 2018 });
    // 3 and 12 are below the threshold 5, but per cents of each sex's own group are not counts: nothing is hidden.
    expect(sv).toContain("| 1.1-2 | Andel elever som röker (%). | Redovisat | Redovisat: 8 %; inget mål att jämföra med. | 8 % | – | – |");
    expect(sv).toContain("kvinnor 3 %, män 12 %");
    expect(sv).not.toContain("..");
    const en = reportMarkdown(evaluation, { year: 2018, lang: "en" });
    expect(en).toContain("women 3%, men 12%");
  });

  it("refuses the same numbers for a count, whose parts cannot add up to more than its total (3 + 12 = 15 > 8)", () => {
    const result = observationsFromKolada(percentResponse, { indicators: { N00002: "F.1-1" }, plan: deepFreeze(measuredPlan()) });
    expect(result.issues.map((i) => i.code)).toEqual(["parts_above_total"]);
    expect(result.issues[0]).toMatchObject({ parts: 15, total: 8 });
  });

  it("refuses a per cent above 100, in the total and in a sex cell", () => {
    const plan = deepFreeze(percentPlan());
    const issues = checkObservations(plan, [
      { indicator: "1.1-2", year: 2018, value: 120 },
      {
        indicator: "1.1-2",
        year: 2019,
        value: 8,
        bySex: {
          cells: [
            { sex: "female", value: 130 },
            { sex: "male", value: 12 },
          ],
        },
      },
      // A per cent need not be whole, and its cells need not add up to anything.
      {
        indicator: "1.1-2",
        year: 2020,
        value: 7.5,
        bySex: {
          cells: [
            { sex: "female", value: 2.5 },
            { sex: "male", value: 12.5 },
          ],
        },
      },
    ]);
    expect(issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      {
        code: "percent_above_hundred",
        path: ["observations", 0, "value"],
        message: "120 är över 100; en procentsats ligger mellan 0 och 100.",
      },
      {
        code: "invalid_breakdown",
        path: ["observations", 1, "bySex", "cells", 0, "value"],
        message: "Könsuppdelningen är ogiltig: En andel i procent måste ligga mellan 0 och 100 (130).",
      },
    ]);
    const en = checkObservations(plan, [{ indicator: "1.1-2", year: 2018, value: 120 }], { lang: "en" });
    expect(en[0]?.message).toBe("120 is above 100; a percentage lies between 0 and 100.");
  });

  it("without a measure, prints per cents that cannot be counts as the numbers they are, never as suppressed", () => {
    // 1.1-2 untyped: 3 + 12 = 15 is more than the value 8, so the cells are not counts of it.
    const plan = deepFreeze(measuredPlan());
    const { observations, issues } = observationsFromKolada(percentResponse, { indicators: percentKpi, plan });
    expect(issues).toEqual([]);
    const report = reportMarkdown(evaluatePlan(plan, observations, { asOf: "2019-03-31" }), { year: 2018 });
    expect(report).toContain("kvinnor 3, män 12");
    expect(report).not.toContain("kvinnor .., män ..");
  });
});

import type { Path } from "../../core/issue.js";
import { checkConsistency } from "../../gender/consistency.js";
import { disaggregated } from "../../gender/disaggregated.js";
import { GenderInputError } from "../../gender/errors.js";
import type { Unit } from "../../gender/types.js";
import { type IndexedIndicator, indicatorIndex } from "../../model/indicator-index.js";
import type { MeasureType } from "../../model/measure.js";
import type { MunicipalityValue, Observation, SexBreakdown } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import { allActivities } from "../../query/all-activities.js";
import type { ReferenceData } from "../../reference/types.js";
import type { ObservationIssueData, ValueField } from "../issue.js";
import { ADDITIVE } from "./additive.js";
import { rangeChecks } from "./range.js";
import { schoolYearChecks, unitChecks } from "./units.js";

/** The value fields each measure uses; `text` may go with any of them as a note. */
const EXPECTED: Record<MeasureType, ValueField[]> = {
  count: ["value"],
  coverage: ["value"],
  frequency: ["value"],
  share: ["numerator", "denominator"],
  percent: ["value"],
  milestone: ["done", "doneOn"],
  cycle: ["done", "doneOn", "value"],
  qualitative: ["text"],
};

const NUMBER_FIELDS = ["value", "numerator", "denominator"] as const;

const VALUE_FIELDS: readonly ValueField[] = ["value", "numerator", "denominator", "done", "doneOn", "text"];

interface PlanIndex {
  plan: Plan;
  indicators: Map<string, IndexedIndicator>;
  activities: Set<string>;
  firstYear: number;
  lastYear: number;
}

function indexPlan(plan: Plan): PlanIndex {
  return {
    plan,
    indicators: indicatorIndex(plan),
    activities: new Set(allActivities(plan).map((activity) => activity.code)),
    firstYear: Number(plan.period.start.slice(0, 4)),
    lastYear: Number(plan.period.end.slice(0, 4)),
  };
}

/**
 * Every issue of a list of observations, with paths `["observations", i, …]`. Without a plan only the checks
 * that need none run (negative values, shares, duplicates, municipality codes); messages are written later.
 */
export function checkList(observations: readonly Observation[], plan: Plan | undefined, reference: ReferenceData): ObservationIssueData[] {
  const check = observationChecker(plan, reference);
  const issues: ObservationIssueData[] = [];
  observations.forEach((observation, i) => {
    check(observation, i, issues);
  });
  return issues;
}

/**
 * Checks observations one at a time, in the order of a list, as {@link checkList} does the whole list: the
 * observation at index `i` gets paths `["observations", i, …]`, and a duplicate points to the index of the first.
 * It keeps only the keys of the observations seen, so that a stream of observations can be checked as it is read.
 * `key`: the observation's indicator, year and period as the caller already has them in one string (the CSV rows'
 * key), given for every observation or for none, so that the key is not built and held twice.
 */
export type ObservationChecker = (observation: Observation, i: number, issues: ObservationIssueData[], key?: string) => void;

/**
 * The checker of a plan's observations (or, without a plan, the checks that need none).
 *
 * @example
 * ```ts
 * const check = observationChecker(plan, referenceOf(undefined));
 * check(observation, 0, issues);
 * ```
 */
export function observationChecker(plan: Plan | undefined, reference: ReferenceData): ObservationChecker {
  const index = plan === undefined ? undefined : indexPlan(plan);
  const countyOf = new Map(reference.municipalities.map((m) => [m.code, m.countyCode]));
  const county = plan?.territory.countyCode;
  const inCounty = reference.municipalities.filter((m) => m.countyCode === county).length;
  const municipalities = county === undefined || inCounty === 0 ? undefined : inCounty;
  const seen = new Map<string, number>();
  return (observation, i, issues, given) => {
    const at: Path = ["observations", i];
    const measure = index === undefined ? undefined : planChecks(observation, at, index, issues);
    const negative = negativeValues(observation, at, issues);
    shareChecks(observation, at, issues);
    if (measure !== undefined) kindChecks(observation, measure, at, issues);
    if (!negative) rangeChecks(observation, index?.indicators.get(observation.indicator)?.indicator.measure, municipalities, at, issues);
    if (!negative) partsChecks(observation, measure, at, issues);
    municipalityChecks(observation, at, countyOf, plan?.territory, issues);
    const indicator = index?.indicators.get(observation.indicator)?.indicator;
    unitChecks(observation, indicator, at, issues);
    schoolYearChecks(observation, indicator, at, issues);
    // Most observations have no period: a plain key then, the JSON of all four (which keeps absent apart from "") else.
    const key =
      given ??
      (observation.period === undefined
        ? `${observation.indicator}\u0000${observation.year}`
        : JSON.stringify([observation.indicator, observation.year, observation.period.start, observation.period.end]));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      issues.push({
        code: "duplicate_observation",
        severity: "warning",
        path: at,
        indicator: observation.indicator,
        year: observation.year,
        firstPath: ["observations", first],
      });
    }
  };
}

/** Indicator, activity and year against the plan; returns the indicator's measure type when it has one. */
function planChecks(o: Observation, at: Path, index: PlanIndex, issues: ObservationIssueData[]): MeasureType | undefined {
  const found = index.indicators.get(o.indicator);
  if (found === undefined)
    issues.push({ code: "unknown_indicator", severity: "error", path: [...at, "indicator"], indicator: o.indicator });
  if (o.activity !== undefined) {
    if (!index.activities.has(o.activity)) {
      issues.push({ code: "unknown_activity", severity: "error", path: [...at, "activity"], activity: o.activity });
    } else if (found !== undefined && found.activity !== o.activity) {
      issues.push({
        code: "activity_mismatch",
        severity: "error",
        path: [...at, "activity"],
        indicator: o.indicator,
        activity: o.activity,
        expected: found.activity,
      });
    }
  }
  if (o.year < index.firstYear || o.year > index.lastYear) {
    const { start, end } = index.plan.period;
    issues.push({ code: "year_outside_plan", severity: "error", path: [...at, "year"], year: o.year, period: { start, end } });
  }
  return found?.indicator.measure?.type;
}

/** Reports every number below zero; returns whether there was one. */
function negativeValues(o: Observation, at: Path, issues: ObservationIssueData[]): boolean {
  const before = issues.length;
  // The path is built only for a number below zero: a million observations are checked, few fail.
  const check = (value: number | undefined, ...path: Path): void => {
    if (value !== undefined && value < 0) issues.push({ code: "negative_value", severity: "error", path: [...at, ...path], value });
  };
  for (const field of NUMBER_FIELDS) check(o[field], field);
  const cells = o.bySex?.cells;
  if (cells !== undefined)
    for (let k = 0; k < cells.length; k++) check((cells[k] as { value?: number }).value, "bySex", "cells", k, "value");
  const parts = o.byMunicipality;
  if (parts !== undefined) {
    for (let j = 0; j < parts.length; j++)
      for (const field of NUMBER_FIELDS) check((parts[j] as MunicipalityValue)[field], "byMunicipality", j, field);
  }
  return issues.length > before;
}

function shareChecks(o: Observation, at: Path, issues: ObservationIssueData[]): void {
  const check = (numerator: number | undefined, denominator: number | undefined, ...path: Path): void => {
    if (numerator !== undefined && denominator !== undefined && numerator > denominator) {
      issues.push({ code: "share_above_whole", severity: "error", path: [...at, ...path], numerator, denominator });
    }
  };
  check(o.numerator, o.denominator, "numerator");
  const parts = o.byMunicipality;
  if (parts !== undefined)
    for (let j = 0; j < parts.length; j++) check(parts[j]?.numerator, parts[j]?.denominator, "byMunicipality", j, "numerator");
}

function kindChecks(o: Observation, measure: MeasureType, at: Path, issues: ObservationIssueData[]): void {
  const expected = EXPECTED[measure];
  const given = VALUE_FIELDS.filter((field) => o[field] !== undefined);
  for (const field of given) {
    if (field !== "text" && !expected.includes(field)) {
      issues.push({
        code: "value_kind_mismatch",
        severity: "error",
        path: [...at, field],
        indicator: o.indicator,
        measure,
        field,
        expected,
      });
    }
  }
  // A text beside a number is a note; a text instead of the number is an account the measure cannot judge.
  if (measure !== "qualitative" && given.length === 1 && given[0] === "text") {
    issues.push({
      code: "value_kind_mismatch",
      severity: "warning",
      path: [...at, "text"],
      indicator: o.indicator,
      measure,
      field: "text",
      expected,
    });
  }
}

/** Parts against the total: the sex cells with the gender toolkit, the municipalities by their sums. */
function partsChecks(o: Observation, measure: MeasureType | undefined, at: Path, issues: ObservationIssueData[]): void {
  const additive = measure !== undefined && ADDITIVE.has(measure);
  if (o.bySex !== undefined) sexPartsChecks(o, o.bySex, additive ? "count" : measure === "percent" ? "percent" : "rate", at, issues);
  if (o.byMunicipality === undefined || measure === undefined) return;
  const fields = additive ? (["value"] as const) : measure === "share" ? (["numerator", "denominator"] as const) : [];
  for (const field of fields) {
    const total = o[field];
    if (total === undefined) continue;
    const sum = o.byMunicipality.reduce((s, part) => s + (part[field] ?? 0), 0);
    if (sum > total) {
      issues.push({
        code: "parts_above_total",
        severity: "error",
        path: [...at, "byMunicipality"],
        breakdown: "municipality",
        field,
        parts: sum,
        total,
      });
    }
  }
}

/**
 * The sex cells with the gender toolkit: well-formed, (for counts) not above the total, and (for a per cent, whose
 * cells are per cents of each sex's own group, never parts of the total) each 0–100.
 */
function sexPartsChecks(o: Observation, bySex: SexBreakdown, unit: Unit, at: Path, issues: ObservationIssueData[]): void {
  const additive = unit === "count";
  try {
    // Counts are checked against the total; other units only for a well-formed breakdown.
    const value = disaggregated({
      unit,
      cells: bySex.cells,
      ...(additive && o.value !== undefined ? { total: o.value } : {}),
      ...(bySex.ageGroups !== undefined ? { ageGroups: bySex.ageGroups } : {}),
    });
    const report = checkConsistency(value);
    if (report.status === "parts_exceed_total") {
      issues.push({
        code: "parts_above_total",
        severity: "error",
        path: [...at, "bySex"],
        breakdown: "sex",
        field: "value",
        parts: report.difference + (o.value ?? 0),
        total: o.value ?? 0,
      });
    }
  } catch (error) {
    if (!(error instanceof GenderInputError)) throw error;
    // The toolkit's path starts at the value it was given: cells or ageGroups, which are the breakdown's own.
    issues.push({
      code: "invalid_breakdown",
      severity: "error",
      path: [...at, "bySex", ...error.path],
      reason: error.code,
      details: error.details,
    });
  }
}

function municipalityChecks(
  o: Observation,
  at: Path,
  countyOf: ReadonlyMap<string, string>,
  territory: Plan["territory"] | undefined,
  issues: ObservationIssueData[],
): void {
  if (o.byMunicipality === undefined) return;
  const countyCode = territory?.countyCode;
  // A local plan's values are its municipality's: another municipality's row would become its total.
  const own = territory?.municipalityCode;
  const first = new Map<string, number>();
  o.byMunicipality.forEach((part, j) => {
    // Built only for an issue: most parts have none.
    const path = (): Path => [...at, "byMunicipality", j, "municipality"];
    const municipality = part.municipality;
    const earlier = first.get(municipality);
    if (earlier !== undefined) {
      issues.push({
        code: "duplicate_municipality",
        severity: "error",
        path: path(),
        municipality,
        firstPath: [...at, "byMunicipality", earlier, "municipality"],
      });
      return;
    }
    first.set(municipality, j);
    const municipalityCountyCode = countyOf.get(municipality);
    if (municipalityCountyCode === undefined) {
      issues.push({ code: "unknown_municipality", severity: "error", path: path(), municipality });
    } else if (own !== undefined && municipality !== own) {
      issues.push({ code: "municipality_outside_plan", severity: "error", path: path(), municipality, expected: own });
    } else if (countyCode !== undefined && municipalityCountyCode !== countyCode) {
      issues.push({
        code: "municipality_outside_county",
        severity: "warning",
        path: path(),
        municipality,
        municipalityCountyCode,
        countyCode,
      });
    }
  });
}

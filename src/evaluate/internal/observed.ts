import { endOfYear } from "date-fns";
import { disaggregated } from "../../gender/disaggregated.js";
import { GenderInputError } from "../../gender/errors.js";
import { sumDisaggregated } from "../../gender/sum.js";
import { lastDayOf } from "../../model/common.js";
import { coverageBreakdown } from "../../model/coverage-breakdown.js";
import { UNIT_BREAKDOWNS } from "../../model/indicator.js";
import type { CoverageMeasure, Measure } from "../../model/measure.js";
import type { Observation, SexBreakdown, UnitBreakdownValues, UnitValue } from "../../model/observation.js";

/**
 * A coverage given as a list of municipalities (`byMunicipality`) and no `value`: the number of distinct
 * municipalities listed, leaving out those whose value is 0 (listed as not covered).
 */
function coveredMunicipalities(o: Observation): number | undefined {
  if (o.byMunicipality === undefined || o.byMunicipality.length === 0) return undefined;
  return new Set(o.byMunicipality.filter((m) => m.value !== 0).map((m) => m.municipality)).size;
}

/**
 * A coverage of a declared set given as a list of its members reached (`byUnit.school`, `byUnit.unit`) and no
 * `value`: the number of distinct members listed, leaving out those whose value is 0.
 */
function coveredMembers(measure: CoverageMeasure, o: Observation): number | undefined {
  const breakdown = coverageBreakdown(measure);
  const listed = breakdown === undefined ? undefined : o.byUnit?.[breakdown];
  if (listed === undefined || listed.length === 0) return undefined;
  return new Set(listed.filter((m) => m.value !== 0).map((m) => m.unit)).size;
}

/** The value of an observation for a measure: its `value`, or a coverage's count of listed municipalities or members. */
function valueFor(measure: Measure | undefined, o: Observation): number | undefined {
  if (o.value !== undefined || measure?.type !== "coverage") return o.value;
  return measure.of === "county_municipalities" ? coveredMunicipalities(o) : coveredMembers(measure, o);
}

/** Whether an observation carries a value of any kind; one without is an explicit "missing" record. */
export function hasValue(o: Observation): boolean {
  return (
    o.value !== undefined || (o.numerator !== undefined && o.denominator !== undefined) || o.done !== undefined || o.text !== undefined
  );
}

/**
 * Whether an observation carries a value the measure can use: a share needs a numerator and a denominator above
 * zero (0 of 0 is no share, and a lone `value` is not one), any other measure a value of any kind.
 */
export function hasValueFor(measure: Measure | undefined, o: Observation): boolean {
  if (measure?.type === "share") return o.numerator !== undefined && o.denominator !== undefined && o.denominator > 0;
  return hasValue(o) || valueFor(measure, o) !== undefined;
}

/** Whether an observation says the milestone or the cycle's event is done (a count above zero counts). */
export function isDone(o: Observation): boolean {
  return o.done === true || (o.done === undefined && o.value !== undefined && o.value > 0);
}

/** Whether an observation says it is not done. */
export function isNotDone(o: Observation): boolean {
  return o.done === false || (o.done === undefined && o.value === 0);
}

/** The last moment of a calendar year, local time. */
export function endOfYearOf(year: number): Date {
  return endOfYear(new Date(year, 0, 1));
}

// The last day of the observation's period (the year's last day without one), so "2017-12", "2017-12-31" and a
// plain 2017 end on the same day and compare as dates, not as text.
const endOf = (o: Observation): string => lastDayOf(o.period?.end ?? String(o.year));

/** The observation that stands for a state: the one whose period ends last (of equal ends, the later given). */
function latest(observations: readonly Observation[]): Observation | undefined {
  return [...observations].sort((a, b) => (endOf(a) < endOf(b) ? -1 : endOf(a) > endOf(b) ? 1 : 0)).at(-1);
}

/**
 * The numeric value of one year for a measure whose values are numbers: the sum of per-year counts, the latest
 * of a state (by the end of its period, then by order), a share as the sum of numerators over the sum of
 * denominators, a coverage listed by municipality as the number of distinct municipalities. `undefined` when no
 * observation has one.
 */
export function yearNumber(measure: Measure | undefined, observations: readonly Observation[]): number | undefined {
  if (measure?.type === "share") {
    const parts = observations.filter((o) => o.numerator !== undefined && o.denominator !== undefined);
    const denominator = parts.reduce((sum, o) => sum + (o.denominator ?? 0), 0);
    if (parts.length === 0 || denominator === 0) return undefined;
    return parts.reduce((sum, o) => sum + (o.numerator ?? 0), 0) / denominator;
  }
  const withValue = observations.filter((o) => valueFor(measure, o) !== undefined);
  if (withValue.length === 0) return undefined;
  if (adds(measure)) return withValue.reduce((sum, o) => sum + (o.value ?? 0), 0);
  const last = latest(withValue);
  return last === undefined ? undefined : valueFor(measure, last);
}

/**
 * The year's breakdown by sex, combined as its value is: summed cell by cell over the observations of a
 * per-year count (two half-years), the latest observation's for a state. `undefined` when none has one, or
 * when the breakdowns of a count cannot be summed (different cells or age bands): a sum of unlike parts would
 * be wrong, and the reported total still stands.
 */
export function yearBreakdown(measure: Measure | undefined, observations: readonly Observation[]): SexBreakdown | undefined {
  const withSex = observations.filter((o) => o.bySex !== undefined);
  if (withSex.length <= 1 || !adds(measure)) {
    // The observation's own breakdown, not a copy: the evaluation refers to its inputs (evaluatePlan).
    return latest(withSex)?.bySex;
  }
  try {
    const sum = sumDisaggregated(
      withSex.map((o) => {
        const b = o.bySex as SexBreakdown;
        return disaggregated({ unit: "count", cells: b.cells, ...(b.ageGroups === undefined ? {} : { ageGroups: b.ageGroups }) });
      }),
    );
    const first = withSex[0]?.bySex;
    return {
      cells: sum.cells.map((cell) => ({ ...cell })),
      ...(first?.ageGroups === undefined ? {} : { ageGroups: structuredClone(first.ageGroups) }),
    };
  } catch (error) {
    if (error instanceof GenderInputError) return undefined;
    throw error;
  }
}

/**
 * The year's parts by named units, combined as its value is: summed unit by unit over the observations of a
 * per-year count (each unit in the order first given), the latest observation's for a state or a share.
 * `undefined` when none has parts.
 */
export function yearUnits(measure: Measure | undefined, observations: readonly Observation[]): UnitBreakdownValues | undefined {
  const withUnits = observations.filter((o) => o.byUnit !== undefined);
  if (withUnits.length <= 1 || !adds(measure)) {
    return latest(withUnits)?.byUnit;
  }
  const sum: UnitBreakdownValues = {};
  for (const breakdown of UNIT_BREAKDOWNS) {
    const byName = new Map<string, UnitValue>();
    for (const o of withUnits) {
      for (const part of o.byUnit?.[breakdown] ?? []) {
        const entry = byName.get(part.unit) ?? { unit: part.unit };
        if (part.value !== undefined) entry.value = (entry.value ?? 0) + part.value;
        byName.set(part.unit, entry);
      }
    }
    if (byName.size > 0) sum[breakdown] = [...byName.values()];
  }
  return sum;
}

/** Whether values of different years (or periods in a year) add up. */
export function adds(measure: Measure | undefined): boolean {
  return (measure?.type === "count" && measure.aggregation === "sum") || measure?.type === "frequency";
}

/** Whether a measure's values are numbers that can be compared and trended. */
export function isNumeric(measure: Measure | undefined): boolean {
  return (
    measure?.type === "count" ||
    measure?.type === "share" ||
    measure?.type === "percent" ||
    measure?.type === "coverage" ||
    measure?.type === "frequency"
  );
}

/** `true` when higher is better, `false` when lower is, `undefined` when the plan does not say. */
export function higherIsBetter(measure: Measure | undefined): boolean | undefined {
  switch (measure?.type) {
    case "count":
    case "share":
    case "percent":
      return measure.higherIsBetter;
    case "coverage":
    case "frequency":
      return true;
    default:
      return undefined;
  }
}

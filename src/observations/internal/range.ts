import type { Path } from "../../core/issue.js";
import { coverageTotal } from "../../model/coverage-total.js";
import type { Measure } from "../../model/measure.js";
import type { Observation } from "../../model/observation.js";
import type { ObservationIssueData } from "../issue.js";

/** The measures whose values, and whose municipalities' values, count whole things. */
const WHOLE: ReadonlySet<Measure["type"]> = new Set(["count", "coverage", "frequency"]);

/**
 * Observed values against what their measure allows, as targets are checked: a count, a coverage or a
 * frequency counts whole things (3,5 meetings, 7,5 municipalities and 1,234 for "1.234" are refused), as do a
 * share's numerator and denominator; a coverage cannot exceed the size of its set (the measure's `total`, its
 * `members`, or the county's municipalities); a share's breakdown by sex gives each sex's own share, 0–1; a per
 * cent and its municipalities' values are at most 100 (its cells are checked by the gender toolkit); and a done date
 * (`doneOn`) in another year than the observation's is told (a warning), as the follow-up counts the year given.
 */
export function rangeChecks(
  o: Observation,
  measure: Measure | undefined,
  municipalities: number | undefined,
  at: Path,
  issues: ObservationIssueData[],
): void {
  if (o.doneOn !== undefined && Number(o.doneOn.slice(0, 4)) !== o.year) {
    issues.push({ code: "done_on_other_year", severity: "warning", path: [...at, "doneOn"], doneOn: o.doneOn, year: o.year });
  }
  if (measure === undefined) return;
  const whole = (value: number | undefined, path: Path): void => {
    if (value !== undefined && !Number.isInteger(value)) issues.push({ code: "not_whole_number", severity: "error", path, value });
  };
  if (WHOLE.has(measure.type)) {
    whole(o.value, [...at, "value"]);
    o.byMunicipality?.forEach((part, j) => {
      whole(part.value, [...at, "byMunicipality", j, "value"]);
    });
  }
  if (measure.type === "share") {
    for (const field of ["numerator", "denominator"] as const) whole(o[field], [...at, field]);
    o.bySex?.cells.forEach((cell, k) => {
      if ("value" in cell && cell.value > 1) {
        const position = cell.age === undefined ? { sex: cell.sex } : { sex: cell.sex, age: cell.age };
        issues.push({
          code: "share_cell_above_whole",
          severity: "error",
          path: [...at, "bySex", "cells", k, "value"],
          cell: position,
          value: cell.value,
        });
      }
    });
  }
  if (measure.type === "percent") {
    const percent = (value: number | undefined, path: Path): void => {
      if (value !== undefined && value > 100) issues.push({ code: "percent_above_hundred", severity: "error", path, value });
    };
    percent(o.value, [...at, "value"]);
    o.byMunicipality?.forEach((part, j) => {
      percent(part.value, [...at, "byMunicipality", j, "value"]);
    });
  }
  if (measure.type === "coverage") {
    const total = coverageTotal(measure, municipalities);
    if (total !== undefined && o.value !== undefined && o.value > total) {
      // The set is named only when it is not the municipalities, whose issues read as before.
      const of = measure.of === "county_municipalities" ? {} : { of: measure.of };
      issues.push({ code: "coverage_above_total", severity: "error", path: [...at, "value"], value: o.value, total, ...of });
    }
  }
}

import type { Path } from "../../core/issue.js";
import { firstDayOf, lastDayOf } from "../../model/common.js";
import { coverageBreakdown } from "../../model/coverage-breakdown.js";
import { coverageTotal } from "../../model/coverage-total.js";
import { type Indicator, UNIT_BREAKDOWNS, type UnitBreakdown } from "../../model/indicator.js";
import type { Observation } from "../../model/observation.js";
import { schoolYear } from "../../model/school-year.js";
import type { ObservationIssueData } from "../issue.js";
import { ADDITIVE } from "./additive.js";

/**
 * The parts by named units (`byUnit`) against the indicator: each breakdown declared in `breakdowns`, each unit
 * one of its `breakdownUnits` (when the plan lists them) and given once, and for a count the parts not above the
 * total. A coverage of a declared set may list the members it reached under its own breakdown
 * ({@link coverageBreakdown}) without declaring it; they are checked against its `members`.
 */
export function unitChecks(o: Observation, indicator: Indicator | undefined, at: Path, issues: ObservationIssueData[]): void {
  if (o.byUnit === undefined) return;
  const declared = indicator?.breakdowns ?? [];
  // A coverage of a declared set lists the members it reached under its own breakdown, checked against them.
  const measure = indicator?.measure;
  const listing = measure?.type === "coverage" ? coverageBreakdown(measure) : undefined;
  const members = measure?.type === "coverage" ? measure.members : undefined;
  const additive = indicator?.measure !== undefined && ADDITIVE.has(indicator.measure.type);
  for (const breakdown of UNIT_BREAKDOWNS) {
    const parts = o.byUnit[breakdown];
    if (parts === undefined) continue;
    const path: Path = [...at, "byUnit", breakdown];
    if (indicator !== undefined && !declared.includes(breakdown) && breakdown !== listing) {
      issues.push({ code: "undeclared_breakdown", severity: "warning", path, indicator: indicator.id, breakdown, declared: [...declared] });
    }
    const expected = indicator?.breakdownUnits?.[breakdown] ?? (breakdown === listing ? members : undefined);
    const first = new Map<string, number>();
    parts.forEach((part, j) => {
      const unitPath: Path = [...path, j, "unit"];
      const earlier = first.get(part.unit);
      if (earlier !== undefined) {
        issues.push({
          code: "duplicate_unit",
          severity: "error",
          path: unitPath,
          breakdown,
          unit: part.unit,
          firstPath: [...path, earlier, "unit"],
        });
        return;
      }
      first.set(part.unit, j);
      if (indicator !== undefined && expected !== undefined && !expected.includes(part.unit)) {
        issues.push({
          code: "unknown_unit",
          severity: "error",
          path: unitPath,
          indicator: indicator.id,
          breakdown,
          unit: part.unit,
          expected: [...expected],
        });
      }
    });
    if (additive && o.value !== undefined) partsAboveTotal(parts, o.value, breakdown, path, issues);
    if (measure?.type === "coverage" && breakdown === listing && o.value === undefined) {
      // The list stands for the value, so it is held to the set's size as a value is.
      const covered = new Set(parts.filter((m) => m.value !== 0).map((m) => m.unit)).size;
      const total = coverageTotal(measure, undefined);
      if (total !== undefined && covered > total) {
        issues.push({ code: "coverage_above_total", severity: "error", path, value: covered, total, of: measure.of });
      }
    }
  }
}

function partsAboveTotal(
  parts: readonly { value?: number }[],
  total: number,
  breakdown: UnitBreakdown,
  path: Path,
  issues: ObservationIssueData[],
): void {
  const sum = parts.reduce((s, part) => s + (part.value ?? 0), 0);
  if (sum > total) issues.push({ code: "parts_above_total", severity: "error", path, breakdown, field: "value", parts: sum, total });
}

/**
 * An indicator counted per school year: an observation's period, when it has one, lies within the school year
 * that ends in its year (a term is a part of it; the autumn of the same calendar year is the next school year's).
 */
export function schoolYearChecks(o: Observation, indicator: Indicator | undefined, at: Path, issues: ObservationIssueData[]): void {
  const measure = indicator?.measure;
  if (indicator === undefined || measure?.type !== "frequency" || measure.per !== "school_year" || o.period === undefined) return;
  const expected = schoolYear(o.year);
  const within = firstDayOf(o.period.start) >= firstDayOf(expected.start) && lastDayOf(o.period.end) <= lastDayOf(expected.end);
  if (!within) {
    issues.push({
      code: "not_school_year",
      severity: "warning",
      path: [...at, "period"],
      indicator: indicator.id,
      year: o.year,
      expected,
      received: { start: o.period.start, end: o.period.end },
    });
  }
}

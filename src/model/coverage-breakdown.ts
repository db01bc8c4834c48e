import type { UnitBreakdown } from "./indicator.js";
import type { CoverageMeasure } from "./measure.js";

/**
 * The breakdown under which an observation lists the members a coverage of a declared set has reached
 * (`byUnit.school` for schools, `byUnit.unit` for shops, licensed premises and other units); `undefined` for
 * the county's municipalities, which are listed in `byMunicipality`.
 *
 * @example
 * ```ts
 * coverageBreakdown({ type: "coverage", of: "schools", total: 20 }); // "school"
 * ```
 */
export function coverageBreakdown(measure: CoverageMeasure): UnitBreakdown | undefined {
  if (measure.of === "county_municipalities") return undefined;
  return measure.of === "schools" ? "school" : "unit";
}

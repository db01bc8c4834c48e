import type { CoverageMeasure } from "./measure.js";

/**
 * The size of a coverage's set: its `total`, else the number of its `members`, else for the county's
 * municipalities `countyMunicipalities` (from the reference data); `undefined` when it is not known.
 *
 * @example
 * ```ts
 * coverageTotal({ type: "coverage", of: "schools", members: ["Norrskolan", "Söderskolan"] }, undefined); // 2
 * ```
 */
export function coverageTotal(measure: CoverageMeasure, countyMunicipalities: number | undefined): number | undefined {
  return measure.total ?? measure.members?.length ?? (measure.of === "county_municipalities" ? countyMunicipalities : undefined);
}

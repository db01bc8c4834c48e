import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `coverage_total_unknown`: a coverage of a declared set (schools, shops, licensed premises, units) says how many
 * there are, by `total` or by listing its `members`; without it "12 av ? skolor" cannot be judged or printed.
 * The county's municipalities are counted from the reference data.
 */
export const coverageTotalUnknownRule: Rule<"coverage_total_unknown"> = {
  id: "coverage_total_unknown",
  defaultSeverity: "warning",
  description: {
    sv: "En täckning av en egen mängd (skolor, butiker, serveringsställen, enheter) anger mängdens storlek: total eller members.",
    en: "A coverage of a declared set (schools, shops, licensed premises, units) gives the set's size: total or members.",
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"coverage_total_unknown">[] = [];
    for (const { indicator, path } of index.indicators) {
      const { measure } = indicator;
      if (measure?.type !== "coverage" || measure.of === "county_municipalities") continue;
      if (measure.total === undefined && measure.members === undefined) {
        issues.push({ code: "coverage_total_unknown", path: [...path, "measure"], indicator: indicator.id, of: measure.of });
      }
    }
    return issues;
  },
};

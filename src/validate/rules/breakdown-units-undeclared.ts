import type { UnitBreakdown } from "../../model/indicator.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `breakdown_units_undeclared`: the named units of an indicator (`breakdownUnits`) are of a breakdown it declares
 * in `breakdowns`; units of an undeclared breakdown say the values are to be split in a way the plan does not.
 */
export const breakdownUnitsUndeclaredRule: Rule<"breakdown_units_undeclared"> = {
  id: "breakdown_units_undeclared",
  defaultSeverity: "warning",
  description: {
    sv: "En indikators namngivna enheter (breakdownUnits) hör till en uppdelning som indikatorn anger i breakdowns.",
    en: "An indicator's named units (breakdownUnits) belong to a breakdown that the indicator declares in breakdowns.",
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"breakdown_units_undeclared">[] = [];
    for (const { indicator, path } of index.indicators) {
      const declared = indicator.breakdowns ?? [];
      for (const breakdown of Object.keys(indicator.breakdownUnits ?? {}) as UnitBreakdown[]) {
        if (declared.includes(breakdown)) continue;
        issues.push({
          code: "breakdown_units_undeclared",
          path: [...path, "breakdownUnits", breakdown],
          indicator: indicator.id,
          breakdown,
        });
      }
    }
    return issues;
  },
};

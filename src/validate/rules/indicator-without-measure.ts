import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `indicator_without_measure`: an indicator has a `measure` (*mått*). Without one its values can be reported but
 * not judged (no sum, no target, no direction), so this is only an info: plans written before measures existed
 * stay valid.
 */
export const indicatorWithoutMeasureRule: Rule<"indicator_without_measure"> = {
  id: "indicator_without_measure",
  defaultSeverity: "info",
  description: {
    sv: "En indikator har ett mått (measure); utan det kan dess värden bara redovisas, inte bedömas.",
    en: "An indicator has a measure; without one its values can only be reported, not judged.",
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"indicator_without_measure">[] = [];
    for (const { indicator, path } of index.indicators) {
      if (indicator.measure === undefined) issues.push({ code: "indicator_without_measure", path, indicator: indicator.id });
    }
    return issues;
  },
};

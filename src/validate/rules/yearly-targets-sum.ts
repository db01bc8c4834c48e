import type { Rule, ValidationIssueDataOf } from "../types.js";

/** Slack for the sum of decimal year targets (0.1 + 0.2 is not 0.3 in floating point). */
const EPSILON = 1e-9;

/**
 * `yearly_targets_sum`: for a measure whose yearly values add up (a count with aggregation `"sum"`, or a
 * frequency), the year targets (*årsmål*) of a period target add up to its value.
 */
export const yearlyTargetsSumRule: Rule<"yearly_targets_sum"> = {
  id: "yearly_targets_sum",
  defaultSeverity: "error",
  needsEveryPart: "indicator",
  description: {
    sv: 'För ett mått vars årsvärden summeras (antal med aggregation "sum", frekvens) summerar årsmålen (target.yearly) till periodmålet (target.value med per "period").',
    en: 'For a measure whose yearly values add up (a count with aggregation "sum", a frequency), the year targets (target.yearly) add up to the period target (target.value with per "period").',
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"yearly_targets_sum">[] = [];
    for (const { indicator, path } of index.indicators) {
      const { measure, target } = indicator;
      if (measure === undefined || target === undefined) continue;
      const adds = (measure.type === "count" && measure.aggregation === "sum") || measure.type === "frequency";
      if (!adds || target.per !== "period" || target.value === undefined || target.yearly === undefined || target.yearly.length === 0)
        continue;
      const received = target.yearly.reduce((sum, year) => sum + year.value, 0);
      if (Math.abs(received - target.value) > EPSILON) {
        issues.push({
          code: "yearly_targets_sum",
          path: [...path, "target", "yearly"],
          indicator: indicator.id,
          expected: target.value,
          received,
        });
      }
    }
    return issues;
  },
};

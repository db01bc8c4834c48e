import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `frequency_target_mismatch`: a yearly target of a frequency measure is the measure's `timesPerYear`; two
 * different numbers for the same meetings leave it unclear which one the follow-up is judged against.
 */
export const frequencyTargetMismatchRule: Rule<"frequency_target_mismatch"> = {
  id: "frequency_target_mismatch",
  defaultSeverity: "warning",
  description: {
    sv: 'Ett årsmål (target med per "year") för en frekvens är lika med måttets antal gånger per år (timesPerYear).',
    en: 'A yearly target (target with per "year") of a frequency equals the measure\'s times per year (timesPerYear).',
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"frequency_target_mismatch">[] = [];
    for (const { indicator, path } of index.indicators) {
      const { measure, target } = indicator;
      if (measure?.type !== "frequency" || target?.per !== "year" || target.value === undefined) continue;
      if (target.value !== measure.timesPerYear) {
        issues.push({
          code: "frequency_target_mismatch",
          path: [...path, "target", "value"],
          indicator: indicator.id,
          expected: measure.timesPerYear,
          received: target.value,
        });
      }
    }
    return issues;
  },
};

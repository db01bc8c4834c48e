import { stringsOf } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

const COUNT = /(?<![\p{L}\d])[Ll]änets (\d+)(?!\d)/gu;

/** `municipality_count_mismatch`: a text that says "länets N kommuner" or "Länets N …" has N = the county's number of municipalities. */
export const municipalityCountMismatchRule: Rule<"municipality_count_mismatch"> = {
  id: "municipality_count_mismatch",
  defaultSeverity: "warning",
  description: {
    sv: 'En text som säger "länets N kommuner" eller "Länets N …" har N lika med antalet kommuner i länet.',
    en: 'A text that says "länets N kommuner" or "Länets N …" has N equal to the county\'s number of municipalities.',
  },
  check(plan, context) {
    const countyCode = plan.territory.countyCode;
    const expected = context.reference.municipalities.filter((municipality) => municipality.countyCode === countyCode).length;
    // Without reference data for the county there is nothing to compare with.
    if (expected === 0) return [];
    const issues: ValidationIssueDataOf<"municipality_count_mismatch">[] = [];
    for (const { text, path } of stringsOf(plan)) {
      for (const match of text.matchAll(COUNT)) {
        const received = Number(match[1]);
        if (received !== expected) issues.push({ code: "municipality_count_mismatch", path, countyCode, expected, received });
      }
    }
    return issues;
  },
};

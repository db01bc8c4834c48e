import type { Rule, ValidationIssueDataOf } from "../types.js";

const PEOPLE =
  "deltagare|personer|besökare|elever|medarbetare|ungdomar|unga|barn|föräldrar|patienter|klienter|anställda|studenter|individer|kvinnor|män|flickor|pojkar|ledare|tränare";
const PREPOSITIONS = "per|vid|i|från|inom|som|och|av|på|under|till";

/**
 * Indicator wording that counts people: "Antal deltagare", "Antalet utbildade personer", "Antal kontaktade",
 * "Antal utbildade per målgrupp". A participle followed by a noun counts that noun ("Antal diplomerade
 * träningsanläggningar" counts facilities), so it only counts people when no noun follows.
 */
const COUNTS_PEOPLE = new RegExp(
  `(?<!\\p{L})antal(?:et)?\\s+(?:(?:\\p{L}+\\s+)?(?:${PEOPLE})|(?:kontaktade|utbildade|diplomerade)(?!\\s+(?!(?:${PREPOSITIONS})(?!\\p{L}))\\p{L}))(?!\\p{L})`,
  "iu",
);

/**
 * `indicator_without_sex_breakdown`: an indicator that counts people is broken down by sex (*kön*). It counts
 * people when its wording says so, or when its measure is typed as counting people (`countsPeople`), which
 * catches wording the pattern cannot ("Antal i behandling").
 */
export const indicatorWithoutSexBreakdownRule: Rule<"indicator_without_sex_breakdown"> = {
  id: "indicator_without_sex_breakdown",
  defaultSeverity: "warning",
  needsEveryPart: "indicator",
  description: {
    sv: 'En indikator som räknar personer ("Antal deltagare …") redovisas uppdelad på kön.',
    en: 'An indicator that counts people ("Antal deltagare …") is broken down by sex.',
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"indicator_without_sex_breakdown">[] = [];
    for (const { indicator, path } of index.indicators) {
      const match = COUNTS_PEOPLE.exec(indicator.text);
      const typed = indicator.measure?.type === "count" && indicator.measure.countsPeople === true;
      if ((match !== null || typed) && indicator.breakdowns?.includes("sex") !== true) {
        issues.push({ code: "indicator_without_sex_breakdown", path, indicator: indicator.id, phrase: match?.[0] ?? indicator.text });
      }
    }
    return issues;
  },
};

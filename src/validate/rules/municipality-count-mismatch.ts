import { municipalityLookup, normaliseSpace } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** "länets 9 kommuner", "Länets 9 kommunerna": a count of the county's municipalities, not of its police areas or customs offices. */
const COUNT = /(?<![\p{L}\d])länets (\d+) kommun(?:er|erna)(?!\p{L})/giu;

/** What every text {@link COUNT} matches has, with the same flags: a cheap test that leaves out almost every string. */
const CANDIDATE = /länets \d+ kommun/iu;

/**
 * A digit, a space and a "k" in any case (with the `iu` flags "k" also matches the Kelvin sign, U+212A): what
 * every text {@link CANDIDATE} matches has, found without the slower case-insensitive Unicode search.
 */
const DIGIT_SPACE_K = /\d [kK\u212A]/;

/** The length of the shortest text {@link COUNT} matches, "länets 1 kommuner": shorter strings (codes, ids, dates) are skipped unread. */
const SHORTEST = 17;

/** The first count of the county's municipalities in a text that is not `expected`. */
function wrongCount(text: string, expected: number): number | undefined {
  for (const match of text.matchAll(COUNT)) {
    const received = Number(match[1]);
    if (received !== expected) return received;
  }
  return undefined;
}

/** A text's sentences: split after `.`, `!` or `?` followed by white space. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/u);

/**
 * `municipality_count_mismatch`: a sentence that counts the county's municipalities ("länets N kommuner") has
 * N = the county's number of municipalities. One issue per sentence, at the first text that has it: a sentence
 * repeated (a follow-up text that is also its indicator's text) is reported once.
 */
export const municipalityCountMismatchRule: Rule<"municipality_count_mismatch"> = {
  id: "municipality_count_mismatch",
  defaultSeverity: "warning",
  description: {
    sv: 'En mening som räknar länets kommuner ("länets N kommuner") har N lika med antalet kommuner i länet; en mening som förekommer flera gånger rapporteras en gång.',
    en: "A sentence that counts the county's municipalities (\"länets N kommuner\") has N equal to the county's number of municipalities; a sentence that recurs is reported once.",
  },
  check(plan, context) {
    const countyCode = plan.territory.countyCode;
    const expected = municipalityLookup(context.reference.municipalities).countInCounty.get(countyCode) ?? 0;
    // Without reference data for the county there is nothing to compare with.
    if (expected === 0) return [];
    const issues: ValidationIssueDataOf<"municipality_count_mismatch">[] = [];
    const seen = new Set<string>();
    // A count never spans two sentences, so a text without a wrong count has no sentence with one.
    const hasWrongCount = (text: string): boolean =>
      text.length >= SHORTEST && DIGIT_SPACE_K.test(text) && CANDIDATE.test(text) && wrongCount(text, expected) !== undefined;
    for (const { text, path } of context.index.textsWhere(hasWrongCount)) {
      for (const sentence of sentencesOf(text)) {
        const wrong = wrongCount(sentence, expected);
        if (wrong === undefined) continue;
        const key = normaliseSpace(sentence);
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push({ code: "municipality_count_mismatch", path: [...path], countyCode, expected, received: wrong });
      }
    }
    return issues;
  },
};

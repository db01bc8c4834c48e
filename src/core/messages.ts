import type { IssueData } from "./issue.js";
import type { Lang } from "./lang.js";

/**
 * A message catalogue (*meddelandekatalog*): for each language, one template per code, typed by that code's
 * details. Every user-facing message of the library is written by a catalogue; throw sites and checks pass
 * data, never text. `Details` maps each code to what its template reads.
 *
 * @example
 * ```ts
 * const catalogue: Catalogue<{ too_long: { length: number } }> = {
 *   sv: { too_long: (d) => `Texten är ${d.length} tecken lång.` },
 *   en: { too_long: (d) => `The text is ${d.length} characters long.` },
 * };
 * ```
 */
export type Catalogue<Details> = {
  readonly [L in Lang]: { readonly [C in keyof Details]: (details: Details[C]) => string };
};

/** The message of one code in one language, from a catalogue. */
export function writeMessage<Details, C extends keyof Details>(
  catalogue: Catalogue<Details>,
  lang: Lang,
  code: C,
  details: Details[C],
): string {
  return catalogue[lang][code](details);
}

/**
 * An issue with its message written: the catalogue's template for its code, given the issue itself as details.
 * The issue is copied, never changed.
 */
export function withMessage<I extends { code: string }>(
  catalogue: { readonly [L in Lang]: Readonly<Record<string, (details: never) => string>> },
  issue: I,
  lang: Lang,
): I & { message: string } {
  const write = catalogue[lang][issue.code] as (details: I) => string;
  return { ...issue, message: write(issue) };
}

/**
 * The catalogue of an issue family: per language, one template per code, given the issue of that code (before
 * its message is written).
 *
 * @example
 * ```ts
 * const messages: IssueCatalogue<ParseIssue> = { sv: { … }, en: { … } };
 * ```
 */
export type IssueCatalogue<I extends { code: string }> = Catalogue<{ [C in I["code"]]: IssueData<Extract<I, { code: C }>> }>;

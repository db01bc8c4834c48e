import type { Path } from "./issue.js";
import { DEFAULT_LANG, LANGS, type Lang } from "./lang.js";
import type { Catalogue } from "./messages.js";

/**
 * The arguments of an error's constructor: a code and, for that code, its path, details and language, so a
 * code cannot be thrown with another code's details.
 */
export type ErrorArgs<Details extends object> = {
  [C in keyof Details & string]: [code: C, path: Path, details: Details[C], lang?: Lang];
}[keyof Details & string];

/**
 * The base of every error the library throws (*fel*): a `code` to branch on, the `path` to what was wrong
 * (into the options, the input or the document; `[]` for the whole), plain-data `details`, and the message from
 * the module's catalogue in the language asked for (`message`) and in every language (`messages`). Each module
 * throws its own subclass, so `instanceof` tells where an error comes from and `code` what it is.
 *
 * @example
 * ```ts
 * try {
 *   evaluatePlan(plan, observations, { years: [2030] });
 * } catch (error) {
 *   if (error instanceof AndtPlanError) console.error(error.code, error.path, error.messages.en);
 * }
 * ```
 */
export class AndtPlanError<Details extends object = Record<string, object>> extends Error {
  override readonly name: string = "AndtPlanError";
  /** What was wrong, as a stable code. */
  readonly code: keyof Details & string;
  /** Where it was wrong: keys and indexes into the options, the input or the document. */
  readonly path: Path;
  /** The values the message is made from, as plain data. */
  readonly details: Details[keyof Details & string];
  /** The message in Swedish (`sv`) and English (`en`); `message` is the one in the language asked for. */
  readonly messages: Readonly<Record<Lang, string>>;

  constructor(catalogue: Catalogue<Details>, ...[code, path, details, lang = DEFAULT_LANG]: ErrorArgs<Details>) {
    const write = (l: Lang): string => (catalogue[l][code] as (d: typeof details) => string)(details);
    const messages = Object.fromEntries(LANGS.map((l) => [l, write(l)])) as Record<Lang, string>;
    super(messages[lang]);
    this.code = code;
    this.path = path;
    this.details = details;
    this.messages = messages;
  }
}

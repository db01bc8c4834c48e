import { AndtPlanError } from "../core/error.js";
import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import { referenceMessages } from "./messages.js";
import type { ReferenceLookupErrorCode, ReferenceLookupErrorDetails } from "./types.js";

/**
 * Thrown when a county (*län*) or municipality (*kommun*) cannot be looked up: the code is malformed, or
 * well formed but unknown. Carries a machine `code`, plain-data `details`, the message in the language asked
 * for (`message`, Swedish unless the lookup got `{ lang: "en" }`) and in both languages (`messages`); `path` is
 * `[]`, since the problem is the value looked up.
 *
 * @example
 * ```ts
 * try {
 *   getCounty("02");
 * } catch (error) {
 *   if (error instanceof ReferenceLookupError) {
 *     error.code; // "unknown_county"
 *     error.details; // { value: "02", kind: "county" }
 *     error.message; // "Det finns inget län med koden \"02\"."
 *     error.messages.en; // "No county has the code \"02\"."
 *   }
 * }
 * getMunicipality("0799", { lang: "en" }); // throws, message "No municipality has the code \"0799\"."
 * ```
 */
export class ReferenceLookupError extends AndtPlanError<Record<ReferenceLookupErrorCode, ReferenceLookupErrorDetails>> {
  override readonly name = "ReferenceLookupError";

  /**
   * @param code - Why the lookup failed.
   * @param details - The value looked up and what kind of thing it should name.
   * @param lang - Language of `message`; default Swedish.
   */
  constructor(code: ReferenceLookupErrorCode, details: ReferenceLookupErrorDetails, lang?: Lang) {
    super(referenceMessages, code, [], details, resolveLang(lang));
  }
}

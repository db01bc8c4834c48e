import type { Lang } from "../core/lang.js";
/**
 * Why a lookup in the reference data failed:
 * - `invalid_code`: the value does not have the form of a code (two digits for a county, four for a municipality);
 * - `unknown_county` / `unknown_municipality`: the code is well formed, but no county or municipality has it;
 * - `invalid_name`: a name lookup got something that is not a string.
 *
 * @example
 * ```ts
 * const code: ReferenceLookupErrorCode = "unknown_county";
 * ```
 */
export type ReferenceLookupErrorCode = "invalid_code" | "unknown_county" | "unknown_municipality" | "invalid_name";

/**
 * Plain data about a failed lookup, for programs (the messages are for people).
 *
 * @example
 * ```ts
 * const details: ReferenceLookupErrorDetails = { value: "02", kind: "county" };
 * ```
 */
export interface ReferenceLookupErrorDetails {
  /** The value that was looked up, exactly as given. */
  readonly value: unknown;
  /** What was looked up: a county (*län*) or a municipality (*kommun*). */
  readonly kind: "county" | "municipality";
}


type Messages = { readonly sv: string; readonly en: string };

// The only place the wording lives; throw sites pass data, never text.
const MESSAGES: Record<ReferenceLookupErrorCode, (details: ReferenceLookupErrorDetails) => Messages> = {
  invalid_code: ({ value, kind }) =>
    kind === "county"
      ? {
          sv: `Ingen länskod: ${show(value, "sv")}. En länskod är två siffror, till exempel "07".`,
          en: `Not a county code: ${show(value, "en")}. A county code is two digits, such as "07".`,
        }
      : {
          sv: `Ingen kommunkod: ${show(value, "sv")}. En kommunkod är fyra siffror, till exempel "0780".`,
          en: `Not a municipality code: ${show(value, "en")}. A municipality code is four digits, such as "0780".`,
        },
  unknown_county: ({ value }) => ({
    sv: `Det finns inget län med koden ${show(value, "sv")}.`,
    en: `No county has the code ${show(value, "en")}.`,
  }),
  unknown_municipality: ({ value }) => ({
    sv: `Det finns ingen kommun med koden ${show(value, "sv")}.`,
    en: `No municipality has the code ${show(value, "en")}.`,
  }),
  invalid_name: ({ value, kind }) =>
    kind === "county"
      ? {
          sv: `Ett läns namn eller kod ska vara en sträng, inte ${show(value, "sv")}.`,
          en: `A county name or code must be a string, not ${show(value, "en")}.`,
        }
      : {
          sv: `En kommuns namn eller kod ska vara en sträng, inte ${show(value, "sv")}.`,
          en: `A municipality name or code must be a string, not ${show(value, "en")}.`,
        },
};

/** Strings are quoted so white space shows; anything else is named by its type, not dumped. */
function show(value: unknown, locale: "sv" | "en"): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  return locale === "sv" ? `ett värde av typen ${typeof value}` : `a value of type ${typeof value}`;
}

/**
 * Thrown when a county (*län*) or municipality (*kommun*) cannot be looked up: the code is malformed, or
 * well formed but unknown. Carries a machine `code`, plain-data `details`, the message in the language asked
 * for (`message`, Swedish unless the lookup got `{ lang: "en" }`) and in both languages (`messages`).
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
export class ReferenceLookupError extends Error {
  /** Why the lookup failed. */
  readonly code: ReferenceLookupErrorCode;
  /** The value looked up and what kind of thing it should name. */
  readonly details: ReferenceLookupErrorDetails;
  /** The message in Swedish (`sv`) and English (`en`). */
  readonly messages: {
    /** The message in Swedish. */
    readonly sv: string;
    /** The message in English. */
    readonly en: string;
  };

  /**
   * @param code - Why the lookup failed.
   * @param details - The value looked up and what kind of thing it should name.
   * @param lang - Language of `message`; default Swedish. Anything but `"en"` is Swedish.
   */
  constructor(code: ReferenceLookupErrorCode, details: ReferenceLookupErrorDetails, lang: Lang = "sv") {
    const messages = MESSAGES[code](details);
    super(lang === "en" ? messages.en : messages.sv);
    this.name = "ReferenceLookupError";
    this.code = code;
    this.details = details;
    this.messages = messages;
  }
}

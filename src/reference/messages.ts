import type { Lang } from "../core/lang.js";
import type { Catalogue } from "../core/messages.js";
import type { ReferenceLookupErrorCode, ReferenceLookupErrorDetails } from "./types.js";

// Each code's two wordings are written side by side, since they share the quoting of the value.
const BY_CODE: Record<ReferenceLookupErrorCode, (details: ReferenceLookupErrorDetails) => Record<Lang, string>> = {
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

const inLang =
  (lang: Lang) =>
  (code: ReferenceLookupErrorCode) =>
  (details: ReferenceLookupErrorDetails): string =>
    BY_CODE[code](details)[lang];

const templates = (lang: Lang): Catalogue<Record<ReferenceLookupErrorCode, ReferenceLookupErrorDetails>>[Lang] => ({
  invalid_code: inLang(lang)("invalid_code"),
  unknown_county: inLang(lang)("unknown_county"),
  unknown_municipality: inLang(lang)("unknown_municipality"),
  invalid_name: inLang(lang)("invalid_name"),
});

/** The messages of every {@link ReferenceLookupError}, in Swedish and English. */
export const referenceMessages: Catalogue<Record<ReferenceLookupErrorCode, ReferenceLookupErrorDetails>> = {
  sv: templates("sv"),
  en: templates("en"),
};

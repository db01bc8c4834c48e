import type { Catalogue } from "../core/messages.js";
import { quoted } from "../core/wording.js";
import type { ScaffoldErrorDetails } from "./types.js";

/** The messages of every {@link ScaffoldError}, in Swedish and English. */
export const scaffoldErrorMessages: Catalogue<ScaffoldErrorDetails> = {
  sv: {
    unknown_county: (d) => `Det finns inget län med koden ${quoted(d.received)}; en länskod är två siffror, t.ex. "07".`,
    unknown_municipality: (d) => `Det finns ingen kommun med koden ${quoted(d.received)}; en kommunkod är fyra siffror, t.ex. "0780".`,
    municipality_outside_county: (d) =>
      `${d.municipalityName} (${d.municipality}) ligger i län ${d.municipalityCountyCode}, inte i län ${d.countyCode} som den regionala planen ${d.parent} gäller.`,
    parent_not_regional: (d) => `Planen ${d.parent} är en kommunal plan; en kommunal plan följer en regional plan.`,
    invalid_id: (d) => `Ogiltigt id ${quoted(d.received)}: använd gemena bokstäver a–z, siffror, ".", "_" och "-".`,
    empty_title: () => "Titeln är tom.",
    invalid_period: (d) => `Ogiltig period ${d.start}–${d.end}: ange två datum (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD) i ordning.`,
  },
  en: {
    unknown_county: (d) => `No county has the code ${quoted(d.received)}; a county code is two digits, e.g. "07".`,
    unknown_municipality: (d) => `No municipality has the code ${quoted(d.received)}; a municipality code is four digits, e.g. "0780".`,
    municipality_outside_county: (d) =>
      `${d.municipalityName} (${d.municipality}) lies in county ${d.municipalityCountyCode}, not in county ${d.countyCode} of the regional plan ${d.parent}.`,
    parent_not_regional: (d) => `The plan ${d.parent} is a local plan; a local plan follows a regional plan.`,
    invalid_id: (d) => `Invalid id ${quoted(d.received)}: use lower-case letters a–z, digits, ".", "_" and "-".`,
    empty_title: () => "The title is empty.",
    invalid_period: (d) => `Invalid period ${d.start}–${d.end}: give two dates (YYYY, YYYY-MM or YYYY-MM-DD) in order.`,
  },
};

import type { Lang } from "../core/lang.js";
import type { Catalogue, IssueCatalogue } from "../core/messages.js";
import { withMessage } from "../core/messages.js";
import { type OptionName, optionMessages } from "../core/option-error.js";
import { encodingName, pathText, quoted as show } from "../core/wording.js";
import type { ParsedDocument, ParseErrorDetails, ParseIssue, ParseIssueData } from "./issue.js";

const sv: IssueCatalogue<ParseIssue>["sv"] = {
  invalid_json: (i) => `Ogiltig JSON på rad ${i.line}, kolumn ${i.column}.`,
  invalid_encoding: (i) =>
    `Filen är inte giltig UTF-8 utan verkar vara sparad som ${encodingName(i.detected)}: spara den som UTF-8, eller läs den med --encoding ${i.detected} (alternativet encoding).`,
  required: () => "Fältet saknas men krävs.",
  invalid_type: (i) => `Fel typ: väntade ${i.expected}, fick ${i.received}.`,
  invalid_value: (i) => `Ogiltigt värde ${show(i.received)}: tillåtna är ${i.expected.map(show).join(", ")}.`,
  out_of_range: (i) =>
    `Värdet ${show(i.received)} ligger utanför det tillåtna` +
    (i.minimum !== undefined ? (i.inclusive ? ` (minst ${i.minimum})` : ` (större än ${i.minimum})`) : "") +
    (i.maximum !== undefined ? (i.inclusive ? ` (högst ${i.maximum})` : ` (mindre än ${i.maximum})`) : "") +
    ".",
  empty_text: () => "Texten är tom men krävs.",
  invalid_id: (i) => `Ogiltigt id ${show(i.received)}: använd gemena bokstäver a–z, siffror, ".", "_" och "-".`,
  invalid_county_code: (i) => `Ogiltig länskod ${show(i.received)}: en SCB-länskod har två siffror, t.ex. "07".`,
  invalid_municipality_code: (i) => `Ogiltig kommunkod ${show(i.received)}: en SCB-kommunkod har fyra siffror, t.ex. "0780".`,
  invalid_goal_number: (i) => `Ogiltigt målnummer ${show(i.received)}: skriv t.ex. "2" eller "1.1".`,
  invalid_date: (i) => `Ogiltigt datum ${show(i.received)}: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD med ett datum som finns.`,
  period_reversed: (i) => `Perioden slutar (${i.end}) innan den börjar (${i.start}).`,
  text_or_topic_required: () => "Ange text eller ämne (topic).",
  forbidden_key: (i) => `Nyckeln ${show(i.key)} är inte tillåten.`,
  string_too_long: (i) => `Texten är ${i.length} tecken lång; högst ${i.maximum} tillåts.`,
  too_deep: (i) => `Dokumentet är nästlat djupare än ${i.maximum} nivåer.`,
  circular_reference: () => "Objektet innehåller sig självt (cirkulär referens).",
  unicode_normalized: () => "Texten var i uppdelad Unicode (NFD) och har normaliserats till NFC.",
  byte_order_mark: () => "Filen börjar med ett byte-order mark (BOM), som har ignorerats.",
  unknown_field: (i) => `Fältet ${show(i.key)} finns inte i formatet; det behålls men tolkas inte (lägg egna fält under "extensions").`,
  invalid_option: (i) => optionText(i, "sv"),
  key_too_long: (i) => `En nyckel är ${i.length} tecken lång; högst ${i.maximum} tillåts.`,
  duplicate_key: (i) => `Nyckeln ${show(i.key)} förekommer två gånger (efter normalisering till NFC).`,
  number_out_of_range: (i) => `Talet ryms inte i ett flyttal och skulle läsas som ${i.received}; skriv det som text om det ska behållas.`,
  unreadable_value: () => "Värdet kunde inte läsas (en egenskap eller proxy kastade ett fel).",
};

const en: IssueCatalogue<ParseIssue>["en"] = {
  invalid_json: (i) => `Invalid JSON at line ${i.line}, column ${i.column}.`,
  invalid_encoding: (i) =>
    `The file is not valid UTF-8 but seems to be saved as ${encodingName(i.detected)}: save it as UTF-8, or read it with --encoding ${i.detected} (the encoding option).`,
  required: () => "Required field is missing.",
  invalid_type: (i) => `Wrong type: expected ${i.expected}, received ${i.received}.`,
  invalid_value: (i) => `Invalid value ${show(i.received)}: allowed are ${i.expected.map(show).join(", ")}.`,
  out_of_range: (i) =>
    `Value ${show(i.received)} is out of range` +
    (i.minimum !== undefined ? (i.inclusive ? ` (at least ${i.minimum})` : ` (greater than ${i.minimum})`) : "") +
    (i.maximum !== undefined ? (i.inclusive ? ` (at most ${i.maximum})` : ` (less than ${i.maximum})`) : "") +
    ".",
  empty_text: () => "Text is empty but required.",
  invalid_id: (i) => `Invalid id ${show(i.received)}: use lower-case letters a–z, digits, ".", "_" and "-".`,
  invalid_county_code: (i) => `Invalid county code ${show(i.received)}: an SCB county code has two digits, e.g. "07".`,
  invalid_municipality_code: (i) => `Invalid municipality code ${show(i.received)}: an SCB municipality code has four digits, e.g. "0780".`,
  invalid_goal_number: (i) => `Invalid goal number ${show(i.received)}: write e.g. "2" or "1.1".`,
  invalid_date: (i) => `Invalid date ${show(i.received)}: write YYYY, YYYY-MM or YYYY-MM-DD with a date that exists.`,
  period_reversed: (i) => `The period ends (${i.end}) before it starts (${i.start}).`,
  text_or_topic_required: () => "Give a text or a topic.",
  forbidden_key: (i) => `The key ${show(i.key)} is not allowed.`,
  string_too_long: (i) => `The text is ${i.length} characters long; at most ${i.maximum} are allowed.`,
  too_deep: (i) => `The document is nested deeper than ${i.maximum} levels.`,
  circular_reference: () => "The object contains itself (circular reference).",
  unicode_normalized: () => "The text was in decomposed Unicode (NFD) and has been normalised to NFC.",
  byte_order_mark: () => "The file starts with a byte-order mark (BOM), which was ignored.",
  unknown_field: (i) =>
    `The field ${show(i.key)} is not part of the format; it is kept but not interpreted (put your own fields under "extensions").`,
  invalid_option: (i) => optionText(i, "en"),
  key_too_long: (i) => `A key is ${i.length} characters long; at most ${i.maximum} are allowed.`,
  duplicate_key: (i) => `The key ${show(i.key)} occurs twice (after normalisation to NFC).`,
  number_out_of_range: (i) =>
    `The number does not fit a floating-point number and would be read as ${i.received}; write it as text to keep it.`,
  unreadable_value: () => "The value could not be read (a property or proxy threw an error).",
};

/** An unusable option's issue says what the {@link OptionError} a throwing function gives would say. */
export function optionText(i: { option: OptionName | "lang"; received: string; allowed?: readonly string[] }, lang: Lang): string {
  if (i.option === "lang") return optionMessages[lang].invalid_lang({ received: i.received });
  const { option, received, allowed } = i;
  return optionMessages[lang].invalid_option(allowed === undefined ? { option, received } : { option, received, allowed });
}

/** The messages of every {@link ParseIssue}, in Swedish and English. */
export const parseMessages: IssueCatalogue<ParseIssue> = { sv, en };

/** Writes the message of a parse issue in the given language. */
export function withParseMessage(issue: ParseIssueData, lang: Lang): ParseIssue {
  return withMessage(parseMessages, issue, lang) as ParseIssue;
}

const DOCUMENT_NAMES: Record<Lang, Record<ParsedDocument, string>> = {
  sv: { plan: "plan", strategy: "strategi", observations: "uppföljningsfil" },
  en: { plan: "plan", strategy: "strategy", observations: "observation file" },
};

// The first error is quoted with the message it was written with, in the language the parse was asked for.
const first = (d: ParseErrorDetails["invalid_document"], lang: Lang): string =>
  d.first === undefined ? "" : ` ${pathText(d.first.path, lang)}: ${d.first.message}`;

/** The summary of a {@link ParseError}, in Swedish and English. */
export const parseErrorMessages: Catalogue<ParseErrorDetails> = {
  sv: { invalid_document: (d) => `Ogiltig ${DOCUMENT_NAMES.sv[d.document]}: ${d.errors} fel.${first(d, "sv")}` },
  en: { invalid_document: (d) => `Invalid ${DOCUMENT_NAMES.en[d.document]}: ${d.errors} error(s).${first(d, "en")}` },
};

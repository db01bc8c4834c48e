import type { Lang } from "../core/lang.js";
import { type IssueCatalogue, withMessage } from "../core/messages.js";
import { encodingName, numberText, percentSign, periodText, quoted } from "../core/wording.js";
import { cellLabel } from "../gender/label.js";
import { genderErrorMessages } from "../gender/messages.js";
import type { ErrorDetails, GenderErrorCode } from "../gender/types.js";
import type { UnitBreakdown } from "../model/indicator.js";
import { BREAKDOWN_NAMES, COVERAGE_SET_NAMES, MEASURE_NAMES } from "../model/messages.js";
import { OBSERVATION_YEARS } from "../model/observation.js";
import { optionText, parseMessages } from "../parse/messages.js";
import type { ObservationDataIssue, ObservationIssueData, ValueField } from "./issue.js";

const FIELD_SV: Record<ValueField, string> = {
  value: "värde",
  numerator: "täljare",
  denominator: "nämnare",
  done: "genomförd",
  doneOn: "genomförd datum",
  text: "redovisning",
};
const FIELD_EN: Record<ValueField, string> = {
  value: "value",
  numerator: "numerator",
  denominator: "denominator",
  done: "done",
  doneOn: "done date (doneOn)",
  text: "account (text)",
};
const ROLE_SV = { indicator: "indikator", year: "år", start: "periodens start", end: "periodens slut" };
const ROLE_EN = { indicator: "indicator", year: "year", start: "period start", end: "period end" };
const BREAKDOWN_SV = { sex: "Könsuppdelningens celler", municipality: "Kommunernas värden" };
const BREAKDOWN_EN = { sex: "The sex breakdown's cells", municipality: "The municipalities' values" };
const partsSv = (b: keyof typeof BREAKDOWN_SV | UnitBreakdown): string =>
  b === "sex" || b === "municipality" ? BREAKDOWN_SV[b] : `Värdena per ${BREAKDOWN_NAMES.sv[b]}`;
const partsEn = (b: keyof typeof BREAKDOWN_EN | UnitBreakdown): string =>
  b === "sex" || b === "municipality" ? BREAKDOWN_EN[b] : `The values by ${BREAKDOWN_NAMES.en[b]}`;
const unitList = (units: readonly string[]): string => units.map(q).join(", ");

// A column name or a cell is the file's text: quoted with its quotes and control characters escaped.
const q = (text: string): string => quoted(text);
// The years an observation can have, as its schema says.
const YEARS = OBSERVATION_YEARS;

// The value fields a measure expects, in words: a share needs both its parts, any other measure one of them.
const fieldList = (expected: readonly ValueField[], names: Record<ValueField, string>, lang: Lang): string => {
  const both = expected.includes("numerator") && expected.includes("denominator");
  const word = lang === "sv" ? (both ? " och " : " eller ") : both ? " and " : " or ";
  return expected.map((f) => names[f]).join(word);
};
const where = (firstLine: number | undefined, firstPath: readonly (string | number)[], sv: boolean): string =>
  firstLine !== undefined ? (sv ? `rad ${firstLine}` : `line ${firstLine}`) : firstPath.join(".");

// The gender toolkit's message for the reason a breakdown was refused; its details come with the reason.
const genderMessage = (reason: GenderErrorCode, details: ErrorDetails, lang: Lang): string =>
  (genderErrorMessages[lang][reason] as (d: ErrorDetails) => string)(details);

const sv: IssueCatalogue<ObservationDataIssue>["sv"] = {
  plan_mismatch: (i) => `Uppföljningsdata gäller planen ${q(i.received)}, inte ${q(i.expected)}.`,
  unknown_indicator: (i) => `Planen har ingen indikator ${q(i.indicator)}.`,
  unknown_activity: (i) => `Planen har ingen aktivitet ${q(i.activity)}.`,
  activity_mismatch: (i) => `Indikator ${q(i.indicator)} hör till aktivitet ${q(i.expected)}, inte ${q(i.activity)}.`,
  year_outside_plan: (i) => `Året ${i.year} ligger utanför planens period ${periodText(i.period)}.`,
  negative_value: (i) => `Värdet ${i.value} är negativt; ett antal eller en del kan inte vara mindre än noll.`,
  parts_above_total: (i) => `${partsSv(i.breakdown)} summerar till ${i.parts}, mer än totalen ${i.total} (${FIELD_SV[i.field]}).`,
  invalid_breakdown: (i) => `Könsuppdelningen är ogiltig: ${genderMessage(i.reason, i.details, "sv")}`,
  value_kind_mismatch: (i) =>
    i.severity === "warning"
      ? `Indikator ${q(i.indicator)} är ${MEASURE_NAMES.sv[i.measure]} men har bara en redovisning i text; väntade ${fieldList(i.expected, FIELD_SV, "sv")}.`
      : `Indikator ${q(i.indicator)} är ${MEASURE_NAMES.sv[i.measure]} och använder inte ${FIELD_SV[i.field]}; använd ${fieldList(i.expected, FIELD_SV, "sv")}.`,
  share_above_whole: (i) => `Täljaren ${i.numerator} är större än nämnaren ${i.denominator}.`,
  not_whole_number: (i) => `${numberText(i.value, "sv")} är inget heltal; ett antal räknar hela personer, tillfällen eller kommuner.`,
  coverage_above_total: (i) =>
    `${numberText(i.value, "sv")} ${COVERAGE_SET_NAMES.sv[i.of ?? "county_municipalities"]} är fler än de ${i.total} som täckningen gäller.`,
  undeclared_breakdown: (i) =>
    `Indikator ${i.indicator} redovisas inte per ${BREAKDOWN_NAMES.sv[i.breakdown]} (breakdowns: ${i.declared.length === 0 ? "inga" : i.declared.map((b) => BREAKDOWN_NAMES.sv[b]).join(", ")}); lägg till uppdelningen i planen.`,
  unknown_unit: (i) =>
    `${q(i.unit)} finns inte bland indikator ${i.indicator}s enheter per ${BREAKDOWN_NAMES.sv[i.breakdown]}: ${unitList(i.expected)}.`,
  duplicate_unit: (i) =>
    `${q(i.unit)} finns redan i uppdelningen per ${BREAKDOWN_NAMES.sv[i.breakdown]} (${where(i.firstLine, i.firstPath, true)}).`,
  not_school_year: (i) =>
    `Indikator ${i.indicator} räknas per läsår: värdet för ${i.year} gäller läsåret ${periodText(i.expected)}, inte ${periodText(i.received)}.`,
  municipality_outside_plan: (i) =>
    `Kommun ${i.municipality} är inte planens kommun ${i.expected}; en lokal plan följer upp sin egen kommun.`,
  done_on_other_year: (i) =>
    `Genomförandedatumet ${i.doneOn} ligger inte i år ${i.year}, som värdet gäller; det räknas för ${i.year}. Ange året det genomfördes.`,
  percent_above_hundred: (i) => `${numberText(i.value, "sv")} är över 100; en procentsats ligger mellan 0 och 100.`,
  share_cell_above_whole: (i) =>
    `Andelen för ${cellLabel(i.cell, { lang: "sv" })} är ${numberText(i.value, "sv")}; varje köns andel av sin egen grupp ligger mellan 0 och 1.`,
  duplicate_observation: (i) => `Indikator ${q(i.indicator)} har redan ett värde för ${i.year} (${where(i.firstLine, i.firstPath, true)}).`,
  duplicate_municipality: (i) => `Kommun ${i.municipality} förekommer redan i samma värde (${where(i.firstLine, i.firstPath, true)}).`,
  unknown_municipality: (i) => `Kommunkoden ${i.municipality} finns inte.`,
  municipality_outside_county: (i) =>
    `Kommun ${i.municipality} ligger i län ${i.municipalityCountyCode}, inte i planens län ${i.countyCode}.`,
  byte_order_mark: () => "Filen börjar med ett byte-order mark (BOM), som har ignorerats.",
  decoded_as_utf_16: () => 'Filen är UTF-16 (Excels "Unicode-text") och har lästs som sådan.',
  decoded_as_windows_1252: () => "Filen är inte giltig UTF-8 och har lästs som Windows-1252 (ANSI, som Excel sparar).",
  unicode_normalized: () => "Filen innehöll uppdelad Unicode (NFD), som har normaliserats till NFC.",
  invalid_encoding: (i) =>
    `Filen är inte giltig UTF-8 utan verkar vara sparad som ${encodingName(i.detected)}: spara den som UTF-8, eller ange inte encoding "utf-8", så läses den som ${encodingName(i.detected)}.`,
  invalid_csv: (i) =>
    i.reason === "MissingQuotes"
      ? 'Ett citattecken (") stängs aldrig; resten av filen blir en enda cell.'
      : `Raden kan inte läsas som CSV (${i.reason}).`,
  missing_column: (i) =>
    `Kolumnen för ${ROLE_SV[i.role]} saknas; rubriken ska vara ${i.names.map(q).join(" eller ")}. Inga rader har lästs.`,
  duplicate_column: (i) => `Kolumnen ${q(i.column)} betyder samma sak som ${q(i.firstColumn)}. Inga rader har lästs.`,
  forbidden_column: (i) => `Kolumnnamnet ${q(i.column)} är reserverat och kan inte sparas; byt namn på kolumnen. Inga rader har lästs.`,
  unknown_column: (i) => `Kolumnen ${q(i.column)} är okänd; dess värden sparas under "extensions" men tolkas inte.`,
  empty_cell: (i) => `Cellen i kolumnen ${q(i.column)} är tom men krävs.`,
  invalid_id: (i) => `Ogiltigt indikator-id ${q(i.received)}: använd bokstäver, siffror, ".", "_" och "-".`,
  invalid_year: (i) => `Ogiltigt år ${q(i.received)}: skriv fyra siffror, t.ex. 2018.`,
  invalid_number: (i) => `${q(i.received)} är inget tal; skriv t.ex. 12, 12,5 eller 1 234 (".." för skyddat värde, tom cell för saknat).`,
  invalid_boolean: (i) => `${q(i.received)} är varken ja eller nej; skriv ja/nej, yes/no, true/false, 1/0 eller x.`,
  invalid_date: (i) => `Ogiltigt datum ${q(i.received)}: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD med ett datum som finns.`,
  invalid_municipality: (i) =>
    `${q(i.received)} är varken en kommunkod med fyra siffror eller ett kommunnamn (har kalkylprogrammet tagit bort en inledande nolla?).`,
  incomplete_period: (i) => `Kolumnen ${q(i.column)} är tom; en period behöver både start och slut.`,
  period_reversed: (i) => `Perioden slutar (${i.end}) innan den börjar (${i.start}).`,
  period_spans_years: (i) => `Perioden ${periodText(i)} går över flera år; ange vilket år värdet gäller i kolumnen för år.`,
  extra_cells: (i) =>
    `Raden har ${i.count} ${i.count === 1 ? "cell" : "celler"} mer än rubrikraden (ett avgränsningstecken i en cell utan citattecken?).`,
  suppressed_value: (i) => `".." i kolumnen ${q(i.column)} betyder ett skyddat värde; det läses som saknat.`,
  not_for_municipality: (i) => `Kolumnen ${q(i.column)} kan inte anges per kommun; skriv den på raden utan kommun.`,
  not_for_unit: (i) =>
    `Kolumnen ${q(i.column)} kan inte anges per enhet; skriv den på raden utan stadsdel, skola, enhet eller åldersgrupp.`,
  several_parts: (i) => `En rad kan vara en del av bara en uppdelning, men har värden i ${i.columns.map(q).join(", ")}.`,
  conflicting_cell: (i) => `${q(i.received)} skiljer sig från ${q(i.expected)} på rad ${i.firstLine}, som hör till samma värde.`,
  share_from_percent: (i) =>
    `Andelen ${percentSign(numberText(i.value, "sv"), "sv")} i kolumnen ${q(i.column)} har ingen täljare eller nämnare och sparas som ${numberText(i.value, "sv")} av 100; rader som läggs ihop vägs då lika.`,
  percent_not_applicable: (i) =>
    `Indikator ${q(i.indicator)} är ${MEASURE_NAMES.sv[i.measure]}, inte en procentsats eller andel; kolumnen ${q(i.column)} kan inte användas för den.`,
  total_from_parts: (i) =>
    `Ingen rad utan kommun: ${FIELD_SV[i.field]} ${i.total} är summan av ${i.parts} ${i.parts === 1 ? "kommunrad" : "kommunrader"}.`,
  rows_not_adjacent: (i) =>
    `Raden hör till värdet för ${q(i.indicator)} ${i.year} på rad ${i.firstLine}, som redan har lästs: i en ström måste ett värdes rader stå i följd. Raden tas inte med; sortera filen efter indikator och år, eller läs den med observationsFromCsv.`,
  cell_without_header: (i) =>
    `Cellen ${q(i.received)} står i en kolumn utan rubrik (${q(i.column)}) och tas inte med: en ström kan inte vänta på hela filen för att se om kolumnen används. Ge kolumnen en rubrik, eller läs filen med observationsFromCsv.`,
  encoding_changed: () =>
    'Raden är inte giltig UTF-8, men filen har redan lästs som UTF-8 från ett tidigare tecken utanför ASCII; läsningen slutar här. Spara filen som UTF-8, ange encoding "windows-1252" om den är sparad som ANSI, eller läs den med observationsFromCsv.',
  unmapped_kpi: (i) => `Nyckeltalet ${i.kpi} är inte kopplat till någon indikator; raden har hoppats över.`,
  outside_plan_area: (i) =>
    i.expected === undefined
      ? `Området ${i.area} är ett län eller riket och ingen plan eller "area" anger vilket område som är totalen; raden har hoppats över.`
      : `Området ${i.area} ligger utanför planens område ${i.expected}; raden har hoppats över.`,
  missing_value: (i) =>
    `Kolada har inget värde för kommun ${i.municipality}${i.status ? ` (status ${q(i.status)})` : ""}; kommunen tas inte med.`,
  breakdown_not_kept: (i) => `Könsuppdelningen för kommun ${i.municipality} sparas inte; bara totalen per kommun ingår i modellen.`,
  invalid_kolada_row: (i) =>
    `Ogiltig Kolada-rad: ${
      i.reason === "invalid_municipality_code"
        ? `kommun-id ${q("value" in i.details ? String(i.details.value) : "")} har inte fyra siffror.`
        : i.reason === "invalid_year"
          ? `året ${"value" in i.details ? i.details.value : ""} ligger inte mellan ${YEARS.min} och ${YEARS.max}.`
          : genderMessage(i.reason, i.details, "sv")
    }`,
  invalid_option: (i) => optionText(i, "sv"),
  invalid_type: (i) => parseMessages.sv.invalid_type(i),
  related_row_rejected: (i) =>
    `Raden tas inte med eftersom en annan rad till samma värde har fel (${
      i.causeLine !== undefined ? `rad ${i.causeLine}` : i.causePath.join(".")
    }).`,
};

const en: IssueCatalogue<ObservationDataIssue>["en"] = {
  plan_mismatch: (i) => `The observations are for plan ${q(i.received)}, not ${q(i.expected)}.`,
  unknown_indicator: (i) => `The plan has no indicator ${q(i.indicator)}.`,
  unknown_activity: (i) => `The plan has no activity ${q(i.activity)}.`,
  activity_mismatch: (i) => `Indicator ${q(i.indicator)} belongs to activity ${q(i.expected)}, not ${q(i.activity)}.`,
  year_outside_plan: (i) => `The year ${i.year} is outside the plan's period ${periodText(i.period)}.`,
  negative_value: (i) => `The value ${i.value} is negative; a count or a part cannot be less than zero.`,
  parts_above_total: (i) => `${partsEn(i.breakdown)} add up to ${i.parts}, more than the total ${i.total} (${FIELD_EN[i.field]}).`,
  invalid_breakdown: (i) => `The sex breakdown is invalid: ${genderMessage(i.reason, i.details, "en")}`,
  value_kind_mismatch: (i) =>
    i.severity === "warning"
      ? `Indicator ${q(i.indicator)} is ${MEASURE_NAMES.en[i.measure]} but has only a written account; expected ${fieldList(i.expected, FIELD_EN, "en")}.`
      : `Indicator ${q(i.indicator)} is ${MEASURE_NAMES.en[i.measure]} and does not use ${FIELD_EN[i.field]}; use ${fieldList(i.expected, FIELD_EN, "en")}.`,
  share_above_whole: (i) => `The numerator ${i.numerator} is greater than the denominator ${i.denominator}.`,
  not_whole_number: (i) => `${numberText(i.value, "en")} is not a whole number; a count counts whole people, times or municipalities.`,
  coverage_above_total: (i) =>
    `${numberText(i.value, "en")} ${COVERAGE_SET_NAMES.en[i.of ?? "county_municipalities"]} are more than the ${i.total} the coverage is of.`,
  undeclared_breakdown: (i) =>
    `Indicator ${i.indicator} is not broken down by ${BREAKDOWN_NAMES.en[i.breakdown]} (breakdowns: ${i.declared.length === 0 ? "none" : i.declared.map((b) => BREAKDOWN_NAMES.en[b]).join(", ")}); add the breakdown to the plan.`,
  unknown_unit: (i) =>
    `${q(i.unit)} is not one of indicator ${i.indicator}'s units by ${BREAKDOWN_NAMES.en[i.breakdown]}: ${unitList(i.expected)}.`,
  duplicate_unit: (i) =>
    `${q(i.unit)} is already in the breakdown by ${BREAKDOWN_NAMES.en[i.breakdown]} (${where(i.firstLine, i.firstPath, false)}).`,
  not_school_year: (i) =>
    `Indicator ${i.indicator} is counted per school year: the value for ${i.year} is for the school year ${periodText(i.expected)}, not ${periodText(i.received)}.`,
  municipality_outside_plan: (i) =>
    `Municipality ${i.municipality} is not the plan's municipality ${i.expected}; a local plan follows up its own.`,
  done_on_other_year: (i) =>
    `The done date ${i.doneOn} is not in ${i.year}, the year of the value; it counts for ${i.year}. Give the year it was done.`,
  percent_above_hundred: (i) => `${numberText(i.value, "en")} is above 100; a percentage lies between 0 and 100.`,
  share_cell_above_whole: (i) =>
    `The share of ${cellLabel(i.cell, { lang: "en" })} is ${numberText(i.value, "en")}; each sex's share of its own group lies between 0 and 1.`,
  duplicate_observation: (i) =>
    `Indicator ${q(i.indicator)} already has a value for ${i.year} (${where(i.firstLine, i.firstPath, false)}).`,
  duplicate_municipality: (i) =>
    `Municipality ${i.municipality} already occurs in the same value (${where(i.firstLine, i.firstPath, false)}).`,
  unknown_municipality: (i) => `Municipality code ${i.municipality} does not exist.`,
  municipality_outside_county: (i) =>
    `Municipality ${i.municipality} lies in county ${i.municipalityCountyCode}, not in the plan's county ${i.countyCode}.`,
  byte_order_mark: () => "The file starts with a byte-order mark (BOM), which was ignored.",
  decoded_as_utf_16: () => 'The file is UTF-16 (Excel\'s "Unicode text") and was read as such.',
  decoded_as_windows_1252: () => "The file is not valid UTF-8 and was read as Windows-1252 (ANSI, as Excel saves it).",
  unicode_normalized: () => "The file contained decomposed Unicode (NFD), which has been normalised to NFC.",
  invalid_encoding: (i) =>
    `The file is not valid UTF-8 but seems to be saved as ${encodingName(i.detected)}: save it as UTF-8, or do not set encoding "utf-8", and it is read as ${encodingName(i.detected)}.`,
  invalid_csv: (i) =>
    i.reason === "MissingQuotes"
      ? 'A quotation mark (") is never closed; the rest of the file becomes one cell.'
      : `The row cannot be read as CSV (${i.reason}).`,
  missing_column: (i) => `The ${ROLE_EN[i.role]} column is missing; its header must be ${i.names.map(q).join(" or ")}. No rows were read.`,
  duplicate_column: (i) => `The column ${q(i.column)} means the same as ${q(i.firstColumn)}. No rows were read.`,
  forbidden_column: (i) => `The column name ${q(i.column)} is reserved and cannot be kept; rename the column. No rows were read.`,
  unknown_column: (i) => `The column ${q(i.column)} is unknown; its values are kept under "extensions" but not interpreted.`,
  empty_cell: (i) => `The cell in column ${q(i.column)} is empty but required.`,
  invalid_id: (i) => `Invalid indicator id ${q(i.received)}: use letters, digits, ".", "_" and "-".`,
  invalid_year: (i) => `Invalid year ${q(i.received)}: write four digits, e.g. 2018.`,
  invalid_number: (i) =>
    `${q(i.received)} is not a number; write e.g. 12, 12.5, 12,5 or 1 234 (".." for a suppressed value, an empty cell for a missing one).`,
  invalid_boolean: (i) => `${q(i.received)} is neither yes nor no; write ja/nej, yes/no, true/false, 1/0 or x.`,
  invalid_date: (i) => `Invalid date ${q(i.received)}: write YYYY, YYYY-MM or YYYY-MM-DD with a date that exists.`,
  invalid_municipality: (i) =>
    `${q(i.received)} is neither a four-digit municipality code nor a municipality name (did the spreadsheet drop a leading zero?).`,
  incomplete_period: (i) => `The column ${q(i.column)} is empty; a period needs both a start and an end.`,
  period_reversed: (i) => `The period ends (${i.end}) before it starts (${i.start}).`,
  period_spans_years: (i) => `The period ${periodText(i)} spans several years; give the year the value is for in the year column.`,
  extra_cells: (i) => `The row has ${i.count} more ${i.count === 1 ? "cell" : "cells"} than the header (a delimiter in an unquoted cell?).`,
  suppressed_value: (i) => `".." in column ${q(i.column)} means a suppressed value; it is read as missing.`,
  not_for_municipality: (i) => `The column ${q(i.column)} cannot be given per municipality; write it on the row without a municipality.`,
  not_for_unit: (i) =>
    `The column ${q(i.column)} cannot be given per unit; write it on the row without a district, school, unit or age band.`,
  several_parts: (i) => `A row can be a part of one breakdown only, but has values in ${i.columns.map(q).join(", ")}.`,
  conflicting_cell: (i) => `${q(i.received)} differs from ${q(i.expected)} on line ${i.firstLine}, which belongs to the same value.`,
  share_from_percent: (i) =>
    `The share ${percentSign(numberText(i.value, "en"), "en")} in column ${q(i.column)} has no numerator or denominator and is kept as ${numberText(i.value, "en")} of 100; rows added together then weigh the same.`,
  percent_not_applicable: (i) =>
    `Indicator ${q(i.indicator)} is ${MEASURE_NAMES.en[i.measure]}, not a percentage or a share; the column ${q(i.column)} cannot be used for it.`,
  total_from_parts: (i) =>
    `No row without a municipality: the ${FIELD_EN[i.field]} ${i.total} is the sum of ${i.parts} municipality ${i.parts === 1 ? "row" : "rows"}.`,
  rows_not_adjacent: (i) =>
    `The row belongs to the value of ${q(i.indicator)} ${i.year} on line ${i.firstLine}, which has already been read: in a stream the rows of a value must be adjacent. The row is left out; sort the file by indicator and year, or read it with observationsFromCsv.`,
  cell_without_header: (i) =>
    `The cell ${q(i.received)} is in a column without a header (${q(i.column)}) and is left out: a stream cannot wait for the whole file to see whether the column is used. Give the column a header, or read the file with observationsFromCsv.`,
  encoding_changed: () =>
    'The line is not valid UTF-8, but the file has already been read as UTF-8 from an earlier character outside ASCII; reading stops here. Save the file as UTF-8, set encoding "windows-1252" if it is saved as ANSI, or read it with observationsFromCsv.',
  unmapped_kpi: (i) => `The KPI ${i.kpi} is not mapped to an indicator; the row was skipped.`,
  outside_plan_area: (i) =>
    i.expected === undefined
      ? `The area ${i.area} is a county or the whole country, and no plan or "area" says which area is the total; the row was skipped.`
      : `The area ${i.area} is outside the plan's area ${i.expected}; the row was skipped.`,
  missing_value: (i) =>
    `Kolada has no value for municipality ${i.municipality}${i.status ? ` (status ${q(i.status)})` : ""}; the municipality is left out.`,
  breakdown_not_kept: (i) =>
    `The sex breakdown of municipality ${i.municipality} is not kept; the model holds only each municipality's total.`,
  invalid_kolada_row: (i) =>
    `Invalid Kolada row: ${
      i.reason === "invalid_municipality_code"
        ? `the municipality id ${q("value" in i.details ? String(i.details.value) : "")} does not have four digits.`
        : i.reason === "invalid_year"
          ? `the year ${"value" in i.details ? i.details.value : ""} is not between ${YEARS.min} and ${YEARS.max}.`
          : genderMessage(i.reason, i.details, "en")
    }`,
  invalid_option: (i) => optionText(i, "en"),
  invalid_type: (i) => parseMessages.en.invalid_type(i),
  related_row_rejected: (i) =>
    `The row is left out because another row of the same value has an error (${
      i.causeLine !== undefined ? `line ${i.causeLine}` : i.causePath.join(".")
    }).`,
};

/** The messages of every {@link ObservationDataIssue}, in Swedish and English. */
export const observationMessages: IssueCatalogue<ObservationDataIssue> = { sv, en };

/** Writes the message of an observation issue in the given language. */
export function withObservationMessage(issue: ObservationIssueData, lang: Lang): ObservationDataIssue {
  return withMessage(observationMessages, issue, lang) as ObservationDataIssue;
}

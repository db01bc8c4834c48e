import type { Lang } from "../core/lang.js";
import type { PlanEvaluation } from "../evaluate/types.js";
import { csvField, guardFormula } from "../internal/escape.js";
import { commentsOf, indicatorRows, reportLang, reportYear, unitBreakdownsOf } from "./internal.js";
import { reportLabels } from "./messages.js";
import { ReportError } from "./report-error.js";

/**
 * Options of {@link reportCsv}.
 *
 * @example
 * ```ts
 * const options: CsvReportOptions = { year: 2019, lang: "en", delimiter: ";" };
 * ```
 */
export interface CsvReportOptions {
  /** Only this year; default every year of the evaluation. */
  year?: number;
  /** Language of the headers, the status labels and the decimal sign; default the evaluation's own. */
  lang?: Lang;
  /** The field separator; default `;` in Swedish (the list separator of Swedish Excel), `,` in English. */
  delimiter?: ";" | ",";
  /** Whether to start with a UTF-8 byte order mark, without which Excel reads å, ä and ö wrongly; default `true`. */
  bom?: boolean;
  /**
   * Whether to defuse text that a spreadsheet would run as a formula (CSV injection); default `true`. A text
   * cell that starts with `=`, `+`, `-`, `@` (or their full-width forms `＝＋－＠`), also after spaces or line
   * breaks, or with a tab, a carriage return or a line feed, gets a leading `'`, as OWASP advises, so that
   * Excel and LibreOffice show the text instead of running it. Number cells (year, value, target,
   * progress, change) are never changed: a change of `-4` stays a number. `false` writes every text as it is,
   * for a program that reads the file as data.
   *
   * @example
   * ```ts
   * // An area titled "=HYPERLINK(…)" is written '=HYPERLINK(…) and opens as text.
   * const csv = reportCsv(evaluation);
   * // The text as it is, for a program rather than a spreadsheet.
   * const raw = reportCsv(evaluation, { formulaGuard: false });
   * ```
   */
  formulaGuard?: boolean;
}

/** The small-count threshold of the parts of a count of people: the reports' default, as the gender toolkit's. */
const SUPPRESS_BELOW = 5;

// Plain decimals to 12 significant digits: no exponent (a spreadsheet in a Swedish locale reads "1e+308" as
// text), no thousands separator, an ASCII minus.
// Pure, so that bundles without this report leave it out.
const PLAIN = /* @__PURE__ */ new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 12 });

/**
 * A number as data, not as print: plain decimals without exponent or thousands separator, no float noise, a
 * decimal comma in Swedish.
 */
function csvNumber(x: number | undefined, lang: Lang): string {
  if (x === undefined) return "";
  // Adding 0 turns -0 into 0, which would otherwise print as "-0".
  const text = PLAIN.format(x + 0);
  return lang === "sv" ? text.replace(".", ",") : text;
}

/**
 * The follow-up as CSV (RFC 4180: CRLF line ends, fields quoted when they hold the delimiter, a quote or a
 * line break), one row per indicator per year, or per indicator for `year` only, in plan order. Columns:
 * sub-goal code, area title, activity code, indicator id, indicator text, year, status code, status label,
 * value, target, progress, change from the previous year (the difference), the reason in words (the
 * evaluation's message) and the comments of the reported values (one per line); when some value is broken down by
 * named units (district, school, age band), a last column with those breakdowns ("Per stadsdel, 1.1-1, 2019:
 * Centrum 4, Norr 7", one per line; parts of a count of people below 5 shown as `..`). Numbers are plain data —
 * decimals to 12 significant digits, never an exponent (`1e308` is written out in full) — with a decimal comma
 * in Swedish, and empty when absent (missing is not zero); shares are fractions (0–1), per cents in per cent (0–100).
 * Swedish output is `;`-separated, English `,`-separated; both start with a UTF-8 byte order mark (the plan
 * text is Swedish in either), so that Excel opens the file with å, ä and ö intact. Text that would start a
 * formula (`=`, `+`, `-`, `@` or `＝＋－＠`, also after white space; a tab, carriage return or line feed) gets a
 * leading `'` unless `formulaGuard` is `false`.
 *
 * @throws {@link ReportError} `no_years` and `unknown_year` for a `year` that is not evaluated,
 * `invalid_lang`, `invalid_delimiter`.
 * @example
 * ```ts
 * const csv = reportCsv(evaluatePlan(plan, observations, { asOf: "2020-03-31" }), { year: 2019 });
 * await writeFile("uppfoljning-2019.csv", csv);
 * // For a program rather than a spreadsheet: text as it is, without the formula guard.
 * const data = reportCsv(evaluation, { formulaGuard: false });
 * ```
 */
export function reportCsv(evaluation: PlanEvaluation, options: CsvReportOptions = {}): string {
  const lang = reportLang(evaluation, options.lang);
  const delimiter = options.delimiter ?? (lang === "sv" ? ";" : ",");
  if (delimiter !== ";" && delimiter !== ",") {
    throw new ReportError("invalid_delimiter", ["delimiter"], { received: JSON.stringify(delimiter) }, lang);
  }
  const year = options.year === undefined ? undefined : reportYear(evaluation, options.year, lang);
  const labels = reportLabels(lang, evaluation.plan.levelNames);
  const line = (fields: readonly string[]): string => `${fields.map((f) => csvField(f, delimiter)).join(delimiter)}\r\n`;
  const guard = options.formulaGuard !== false;
  // Only the plan's and the observations' text: a number cell such as a change of -4 must stay a number, and
  // the status code and its label are the library's own words, which never start a formula.
  const text = (value: string): string => (guard ? guardFormula(value) : value);
  const ctx = { lang, labels, year: year ?? 0 };
  const all = indicatorRows(evaluation, year);
  // The breakdowns by named units get a last column only when some value has one, so a file without keeps its columns.
  const units = all.map(({ indicator, iy }) => unitBreakdownsOf(indicator, iy, SUPPRESS_BELOW, ctx));
  const withUnits = units.some((u) => u.length > 0);
  const rows = all.map(({ subGoal, area, activity, indicator, iy }, k) =>
    line([
      text(subGoal.code),
      text(area?.title ?? ""),
      text(activity.code),
      text(indicator.id),
      text(indicator.text),
      String(iy.year),
      iy.status,
      labels.status[iy.status],
      csvNumber(iy.value, lang),
      csvNumber(iy.target, lang),
      csvNumber(iy.progress, lang),
      csvNumber(iy.fromPrevious?.difference, lang),
      text(iy.message),
      text(commentsOf(iy).join("\n")),
      ...(withUnits ? [text((units[k] ?? []).map((u) => `${u.title}: ${u.parts}`).join("\n"))] : []),
    ]),
  );
  const headers = withUnits ? [...labels.csvHeaders, labels.csvUnitsHeader] : labels.csvHeaders;
  return `${options.bom === false ? "" : "\uFEFF"}${line(headers)}${rows.join("")}`;
}

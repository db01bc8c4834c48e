import type { UnitBreakdown } from "../../model/indicator.js";

/**
 * What a CSV column means: a field of the observation, a sex cell, or what a part is of: a municipality, or a
 * named unit of a breakdown (district, school, unit, age band).
 */
export type CsvField =
  | "indicator"
  | "activity"
  | "year"
  | "start"
  | "end"
  | "value"
  | "numerator"
  | "denominator"
  | "done"
  | "doneOn"
  | "text"
  | "women"
  | "men"
  | "girls"
  | "boys"
  | "municipality"
  | "district"
  | "school"
  | "unit"
  | "age_band"
  | "source"
  | "comment";

/** The headers each column is known by, English first; compared lower-case, with spaces and hyphens as `_`. */
export const HEADERS: Record<CsvField, readonly string[]> = {
  indicator: ["indicator", "indikator"],
  activity: ["activity", "aktivitet"],
  year: ["year", "år"],
  start: ["start", "från"],
  end: ["end", "till"],
  value: ["value", "värde", "antal", "total", "totalt"],
  numerator: ["numerator", "täljare"],
  denominator: ["denominator", "nämnare"],
  done: ["done", "genomförd"],
  doneOn: ["done_on", "genomförd_datum"],
  text: ["text", "redovisning"],
  women: ["women", "kvinnor"],
  men: ["men", "män"],
  girls: ["girls", "flickor"],
  boys: ["boys", "pojkar"],
  municipality: ["municipality", "kommun"],
  district: ["district", "stadsdel"],
  school: ["school", "skola"],
  unit: ["unit", "enhet"],
  age_band: ["age_band", "åldersgrupp"],
  source: ["source", "källa"],
  comment: ["comment", "kommentar"],
};

/**
 * The headers of a per-cent column, compared as {@link HEADERS}: the value column, in per cent (0–100). A file
 * cannot have both it and another value column (a duplicate column).
 */
export const PERCENT_HEADERS: readonly string[] = [
  "percent",
  "percentage",
  "share_(%)",
  "procent",
  "andel_(%)",
  "andel_%",
  "andel_i_procent",
];

const BY_HEADER = new Map<string, CsvField>([
  ...(Object.entries(HEADERS) as [CsvField, readonly string[]][]).flatMap(([field, names]) => names.map((name) => [name, field] as const)),
  ...PERCENT_HEADERS.map((name) => [name, "value"] as const),
]);

const headerKey = (header: string): string =>
  header
    .trim()
    .toLocaleLowerCase("sv")
    .replace(/[\s-]+/g, "_");

/** The field a header names, or `undefined` for a column this library does not know. */
export function fieldOfHeader(header: string): CsvField | undefined {
  return BY_HEADER.get(headerKey(header));
}

/** Whether a header names a per-cent column (`Procent`, `Andel (%)`, `Percent`). */
export function isPercentHeader(header: string): boolean {
  return PERCENT_HEADERS.includes(headerKey(header));
}

/** A number cell: empty (missing), `..` (suppressed), a number, or not a number. */
export type NumberCell = { kind: "empty" } | { kind: "suppressed" } | { kind: "number"; value: number } | { kind: "invalid" };

// Digits with spaces (also no-break and narrow no-break) between groups of three, as Swedish Excel writes 1 234.
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^\d+(?:[.,]\d+)?$/;

// SCB's sign for zero ("noll, inget finns att redovisa"): a dash alone, as SCB prints it (–) or typed (-, −).
const ZERO_DASHES: ReadonlySet<string> = new Set(["\u2013", "-", "\u2212"]);

/**
 * Reads a number as people write it in Swedish and English spreadsheets: `12`, `12.5`, `12,5` (a comma is
 * always the decimal sign; in a comma-separated file such a cell must be quoted), `1 234` with a space,
 * no-break space or narrow no-break space between thousands, a leading `-` or `−` (U+2212). SCB's symbols
 * are read as SCB defines them: `..` (not available or too uncertain) is a suppressed value, a dash alone
 * (`–`, `-`, `−`) is zero. Anything else (`1,234.5`, `12 %`) is not a number: better refused than guessed.
 */
// The answers without a number, made once: a cell is read per row and column, a million rows in a national file.
const EMPTY: NumberCell = Object.freeze({ kind: "empty" });
const SUPPRESSED: NumberCell = Object.freeze({ kind: "suppressed" });
const INVALID: NumberCell = Object.freeze({ kind: "invalid" });

export function readNumber(cell: string): NumberCell {
  const s = cell.trim();
  if (s === "") return EMPTY;
  if (s === "..") return SUPPRESSED;
  if (ZERO_DASHES.has(s)) return { kind: "number", value: 0 };
  const negative = s.startsWith("-") || s.startsWith("\u2212");
  const body = negative ? s.slice(1) : s;
  const plain = PLAIN.test(body);
  if (!plain && !GROUPED.test(body)) return INVALID;
  const value = Number(plain ? body.replace(",", ".") : body.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
  if (!Number.isFinite(value)) return INVALID;
  // + 0 turns "-0" into 0.
  return { kind: "number", value: (negative ? -value : value) + 0 };
}

const TRUE = new Set(["ja", "yes", "true", "sant", "1", "x"]);
const FALSE = new Set(["nej", "no", "false", "falskt", "0"]);

/** Reads a yes/no cell: ja/nej, yes/no, true/false, sant/falskt (Swedish Excel), 1/0, or x for yes. */
export function readBoolean(cell: string): boolean | undefined {
  const s = cell.trim().toLocaleLowerCase("sv");
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** The breakdown of each column that names a part's unit: a row with one of them is that unit's part. */
export const UNIT_COLUMNS = [
  { field: "district", breakdown: "district" },
  { field: "school", breakdown: "school" },
  { field: "unit", breakdown: "unit" },
  { field: "age_band", breakdown: "age" },
] as const satisfies readonly { field: CsvField; breakdown: UnitBreakdown }[];

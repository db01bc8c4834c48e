import { append } from "../../internal/append.js";
import { FORBIDDEN_KEYS } from "../../internal/forbidden-keys.js";
import type { ObservationIssueData } from "../issue.js";
import { type CsvField, fieldOfHeader, HEADERS, isPercentHeader } from "./csv-cells.js";
import type { CsvRow } from "./csv-read.js";

/** A column of the file. */
export interface Column {
  index: number;
  /** The header as written (trimmed). */
  header: string;
  /** What the column means; absent for an unknown column, whose values go to `extensions` under `header`. */
  field?: CsvField;
  /** Whether the value column is in per cent (`Procent`, `Andel (%)`). */
  percent?: true;
}

/** The columns looked up by field and by index, built once per header so that reading a row stays linear. */
interface ColumnIndex {
  byField: Map<CsvField, Column>;
  /** The column at each index of a row's cells; `undefined` for a skipped empty column. */
  byIndex: (Column | undefined)[];
}

const INDEXES = new WeakMap<readonly Column[], ColumnIndex>();

/** The index of a header's columns (they are never changed once read). */
export function columnIndex(columns: readonly Column[]): ColumnIndex {
  let index = INDEXES.get(columns);
  if (index === undefined) {
    index = { byField: new Map(), byIndex: [] };
    for (const column of columns) {
      // A field occurs once: a second column of it makes the header fatal.
      if (column.field !== undefined) index.byField.set(column.field, column);
      index.byIndex[column.index] = column;
    }
    INDEXES.set(columns, index);
  }
  return index;
}

/** The column of a field, if the file has one. */
export function columnOf(columns: readonly Column[], field: CsvField): Column | undefined {
  return columnIndex(columns).byField.get(field);
}

/** Headers that cannot be keys of `extensions`, as in a JSON file. */

/**
 * The columns of the header row, or `undefined` when the rows cannot be read by them; the reasons are added
 * to `issues`, with those about single columns.
 *
 * @example
 * ```ts
 * readHeader({ line: 1, cells: ["Indikator", "År", "Antal"], broken: false }, [], issues);
 * // [{ index: 0, header: "Indikator", field: "indicator" }, { index: 1, header: "År", field: "year" }, { index: 2, header: "Antal", field: "value" }]
 * ```
 */
export function readHeader(
  headerRow: CsvRow | undefined,
  dataRows: readonly CsvRow[],
  issues: ObservationIssueData[],
): Column[] | undefined {
  const line = headerRow?.line ?? 1;
  const columns: Column[] = [];
  const seen = new Map<string, Column>();
  // Every cell of every row is looked at only for a header with an empty cell, the one case that asks.
  const used = (headerRow?.cells ?? []).some((cell) => cell.trim() === "") ? usedColumns(dataRows) : NONE_USED;
  let fatal = false;
  (headerRow?.cells ?? []).forEach((cell, index) => {
    const column = readColumn(cell, index, line, used, seen, issues);
    if (column === "fatal") fatal = true;
    else if (column !== undefined) {
      columns.push(column);
      seen.set(seenKey(column), column);
    }
  });
  const missing = missingColumns(columns, line);
  append(issues, missing);
  return fatal || missing.length > 0 ? undefined : columns;
}

/** One header cell as a column; `undefined` for an empty column to skip, `"fatal"` for one that cannot be. */
function readColumn(
  cell: string,
  index: number,
  line: number,
  used: ReadonlySet<number>,
  earlier: ReadonlyMap<string, Column>,
  issues: ObservationIssueData[],
): Column | "fatal" | undefined {
  let header = cell.trim();
  if (header === "") {
    // A spreadsheet often saves empty columns after the data; only one that holds something is reported.
    if (!used.has(index)) return undefined;
    header = `column_${index + 1}`;
  }
  const field = fieldOfHeader(header);
  if (field === undefined && FORBIDDEN_KEYS.has(header)) {
    // Its values would go to extensions under a key that could reach an object's prototype.
    issues.push({ code: "forbidden_column", severity: "error", path: [header], line, column: header });
    return "fatal";
  }
  const first = earlier.get(seenKey(field === undefined ? { header } : { header, field }));
  if (first !== undefined) {
    issues.push({ code: "duplicate_column", severity: "error", path: [header], line, column: header, firstColumn: first.header });
    return "fatal";
  }
  if (field === undefined) issues.push({ code: "unknown_column", severity: "warning", path: [header], line, column: header });
  if (field === undefined) return { index, header };
  return isPercentHeader(header) ? { index, header, field, percent: true } : { index, header, field };
}

/** What makes two columns the same: their field, or for unknown columns their header. */
const seenKey = (column: { header: string; field?: CsvField }): string =>
  column.field !== undefined ? `field:${column.field}` : `header:${column.header}`;

const NONE_USED: ReadonlySet<number> = new Set();

/** The indexes of the columns that hold something in some data row: one pass over every cell. */
function usedColumns(dataRows: readonly CsvRow[]): Set<number> {
  const used = new Set<number>();
  for (const row of dataRows) {
    row.cells.forEach((cell, index) => {
      if (cell.trim() !== "") used.add(index);
    });
  }
  return used;
}

/** The columns a file cannot do without: indicator, and year or a period (both ends). */
function missingColumns(columns: readonly Column[], line: number): ObservationIssueData[] {
  const has = (field: CsvField): boolean => columns.some((c) => c.field === field);
  const missing = (role: "indicator" | "year" | "start" | "end"): ObservationIssueData => ({
    code: "missing_column",
    severity: "error",
    path: [],
    line,
    role,
    names: [...HEADERS[role]],
  });
  const issues: ObservationIssueData[] = [];
  // Without a year column, each row's period (from and to) says which year it is for.
  if (!has("indicator")) issues.push(missing("indicator"));
  if (!has("year") && !(has("start") && has("end"))) issues.push(missing("year"));
  // A period needs both ends; a lone start or end column would make every row's period incomplete.
  if (has("start") !== has("end")) issues.push(missing(has("start") ? "end" : "start"));
  return issues;
}

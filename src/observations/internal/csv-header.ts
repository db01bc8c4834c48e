import type { ObservationIssueData } from "../issue.js";
import { type CsvField, fieldOfHeader, HEADERS } from "./csv-cells.js";
import type { CsvRow } from "./csv-read.js";

/** A column of the file. */
export interface Column {
  index: number;
  /** The header as written (trimmed). */
  header: string;
  /** What the column means; absent for an unknown column, whose values go to `extensions` under `header`. */
  field?: CsvField;
}

/** Headers that cannot be keys of `extensions`, as in a JSON file. */
const FORBIDDEN_HEADERS = new Set(["__proto__", "constructor", "prototype"]);

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
  let fatal = false;
  (headerRow?.cells ?? []).forEach((cell, index) => {
    const column = readColumn(cell, index, line, dataRows, columns, issues);
    if (column === "fatal") fatal = true;
    else if (column !== undefined) columns.push(column);
  });
  const missing = missingColumns(columns, line);
  issues.push(...missing);
  return fatal || missing.length > 0 ? undefined : columns;
}

/** One header cell as a column; `undefined` for an empty column to skip, `"fatal"` for one that cannot be. */
function readColumn(
  cell: string,
  index: number,
  line: number,
  dataRows: readonly CsvRow[],
  earlier: readonly Column[],
  issues: ObservationIssueData[],
): Column | "fatal" | undefined {
  let header = cell.trim();
  if (header === "") {
    // A spreadsheet often saves empty columns after the data; only one that holds something is reported.
    if (dataRows.every((row) => (row.cells[index] ?? "").trim() === "")) return undefined;
    header = `column_${index + 1}`;
  }
  const field = fieldOfHeader(header);
  if (field === undefined && FORBIDDEN_HEADERS.has(header)) {
    // Its values would go to extensions under a key that could reach an object's prototype.
    issues.push({ code: "forbidden_column", severity: "error", path: [header], line, column: header });
    return "fatal";
  }
  const first = earlier.find((c) => (field !== undefined ? c.field === field : c.field === undefined && c.header === header));
  if (first !== undefined) {
    issues.push({ code: "duplicate_column", severity: "error", path: [header], line, column: header, firstColumn: first.header });
    return "fatal";
  }
  if (field === undefined) issues.push({ code: "unknown_column", severity: "warning", path: [header], line, column: header });
  return field === undefined ? { index, header } : { index, header, field };
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

import type { CellValue, Sex } from "../../gender/types.js";
import { firstDayOf, isCalendarDate, lastDayOf, type Period } from "../../model/common.js";
import type { UnitBreakdown } from "../../model/indicator.js";
import { INDICATOR_ID } from "../../model/indicator.js";
import { findMunicipality } from "../../reference/find-municipality.js";
import type { ObservationIssueData } from "../issue.js";
import { type CsvField, readBoolean, readNumber, UNIT_COLUMNS } from "./csv-cells.js";
import { type Column, columnIndex } from "./csv-header.js";
import type { CsvRow } from "./csv-read.js";

/** The number fields of an observation (and of a municipality's part). */
export const NUMBER_FIELDS = ["value", "numerator", "denominator"] as const;

export type Numbers = Partial<Record<(typeof NUMBER_FIELDS)[number], number>>;

/** An observation-level cell of a row: shared by all rows of an observation (or absent on some of them). */
export interface Shared {
  value: unknown;
  raw: string;
  column: string;
}

/** One data row, read: what it says and what is wrong with it. */
export interface Row {
  line: number;
  issues: ObservationIssueData[];
  /** Indicator, year and period, when they could be read: the rows of one observation share it. */
  key?: string;
  indicator?: string;
  year?: number;
  period?: Period;
  municipality?: string;
  /** The named unit a part's row is of (district, school, unit, age band), with its column's header. */
  unitPart?: { breakdown: UnitBreakdown; unit: string; column: string };
  numbers: Numbers;
  sexCells: { cell: CellValue; column: string }[];
  /**
   * Whether the sheet's sex columns are girls and boys only: then the breakdown is of children (0–17) alone,
   * and complete with a girls' and a boys' cell.
   */
  childrenOnly: boolean;
  /** By field name (`activity`, `done` …) or, for an unknown column, by `extensions.<header>`. */
  shared: Map<string, Shared>;
}

const SHARED_FIELDS = ["activity", "done", "doneOn", "text", "source", "comment"] as const;
// Girls and women first: the gender toolkit's print order (female, then male; children, then adults).
const SEX_COLUMNS = [
  { field: "girls", sex: "female", age: "children" },
  { field: "women", sex: "female", age: "adults" },
  { field: "boys", sex: "male", age: "children" },
  { field: "men", sex: "male", age: "adults" },
] as const satisfies readonly { field: CsvField; sex: Sex; age: string }[];

type BadCellCode = "invalid_id" | "invalid_year" | "invalid_number" | "invalid_boolean" | "invalid_date" | "invalid_municipality";

/** A row's cells by column, and the row's issues, in the order they are found. */
class Cells {
  readonly issues: ObservationIssueData[] = [];
  // Looked up once per row, not once per cell.
  private readonly byField: ReadonlyMap<CsvField, Column>;

  constructor(
    readonly row: CsvRow,
    readonly columns: readonly Column[],
  ) {
    this.byField = columnIndex(columns).byField;
  }

  get line(): number {
    return this.row.line;
  }

  column(field: CsvField): Column | undefined {
    return this.byField.get(field);
  }

  /** The trimmed cell of a column; empty for a column the file does not have. */
  cell(column: Column | undefined): string {
    return column === undefined ? "" : (this.row.cells[column.index] ?? "").trim();
  }

  error(column: Column, code: "empty_cell" | "incomplete_period"): void {
    this.issues.push({ code, severity: "error", path: [column.header], line: this.line, column: column.header });
  }

  bad(column: Column, code: BadCellCode, received: string): void {
    this.issues.push({ code, severity: "error", path: [column.header], line: this.line, column: column.header, received });
  }

  negative(column: Column, value: number): void {
    this.issues.push({ code: "negative_value", severity: "error", path: [column.header], line: this.line, column: column.header, value });
  }
}

/**
 * Reads one data row by the header's columns; every cell it cannot read is an issue of the row.
 *
 * @example
 * ```ts
 * readRow({ line: 2, cells: ["3.9-1", "2018", "23"], broken: false }, columns);
 * // { line: 2, issues: [], key: "3.9-1\\u00002018", indicator: "3.9-1", year: 2018, numbers: { value: 23 }, … }
 * ```
 */
export function readRow(row: CsvRow, columns: readonly Column[]): Row {
  const cells = new Cells(row, columns);
  const out: Row = { line: row.line, issues: cells.issues, numbers: {}, sexCells: [], childrenOnly: false, shared: new Map() };
  extraCells(cells);
  const indicator = readIndicator(cells);
  if (indicator !== undefined) out.indicator = indicator;
  const period = readPeriod(cells);
  if (period.period !== undefined) out.period = period.period;
  const year = readYear(cells, period);
  if (year !== undefined) out.year = year;
  if (out.indicator !== undefined && out.year !== undefined && period.ok) {
    // Indicator ids and calendar dates hold no NUL, so NUL keeps the parts apart; the period's ends only when
    // there is one. Short: a stream keeps the key of every observation it has read.
    out.key =
      out.period === undefined
        ? `${out.indicator}\u0000${out.year}`
        : `${out.indicator}\u0000${out.year}\u0000${out.period.start}\u0000${out.period.end}`;
  }
  const municipality = readMunicipality(cells);
  if (municipality.code !== undefined) out.municipality = municipality.code;
  const unitPart = readUnitPart(cells, municipality.given);
  if (unitPart !== undefined) out.unitPart = unitPart;
  out.numbers = readNumbers(cells);
  out.sexCells = readSexCells(cells, municipality.given ? "not_for_municipality" : unitPart !== undefined ? "not_for_unit" : undefined);
  out.childrenOnly = cells.column("women") === undefined && cells.column("men") === undefined && out.sexCells.length > 0;
  out.shared = readShared(cells);
  return out;
}

/** Reports the cells beyond the last column that hold something. */
function extraCells(cells: Cells): void {
  const known = columnIndex(cells.columns).byIndex.length;
  const all = cells.row.cells;
  // A loop, not a slice and a filter: two arrays per row for the rows (all but a few) without extra cells.
  let extra = 0;
  for (let index = known; index < all.length; index++) if ((all[index] ?? "").trim() !== "") extra++;
  if (extra > 0) cells.issues.push({ code: "extra_cells", severity: "error", path: [], line: cells.line, count: extra });
}

function readIndicator(cells: Cells): string | undefined {
  const column = cells.column("indicator") as Column;
  const indicator = cells.cell(column);
  if (indicator === "") cells.error(column, "empty_cell");
  else if (!INDICATOR_ID.test(indicator)) cells.bad(column, "invalid_id", indicator);
  else return indicator;
  return undefined;
}

// One object for every row without a period or a municipality, not one per row: the callers only read them.
const NO_PERIOD: { ok: boolean; period?: Period } = Object.freeze({ ok: true });
const NO_MUNICIPALITY: { code?: string; given: boolean } = Object.freeze({ given: false });

/** The period of start and end, and whether it (or its absence) is valid. */
function readPeriod(cells: Cells): { ok: boolean; period?: Period } {
  const startColumn = cells.column("start");
  const endColumn = cells.column("end");
  if (startColumn === undefined || endColumn === undefined) return NO_PERIOD;
  const start = cells.cell(startColumn);
  const end = cells.cell(endColumn);
  if (start === "" && end === "") return NO_PERIOD;
  if (start === "" || end === "") {
    cells.error(start === "" ? startColumn : endColumn, "incomplete_period");
    return { ok: false };
  }
  const startOk = isCalendarDate(start);
  if (!startOk) cells.bad(startColumn, "invalid_date", start);
  const endOk = isCalendarDate(end);
  if (!endOk) cells.bad(endColumn, "invalid_date", end);
  if (!startOk || !endOk) return { ok: false };
  if (lastDayOf(end) < firstDayOf(start)) {
    cells.issues.push({
      code: "period_reversed",
      severity: "error",
      path: [endColumn.header],
      line: cells.line,
      column: endColumn.header,
      start,
      end,
    });
    return { ok: false };
  }
  return { ok: true, period: { start, end } };
}

/** The year of the year cell or, when it is empty, of a period within one calendar year. */
function readYear(cells: Cells, { ok, period }: { ok: boolean; period?: Period }): number | undefined {
  const yearColumn = cells.column("year");
  const year = cells.cell(yearColumn);
  if (year === "") {
    // A period within one calendar year gives the year; one across years leaves it to be said.
    const endColumn = cells.column("end");
    if (period !== undefined && period.start.slice(0, 4) === period.end.slice(0, 4)) return Number(period.start.slice(0, 4));
    if (period !== undefined && endColumn !== undefined) {
      cells.issues.push({
        code: "period_spans_years",
        severity: "error",
        path: [endColumn.header],
        line: cells.line,
        column: endColumn.header,
        ...period,
      });
    } else if (ok) cells.error(yearColumn ?? (cells.column("start") as Column), "empty_cell");
    return undefined;
  }
  if (yearColumn !== undefined && (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2200)) {
    cells.bad(yearColumn, "invalid_year", year);
    return undefined;
  }
  return Number(year);
}

/** The municipality's code (by code or name), and whether one was given at all: a row with one is a part. */
function readMunicipality(cells: Cells): { code?: string; given: boolean } {
  const column = cells.column("municipality");
  const municipality = cells.cell(column);
  if (column === undefined || municipality === "") return NO_MUNICIPALITY;
  const code = /^\d{4}$/.test(municipality) ? municipality : findMunicipality(municipality)?.code;
  if (code === undefined) cells.bad(column, "invalid_municipality", municipality);
  return code === undefined ? { given: true } : { code, given: true };
}

function readNumbers(cells: Cells): Numbers {
  const numbers: Numbers = {};
  for (const field of NUMBER_FIELDS) {
    const column = cells.column(field);
    if (column === undefined) continue;
    const raw = cells.cell(column);
    const read = readNumber(raw);
    if (read.kind === "suppressed")
      cells.issues.push({ code: "suppressed_value", severity: "info", path: [column.header], line: cells.line, column: column.header });
    else if (read.kind === "invalid") cells.bad(column, "invalid_number", raw);
    else if (read.kind === "number" && read.value < 0) cells.negative(column, read.value);
    else if (read.kind === "number") numbers[field] = read.value;
  }
  return numbers;
}

/**
 * The unit of a part's row: the one unit column (district, school, unit, age band) that holds something. A row
 * with two of them, or with one and a municipality, would be a part of two breakdowns at once.
 */
function readUnitPart(cells: Cells, municipality: boolean): Row["unitPart"] {
  // No list for the rows (most) without a unit.
  let given: NonNullable<Row["unitPart"]>[] | undefined;
  for (const { field, breakdown } of UNIT_COLUMNS) {
    const column = cells.column(field);
    if (column === undefined) continue;
    const unit = cells.cell(column);
    if (unit === "") continue;
    given = given ?? [];
    given.push({ breakdown, unit, column: column.header });
  }
  if (given === undefined) return undefined;
  if (given.length > 1 || municipality) {
    const columns = [...(municipality ? [(cells.column("municipality") as Column).header] : []), ...given.map((g) => g.column)];
    const first = columns[0] as string;
    cells.issues.push({ code: "several_parts", severity: "error", path: [first], line: cells.line, column: first, columns });
    return undefined;
  }
  return given[0];
}

/** The sex cells of a total's row; a part's row (a municipality's, a unit's) may not have them. */
function readSexCells(cells: Cells, part: "not_for_municipality" | "not_for_unit" | undefined): Row["sexCells"] {
  const sexCells: Row["sexCells"] = [];
  const byAge = cells.column("girls") !== undefined || cells.column("boys") !== undefined;
  for (const { field, sex, age } of SEX_COLUMNS) {
    const column = cells.column(field);
    const raw = cells.cell(column);
    if (column === undefined || raw === "") continue;
    if (part !== undefined) {
      cells.issues.push({
        code: part,
        severity: "error",
        path: [column.header],
        line: cells.line,
        column: column.header,
      });
      continue;
    }
    // Women and men are adults only beside girls and boys; alone they are everyone (Kolada's K and M).
    // Literals, not a spread of the position: one per cell of every row.
    const read = readNumber(raw);
    if (read.kind === "suppressed")
      sexCells.push({ cell: byAge ? { sex, age, suppressed: true } : { sex, suppressed: true }, column: column.header });
    else if (read.kind === "invalid") cells.bad(column, "invalid_number", raw);
    else if (read.kind === "number" && read.value < 0) cells.negative(column, read.value);
    else if (read.kind === "number")
      sexCells.push({ cell: byAge ? { sex, age, value: read.value } : { sex, value: read.value }, column: column.header });
  }
  return sexCells;
}

/** The observation-level cells, and the cells of unknown columns under `extensions.<header>`. */
function readShared(cells: Cells): Map<string, Shared> {
  const shared = new Map<string, Shared>();
  for (const field of SHARED_FIELDS) {
    const column = cells.column(field);
    const raw = cells.cell(column);
    if (column === undefined || raw === "") continue;
    let value: unknown = raw;
    if (field === "done") {
      value = readBoolean(raw);
      if (value === undefined) cells.bad(column, "invalid_boolean", raw);
    } else if (field === "doneOn" && !isCalendarDate(raw)) {
      cells.bad(column, "invalid_date", raw);
      value = undefined;
    }
    if (value !== undefined) shared.set(field, { value, raw, column: column.header });
  }
  // Only the row's own cells: a short row of a very wide file costs its length, not the header's.
  const { byIndex } = columnIndex(cells.columns);
  const length = Math.min(cells.row.cells.length, byIndex.length);
  for (let index = 0; index < length; index++) {
    const column = byIndex[index];
    if (column === undefined || column.field !== undefined) continue;
    const raw = cells.cell(column);
    if (raw !== "") shared.set(`extensions.${column.header}`, { value: raw, raw, column: column.header });
  }
  return shared;
}

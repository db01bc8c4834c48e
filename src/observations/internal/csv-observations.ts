import type { CellValue, Sex } from "../../gender/types.js";
import { CalendarDateSchema, firstDayOf, lastDayOf, type Period } from "../../model/common.js";
import { INDICATOR_ID } from "../../model/indicator.js";
import type { MeasureType } from "../../model/measure.js";
import type { MunicipalityValue, Observation } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import { indicatorIndex } from "../../model/indicator-index.js";
import { findMunicipality } from "../../reference/find-municipality.js";
import type { ReferenceData } from "../../reference/types.js";
import { checkList } from "./check.js";
import { fieldOfHeader, HEADERS, readBoolean, readNumber, type CsvField } from "./csv-cells.js";
import { decodeCsv, detectDelimiter, readRows, type CsvDelimiter, type CsvEncoding, type CsvRow } from "./csv-read.js";
import type { Path } from "../../core/issue.js";
import type { ObservationIssueData } from "../issue.js";

export interface CsvReadOptions {
  plan?: Plan;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  reference: ReferenceData;
}

interface Column {
  index: number;
  /** The header as written (trimmed). */
  header: string;
  /** What the column means; absent for an unknown column, whose values go to `extensions` under `header`. */
  field?: CsvField;
}

type Numbers = Partial<Record<"value" | "numerator" | "denominator", number>>;

/** An observation-level cell of a row: shared by all rows of an observation (or absent on some of them). */
interface Shared {
  value: unknown;
  raw: string;
  column: string;
}

interface Row {
  line: number;
  issues: ObservationIssueData[];
  /** Indicator, year and period, when they could be read: the rows of one observation share it. */
  key?: string;
  indicator?: string;
  year?: number;
  period?: Period;
  municipality?: string;
  numbers: Numbers;
  sexCells: { cell: CellValue; column: string }[];
  /** By field name (`activity`, `done` …) or, for an unknown column, by `extensions.<header>`. */
  shared: Map<string, Shared>;
}

interface Group {
  rows: Row[];
  total?: Row;
  parts: Row[];
}

/** Where each field of a built observation came from, so that a check's path can be mapped to a line and a column. */
interface Origin {
  lines: number[];
  fieldLine: Map<string, number>;
  partLines: number[];
  sexColumns: string[];
  totalLine?: number;
}

const SHARED_FIELDS = ["activity", "done", "doneOn", "text", "source", "comment"] as const;
const NUMBER_FIELDS = ["value", "numerator", "denominator"] as const;
// Girls and women first: the gender toolkit's print order (female, then male; children, then adults).
const SEX_COLUMNS = [
  { field: "girls", sex: "female", age: "children" },
  { field: "women", sex: "female", age: "adults" },
  { field: "boys", sex: "male", age: "children" },
  { field: "men", sex: "male", age: "adults" },
] as const satisfies readonly { field: CsvField; sex: Sex; age: string }[];
/** Headers that cannot be keys of `extensions`, as in a JSON file. */
const FORBIDDEN_HEADERS = new Set(["__proto__", "constructor", "prototype"]);
/** Measures whose values add up, so that a total can be summed from municipalities. */
const ADDITIVE: ReadonlySet<MeasureType> = new Set(["count", "frequency"]);

/** Reads a CSV file into observations and issues with lines; messages are written by the caller. */
export function readCsvObservations(
  input: string | Uint8Array,
  options: CsvReadOptions,
): { observations: Observation[]; issues: ObservationIssueData[] } {
  const decoded = decodeCsv(input, options.encoding);
  if (decoded.fatal) return { observations: [], issues: decoded.issues };
  const delimiter = options.delimiter ?? detectDelimiter(decoded.text);
  const read = readRows(decoded.text, delimiter);
  const issues = [...decoded.issues];
  const [headerRow, ...rest] = read.rows;
  // A broken row is already reported (invalid_csv); a broken header leaves nothing to read the rows by.
  const dataRows = rest.filter((row) => !row.broken);
  const header = headerRow?.broken ? undefined : readHeader(headerRow, dataRows, issues);
  issues.push(...read.issues);
  if (header === undefined) return { observations: [], issues: sortByLine(issues) };

  const rows = dataRows.map((row) => readRow(row, header));
  const groups = groupRows(rows);
  const measures = measuresOf(options.plan);
  const candidates: { observation: Observation; origin: Origin; group: Group; issues: ObservationIssueData[] }[] = [];
  const rejected: { group: Group; issues: ObservationIssueData[] }[] = [];
  for (const group of groups) {
    const rowIssues = group.rows.flatMap((row) => row.issues);
    if (rowIssues.some((issue) => issue.severity === "error")) {
      rejected.push({ group, issues: rowIssues });
      continue;
    }
    const built = buildObservation(group, header, measures);
    if (built.issues.some((issue) => issue.severity === "error")) rejected.push({ group, issues: [...rowIssues, ...built.issues] });
    else candidates.push({ observation: built.observation, origin: built.origin, group, issues: [...rowIssues, ...built.issues] });
  }

  const checked = checkList(
    candidates.map((c) => c.observation),
    options.plan,
    options.reference,
  );
  const origins = candidates.map((c) => c.origin);
  for (const issue of checked) {
    const candidate = candidates[issue.path[1] as number] as (typeof candidates)[number];
    candidate.issues.push(toCsvIssue(issue, candidate.origin, header, origins));
  }
  const observations: Observation[] = [];
  for (const candidate of candidates) {
    if (candidate.issues.some((issue) => issue.severity === "error")) {
      rejected.push(candidate);
    } else {
      observations.push(candidate.observation);
      issues.push(...candidate.issues);
    }
  }
  for (const { group, issues: groupIssues } of rejected) issues.push(...groupIssues, ...relatedRows(group, groupIssues));
  return { observations, issues: sortByLine(issues) };
}

/** The columns of the header row, or `undefined` (with the reasons) when no row can be read. */
function readHeader(headerRow: CsvRow | undefined, dataRows: readonly CsvRow[], issues: ObservationIssueData[]): Column[] | undefined {
  const columns: Column[] = [];
  const cells = headerRow?.cells ?? [];
  const line = headerRow?.line ?? 1;
  let fatal = false;
  cells.forEach((cell, index) => {
    let header = cell.trim();
    if (header === "") {
      // A spreadsheet often saves empty columns after the data; only one that holds something is reported.
      if (dataRows.every((row) => (row.cells[index] ?? "").trim() === "")) return;
      header = `column_${index + 1}`;
    }
    const field = fieldOfHeader(header);
    if (field === undefined && FORBIDDEN_HEADERS.has(header)) {
      // Its values would go to extensions under a key that could reach an object's prototype.
      issues.push({ code: "forbidden_column", severity: "error", path: [header], line, column: header });
      fatal = true;
      return;
    }
    const first = columns.find((c) => (field !== undefined ? c.field === field : c.field === undefined && c.header === header));
    if (first !== undefined) {
      issues.push({ code: "duplicate_column", severity: "error", path: [header], line, column: header, firstColumn: first.header });
      fatal = true;
      return;
    }
    if (field === undefined) issues.push({ code: "unknown_column", severity: "warning", path: [header], line, column: header });
    columns.push(field === undefined ? { index, header } : { index, header, field });
  });
  const has = (field: CsvField): boolean => columns.some((c) => c.field === field);
  // Without a year column, each row's period (from and to) says which year it is for.
  for (const role of ["indicator", "year"] as const) {
    if (!has(role) && !(role === "year" && has("start") && has("end"))) {
      issues.push({ code: "missing_column", severity: "error", path: [], line, role, names: [...HEADERS[role]] });
      fatal = true;
    }
  }
  // A period needs both ends; a lone start or end column would make every row's period incomplete.
  if (has("start") !== has("end")) {
    const role = has("start") ? "end" : "start";
    issues.push({ code: "missing_column", severity: "error", path: [], line, role, names: [...HEADERS[role]] });
    fatal = true;
  }
  return fatal ? undefined : columns;
}

function readRow(row: CsvRow, columns: readonly Column[]): Row {
  const { line } = row;
  const issues: ObservationIssueData[] = [];
  const out: Row = { line, issues, numbers: {}, sexCells: [], shared: new Map() };
  const columnOf = (field: CsvField): Column | undefined => columns.find((c) => c.field === field);
  const cellOf = (column: Column | undefined): string => (column === undefined ? "" : (row.cells[column.index] ?? "").trim());
  const cellError = (column: Column, code: "empty_cell" | "incomplete_period"): void => {
    issues.push({ code, severity: "error", path: [column.header], line, column: column.header });
  };
  const badCell = (
    column: Column,
    code: "invalid_id" | "invalid_year" | "invalid_number" | "invalid_boolean" | "invalid_date" | "invalid_municipality",
    received: string,
  ): void => {
    issues.push({ code, severity: "error", path: [column.header], line, column: column.header, received });
  };

  const known = Math.max(...columns.map((c) => c.index)) + 1;
  const extra = row.cells.slice(known).filter((cell) => cell.trim() !== "").length;
  if (extra > 0) issues.push({ code: "extra_cells", severity: "error", path: [], line, count: extra });

  const indicatorColumn = columnOf("indicator") as Column;
  const indicator = cellOf(indicatorColumn);
  if (indicator === "") cellError(indicatorColumn, "empty_cell");
  else if (!INDICATOR_ID.test(indicator)) badCell(indicatorColumn, "invalid_id", indicator);
  else out.indicator = indicator;

  const periodOk = readPeriod(columnOf("start"), columnOf("end"), cellOf, out, cellError, badCell);
  const yearColumn = columnOf("year");
  const year = cellOf(yearColumn);
  if (year === "") {
    // A period within one calendar year gives the year; one across years leaves it to be said.
    const { period } = out;
    const endColumn = columnOf("end");
    if (period !== undefined && period.start.slice(0, 4) === period.end.slice(0, 4)) out.year = Number(period.start.slice(0, 4));
    else if (period !== undefined && endColumn !== undefined) {
      issues.push({ code: "period_spans_years", severity: "error", path: [endColumn.header], line, column: endColumn.header, ...period });
    } else if (periodOk) cellError(yearColumn ?? (columnOf("start") as Column), "empty_cell");
  } else if (yearColumn !== undefined && (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2200)) {
    badCell(yearColumn, "invalid_year", year);
  } else out.year = Number(year);

  if (out.indicator !== undefined && out.year !== undefined && periodOk) {
    out.key = JSON.stringify([out.indicator, out.year, out.period?.start, out.period?.end]);
  }

  const municipalityColumn = columnOf("municipality");
  const municipality = cellOf(municipalityColumn);
  if (municipalityColumn !== undefined && municipality !== "") {
    const code = /^\d{4}$/.test(municipality) ? municipality : findMunicipality(municipality)?.code;
    if (code === undefined) badCell(municipalityColumn, "invalid_municipality", municipality);
    else out.municipality = code;
  }
  const isPart = municipalityColumn !== undefined && municipality !== "";

  for (const field of NUMBER_FIELDS) {
    const column = columnOf(field);
    if (column === undefined) continue;
    const raw = cellOf(column);
    const read = readNumber(raw);
    if (read.kind === "suppressed")
      issues.push({ code: "suppressed_value", severity: "info", path: [column.header], line, column: column.header });
    else if (read.kind === "invalid") badCell(column, "invalid_number", raw);
    else if (read.kind === "number" && read.value < 0) issues.push(negative(column, line, read.value));
    else if (read.kind === "number") out.numbers[field] = read.value;
  }

  const byAge = columnOf("girls") !== undefined || columnOf("boys") !== undefined;
  for (const { field, sex, age } of SEX_COLUMNS) {
    const column = columnOf(field);
    const raw = cellOf(column);
    if (column === undefined || raw === "") continue;
    if (isPart) {
      issues.push({ code: "not_for_municipality", severity: "error", path: [column.header], line, column: column.header });
      continue;
    }
    // Women and men are adults only beside girls and boys; alone they are everyone (Kolada's K and M).
    const position = byAge ? { sex, age } : { sex };
    const read = readNumber(raw);
    if (read.kind === "suppressed") out.sexCells.push({ cell: { ...position, suppressed: true }, column: column.header });
    else if (read.kind === "invalid") badCell(column, "invalid_number", raw);
    else if (read.kind === "number" && read.value < 0) issues.push(negative(column, line, read.value));
    else if (read.kind === "number") out.sexCells.push({ cell: { ...position, value: read.value }, column: column.header });
  }

  for (const field of SHARED_FIELDS) {
    const column = columnOf(field);
    const raw = cellOf(column);
    if (column === undefined || raw === "") continue;
    let value: unknown = raw;
    if (field === "done") {
      value = readBoolean(raw);
      if (value === undefined) badCell(column, "invalid_boolean", raw);
    } else if (field === "doneOn" && !CalendarDateSchema.safeParse(raw).success) {
      badCell(column, "invalid_date", raw);
      value = undefined;
    }
    if (value !== undefined) out.shared.set(field, { value, raw, column: column.header });
  }
  for (const column of columns) {
    const raw = cellOf(column);
    if (column.field === undefined && raw !== "") out.shared.set(`extensions.${column.header}`, { value: raw, raw, column: column.header });
  }
  return out;
}

/** Reads start and end into `out.period`; returns whether the period (or its absence) is valid. */
function readPeriod(
  startColumn: Column | undefined,
  endColumn: Column | undefined,
  cellOf: (column: Column | undefined) => string,
  out: Row,
  cellError: (column: Column, code: "incomplete_period") => void,
  badCell: (column: Column, code: "invalid_date", received: string) => void,
): boolean {
  if (startColumn === undefined || endColumn === undefined) return true;
  const start = cellOf(startColumn);
  const end = cellOf(endColumn);
  if (start === "" && end === "") return true;
  if (start === "" || end === "") {
    cellError(start === "" ? startColumn : endColumn, "incomplete_period");
    return false;
  }
  let ok = true;
  for (const [column, raw] of [
    [startColumn, start],
    [endColumn, end],
  ] as const) {
    if (!CalendarDateSchema.safeParse(raw).success) {
      badCell(column, "invalid_date", raw);
      ok = false;
    }
  }
  if (!ok) return false;
  if (lastDayOf(end) < firstDayOf(start)) {
    out.issues.push({
      code: "period_reversed",
      severity: "error",
      path: [endColumn.header],
      line: out.line,
      column: endColumn.header,
      start,
      end,
    });
    return false;
  }
  out.period = { start, end };
  return true;
}

function negative(column: Column, line: number, value: number): ObservationIssueData {
  return { code: "negative_value", severity: "error", path: [column.header], line, column: column.header, value };
}

/**
 * Rows with the same indicator, year and period are one observation: a row without a municipality is its
 * total, rows with one are its municipalities. A second row without a municipality is an observation of its
 * own (and a duplicate). A row whose key cannot be read stands alone.
 */
function groupRows(rows: readonly Row[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const group = row.key === undefined ? undefined : byKey.get(row.key);
    const isPart = row.municipality !== undefined;
    if (group !== undefined && (isPart || group.total === undefined)) {
      group.rows.push(row);
      if (isPart) group.parts.push(row);
      else group.total = row;
      continue;
    }
    const created: Group = isPart ? { rows: [row], parts: [row] } : { rows: [row], total: row, parts: [] };
    groups.push(created);
    if (row.key !== undefined && group === undefined) byKey.set(row.key, created);
  }
  return groups;
}

function measuresOf(plan: Plan | undefined): Map<string, MeasureType> {
  const measures = new Map<string, MeasureType>();
  if (plan === undefined) return measures;
  for (const [id, { indicator }] of indicatorIndex(plan)) if (indicator.measure !== undefined) measures.set(id, indicator.measure.type);
  return measures;
}

function buildObservation(
  group: Group,
  columns: readonly Column[],
  measures: ReadonlyMap<string, MeasureType>,
): { observation: Observation; origin: Origin; issues: ObservationIssueData[] } {
  const issues: ObservationIssueData[] = [];
  const first = group.rows[0] as Row;
  const origin: Origin = {
    lines: group.rows.map((r) => r.line),
    fieldLine: new Map(),
    partLines: group.parts.map((r) => r.line),
    sexColumns: [],
  };
  const shared = new Map<string, Shared & { line: number }>();
  for (const row of group.rows) {
    for (const [name, cell] of row.shared) {
      const earlier = shared.get(name);
      if (earlier === undefined) shared.set(name, { ...cell, line: row.line });
      else if (JSON.stringify(earlier.value) !== JSON.stringify(cell.value)) {
        issues.push({
          code: "conflicting_cell",
          severity: "error",
          path: [cell.column],
          line: row.line,
          column: cell.column,
          received: cell.raw,
          expected: earlier.raw,
          firstLine: earlier.line,
        });
      }
    }
  }
  for (const [name, cell] of shared) origin.fieldLine.set(name, cell.line);

  const observation: Observation = { indicator: first.indicator as string, year: first.year as number };
  const activity = shared.get("activity");
  if (activity !== undefined) observation.activity = activity.value as string;
  if (first.period !== undefined) observation.period = first.period;

  const total = group.total;
  if (total !== undefined) {
    origin.totalLine = total.line;
    Object.assign(observation, total.numbers);
    for (const field of NUMBER_FIELDS) if (total.numbers[field] !== undefined) origin.fieldLine.set(field, total.line);
  } else {
    const measure = measures.get(observation.indicator);
    // Numerators and denominators are counts by definition; a value only when the plan says it is one.
    const summable = NUMBER_FIELDS.filter((field) => field !== "value" || (measure !== undefined && ADDITIVE.has(measure)));
    for (const field of summable) {
      if (group.parts.length === 0 || !group.parts.every((part) => part.numbers[field] !== undefined)) continue;
      const sum = group.parts.reduce((s, part) => s + (part.numbers[field] as number), 0);
      observation[field] = sum;
      const firstPart = group.parts[0] as Row;
      origin.fieldLine.set(field, firstPart.line);
      const column = columns.find((c) => c.field === field) as Column;
      issues.push({
        code: "total_from_parts",
        severity: "info",
        path: [column.header],
        line: firstPart.line,
        column: column.header,
        field,
        total: sum,
        parts: group.parts.length,
      });
    }
  }
  for (const field of ["done", "doneOn", "text"] as const) {
    const cell = shared.get(field);
    if (cell !== undefined) (observation as unknown as Record<string, unknown>)[field] = cell.value;
  }
  if (total !== undefined && total.sexCells.length > 0) {
    observation.bySex = { cells: total.sexCells.map((s) => s.cell) };
    origin.sexColumns = total.sexCells.map((s) => s.column);
  }
  if (group.parts.length > 0) {
    observation.byMunicipality = group.parts.map(
      (part): MunicipalityValue => ({ municipality: part.municipality as string, ...part.numbers }),
    );
  }
  for (const field of ["source", "comment"] as const) {
    const cell = shared.get(field);
    if (cell !== undefined) observation[field] = cell.value as string;
  }
  const extensions: Record<string, unknown> = {};
  for (const [name, cell] of shared) if (name.startsWith("extensions.")) extensions[name.slice("extensions.".length)] = cell.value;
  if (Object.keys(extensions).length > 0) observation.extensions = extensions;
  return { observation, origin, issues };
}

/** A check's issue (path `["observations", i, …]`) as a CSV issue: on the line and in the column it comes from. */
function toCsvIssue(
  issue: ObservationIssueData,
  origin: Origin,
  columns: readonly Column[],
  origins: readonly Origin[],
): ObservationIssueData {
  const headerOf = (field: unknown): string | undefined => columns.find((c) => c.field === field)?.header;
  const rest = issue.path.slice(2);
  const firstLine = origin.lines[0] as number;
  let line = firstLine;
  let column: string | undefined;
  if (rest[0] === "byMunicipality") {
    if (typeof rest[1] === "number") {
      line = origin.partLines[rest[1]] ?? firstLine;
      column = headerOf(rest[2]);
    } else {
      line = origin.totalLine ?? origin.partLines[0] ?? firstLine;
      column = "field" in issue ? headerOf(issue.field) : undefined;
    }
  } else if (rest[0] === "bySex") {
    line = origin.totalLine ?? firstLine;
    if (rest[1] === "cells" && typeof rest[2] === "number") column = origin.sexColumns[rest[2]];
  } else if (typeof rest[0] === "string") {
    line = origin.fieldLine.get(rest[0]) ?? firstLine;
    column = headerOf(rest[0]);
  }
  const out = {
    ...issue,
    path: column === undefined ? [] : [column],
    line,
    ...(column === undefined ? {} : { column }),
  } as ObservationIssueData;
  if (out.code === "duplicate_observation") {
    const earlier = origins[out.firstPath[1] as number];
    return { ...out, firstPath: [], firstLine: earlier?.lines[0] as number };
  }
  if (out.code === "duplicate_municipality") {
    const j = out.firstPath[3] as number;
    const header = headerOf("municipality") as string;
    return { ...out, firstPath: [header], firstLine: origin.partLines[j] as number };
  }
  return out;
}

/** For a rejected observation, an issue for each of its rows that has no error of its own. */
function relatedRows(group: Group, issues: readonly ObservationIssueData[]): ObservationIssueData[] {
  const errors = issues.filter((issue) => issue.severity === "error");
  const cause = errors[0];
  if (cause === undefined) return [];
  const causePath: Path = cause.path;
  return group.rows
    .filter((row) => !errors.some((issue) => issue.line === row.line))
    .map(
      (row): ObservationIssueData => ({
        code: "related_row_rejected",
        severity: "error",
        path: [],
        line: row.line,
        causePath,
        causeLine: cause.line as number,
      }),
    );
}

function sortByLine(issues: readonly ObservationIssueData[]): ObservationIssueData[] {
  // Array.prototype.sort is stable, so issues of one line keep the order they were found in.
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

import { append } from "../../internal/append.js";
import type { MeasureType } from "../../model/measure.js";
import type { Observation } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import type { ReferenceData } from "../../reference/types.js";
import type { ObservationIssueData } from "../issue.js";
import { type ObservationChecker, observationChecker } from "./check.js";
import { buildObservation, type Group, groupRows, measuresOf } from "./csv-group.js";
import { type Column, readHeader } from "./csv-header.js";
import { relatedRows, sortByLine, toCsvIssue } from "./csv-issues.js";
import { type CsvDelimiter, type CsvEncoding, type CsvRow, decodeCsv, detectDelimiter, readRows } from "./csv-read.js";
import { type Row, readRow } from "./csv-row.js";

export interface CsvReadOptions {
  plan?: Plan;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  reference: ReferenceData;
}

/** Reads a CSV file into observations and issues with lines; messages are written by the caller. */
export function readCsvObservations(
  input: string | Uint8Array,
  options: CsvReadOptions,
): { observations: Observation[]; issues: ObservationIssueData[] } {
  const file = readFile(input, options);
  if (file.header === undefined) return { observations: [], issues: file.issues };
  const { header, issues } = file;
  const read = file.rows.map((row) => readRow(row, header));
  // The rows' raw cells are not needed once read: let them go before the observations are built.
  file.rows.length = 0;
  const settler = groupSettler(header, options);
  const observations: Observation[] = [];
  for (const group of groupRows(read)) {
    const settled = settler(group);
    if (settled.observation !== undefined) observations.push(settled.observation);
    append(issues, settled.issues);
  }
  return { observations, issues: sortByLine(issues) };
}

/** A file decoded and split into rows: its columns and data rows, or the issues that leave nothing to read. */
type ReadFile =
  | { header: Column[]; rows: CsvRow[]; issues: ObservationIssueData[] }
  | { header: undefined; issues: ObservationIssueData[] };

function readFile(input: string | Uint8Array, options: CsvReadOptions): ReadFile {
  const decoded = decodeCsv(input, options.encoding);
  if (decoded.fatal) return { header: undefined, issues: decoded.issues };
  const read = readRows(decoded.text, options.delimiter ?? detectDelimiter(decoded.text));
  const issues = [...decoded.issues];
  const [headerRow, ...rest] = read.rows;
  // A broken row is already reported (invalid_csv); a broken header leaves nothing to read the rows by.
  const rows = rest.filter((row) => !row.broken);
  const header = headerRow?.broken ? undefined : readHeader(headerRow, rows, issues);
  append(issues, read.issues);
  if (header === undefined) return { header, issues: sortByLine(issues) };
  return { header, rows, issues };
}

/** What became of a group of rows: its observation, unless an error left it out, and its issues. */
export interface Settled {
  observation?: Observation;
  issues: ObservationIssueData[];
}

/**
 * Settles the groups of a file one at a time, in the order of their first rows (the batch reader's and the
 * stream's one core): builds each observation, checks it as `checkObservations` does (a duplicate against the
 * groups settled before), and leaves it out when its rows, its building or its checks have an error, with an
 * issue for each of its other rows. Holds only the checker's keys.
 *
 * @example
 * ```ts
 * const settle = groupSettler(header, { plan, reference });
 * const { observation, issues } = settle(group);
 * ```
 */
export function groupSettler(header: readonly Column[], options: CsvReadOptions): (group: Group) => Settled {
  const measures = measuresOf(options.plan);
  const check = observationChecker(options.plan, options.reference);
  return (group) => settleGroup(group, header, measures, check);
}

function settleGroup(
  group: Group,
  header: readonly Column[],
  measures: ReadonlyMap<string, MeasureType>,
  check: ObservationChecker,
): Settled {
  // Most groups are one row: its own list then, not a copy.
  const rowIssues = group.rows.length === 1 ? (group.rows[0] as Row).issues : group.rows.flatMap((row) => row.issues);
  if (rowIssues.some((issue) => issue.severity === "error")) return rejected(group, rowIssues);
  const built = buildObservation(group, header, measures);
  if (built.issues.some((issue) => issue.severity === "error")) return rejected(group, [...rowIssues, ...built.issues]);
  // Checked at the "index" of its first line (unique, and increasing from group to group): a duplicate then names
  // the first one's line without a list of them all.
  const checked: ObservationIssueData[] = [];
  const first = group.rows[0] as Row;
  check(built.observation, first.line, checked, first.key);
  // A copy only when something is added: the caller appends the list, never changes it.
  if (checked.length === 0)
    return { observation: built.observation, issues: built.issues.length === 0 ? rowIssues : [...rowIssues, ...built.issues] };
  const issues = [...rowIssues, ...built.issues];
  // The origin is built only here, for an observation a check reports something about.
  for (const issue of checked) issues.push(toCsvIssue(issue, built.origin, header, (line) => line));
  if (checked.some((issue) => issue.severity === "error")) return rejected(group, issues);
  return { observation: built.observation, issues };
}

function rejected(group: Group, issues: ObservationIssueData[]): Settled {
  return { issues: append(issues, relatedRows(group, issues)) };
}

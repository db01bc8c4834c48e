import { append } from "../../internal/append.js";
import type { MeasureType } from "../../model/measure.js";
import type { Observation } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import type { ReferenceData } from "../../reference/types.js";
import type { ObservationIssueData } from "../issue.js";
import { checkList } from "./check.js";
import { type Built, buildObservation, type Group, groupRows, measuresOf } from "./csv-group.js";
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

/** An observation whose rows were read without error, with its issues so far. */
interface Candidate extends Built {
  group: Group;
}

/** The rows of an observation left out, with the issues that left it out. */
interface Rejected {
  group: Group;
  issues: ObservationIssueData[];
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
  const groups = groupRows(read);
  const { candidates, rejected } = buildAll(groups, header, measuresOf(options.plan));
  checkCandidates(candidates, header, options);
  const observations: Observation[] = [];
  for (const candidate of candidates) {
    if (candidate.issues.some((issue) => issue.severity === "error")) {
      rejected.push(candidate);
    } else {
      observations.push(candidate.observation);
      append(issues, candidate.issues);
    }
  }
  for (const { group, issues: groupIssues } of rejected) append(append(issues, groupIssues), relatedRows(group, groupIssues));
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

/** Builds the observation of each group; one whose rows (or building) have an error is rejected. */
function buildAll(
  groups: readonly Group[],
  header: readonly Column[],
  measures: ReadonlyMap<string, MeasureType>,
): { candidates: Candidate[]; rejected: Rejected[] } {
  const candidates: Candidate[] = [];
  const rejected: Rejected[] = [];
  for (const group of groups) {
    // Most groups are one row: its own list then, not a copy.
    const rowIssues = group.rows.length === 1 ? (group.rows[0] as Row).issues : group.rows.flatMap((row) => row.issues);
    if (rowIssues.some((issue) => issue.severity === "error")) {
      rejected.push({ group, issues: rowIssues });
      continue;
    }
    const built = buildObservation(group, header, measures);
    const issues = built.issues.length === 0 ? [...rowIssues] : [...rowIssues, ...built.issues];
    if (built.issues.some((issue) => issue.severity === "error")) rejected.push({ group, issues });
    else candidates.push({ observation: built.observation, origin: built.origin, group, issues });
  }
  return { candidates, rejected };
}

/**
 * Checks the candidates as `checkObservations` does, and adds each issue, on its line and in its column, to
 * the candidate it is about.
 */
function checkCandidates(candidates: readonly Candidate[], header: readonly Column[], options: CsvReadOptions): void {
  const checked = checkList(
    candidates.map((c) => c.observation),
    options.plan,
    options.reference,
  );
  const origins = candidates.map((c) => c.origin);
  for (const issue of checked) {
    const candidate = candidates[issue.path[1] as number] as Candidate;
    candidate.issues.push(toCsvIssue(issue, candidate.origin, header, origins));
  }
}

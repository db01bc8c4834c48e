import type { Path } from "../../core/issue.js";
import type { ObservationIssueData } from "../issue.js";
import { type CsvField, UNIT_COLUMNS } from "./csv-cells.js";
import type { Group, Origin } from "./csv-group.js";
import { type Column, columnOf } from "./csv-header.js";

/**
 * A check's issue (path `["observations", i, …]`) as a CSV issue: on the line and in the column it comes
 * from, and an earlier observation or municipality it points to by its line (`firstLineOf(i)`: the first line
 * of the observation checked at index `i`).
 *
 * @example
 * ```ts
 * toCsvIssue({ code: "negative_value", severity: "error", path: ["observations", 0, "value"], value: -1 }, origin, columns, (i) => lines[i]);
 * // { code: "negative_value", severity: "error", path: ["Antal"], value: -1, line: 4, column: "Antal" }
 * ```
 */
export function toCsvIssue(
  issue: ObservationIssueData,
  origin: Origin,
  columns: readonly Column[],
  firstLineOf: (index: number) => number | undefined,
): ObservationIssueData {
  const headerOf = (field: unknown): string | undefined => columnOf(columns, field as CsvField)?.header;
  const { line, column } = locate(issue, origin, headerOf, columns);
  const out = {
    ...issue,
    path: column === undefined ? [] : [column],
    line,
    ...(column === undefined ? {} : { column }),
  } as ObservationIssueData;
  if (out.code === "duplicate_observation") {
    return { ...out, firstPath: [], firstLine: firstLineOf(out.firstPath[1] as number) as number };
  }
  if (out.code === "duplicate_unit") {
    const j = out.firstPath[4] as number;
    return { ...out, firstPath: [unitHeader(out.breakdown, columns)], firstLine: origin.unitLines.get(out.breakdown)?.[j] as number };
  }
  if (out.code === "duplicate_municipality") {
    const j = out.firstPath[3] as number;
    const header = headerOf("municipality") as string;
    return { ...out, firstPath: [header], firstLine: origin.partLines[j] as number };
  }
  return out;
}

/** The line and the column (when it is about one) of the field a check's path points into. */
function locate(
  issue: ObservationIssueData,
  origin: Origin,
  headerOf: (field: unknown) => string | undefined,
  columns: readonly Column[],
): { line: number; column?: string | undefined } {
  const rest = issue.path.slice(2);
  const firstLine = origin.lines[0] as number;
  if (rest[0] === "byMunicipality") {
    if (typeof rest[1] === "number") return { line: origin.partLines[rest[1]] ?? firstLine, column: headerOf(rest[2]) };
    return { line: origin.totalLine ?? origin.partLines[0] ?? firstLine, column: "field" in issue ? headerOf(issue.field) : undefined };
  }
  if (rest[0] === "byUnit" && typeof rest[1] === "string") {
    const lines = origin.unitLines.get(rest[1]) ?? [];
    if (typeof rest[2] === "number") {
      const column = rest[3] === "unit" ? unitHeader(rest[1], columns) : headerOf(rest[3]);
      return { line: lines[rest[2]] ?? firstLine, column };
    }
    return {
      line: origin.totalLine ?? lines[0] ?? firstLine,
      column: "field" in issue ? headerOf(issue.field) : unitHeader(rest[1], columns),
    };
  }
  if (rest[0] === "bySex") {
    const column = rest[1] === "cells" && typeof rest[2] === "number" ? origin.sexColumns[rest[2]] : undefined;
    return { line: origin.totalLine ?? firstLine, column };
  }
  if (typeof rest[0] === "string") return { line: origin.fieldLine.get(rest[0]) ?? firstLine, column: headerOf(rest[0]) };
  return { line: firstLine };
}

/** The header of the column that names the units of a breakdown. */
function unitHeader(breakdown: string, columns: readonly Column[]): string {
  const field = UNIT_COLUMNS.find((c) => c.breakdown === breakdown)?.field;
  return columns.find((c) => c.field === field)?.header ?? breakdown;
}

/**
 * For a rejected observation, an issue for each of its rows that has no error of its own.
 *
 * @example
 * ```ts
 * relatedRows(group, issues); // [{ code: "related_row_rejected", line: 2, causePath: ["År"], causeLine: 3, … }]
 * ```
 */
export function relatedRows(group: Group, issues: readonly ObservationIssueData[]): ObservationIssueData[] {
  const errors = issues.filter((issue) => issue.severity === "error");
  const cause = errors[0];
  if (cause === undefined) return [];
  const causePath: Path = cause.path;
  // A set of lines, so that a group of many rows with many errors stays linear.
  const errorLines = new Set(errors.map((issue) => issue.line));
  return group.rows
    .filter((row) => !errorLines.has(row.line))
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

/**
 * Issues in the order of the lines they are on.
 *
 * @example
 * ```ts
 * sortByLine([{ …, line: 3 }, { …, line: 1 }]); // line 1 first
 * ```
 */
export function sortByLine(issues: readonly ObservationIssueData[]): ObservationIssueData[] {
  // Array.prototype.sort is stable, so issues of one line keep the order they were found in.
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

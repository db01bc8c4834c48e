import type { Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import type { ReferenceData } from "../../reference/types.js";
import type { ObservationIssueData } from "../issue.js";
import { checkList } from "./check.js";
import { type Built, GENDER_OF } from "./kolada-build.js";
import type { Group, Row } from "./kolada-rows.js";

/**
 * Checks the built observations as `checkObservations` does, with paths into the response; an error leaves
 * its observation out (it is added to its group's errors).
 *
 * @example
 * ```ts
 * checkBuilt(built, plan, referenceOf(undefined)); // [{ code: "unknown_indicator", path: ["values", 0, "kpi"], … }]
 * ```
 */
export function checkBuilt(built: readonly Built[], plan: Plan | undefined, reference: ReferenceData): ObservationIssueData[] {
  const checked = checkList(
    built.map((b) => b.observation),
    plan,
    reference,
  );
  return checked.map((issue) => {
    const b = built[issue.path[1] as number] as Built;
    const mapped = toKoladaIssue(issue, b, built);
    if (mapped.severity === "error") b.group.rowErrors.push(mapped.path);
    return mapped;
  });
}

/**
 * For each observation left out, an issue for each of its rows that has no error of its own.
 *
 * @example
 * ```ts
 * relatedRows(groups); // [{ code: "related_row_rejected", path: ["values", 4], causePath: ["values", 3, "municipality"] }]
 * ```
 */
export function relatedRows(groups: readonly Group[]): ObservationIssueData[] {
  return groups.flatMap((group) => {
    const cause = group.rowErrors[0];
    if (cause === undefined) return [];
    // A set of rows, so that a group of many rows with many errors stays linear.
    const errorRows = new Set(group.rowErrors.map((path) => path[1]));
    return group.rows
      .filter((row) => !errorRows.has(row.index))
      .map(
        (row): ObservationIssueData => ({ code: "related_row_rejected", severity: "error", path: ["values", row.index], causePath: cause }),
      );
  });
}

/** A check's issue (path `["observations", i, …]`) with a path into the Kolada response instead. */
function toKoladaIssue(issue: ObservationIssueData, built: Built, all: readonly Built[]): ObservationIssueData {
  const { group } = built;
  const rest = issue.path.slice(2);
  const first = (group.total ?? group.parts[0]) as Row;
  const valuePath = (row: Row, gender: string): Path => {
    const entry = row.entries.get(gender);
    return entry === undefined ? ["values", row.index] : ["values", row.index, "values", entry, "value"];
  };
  let path: Path = ["values", first.index];
  if (rest[0] === "byMunicipality" && typeof rest[1] === "number") {
    const part = partRow(group, rest[1]);
    path = rest[2] === "municipality" ? ["values", part.index, "municipality"] : valuePath(part, "T");
  } else if (rest[0] === "byMunicipality" || rest[0] === "value") {
    path = valuePath(first, "T");
  } else if (rest[0] === "bySex" && rest[1] === "cells" && typeof rest[2] === "number" && group.total !== undefined) {
    const cell = built.observation.bySex?.cells[rest[2]];
    path = cell === undefined ? ["values", group.total.index] : valuePath(group.total, GENDER_OF[cell.sex as "female" | "male"]);
  } else if (rest[0] === "indicator") {
    path = ["values", first.index, "kpi"];
  } else if (rest[0] === "year") {
    path = ["values", first.index, "period"];
  }
  const out = { ...issue, path } as ObservationIssueData;
  if (out.code === "duplicate_observation") {
    const earlier = all[out.firstPath[1] as number] as Built;
    return { ...out, firstPath: ["values", ((earlier.group.total ?? earlier.group.parts[0]) as Row).index] };
  }
  return out;
}

/** The row of the j-th entry of `byMunicipality` (parts without a value are not in it). */
function partRow(group: Group, j: number): Row {
  return group.parts.filter((part) => part.value.value.total !== undefined)[j] as Row;
}

import type { IssueData, Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import type { EditElement, EditIssue } from "../types.js";
import { locate } from "./locate.js";

type Found = IssueData<EditIssue>[];

/** `duplicate_code` when the plan already has an element of that kind with that key (other than at `except`). */
export function checkUnused(plan: Plan, element: EditElement, value: string, path: Path, except?: Path): Found {
  const first = locate(plan, element, value);
  if (first === undefined || (except !== undefined && first.path.join("/") === except.join("/"))) return [];
  return [{ code: "duplicate_code", severity: "error", path, element, value, firstPath: first.path }];
}

/** `index_out_of_range` when `index` is not a place to insert into a list of `length`. */
export function checkIndex(index: number | undefined, length: number, path: Path): Found {
  if (index === undefined || (Number.isInteger(index) && index >= 0 && index <= length)) return [];
  return [{ code: "index_out_of_range", severity: "error", path, index, length }];
}

/** `not_found` for an element that the plan does not have. */
export function notFound(element: EditElement, value: string): Found {
  return [{ code: "not_found", severity: "error", path: [], element, value }];
}

/**
 * Sets the fields of `changes` on `target`; a field given as `undefined` is removed, so no patch carries a value
 * that JSON cannot hold.
 */
export function assign<T extends object>(target: T, changes: Partial<T>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete (target as Record<string, unknown>)[key];
    else (target as Record<string, unknown>)[key] = value;
  }
}

/** Inserts at `index`, or at the end without one. */
export function insertAt<T>(list: T[], item: T, index: number | undefined): void {
  list.splice(index ?? list.length, 0, item);
}

import type { Path } from "../core/issue.js";
import { pathText } from "../core/wording.js";
import type { Plan } from "../model/plan.js";
import type { ValidationReport } from "../validate/types.js";
import { MatcherInputError } from "./errors.js";

/** A path as the matchers print it, in English like their messages: the document root as `(root)`. */
export function formatPath(path: Path): string {
  return pathText(path, "en");
}

/** Whether two paths are the same keys and indexes in the same order. */
export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The received value as a plan; a {@link MatcherInputError} when it is not one. */
export function asPlan(received: unknown): Plan {
  // A shallow check only: validatePlan needs a parsed plan, and parsing is where structure is checked.
  if (isObject(received) && received["kind"] === "plan") return received as unknown as Plan;
  throw new MatcherInputError("not_a_plan", { received: describeValue(received) });
}

/** The received value as a validation report; a {@link MatcherInputError} when it is not one. */
export function asReport(received: unknown): ValidationReport {
  if (isObject(received) && Array.isArray(received["issues"])) return received as unknown as ValidationReport;
  throw new MatcherInputError("not_a_report", { received: describeValue(received) });
}

import type { z } from "zod/mini";
import type { Path } from "../../core/issue.js";
import type { ParseIssueData } from "../issue.js";

type Primitive = string | number | boolean | null;

/** The formats our schemas name in `error`, so that a failed pattern becomes our own code. */
const FORMAT_CODES = new Set([
  "empty_text",
  "invalid_id",
  "invalid_county_code",
  "invalid_municipality_code",
  "invalid_goal_number",
  "invalid_date",
]);

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isInteger(value)) return `number ${value}`;
  return typeof value;
}

/** Translates zod's issues into ours, reading the offending value from the input zod saw. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ParseIssueData[] {
  return issues.map((issue) => fromZodIssue(issue, input));
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): ParseIssueData {
  const path = issue.path.filter((k): k is string | number => typeof k !== "symbol") as Path;
  const received = at(input, issue.path);
  // zod reports a missing literal or enum as a wrong value; to a reader it is a missing field.
  if (received === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    return { code: "required", severity: "error", path };
  }
  switch (issue.code) {
    case "invalid_type":
      return { code: "invalid_type", severity: "error", path, expected: issue.expected, received: describe(received) };
    case "invalid_value":
      return { code: "invalid_value", severity: "error", path, expected: issue.values.map(toPrimitive), received };
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options)) {
        return { code: "invalid_value", severity: "error", path, expected: options.map(toPrimitive), received };
      }
      return { code: "invalid_type", severity: "error", path, expected: "one of the allowed shapes", received: describe(received) };
    }
    case "invalid_format": {
      const code = issue.message;
      if (FORMAT_CODES.has(code)) {
        if (code === "empty_text") return { code, severity: "error", path };
        return { code: code as "invalid_id", severity: "error", path, received: String(received) };
      }
      return { code: "invalid_type", severity: "error", path, expected: issue.format, received: describe(received) };
    }
    case "too_small":
      return {
        code: "out_of_range",
        severity: "error",
        path,
        received,
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive !== false,
      };
    case "too_big":
      return {
        code: "out_of_range",
        severity: "error",
        path,
        received,
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive !== false,
      };
    case "custom": {
      const params = (issue.params ?? {}) as { code?: string; start?: string; end?: string };
      if (params.code === "period_reversed") {
        return { code: "period_reversed", severity: "error", path, start: String(params.start), end: String(params.end) };
      }
      if (params.code === "invalid_date") return { code: "invalid_date", severity: "error", path, received: String(received) };
      if (params.code === "text_or_topic_required") return { code: "text_or_topic_required", severity: "error", path };
      return { code: "invalid_type", severity: "error", path, expected: "valid value", received: describe(received) };
    }
    default:
      return { code: "invalid_type", severity: "error", path, expected: "valid value", received: describe(received) };
  }
}

function toPrimitive(value: unknown): Primitive {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null ? value : String(value);
}

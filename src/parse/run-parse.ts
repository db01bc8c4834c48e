import type { z } from "zod/mini";
import type { Path } from "../core/issue.js";
import { DEFAULT_LANG } from "../core/lang.js";
import { OptionError, type OptionErrorDetails } from "../core/option-error.js";
import { append } from "../internal/append.js";
import { checkerOf, INVALID, UNDECIDED } from "./internal/compiled-check.js";
import { readablePart } from "./internal/lenient.js";
import { prepareInput } from "./internal/prepare-input.js";
import { fromZodIssues } from "./internal/zod-issues.js";
import type { ParseIssue } from "./issue.js";
import { withParseMessage } from "./messages.js";
import type { LenientParseResult, ParseOptions, SafeParseResult } from "./options.js";
import { type ParseSettings, readParseOptions } from "./read-parse-options.js";

// Issues after which there is no document to check the structure of.
const FATAL = new Set(["invalid_json", "invalid_encoding", "unreadable_value"]);

/**
 * How the structure is checked: by the checker compiled from the schema where it can tell, else by zod (the
 * default), or by zod alone (`zod`), which the tests compare the default with. Not a public option.
 */
export type StructureCheck = "compiled" | "zod";

/** The pipeline shared by plans, strategies and observation files (not exported from the package): read, sanitise, check the structure, collect every issue. */
export function runParse<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  options: ParseOptions | undefined,
  structure: StructureCheck = "compiled",
): SafeParseResult<T> {
  const { result } = checkStructure(schema, input, options, structure);
  return result;
}

/** {@link runParse}, and where it fails, the readable part of the document as well. */
export function runLenientParse<T>(schema: z.ZodMiniType<T>, input: unknown, options: ParseOptions | undefined): LenientParseResult<T> {
  const { result, prepared, fatal } = checkStructure(schema, input, options, "compiled");
  if (result.success) return { success: true, data: result.data, issues: result.issues, unreadable: [] };
  if (fatal) return { success: false, issues: result.issues, unreadable: [[]] };
  const readable = readablePart(schema, prepared);
  const unreadable: Path[] = readable.unreadable;
  // The schema's own types are all the checks left out: what remains has the shape of T.
  const data = readable.value as T | undefined;
  return data === undefined
    ? { success: false, issues: result.issues, unreadable }
    : { success: false, partial: data, issues: result.issues, unreadable };
}

function checkStructure<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  options: ParseOptions | undefined,
  structure: StructureCheck,
): { result: SafeParseResult<T>; prepared: unknown; fatal: boolean } {
  let settings: ParseSettings;
  try {
    settings = readParseOptions(options);
  } catch (error) {
    // A safe parse never throws: an unusable option is its one issue, in Swedish as the OptionError would be.
    if (!(error instanceof OptionError)) throw error;
    const details = error.details as OptionErrorDetails["invalid_option"];
    const option = error.code === "invalid_lang" ? "lang" : details.option;
    const issue = withParseMessage(
      {
        code: "invalid_option",
        severity: "error",
        path: [],
        option,
        received: details.received,
        ...(details.allowed === undefined ? {} : { allowed: details.allowed }),
      },
      DEFAULT_LANG,
    );
    return { result: { success: false, issues: [issue] }, prepared: undefined, fatal: true };
  }
  const { lang, limits, encoding } = settings;
  const prepared = prepareInput(input, limits, encoding, schema);
  const issues = prepared.issues;
  const written = (): ParseIssue[] => issues.map((issue) => withParseMessage(issue, lang));
  const fatal = issues.some((issue) => FATAL.has(issue.code));
  if (!fatal) {
    const output = structure === "compiled" ? zodOutput(schema, prepared.value) : UNDECIDED;
    const result = output === UNDECIDED ? schema.safeParse(prepared.value) : { success: true as const, data: output as T };
    if (!result.success) append(issues, fromZodIssues(result.error.issues, prepared.value));
    if (result.success && !issues.some((issue) => issue.severity === "error")) {
      append(issues, prepared.unknownFields);
      return { result: { success: true, data: result.data, issues: written() }, prepared: prepared.value, fatal };
    }
  }
  return { result: { success: false, issues: written() }, prepared: prepared.value, fatal };
}

/**
 * What zod's output of `value` would be where the checker compiled from the schema can tell it is accepted (the
 * value itself, the input pass's own, or a copy in zod's key order), else {@link UNDECIDED}: a value zod refuses
 * goes to zod for its issues. A checker that throws (a check of the schema's own) leaves the value to zod, which
 * then throws or reports as before.
 */
function zodOutput(schema: z.ZodMiniType, value: unknown): unknown {
  try {
    const outcome = checkerOf(schema)(value);
    return outcome === INVALID ? UNDECIDED : outcome;
  } catch {
    return UNDECIDED;
  }
}

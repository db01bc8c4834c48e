import type { z } from "zod";
import { resolveEncoding } from "../core/encoding.js";
import type { Path } from "../core/issue.js";
import { resolveLang } from "../core/resolve-lang.js";
import { readablePart } from "./internal/lenient.js";
import { prepareInput } from "./internal/prepare-input.js";
import { unknownFields } from "./internal/unknown-fields.js";
import { fromZodIssues } from "./internal/zod-issues.js";
import type { ParseIssue } from "./issue.js";
import { withParseMessage } from "./messages.js";
import { DEFAULT_LIMITS, type LenientParseResult, type ParseOptions, type SafeParseResult } from "./options.js";

/** The pipeline shared by plans, strategies and observation files (not exported from the package): read, sanitise, check the structure, collect every issue. */
export function runParse<T>(schema: z.ZodType<T>, input: unknown, options: ParseOptions = {}): SafeParseResult<T> {
  const { result } = checkStructure(schema, input, options);
  return result;
}

/** {@link runParse}, and where it fails, the readable part of the document as well. */
export function runLenientParse<T>(schema: z.ZodType<T>, input: unknown, options: ParseOptions = {}): LenientParseResult<T> {
  const { result, prepared, fatal } = checkStructure(schema, input, options);
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
  schema: z.ZodType<T>,
  input: unknown,
  options: ParseOptions,
): { result: SafeParseResult<T>; prepared: unknown; fatal: boolean } {
  const lang = resolveLang(options.lang);
  const limits = {
    maxStringLength: options.maxStringLength ?? DEFAULT_LIMITS.maxStringLength,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
  };
  const prepared = prepareInput(input, limits, resolveEncoding(options.encoding));
  const issues = prepared.issues;
  const written = (): ParseIssue[] => issues.map((issue) => withParseMessage(issue, lang));
  const fatal = issues.some((issue) => issue.code === "invalid_json" || issue.code === "invalid_encoding");
  if (!fatal) {
    const result = schema.safeParse(prepared.value);
    if (!result.success) issues.push(...fromZodIssues(result.error.issues, prepared.value));
    if (result.success && !issues.some((issue) => issue.severity === "error")) {
      issues.push(...unknownFields(result.data, schema));
      return { result: { success: true, data: result.data, issues: written() }, prepared: prepared.value, fatal };
    }
  }
  return { result: { success: false, issues: written() }, prepared: prepared.value, fatal };
}

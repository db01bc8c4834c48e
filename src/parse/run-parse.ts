import type { z } from "zod";
import { resolveLang } from "../core/resolve-lang.js";
import { prepareInput } from "./internal/prepare-input.js";
import { unknownFields } from "./internal/unknown-fields.js";
import { fromZodIssues } from "./internal/zod-issues.js";
import { withParseMessage } from "./messages.js";
import { DEFAULT_LIMITS, type ParseOptions, type SafeParseResult } from "./options.js";

/** The pipeline shared by plans, strategies and observation files (not exported from the package): read, sanitise, check the structure, collect every issue. */
export function runParse<T>(schema: z.ZodType<T>, input: unknown, options: ParseOptions = {}): SafeParseResult<T> {
  const lang = resolveLang(options.lang);
  const limits = {
    maxStringLength: options.maxStringLength ?? DEFAULT_LIMITS.maxStringLength,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
  };
  const prepared = prepareInput(input, limits);
  const issues = prepared.issues;
  const fatal = issues.some((issue) => issue.code === "invalid_json" || issue.code === "invalid_encoding");
  if (!fatal) {
    const result = schema.safeParse(prepared.value);
    if (!result.success) issues.push(...fromZodIssues(result.error.issues, prepared.value));
    if (result.success && !issues.some((issue) => issue.severity === "error")) {
      issues.push(...unknownFields(result.data, schema));
      return { success: true, data: result.data, issues: issues.map((issue) => withParseMessage(issue, lang)) };
    }
  }
  return { success: false, issues: issues.map((issue) => withParseMessage(issue, lang)) };
}

import type { Lang } from "../core/lang.js";
import type { ParseIssue } from "./issue.js";

/**
 * Options of the parse functions.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { lang: "en", maxStringLength: 50_000 };
 * ```
 */
export interface ParseOptions {
  /** Language of the issues' messages; Swedish by default. */
  lang?: Lang;
  /** Longest string accepted, in UTF-16 code units; 100 000 by default. */
  maxStringLength?: number;
  /** Deepest nesting accepted; 64 by default. */
  maxDepth?: number;
}

/** Limits used when {@link ParseOptions} does not set them. */
export const DEFAULT_LIMITS = { maxStringLength: 100_000, maxDepth: 64 } as const;

/**
 * What a safe parse returns: the typed document and any infos, or every issue found.
 *
 * @example
 * ```ts
 * const result: SafeParseResult<Plan> = safeParsePlan(text);
 * if (!result.success) console.error(result.issues);
 * ```
 */
export type SafeParseResult<T> = { success: true; data: T; issues: ParseIssue[] } | { success: false; issues: ParseIssue[] };

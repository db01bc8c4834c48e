import type { TextEncoding } from "../core/encoding.js";
import type { Path } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import type { ParseIssue } from "./issue.js";

/**
 * Options of the parse functions.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { lang: "en", maxStringLength: 50_000, maxKeyLength: 200, encoding: "windows-1252" };
 * ```
 */
export interface ParseOptions {
  /** Language of the issues' messages; Swedish by default. */
  lang?: Lang;
  /** Longest string accepted, in UTF-16 code units; 100 000 by default. */
  maxStringLength?: number;
  /** Deepest nesting accepted; 64 by default. */
  maxDepth?: number;
  /**
   * The encoding of input given as bytes (*teckenkodning*); UTF-8 by default, the format's own. Bytes that are not
   * UTF-8 are refused (`invalid_encoding`, naming the encoding they seem to be in) unless this says how to read
   * them. A JSON text or a parsed value is not decoded.
   */
  encoding?: TextEncoding;
  /** Longest object key accepted, in UTF-16 code units; 1 000 by default. */
  maxKeyLength?: number;
}

/**
 * Limits used when {@link ParseOptions} does not set them. A limit given must be a positive whole number (a
 * safe integer); `NaN`, `Infinity`, `0`, `-1` or `1.5` is refused, never read as "no limit".
 */
export const DEFAULT_LIMITS = { maxStringLength: 100_000, maxDepth: 64, maxKeyLength: 1_000 } as const;

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

/**
 * What a lenient parse returns: the {@link SafeParseResult}, and where the document fails, the part of it that
 * could be read (`partial`, absent when its root could not be read) with the paths of the parts left out
 * (`unreadable`, in the document as given; `[[]]` when nothing could be read). A value of the right type that
 * fails a check (a blank text, a date that does not exist) is kept in `partial` where its field is required and
 * left out where it is optional; a value of the wrong type, or a missing required field, leaves out the
 * smallest part around it that can go: an array's element or an optional field.
 *
 * @example
 * ```ts
 * const result: LenientParseResult<Plan> = lenientParsePlan(text);
 * if (!result.success && result.partial !== undefined) console.log(result.partial.subGoals.length, result.unreadable);
 * ```
 */
export type LenientParseResult<T> =
  | { success: true; data: T; issues: ParseIssue[]; unreadable: [] }
  | { success: false; partial?: T; issues: ParseIssue[]; unreadable: Path[] };

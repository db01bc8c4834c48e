import type { TextEncoding } from "../../core/encoding.js";
import type { Path } from "../../core/issue.js";
import { decodeAs, guessEncoding, utf16Of } from "../../internal/encoding.js";
import type { ParseIssueData } from "../issue.js";

/** Limits on the input that parsing enforces before it looks at the structure. */
export interface InputLimits {
  maxStringLength: number;
  maxDepth: number;
}

/** Keys that could reach an object's prototype if a consumer merged the data naively. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const BOM = "\uFEFF";

/**
 * Turns raw input (a JSON text, bytes in UTF-8 or the encoding given, or a value) into a fresh plain value that is safe to hand to
 * zod: strings NFC-normalised, forbidden keys dropped. Every change is reported; the input is not touched.
 */
export function prepareInput(
  input: unknown,
  limits: InputLimits,
  encoding: TextEncoding | undefined,
): { value: unknown; issues: ParseIssueData[] } {
  const issues: ParseIssueData[] = [];
  let raw = input;
  if (input instanceof Uint8Array) {
    const decoded = decode(input, encoding);
    if (decoded === undefined) {
      return { value: undefined, issues: [{ code: "invalid_encoding", severity: "error", path: [], detected: guessEncoding(input) }] };
    }
    raw = decoded;
  }
  if (typeof raw === "string" && input !== raw) {
    return parseJsonText(raw, limits, issues);
  }
  if (typeof input === "string") {
    return parseJsonText(input, limits, issues);
  }
  return { value: copy(raw, [], limits, issues, new Set()), issues };
}

/**
 * Bytes as text: in the encoding asked for, else as UTF-8; `undefined` for bytes that are not UTF-8 when no other
 * encoding was asked for. UTF-16 is refused too, although its ASCII decodes as UTF-8 (with a zero byte after each
 * character), so that the file is named for what it is rather than as broken JSON.
 */
function decode(bytes: Uint8Array, encoding: TextEncoding | undefined): string | undefined {
  if (encoding !== undefined && encoding !== "utf-8") return decodeAs(bytes, encoding);
  if (encoding === undefined && utf16Of(bytes) !== undefined) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function parseJsonText(text: string, limits: InputLimits, issues: ParseIssueData[]): { value: unknown; issues: ParseIssueData[] } {
  let body = text;
  if (body.startsWith(BOM)) {
    body = body.slice(1);
    issues.push({ code: "byte_order_mark", severity: "info", path: [] });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const { line, column } = jsonErrorPosition(body, error);
    issues.push({ code: "invalid_json", severity: "error", path: [], line, column });
    return { value: undefined, issues };
  }
  return { value: copy(parsed, [], limits, issues, new Set()), issues };
}

/** Line and column (1-based) of a JSON.parse error, from the offset V8 puts in its message. */
function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : "";
  const match = /position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

function copy(value: unknown, path: Path, limits: InputLimits, issues: ParseIssueData[], ancestors: Set<object>): unknown {
  if (typeof value === "string") {
    if (value.length > limits.maxStringLength) {
      issues.push({ code: "string_too_long", severity: "error", path, length: value.length, maximum: limits.maxStringLength });
      return value;
    }
    const nfc = value.normalize("NFC");
    if (nfc !== value) issues.push({ code: "unicode_normalized", severity: "info", path });
    return nfc;
  }
  if (typeof value !== "object" || value === null) return value;
  if (ancestors.has(value)) {
    issues.push({ code: "circular_reference", severity: "error", path });
    return undefined;
  }
  if (path.length >= limits.maxDepth) {
    issues.push({ code: "too_deep", severity: "error", path, maximum: limits.maxDepth });
    return undefined;
  }
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item, index) => copy(item, [...path, index], limits, issues, ancestors));
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      // A Date, Map or class instance is not JSON data: hand it on untouched so the schema reports its type.
      return value;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ code: "forbidden_key", severity: "error", path: [...path, key], key });
        continue;
      }
      out[key] = copy((value as Record<string, unknown>)[key], [...path, key], limits, issues, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

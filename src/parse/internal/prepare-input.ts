import type { TextEncoding } from "../../core/encoding.js";
import type { Path } from "../../core/issue.js";
import { decodeAs, guessEncoding, utf16Of } from "../../internal/encoding.js";
import type { ParseIssueData } from "../issue.js";
import { jsonErrorOffset } from "./json-error-offset.js";

/** Limits on the input that parsing enforces before it looks at the structure. */
export interface InputLimits {
  maxStringLength: number;
  maxDepth: number;
  maxKeyLength: number;
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
  } catch {
    const { line, column } = jsonErrorPosition(body);
    issues.push({ code: "invalid_json", severity: "error", path: [], line, column });
    return { value: undefined, issues };
  }
  return { value: sanitiseParsed(parsed, [], limits, issues), issues };
}

/**
 * What `JSON.parse` gave, made safe in place, with the checks and issues of {@link copy}: the value is this
 * function's own, not the caller's, so a second copy of the whole document is not needed. An object with a key
 * to drop or put in NFC is copied (by `copy`), so that its keys keep their order; JSON has no cycles, and no
 * getters that could throw.
 */
function sanitiseParsed(value: unknown, path: Path, limits: InputLimits, issues: ParseIssueData[]): unknown {
  if (typeof value === "string") return copyString(value, path, limits, issues);
  if (typeof value !== "object" || value === null) {
    // "1e400" parses to Infinity.
    if (typeof value === "number" && !Number.isFinite(value))
      issues.push({ code: "number_out_of_range", severity: "error", path: [...path], received: String(value) });
    return value;
  }
  if (path.length >= limits.maxDepth) {
    issues.push({ code: "too_deep", severity: "error", path: [...path], maximum: limits.maxDepth });
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item !== "object" && typeof item !== "string" && typeof item !== "number") continue;
      path.push(index);
      const safe = sanitiseParsed(item, path, limits, issues);
      if (safe !== item) value[index] = safe;
      path.pop();
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (const key of keys) if (!plainKey(key, limits)) return copy(value, path, limits, issues, new Set());
  for (const key of keys) {
    const item = record[key];
    if (typeof item !== "object" && typeof item !== "string" && typeof item !== "number") continue;
    path.push(key);
    const safe = sanitiseParsed(item, path, limits, issues);
    if (safe !== item) record[key] = safe;
    path.pop();
  }
  return value;
}

/** Whether a key is kept as it is: not too long, not forbidden, and already in NFC. */
function plainKey(key: string, limits: InputLimits): boolean {
  return key.length <= limits.maxKeyLength && !FORBIDDEN_KEYS.has(key) && (!MAY_NORMALISE.test(key) || key.normalize("NFC") === key);
}

/** Line and column (1-based) of the first error in a text JSON.parse refused, found by scanning the text itself. */
function jsonErrorPosition(text: string): { line: number; column: number } {
  const found = jsonErrorOffset(text);
  // JSON.parse and the scanner agree on what is JSON; were they ever not to, the end is where reading stopped.
  const offset = found === -1 ? text.length : found;
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A fresh copy of `value` as JSON data, read the way `JSON.stringify` would write it but without calling code
 * of the input's own (no `toJSON`): an object of any prototype gives its own enumerable string keys (inherited
 * properties are not data), so an object and its JSON text give the same result. Keys and strings are put in
 * NFC; a key too long, forbidden, or the same as another after NFC, a number JSON cannot hold, a circular or too
 * deep object, and a value whose reading throws (a getter, a proxy) are reported. `path` is one array grown and
 * shrunk as the copy goes, copied only into an issue.
 */
function copy(value: unknown, path: Path, limits: InputLimits, issues: ParseIssueData[], ancestors: Set<object>): unknown {
  if (typeof value === "string") return copyString(value, path, limits, issues);
  if (typeof value === "number" && !Number.isFinite(value)) {
    issues.push({ code: "number_out_of_range", severity: "error", path: [...path], received: String(value) });
    return value;
  }
  if (typeof value !== "object" || value === null) return value;
  if (ancestors.has(value)) {
    issues.push({ code: "circular_reference", severity: "error", path: [...path] });
    return undefined;
  }
  if (path.length >= limits.maxDepth) {
    issues.push({ code: "too_deep", severity: "error", path: [...path], maximum: limits.maxDepth });
    return undefined;
  }
  ancestors.add(value);
  try {
    return copyObject(value, path, limits, issues, ancestors);
  } catch {
    // Only reading `value` itself (its keys, its type) can throw here: each property's read catches its own.
    issues.push({ code: "unreadable_value", severity: "error", path: [...path] });
    return undefined;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * A UTF-16 unit from U+0300 up (surrogates included): a string without one has only characters NFC leaves as they
 * are (the first combining mark is U+0300), so it need not be normalised.
 */
const MAY_NORMALISE = /[\u0300-\uffff]/;

function copyString(value: string, path: Path, limits: InputLimits, issues: ParseIssueData[]): string {
  if (value.length > limits.maxStringLength) {
    issues.push({ code: "string_too_long", severity: "error", path: [...path], length: value.length, maximum: limits.maxStringLength });
    return value;
  }
  if (!MAY_NORMALISE.test(value)) return value;
  const nfc = value.normalize("NFC");
  if (nfc !== value) issues.push({ code: "unicode_normalized", severity: "info", path: [...path] });
  return nfc;
}

function copyObject(value: object, path: Path, limits: InputLimits, issues: ParseIssueData[], ancestors: Set<object>): unknown {
  if (Array.isArray(value)) {
    const length = value.length;
    const out: unknown[] = new Array(length);
    for (let index = 0; index < length; index++) {
      path.push(index);
      out[index] = copy(read(value, index, path, issues), path, limits, issues, ancestors);
      path.pop();
    }
    return out;
  }
  // A Date, Map or boxed value is not JSON data: hand it on untouched so the schema reports its type.
  if (Object.prototype.toString.call(value) !== "[object Object]") return value;
  const out: Record<string, unknown> = {};
  for (const raw of Object.keys(value)) {
    if (raw.length > limits.maxKeyLength) {
      issues.push({ code: "key_too_long", severity: "error", path: [...path], length: raw.length, maximum: limits.maxKeyLength });
      continue;
    }
    const key = MAY_NORMALISE.test(raw) ? raw.normalize("NFC") : raw;
    path.push(key);
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ code: "forbidden_key", severity: "error", path: [...path], key });
    } else if (Object.hasOwn(out, key)) {
      issues.push({ code: "duplicate_key", severity: "error", path: [...path], key });
    } else {
      if (key !== raw) issues.push({ code: "unicode_normalized", severity: "info", path: [...path] });
      out[key] = copy(read(value, raw, path, issues), path, limits, issues, ancestors);
    }
    path.pop();
  }
  return out;
}

/** One property of an object; a getter or proxy that throws is reported at the property's path and read as absent. */
function read(value: object, key: string | number, at: Path, issues: ParseIssueData[]): unknown {
  try {
    return (value as Record<string | number, unknown>)[key];
  } catch {
    issues.push({ code: "unreadable_value", severity: "error", path: [...at] });
    return undefined;
  }
}

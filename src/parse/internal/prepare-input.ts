import type { z } from "zod/mini";
import type { TextEncoding } from "../../core/encoding.js";
import type { Path } from "../../core/issue.js";
import { decodeAs, guessEncoding, utf16Of } from "../../internal/encoding.js";
import { FORBIDDEN_KEYS } from "../../internal/forbidden-keys.js";
import type { ParseIssueData } from "../issue.js";
import { jsonErrorOffset } from "./json-error-offset.js";
import { type FieldPlace, fieldAt, NOWHERE, type ObjectPlace, type Place, placeOf, placeOfField } from "./schema-walk.js";

/** Limits on the input that parsing enforces before it looks at the structure. */
export interface InputLimits {
  maxStringLength: number;
  maxDepth: number;
  maxKeyLength: number;
}

const BOM = "\uFEFF";

/** An `unknown_field` info and where its key stands in zod's output, level by level, to put the infos in that order. */
interface UnknownField {
  issue: ParseIssueData;
  order: number[];
}

/**
 * One pass over the input: the limits it enforces, the issues found, and the keys the schema does not define (with
 * the place in the schema as the walk goes, so that no second walk is needed for them).
 */
interface Pass {
  limits: InputLimits;
  issues: ParseIssueData[];
  unknown: UnknownField[];
  /** The place in zod's output of each key on the path, as {@link UnknownField.order} records it. */
  order: number[];
}

/** What the input pass gives: the safe value, the issues found in it, and the `unknown_field` infos in zod's output order. */
export interface PreparedInput {
  value: unknown;
  issues: ParseIssueData[];
  unknownFields: ParseIssueData[];
}

// Places of keys in zod's output object: integer keys first (as every object lists them), then the shape's fields, then the other keys as they came.
const FIELD_BASE = 2 ** 32;
const OTHER_BASE = 2 ** 33;
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * Turns raw input (a JSON text, bytes in UTF-8 or the encoding given, or a value) into a fresh plain value that is safe to hand to
 * zod: strings NFC-normalised, forbidden keys dropped. Every change is reported; the input is not touched. In the
 * same pass, the keys `schema` does not define are listed as `unknown_field` infos, in the order a walk of zod's
 * output would meet them: the infos of a document that passes the schema (nothing inside `extensions` or inside an
 * unknown key).
 */
export function prepareInput(
  input: unknown,
  limits: InputLimits,
  encoding: TextEncoding | undefined,
  schema?: z.ZodMiniType,
): PreparedInput {
  const pass: Pass = { limits, issues: [], unknown: [], order: [] };
  let raw = input;
  if (input instanceof Uint8Array) {
    const decoded = decode(input, encoding);
    if (decoded === undefined) {
      const issue: ParseIssueData = { code: "invalid_encoding", severity: "error", path: [], detected: guessEncoding(input) };
      return { value: undefined, issues: [issue], unknownFields: [] };
    }
    raw = decoded;
  }
  let value: unknown;
  const place = placeOf(schema);
  if (typeof raw === "string" && (input !== raw || typeof input === "string")) value = parseJsonText(raw, place, pass);
  else value = copy(raw, [], place, pass, new Set());
  return { value, issues: pass.issues, unknownFields: inOutputOrder(pass.unknown) };
}

/** The infos in the order of zod's output, which lists an object's fields in the shape's order: sorted only when the input's order differs. */
function inOutputOrder(unknown: UnknownField[]): ParseIssueData[] {
  let sorted = true;
  for (let index = 1; index < unknown.length && sorted; index++)
    sorted = compareOrder(unknown[index - 1] as UnknownField, unknown[index] as UnknownField) < 0;
  if (!sorted) unknown.sort(compareOrder);
  return unknown.map((field) => field.issue);
}

function compareOrder(a: UnknownField, b: UnknownField): number {
  const length = Math.min(a.order.length, b.order.length);
  for (let index = 0; index < length; index++) {
    const difference = (a.order[index] as number) - (b.order[index] as number);
    if (difference !== 0) return difference;
  }
  return a.order.length - b.order.length;
}

/**
 * The object place of an object at `place` (for a discriminated union, the option its tag names, the tag read as
 * zod will see it, in NFC), or `undefined` where nothing is known of its keys. `tagOf` reads the tag.
 */
function objectPlaceOf(place: Place, tagOf: (discriminator: string) => unknown): ObjectPlace | undefined {
  if (place.kind === "object") return place.object;
  if (place.kind !== "tagged") return undefined;
  return optionOf(place, tagOf(place.discriminator));
}

/** The object place of the option of a discriminated union that `tag` names, the tag read as zod will see it, in NFC. */
function optionOf(place: Place & { kind: "tagged" }, tag: unknown): ObjectPlace | undefined {
  return place.byTag.get(typeof tag === "string" && MAY_NORMALISE.test(tag) ? tag.normalize("NFC") : tag);
}

/**
 * Enters `key` of an object of `place` (not `undefined`), `field` its field if the shape names it: records where
 * the key goes in zod's output (`index` is its place among the object's keys, which orders the keys that are not
 * fields), reports it (`path` ends with it) when
 * the schema does not define it and zod keeps it, and gives the place of its value. The caller pops the recorded
 * place when leaving the key.
 */
function enterKey(key: string, field: FieldPlace | undefined, index: number, place: ObjectPlace, path: Path, pass: Pass): Place {
  if (field !== undefined) {
    pass.order.push(FIELD_BASE + field.index);
    // Nothing inside `extensions` is unknown: it is the documented place for additions.
    return key === "extensions" ? NOWHERE : placeOfField(field);
  }
  pass.order.push(ARRAY_INDEX.test(key) && Number(key) < FIELD_BASE - 1 ? Number(key) : OTHER_BASE + index);
  if (place.keepsUnknown) {
    pass.unknown.push({ issue: { code: "unknown_field", severity: "info", path: [...path], key }, order: [...pass.order] });
  }
  return NOWHERE;
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

function parseJsonText(text: string, place: Place, pass: Pass): unknown {
  let body = text;
  if (body.startsWith(BOM)) {
    body = body.slice(1);
    pass.issues.push({ code: "byte_order_mark", severity: "info", path: [] });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const { line, column } = jsonErrorPosition(body);
    pass.issues.push({ code: "invalid_json", severity: "error", path: [], line, column });
    return undefined;
  }
  return sanitiseParsed(parsed, [], place, pass);
}

/**
 * What `JSON.parse` gave, made safe in place, with the checks and issues of {@link copy}: the value is this
 * function's own, not the caller's, so a second copy of the whole document is not needed. An object with a key
 * to drop or put in NFC is copied (by `copy`), so that its keys keep their order; JSON has no cycles, and no
 * getters that could throw. A string or number is settled here, without a call for each of the document's leaves.
 */
function sanitiseParsed(value: unknown, path: Path, place: Place, pass: Pass): unknown {
  if (typeof value === "string") return copyString(value, path, pass.limits, pass.issues);
  if (typeof value === "number") {
    // "1e400" parses to Infinity.
    if (!Number.isFinite(value))
      pass.issues.push({ code: "number_out_of_range", severity: "error", path: [...path], received: String(value) });
    return value;
  }
  if (typeof value !== "object" || value === null) return value;
  return sanitiseParsedObject(value, path, place, pass);
}

/** An object or array of {@link sanitiseParsed}. */
function sanitiseParsedObject(value: object, path: Path, place: Place, pass: Pass): unknown {
  const { limits, issues } = pass;
  if (path.length >= limits.maxDepth) {
    issues.push({ code: "too_deep", severity: "error", path: [...path], maximum: limits.maxDepth });
    return undefined;
  }
  if (Array.isArray(value)) {
    const element = place.kind === "array" ? placeOfField(place.element) : NOWHERE;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item !== "object" && typeof item !== "string" && typeof item !== "number") continue;
      path.push(index);
      pass.order.push(index);
      const safe = sanitiseParsed(item, path, element, pass);
      if (safe !== item) value[index] = safe;
      pass.order.pop();
      path.pop();
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  const object =
    place.kind === "object" ? place.object : place.kind === "tagged" ? optionOf(place, record[place.discriminator]) : undefined;
  // JSON.parse's objects have own enumerable string keys only: `for … in` lists them without an array of keys.
  let from = 0;
  for (const key in record) {
    const at = object === undefined ? -1 : fieldAt(object, key, from);
    if (at !== -1) from = at + 1;
    // The name of a field of the schema is in NFC and not forbidden: only its length is to be checked.
    if (at !== -1 ? key.length > limits.maxKeyLength : !plainKey(key, limits)) {
      return copy(value, path, place, pass, new Set());
    }
  }
  let index = 0;
  from = 0;
  for (const key in record) {
    const item = record[key];
    path.push(key);
    let inner = NOWHERE;
    let entered = false;
    if (object !== undefined) {
      const at = fieldAt(object, key, from);
      if (at !== -1) from = at + 1;
      const field = at === -1 ? undefined : object.list[at];
      // A field's leaf has no keys inside to report: its place in zod's output is not needed.
      if (field === undefined || (typeof item === "object" && item !== null)) {
        inner = enterKey(key, field, index, object, path, pass);
        entered = true;
      }
    }
    const safe = sanitiseParsed(item, path, inner, pass);
    if (safe !== item) record[key] = safe;
    path.pop();
    if (entered) pass.order.pop();
    index++;
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
function copy(value: unknown, path: Path, place: Place, pass: Pass, ancestors: Set<object>): unknown {
  const { limits, issues } = pass;
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
  const depth = pass.order.length;
  try {
    return copyObject(value, path, place, pass, ancestors);
  } catch {
    // Only reading `value` itself (its keys, its type) can throw here: each property's read catches its own.
    issues.push({ code: "unreadable_value", severity: "error", path: [...path] });
    return undefined;
  } finally {
    ancestors.delete(value);
    pass.order.length = depth;
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

/** What {@link read} gave: the value, or that reading it threw. */
type Read = { value: unknown } | { threw: true };

function copyObject(value: object, path: Path, place: Place, pass: Pass, ancestors: Set<object>): unknown {
  const { limits, issues } = pass;
  if (Array.isArray(value)) {
    const element = place.kind === "array" ? placeOfField(place.element) : NOWHERE;
    const length = value.length;
    const out: unknown[] = new Array(length);
    for (let index = 0; index < length; index++) {
      path.push(index);
      pass.order.push(index);
      out[index] = copy(read(value, index, path, issues), path, element, pass, ancestors);
      pass.order.pop();
      path.pop();
    }
    return out;
  }
  // A Date, Map or boxed value is not JSON data: hand it on untouched so the schema reports its type.
  if (Object.prototype.toString.call(value) !== "[object Object]") return value;
  const out: Record<string, unknown> = {};
  const rawKeys = Object.keys(value);
  // A discriminator is read before the other keys to know the fields, once: its read (and any issue of it) is used when its turn comes.
  let tagRead: { key: string; read: Read } | undefined;
  const object = objectPlaceOf(place, (discriminator) => {
    // The first key that is the discriminator once in NFC, as the copy below keeps the first of keys that NFC makes one.
    const key = rawKeys.find((raw) => raw === discriminator || (MAY_NORMALISE.test(raw) && raw.normalize("NFC") === discriminator));
    if (key === undefined) return undefined;
    tagRead = { key, read: readOnce(value, key) };
    return "value" in tagRead.read ? tagRead.read.value : undefined;
  });
  for (let index = 0; index < rawKeys.length; index++) {
    const raw = rawKeys[index] as string;
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
      const inner = object === undefined ? NOWHERE : enterKey(key, object.fields.get(key), index, object, path, pass);
      const item = tagRead !== undefined && tagRead.key === raw ? readAgain(tagRead.read, path, issues) : read(value, raw, path, issues);
      out[key] = copy(item, path, inner, pass, ancestors);
      if (object !== undefined) pass.order.pop();
    }
    path.pop();
  }
  return out;
}

/** A property read ahead of its turn, not yet reported. */
function readOnce(value: object, key: string): Read {
  try {
    return { value: (value as Record<string, unknown>)[key] };
  } catch {
    return { threw: true };
  }
}

/** A property read ahead, now at its turn: reported as {@link read} would. */
function readAgain(done: Read, at: Path, issues: ParseIssueData[]): unknown {
  if ("value" in done) return done.value;
  issues.push({ code: "unreadable_value", severity: "error", path: [...at] });
  return undefined;
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

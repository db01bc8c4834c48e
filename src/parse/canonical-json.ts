import type { z } from "zod/mini";
import { defOf, elementSchema, objectSchemaFor, unwrap } from "./internal/schema-walk.js";

/**
 * Orders a value's keys the way a file should read: keys the schema knows in the schema's order, then keys it
 * does not know in code-point order. Deterministic, so that writing what was read from a canonical file
 * reproduces it byte for byte.
 */
export function canonicalize(value: unknown, schema: z.ZodMiniType | undefined): unknown {
  if (Array.isArray(value)) {
    const element = elementSchema(schema);
    return value.map((item) => canonicalize(item, element));
  }
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const objectDef = objectSchemaFor(schema, record);
  const recordDef = defOf(unwrap(schema));
  const known = objectDef?.shape ? Object.keys(objectDef.shape).filter((key) => Object.hasOwn(record, key)) : [];
  const unknown = Object.keys(record)
    .filter((key) => !known.includes(key))
    .sort();
  // No prototype, so that even a "__proto__" key built in code stays a plain key.
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of known) out[key] = canonicalize(record[key], objectDef?.shape?.[key]);
  for (const key of unknown) {
    out[key] = canonicalize(record[key], recordDef?.type === "record" ? recordDef.valueType : undefined);
  }
  return out;
}

/** Characters that look like a space or nothing in an editor; written as escapes so a reader sees them. */
const INVISIBLE = /[\u00a0\u00ad\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\ufeff]/g;

/**
 * Canonical JSON text: schema key order, two-space indent (none, on one line, when `compact`), final newline,
 * invisible characters (no-break space, zero-width space …) escaped as `\uXXXX`. They can occur only inside
 * strings, so escaping them changes no value.
 */
export function canonicalJson(value: unknown, schema: z.ZodMiniType, compact = false): string {
  const text = (jsonText(canonicalize(value, schema), compact ? undefined : "") ?? "null").replace(
    INVISIBLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${text}\n`;
}

/**
 * `JSON.stringify(value, null, 2)` (or, with `indent` undefined, `JSON.stringify(value)`), except that `-0` is
 * written `-0`: JSON.stringify writes `0`, which would change a target of `-0` on a round trip. `undefined` when
 * JSON writes nothing (a lone `undefined`, a function).
 */
function jsonText(value: unknown, indent: string | undefined): string | undefined {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (typeof value !== "object" || value === null || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.stringify(value);
  }
  const inner = indent === undefined ? undefined : `${indent}  `;
  // Compact: nothing between the tokens; else each item on a line of its own, indented.
  const open = inner === undefined ? "" : `\n${inner}`;
  const between = inner === undefined ? "," : `,\n${inner}`;
  const close = indent === undefined ? "" : `\n${indent}`;
  const colon = indent === undefined ? ":" : ": ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = Array.from(value, (item) => jsonText(item, inner) ?? "null");
    return `[${open}${items.join(between)}${close}]`;
  }
  const entries: string[] = [];
  for (const key of Object.keys(value)) {
    const text = jsonText((value as Record<string, unknown>)[key], inner);
    if (text !== undefined) entries.push(`${JSON.stringify(key)}${colon}${text}`);
  }
  return entries.length === 0 ? "{}" : `{${open}${entries.join(between)}${close}}`;
}

import type { z } from "zod";
import { defOf, elementSchema, objectSchemaFor, unwrap } from "./internal/schema-walk.js";

/**
 * Orders a value's keys the way a file should read: keys the schema knows in the schema's order, then keys it
 * does not know in code-point order. Deterministic, so that writing what was read from a canonical file
 * reproduces it byte for byte.
 */
export function canonicalize(value: unknown, schema: z.ZodType | undefined): unknown {
  if (Array.isArray(value)) {
    const element = elementSchema(schema);
    return value.map((item) => canonicalize(item, element));
  }
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const objectDef = objectSchemaFor(schema, record);
  const recordDef = defOf(unwrap(schema));
  const known = objectDef?.shape ? Object.keys(objectDef.shape).filter((key) => key in record) : [];
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
 * Canonical JSON text: schema key order, two-space indent, final newline, invisible characters (no-break
 * space, zero-width space …) escaped as `\uXXXX`. They can occur only inside strings, so escaping them
 * changes no value.
 */
export function canonicalJson(value: unknown, schema: z.ZodType): string {
  const text = JSON.stringify(canonicalize(value, schema), null, 2).replace(
    INVISIBLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${text}\n`;
}

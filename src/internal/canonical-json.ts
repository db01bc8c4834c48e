import type { z } from "zod";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType | undefined): Def | undefined => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** Peels wrappers that do not change the shape of the data (optional, nullable, default, pipe). */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def === undefined) return current;
    if (def.type === "optional" || def.type === "nullable" || def.type === "default" || def.type === "prefault") current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else return current;
  }
}

/** The object schema that applies to `value`, choosing the option of a discriminated union by its discriminator. */
function objectSchemaFor(schema: z.ZodType | undefined, value: Record<string, unknown>): Def | undefined {
  const def = defOf(unwrap(schema));
  if (def?.type === "object") return def;
  if (def?.type === "union" && def.discriminator !== undefined && def.options) {
    const tag = value[def.discriminator];
    for (const option of def.options) {
      const optionDef = defOf(unwrap(option));
      const literal = defOf(optionDef?.shape?.[def.discriminator]);
      if (optionDef?.type === "object" && literal?.values?.includes(tag)) return optionDef;
    }
  }
  return undefined;
}

/**
 * Orders a value's keys the way a file should read: keys the schema knows in the schema's order, then keys it
 * does not know in code-point order. Deterministic, so that writing what was read from a canonical file
 * reproduces it byte for byte.
 */
export function canonicalize(value: unknown, schema: z.ZodType | undefined): unknown {
  if (Array.isArray(value)) {
    const def = defOf(unwrap(schema));
    const element = def?.type === "array" ? def.element : undefined;
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

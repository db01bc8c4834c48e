import type { z } from "zod/mini";

// Reads zod 4's schema definitions (`_zod.def`) to find which shape applies where in a document.

export interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  discriminator?: string;
  values?: unknown[];
  in?: z.ZodMiniType;
}

export const defOf = (schema: z.ZodMiniType | undefined): Def | undefined => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** Peels wrappers that do not change the shape of the data (optional, nullable, default, pipe). */
export function unwrap(schema: z.ZodMiniType | undefined): z.ZodMiniType | undefined {
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
export function objectSchemaFor(schema: z.ZodMiniType | undefined, value: Record<string, unknown>): Def | undefined {
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

/** The schema of an array's elements, or `undefined` when `schema` is not an array schema. */
export function elementSchema(schema: z.ZodMiniType | undefined): z.ZodMiniType | undefined {
  const def = defOf(unwrap(schema));
  return def?.type === "array" ? def.element : undefined;
}

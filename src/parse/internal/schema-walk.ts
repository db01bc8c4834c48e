import type { z } from "zod/mini";
import { FORBIDDEN_KEYS } from "../../internal/forbidden-keys.js";

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
  catchall?: z.ZodMiniType;
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

/** A field of an object schema: its index in the shape and its schema, whose {@link Place} is worked out when first asked. */
export interface FieldPlace {
  index: number;
  schema: z.ZodMiniType | undefined;
  place?: Place;
}

/** An object schema as the input pass reads it: its fields, in the shape's order, and whether it keeps unknown keys. */
export interface ObjectPlace {
  /** zod writes the fields of its output in the shape's order (`index`), then the unknown keys. */
  fields: Map<string, FieldPlace>;
  /** The names of {@link ObjectPlace.fields} in the shape's order, and their fields at the same positions: see {@link fieldAt}. */
  names: string[];
  list: FieldPlace[];
  /** Whether zod keeps keys the shape does not name (a loose object): only those reach the output to be reported. */
  keepsUnknown: boolean;
}

/**
 * The position of `key` among `names` from position `from` on, or -1. A document's keys mostly come in its
 * schema's order, so the walks look for the next key after the last one found before they look it up in a map.
 */
export function nameFrom(names: readonly string[], key: string, from: number): number {
  for (let at = from; at < names.length; at++) if (names[at] === key) return at;
  return -1;
}

/**
 * The position in {@link ObjectPlace.names} of the field named `key`, or -1 for a key the shape does not name. A
 * document's keys mostly come in the shape's order, so the names from `from` on (the position after the last field
 * found) are compared first: cheaper than a lookup in the map, which finds the others.
 */
export function fieldAt(place: ObjectPlace, key: string, from: number): number {
  const at = nameFrom(place.names, key, from);
  if (at !== -1) return at;
  const field = place.fields.get(key);
  return field === undefined ? -1 : place.list.indexOf(field);
}

/** What a schema says of the value at its place: an object, an object chosen by a discriminator, an array, or nothing known. */
export type Place =
  | { kind: "object"; object: ObjectPlace }
  | { kind: "tagged"; discriminator: string; byTag: Map<unknown, ObjectPlace> }
  | { kind: "array"; element: FieldPlace }
  | { kind: "none" };

/** The place where nothing is known: a value without a schema, inside `extensions` or inside an unknown key. */
export const NOWHERE: Place = { kind: "none" };
const places = new WeakMap<object, Place>();
const objectPlaces = new WeakMap<Def, ObjectPlace>();

function objectPlace(def: Def): ObjectPlace {
  let place = objectPlaces.get(def);
  if (place === undefined) {
    const shape = def.shape ?? {};
    // Only names in NFC that are not forbidden: the input pass takes a field's name as such a key.
    const keys = Object.keys(shape);
    const names = keys.filter((key) => key.normalize("NFC") === key && !FORBIDDEN_KEYS.has(key));
    const fields = new Map(names.map((key): [string, FieldPlace] => [key, { index: keys.indexOf(key), schema: shape[key] }]));
    place = { fields, names, list: [...fields.values()], keepsUnknown: def.catchall !== undefined };
    objectPlaces.set(def, place);
  }
  return place;
}

/** The {@link Place} of a field's or an array element's schema, worked out once (lazily, so that a schema may contain itself). */
export function placeOfField(field: FieldPlace): Place {
  field.place ??= placeOf(field.schema);
  return field.place;
}

/**
 * The {@link Place} of `schema`, worked out once per schema: what {@link objectSchemaFor} and {@link elementSchema}
 * answer, without reading the definitions again for every value of a document.
 */
export function placeOf(schema: z.ZodMiniType | undefined): Place {
  if (schema === undefined) return NOWHERE;
  let place = places.get(schema);
  if (place !== undefined) return place;
  const def = defOf(unwrap(schema));
  if (def?.type === "object") place = { kind: "object", object: objectPlace(def) };
  else if (def?.type === "array")
    place = def.element === undefined ? NOWHERE : { kind: "array", element: { index: 0, schema: def.element } };
  else if (def?.type === "union" && def.discriminator !== undefined && def.options) {
    const byTag = new Map<unknown, ObjectPlace>();
    // The first option whose literal has the tag, as objectSchemaFor chooses.
    for (const option of def.options) {
      const optionDef = defOf(unwrap(option));
      const literal = defOf(optionDef?.shape?.[def.discriminator]);
      if (optionDef?.type !== "object") continue;
      for (const tag of literal?.values ?? []) if (!byTag.has(tag)) byTag.set(tag, objectPlace(optionDef));
    }
    place = { kind: "tagged", discriminator: def.discriminator, byTag };
  } else place = NOWHERE;
  places.set(schema, place);
  return place;
}

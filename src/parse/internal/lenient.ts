import type { z } from "zod/mini";
import type { Path } from "../../core/issue.js";
import { defOf, elementSchema, objectSchemaFor } from "./schema-walk.js";

/** What stands in for a part that is left out until the walk is over, so no index moves while issues are read. */
const HOLE: unique symbol = Symbol("left out");

/**
 * zod codes that a value of the right type fails (a pattern, a bound, a refinement such as a date that does not
 * exist): the value is still of its type, so the part around it can be read.
 */
const CONTENT_CODES = new Set(["invalid_format", "too_small", "too_big", "custom"]);

/** The readable part of a document: `value` undefined when its root cannot be read. */
export interface ReadablePart {
  value: unknown;
  /** Paths, in the document as given, of the parts left out because they could not be read; `[[]]` for the root. */
  unreadable: Path[];
}

type Node = Record<PropertyKey, unknown>;

function childOf(node: unknown, key: string | number): unknown {
  return typeof node === "object" && node !== null ? (node as Node)[key] : undefined;
}

/** The schema that applies at each depth of `path`: `schemas[d]` is the schema of the value at `path.slice(0, d)`. */
function schemasAlong(schema: z.ZodMiniType, root: unknown, path: Path): (z.ZodMiniType | undefined)[] {
  const schemas: (z.ZodMiniType | undefined)[] = [schema];
  let node = root;
  let current: z.ZodMiniType | undefined = schema;
  for (const key of path) {
    if (Array.isArray(node)) current = elementSchema(current);
    else if (typeof node === "object" && node !== null)
      current = objectSchemaFor(current, node as Record<string, unknown>)?.shape?.[String(key)];
    else current = undefined;
    schemas.push(current);
    node = childOf(node, key);
  }
  return schemas;
}

/**
 * The smallest part at or above `path` that can be left out without breaking the part around it: an array's
 * element or an optional field. `undefined` when only the root would do.
 */
function droppablePart(schema: z.ZodMiniType, root: unknown, path: Path): Path | undefined {
  const schemas = schemasAlong(schema, root, path);
  for (let depth = path.length; depth > 0; depth--) {
    const parent = path.slice(0, depth - 1).reduce<unknown>((node, key) => childOf(node, key), root);
    if (Array.isArray(parent) || defOf(schemas[depth])?.type === "optional") return path.slice(0, depth);
  }
  return undefined;
}

function isOptionalField(schema: z.ZodMiniType, root: unknown, path: Path): boolean {
  const schemas = schemasAlong(schema, root, path);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => childOf(node, key), root);
  return path.length > 0 && !Array.isArray(parent) && defOf(schemas[path.length])?.type === "optional";
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => childOf(node, key), root) as Node;
  parent[path[path.length - 1] as string | number] = value;
}

const within = (path: Path, prefix: Path): boolean => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * Keeps what can be read of a document that fails its schema. A value of the right type that fails a check
 * (a blank text, a date that does not exist, a malformed code) stays where the field is required, so the part
 * around it can still be checked, and is left out where the field is optional. A value of the wrong type, or a
 * required field that is missing, makes the smallest part around it that can be left out (an array's element
 * or an optional field) unreadable; it is left out and listed. `prepared` is a fresh copy and is changed.
 */
export function readablePart(schema: z.ZodMiniType, prepared: unknown): ReadablePart {
  const unreadable: Path[] = [];
  const left: Path[] = [];
  for (let round = 0; round < 16; round++) {
    const result = schema.safeParse(prepared);
    if (result.success) break;
    let changed = false;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
      // A part already left out this round holds no more to read.
      if (left.some((part) => within(path, part))) continue;
      const content = CONTENT_CODES.has(issue.code);
      if (content && !isOptionalField(schema, prepared, path)) continue;
      const part = content ? path : droppablePart(schema, prepared, path);
      if (part === undefined) return { value: undefined, unreadable: [[]] };
      left.push(part);
      setAt(prepared, part, HOLE);
      changed = true;
      if (!content) {
        for (let i = unreadable.length - 1; i >= 0; i--) if (within(unreadable[i] as Path, part)) unreadable.splice(i, 1);
        unreadable.push(part);
      }
    }
    if (!changed) break;
  }
  return { value: withoutHoles(prepared), unreadable };
}

function withoutHoles(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== HOLE).map(withoutHoles);
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== HOLE) out[key] = withoutHoles(item);
  return out;
}

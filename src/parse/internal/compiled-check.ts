import type { z } from "zod/mini";
import { nameFrom } from "./schema-walk.js";

// A checker compiled once per schema from zod 4's definitions (`_zod.def`) into plain closures (no `new Function`,
// so it runs under a strict Content Security Policy). It gives what zod's output would be where it can tell: the
// value itself when zod would give back an equal one (the same keys in the same order, the same values), or a copy
// with the keys of its objects in zod's order (the shape's fields first). Parsing then skips zod for such a value,
// and runs zod, unchanged, for every other: the issues of invalid input all come from zod as before.

/** zod would refuse the value. Exact: a union relies on it to try its next option as zod does. */
export const INVALID: unique symbol = Symbol("invalid");
/** The checker cannot tell (a construct it does not know, a key zod would drop): zod must decide. */
export const UNDECIDED: unique symbol = Symbol("undecided");

/** What zod's output would be, or that zod refuses the value, or that zod must decide. */
export type Outcome = unknown;

/**
 * A compiled check of a value that the input pass made (plain objects and arrays, no holes, no symbols): zod's
 * output (the value itself, or a copy in zod's key order), {@link INVALID} or {@link UNDECIDED}.
 */
export type Checker = (value: unknown) => Outcome;

const decided = (outcome: Outcome): boolean => outcome !== INVALID && outcome !== UNDECIDED;

interface ZodCheckInternals {
  def: {
    check: string;
    format?: string;
    pattern?: RegExp;
    value?: unknown;
    inclusive?: boolean;
    minimum?: number;
    when?: (payload: Payload) => boolean;
  };
  check: (payload: Payload) => unknown;
}

interface Internals {
  def: {
    type: string;
    coerce?: boolean;
    checks?: { _zod: ZodCheckInternals }[];
    shape?: Record<string, z.ZodMiniType>;
    catchall?: z.ZodMiniType;
    element?: z.ZodMiniType;
    innerType?: z.ZodMiniType;
    keyType?: z.ZodMiniType;
    valueType?: z.ZodMiniType;
    options?: z.ZodMiniType[];
    discriminator?: string;
    unionFallback?: boolean;
    inclusive?: boolean;
  };
  traits: Set<string>;
  optin?: "optional" | "defaulted";
  optout?: "optional";
  values?: Set<unknown>;
  propValues?: Record<string, Set<unknown>>;
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

const internalsOf = (schema: z.ZodMiniType): Internals => (schema as unknown as { _zod: Internals })._zod;

const undecided: Checker = () => UNDECIDED;
const same: Checker = (value) => value;

/** A key every object lists first, in ascending order, whatever the order it was set in: its place needs no check. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const isArrayIndex = (key: string): boolean => ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;

const compiled = new WeakMap<object, Checker>();

/** The checker of `schema`, compiled on first use and kept for the schema's lifetime. */
export function checkerOf(schema: z.ZodMiniType): Checker {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  // A schema that reaches itself (through a getter in a shape) meets this stand-in until it is compiled.
  let done: Checker | undefined;
  compiled.set(schema, (value) => (done as Checker)(value));
  done = compile(schema);
  compiled.set(schema, done);
  return done;
}

function compile(schema: z.ZodMiniType): Checker {
  const internals = internalsOf(schema);
  const def = internals.def;
  // A schema that is a check itself (z.int(), z.email() …) runs as its own first check, as zod runs it.
  const own = internals.traits.has("$ZodCheck") ? [{ _zod: internals as unknown as ZodCheckInternals }] : [];
  const checks = compileChecks([...own, ...(def.checks ?? [])], def.type);
  if (checks === undefined || def.coerce === true) return undecided;
  const base = compileType(internals);
  if (base === undefined) return undecided;
  if (checks.length === 0) return base;
  if (def.type === "string" || def.type === "number") return checkedScalar(def.type, checks);
  return (value) => {
    // zod runs a schema's checks on its output.
    const output = base(value);
    if (!decided(output)) return output;
    for (const check of checks) {
      const passed = check(output);
      if (passed !== true) return passed === false ? INVALID : UNDECIDED;
    }
    return output;
  };
}

/**
 * A string or number with checks, the most common values of a document, in one closure: its output is the value
 * itself, so the type's own checker and the test of its outcome are not needed. A number is finite, as
 * {@link compileType} asks.
 */
function checkedScalar(type: "string" | "number", checks: CompiledCheck[]): Checker {
  const [first, second] = checks as [CompiledCheck, CompiledCheck | undefined];
  const isType =
    type === "string"
      ? (value: unknown) => typeof value === "string"
      : (value: unknown) => typeof value === "number" && Number.isFinite(value);
  const outcome = (passed: boolean | undefined): Outcome => (passed === false ? INVALID : UNDECIDED);
  if (checks.length === 1) {
    return (value) => {
      if (!isType(value)) return INVALID;
      const passed = first(value);
      return passed === true ? value : outcome(passed);
    };
  }
  if (checks.length === 2) {
    return (value) => {
      if (!isType(value)) return INVALID;
      let passed = first(value);
      if (passed !== true) return outcome(passed);
      passed = (second as CompiledCheck)(value);
      return passed === true ? value : outcome(passed);
    };
  }
  return (value) => {
    if (!isType(value)) return INVALID;
    for (let index = 0; index < checks.length; index++) {
      const passed = (checks[index] as CompiledCheck)(value);
      if (passed !== true) return outcome(passed);
    }
    return value;
  };
}

function compileType(internals: Internals): Checker | undefined {
  const def = internals.def;
  switch (def.type) {
    case "string":
      return (value) => (typeof value === "string" ? value : INVALID);
    case "number":
      return (value) => (typeof value === "number" && Number.isFinite(value) ? value : INVALID);
    case "boolean":
      return (value) => (typeof value === "boolean" ? value : INVALID);
    case "literal":
    case "enum": {
      const values = internals.values;
      return values === undefined ? undefined : (value) => (values.has(value) ? value : INVALID);
    }
    case "unknown":
    case "any":
      return same;
    case "optional":
      return compileOptional(internals);
    case "nullable": {
      const inner = def.innerType === undefined ? undefined : checkerOf(def.innerType);
      return inner === undefined ? undefined : (value) => (value === null ? null : inner(value));
    }
    case "array":
      return def.element === undefined ? undefined : compileArray(checkerOf(def.element));
    case "object":
      return compileObject(internals);
    case "record":
      return compileRecord(internals);
    case "union":
      return def.discriminator === undefined ? compileUnion(internals) : compileDiscriminatedUnion(internals);
    default:
      // Transforms, pipes, defaults, lazy schemas, tuples, intersections …: zod decides.
      return undefined;
  }
}

function compileOptional(internals: Internals): Checker | undefined {
  const inner = internals.def.innerType;
  // An exact optional refuses an undefined value; a defaulted inner schema puts a value in its place.
  if (inner === undefined || internals.traits.has("$ZodExactOptional") || internalsOf(inner).optin === "defaulted") return undefined;
  const check = checkerOf(inner);
  return (value) => (value === undefined ? undefined : check(value));
}

function compileArray(element: Checker): Checker {
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    let output: unknown[] | typeof UNDECIDED = value;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const outcome = element(item);
      if (outcome === INVALID) return INVALID;
      if (outcome === UNDECIDED) output = UNDECIDED;
      else if (outcome !== item && output !== UNDECIDED) {
        // An element given in another key order: the array is copied, the input pass's value is not changed.
        if (output === value) output = value.slice();
        output[index] = outcome;
      }
    }
    return output;
  };
}

interface Field {
  index: number;
  check: Checker;
  /** zod refuses the object without the key. */
  required: boolean;
}

/**
 * A loose, strict or stripping object. zod's output lists the shape's fields first, in the shape's order, then the
 * keys the shape does not name (a loose object) in the input's order: an input in another order gives a copy in
 * that order. A stripping object with unknown keys is left to zod. Only the input's own keys are read (its fields
 * counted, so that a missing required one is found without looking for every field the shape has).
 */
function compileObject(internals: Internals): Checker | undefined {
  const { shape, catchall } = internals.def;
  if (shape === undefined || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const keys = Object.keys(shape);
  // zod asks `key in input`: a field named like a member of Object.prototype would be found there.
  if (keys.some((key) => key in Object.prototype || key === "__proto__" || isArrayIndex(key))) return undefined;
  const fields = new Map<string, Field>();
  const list: Field[] = [];
  let requiredCount = 0;
  for (const [index, key] of keys.entries()) {
    const { optin, optout } = internalsOf(shape[key] as z.ZodMiniType);
    const required = optin === undefined;
    // A field zod fills in when it is absent (a default) is left to zod.
    if (!required && !(optin === "optional" && optout === "optional")) return undefined;
    if (required) requiredCount++;
    const field = { index, check: checkerOf(shape[key] as z.ZodMiniType), required };
    fields.set(key, field);
    list.push(field);
  }
  const rest = catchall === undefined ? undefined : internalsOf(catchall).def.type === "never" ? null : checkerOf(catchall);
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return INVALID;
    if (Object.getPrototypeOf(value) !== Object.prototype) return UNDECIDED;
    const record = value as Record<string, unknown>;
    let undecidedSeen = false;
    // Whether zod's output is the input itself: every value given back as it is, the keys in zod's order.
    let itself = true;
    // The outcomes that are not the value itself (a copy in zod's order), made only when there is one.
    let changed: Map<string, unknown> | undefined;
    let required = 0;
    let last = -1;
    let other = false;
    // The keys mostly come in the shape's order: the fields after the last one found are compared first, which is
    // cheaper than a lookup in the map (that finds the others).
    let from = 0;
    // The input pass's values have own enumerable string keys only, so `for … in` lists what zod reads.
    for (const key in record) {
      const at = nameFrom(keys, key, from);
      const field = at === -1 ? fields.get(key) : list[at];
      if (at !== -1) from = at + 1;
      let check: Checker;
      if (field !== undefined) {
        if (other || field.index < last) itself = false;
        last = field.index;
        if (field.required) required++;
        check = field.check;
      } else if (rest === undefined || key === "__proto__") {
        undecidedSeen = true;
        continue;
      } else if (rest === null) {
        return INVALID;
      } else {
        if (!isArrayIndex(key)) other = true;
        check = rest;
      }
      const item = record[key];
      const outcome = check(item);
      if (outcome === INVALID) return INVALID;
      if (outcome === UNDECIDED) undecidedSeen = true;
      else if (outcome !== item) {
        itself = false;
        changed ??= new Map();
        changed.set(key, outcome);
      }
    }
    if (required !== requiredCount) return INVALID;
    if (undecidedSeen) return UNDECIDED;
    return itself ? value : inZodOrder(record, keys, fields, changed);
  };
}

/** zod's output of an object the checks accepted: the fields present, in the shape's order, then the other keys. */
function inZodOrder(
  record: Record<string, unknown>,
  keys: string[],
  fields: Map<string, Field>,
  changed: Map<string, unknown> | undefined,
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  const at = (key: string): unknown => (changed?.has(key) ? changed.get(key) : record[key]);
  for (const key of keys) if (Object.hasOwn(record, key)) output[key] = at(key);
  for (const key in record) if (!fields.has(key)) output[key] = at(key);
  return output;
}

/** A record of string keys (any string): zod gives back every key in the input's order. */
function compileRecord(internals: Internals): Checker | undefined {
  const { keyType, valueType } = internals.def;
  if (keyType === undefined || valueType === undefined) return undefined;
  const keyDef = internalsOf(keyType).def;
  if (
    keyDef.type !== "string" ||
    keyDef.coerce === true ||
    internalsOf(keyType).traits.has("$ZodCheck") ||
    (keyDef.checks?.length ?? 0) > 0
  )
    return undefined;
  const check = checkerOf(valueType);
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return INVALID;
    // zod's plain-object test reads `constructor`; the input pass drops an own one, but a value may still have it.
    if (Object.getPrototypeOf(value) !== Object.prototype || Object.hasOwn(value, "constructor")) return UNDECIDED;
    const record = value as Record<string, unknown>;
    let undecidedSeen = false;
    let output = record;
    for (const key in record) {
      if (key === "__proto__") return UNDECIDED;
      const item = record[key];
      const outcome = check(item);
      if (outcome === INVALID) return INVALID;
      if (outcome === UNDECIDED) undecidedSeen = true;
      else if (outcome !== item) {
        if (output === record) output = { ...record };
        output[key] = outcome;
      }
    }
    return undecidedSeen ? UNDECIDED : output;
  };
}

/** A union: zod gives the result of the first option that accepts the value. */
function compileUnion(internals: Internals): Checker | undefined {
  const { options, inclusive } = internals.def;
  // An exclusive union (z.xor) fails when two options accept.
  if (options === undefined || options.length === 0 || inclusive === false) return undefined;
  const checkers = options.map(checkerOf);
  return (value) => {
    for (const check of checkers) {
      const outcome = check(value);
      if (outcome !== INVALID) return outcome;
    }
    return INVALID;
  };
}

/** A discriminated union: zod runs the one option its discriminator's value names, as its own map of them does. */
function compileDiscriminatedUnion(internals: Internals): Checker | undefined {
  const { options, discriminator, unionFallback } = internals.def;
  if (options === undefined || discriminator === undefined) return undefined;
  const byTag = new Map<unknown, Checker | null>();
  for (const option of options) {
    const tags = internalsOf(option).propValues?.[discriminator];
    if (tags === undefined || tags.size === 0) return undefined;
    // A tag two options claim is ambiguous: zod refuses it or throws, so zod decides.
    for (const tag of tags) byTag.set(tag, byTag.has(tag) ? null : checkerOf(option));
  }
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return INVALID;
    if (Object.getPrototypeOf(value) !== Object.prototype) return UNDECIDED;
    const option = byTag.get((value as Record<string, unknown>)[discriminator]);
    if (option === null) return UNDECIDED;
    if (option === undefined) return unionFallback === true ? UNDECIDED : INVALID;
    return option(value);
  };
}

/** A check of a value of the right type: `true` when zod's check passes, `false` when it fails, `undefined` when it cannot be told here. */
type CompiledCheck = (value: unknown) => boolean | undefined;

/** The checks of a schema, in zod's order; `undefined` when one of them changes the value (an overwrite such as `trim`). */
function compileChecks(checks: { _zod: ZodCheckInternals }[], type: string): CompiledCheck[] | undefined {
  const compiledChecks: CompiledCheck[] = [];
  for (const { _zod: check } of checks) {
    const def = check.def;
    if (def.check === "overwrite") return undefined;
    compiledChecks.push(fastCheck(def, type) ?? runCheck(check));
  }
  return compiledChecks;
}

/** The checks our schemas use most, done without zod's payload and issue objects; each as zod's own code does it. */
function fastCheck(def: ZodCheckInternals["def"], type: string): CompiledCheck | undefined {
  if (def.when !== undefined && def.check !== "min_length") return undefined;
  const pattern = def.pattern;
  if (def.check === "string_format" && def.format === "regex" && pattern instanceof RegExp) {
    // Only a global or sticky pattern reads `lastIndex`.
    if (!pattern.global && !pattern.sticky) return (value) => pattern.test(value as string);
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  const bound = def.value;
  if (def.check === "greater_than" && typeof bound === "number") {
    return def.inclusive === true ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
  }
  if (def.check === "less_than" && typeof bound === "number") {
    return def.inclusive === true ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
  }
  if (def.check === "number_format" && def.format === "safeint") return (value) => Number.isSafeInteger(value);
  // Of an array only: a string's length is counted in code points.
  const minimum = def.minimum;
  if (def.check === "min_length" && type === "array" && typeof minimum === "number")
    return (value) => (value as unknown[]).length >= minimum;
  return undefined;
}

/**
 * Any other check, run as zod runs it (its `when` first) on a payload of its own: it passes when it adds no issue.
 * The payload is used again while no issue has been added to it (a check that fails gets a fresh one next time).
 */
function runCheck(check: ZodCheckInternals): CompiledCheck {
  const when = check.def.when;
  let payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    if (when !== undefined && !when(payload)) return true;
    const result = check.check(payload);
    if (result instanceof Promise) {
      payload = { value: undefined, issues: [] };
      return undefined;
    }
    if (payload.issues.length === 0) return true;
    payload = { value: undefined, issues: [] };
    return false;
  };
}

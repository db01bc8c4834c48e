/** Whether two JSON values are equal, whatever the order of their keys. */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameValue(a[key], b[key])) return false;
  return true;
}

/** A field that differs between two versions of an element. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** The fields of `x` and `y` that differ, other than `exclude`, in the order of `y`'s keys then `x`'s. */
export function fieldChanges(x: object, y: object, exclude: readonly string[]): FieldChange[] {
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !exclude.includes(k));
  return keys
    .filter((field) => !sameValue(a[field], b[field]))
    .map((field) => ({
      field,
      ...(a[field] === undefined ? {} : { before: a[field] }),
      ...(b[field] === undefined ? {} : { after: b[field] }),
    }));
}

/**
 * Appends every item to `target`, one at a time: `target.push(...items)` passes each item as an argument and
 * overflows the call stack at about 125 000 of them, a size a hostile or merely large file reaches.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

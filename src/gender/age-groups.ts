import type { AgeGroup } from "./types.js";

/**
 * The default age scheme: children under 18 (*barn*, id `"children"`, 0–17) and adults (*vuxna*, id `"adults"`,
 * 18+). In Swedish statistics female children are *flickor*, female adults *kvinnor*.
 *
 * @example
 * ```ts
 * disaggregated({ unit: "count", cells: [{ sex: "female", age: "children", value: 3 }] }).ageGroups === DEFAULT_AGE_GROUPS; // same content
 * ```
 */
export const DEFAULT_AGE_GROUPS: readonly AgeGroup[] = Object.freeze([
  Object.freeze({ id: "children", from: 0, to: 17 }),
  Object.freeze({ id: "adults", from: 18 }),
]);

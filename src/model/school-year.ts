import type { Period } from "./common.js";

/**
 * The school year (*läsår*, August to June) that ends in `year`, as a period: a value counted per school year is
 * the value of the calendar year in which its school year ends, so *läsåret 2018/19* is 2019's value.
 *
 * @example
 * ```ts
 * schoolYear(2019); // { start: "2018-08", end: "2019-06" }
 * ```
 */
export function schoolYear(year: number): Period {
  return { start: `${year - 1}-08`, end: `${year}-06` };
}

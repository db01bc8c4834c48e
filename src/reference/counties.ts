import { COUNTIES } from "./data.generated.js";
import type { County } from "./types.js";

/**
 * All 21 Swedish counties (*län*), sorted by SCB county code (*länskod*). The array and its counties are frozen.
 *
 * @returns The same frozen array on every call.
 *
 * @example
 * ```ts
 * counties().length; // 21
 * counties()[0]; // { code: "01", name: "Stockholms län", shortName: "Stockholm" }
 * ```
 */
export function counties(): readonly County[] {
  return COUNTIES;
}

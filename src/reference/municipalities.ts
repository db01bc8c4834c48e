import { MUNICIPALITIES } from "./data.generated.js";
import type { Municipality } from "./types.js";

/**
 * All 290 Swedish municipalities (*kommuner*), sorted by SCB municipality code (*kommunkod*). The array and
 * its municipalities are frozen.
 *
 * @returns The same frozen array on every call.
 *
 * @example
 * ```ts
 * municipalities().length; // 290
 * municipalities()[0]; // { code: "0114", name: "Upplands Väsby", longName: "Upplands Väsby kommun", countyCode: "01" }
 * ```
 */
export function municipalities(): readonly Municipality[] {
  return MUNICIPALITIES;
}

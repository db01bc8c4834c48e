import type { MeasureType } from "../../model/measure.js";

/**
 * Measures whose values are counts that add up: parts (municipalities, sex cells) can be compared with their
 * total, and a total can be summed from its municipalities.
 */
export const ADDITIVE: ReadonlySet<MeasureType> = new Set(["count", "frequency"]);

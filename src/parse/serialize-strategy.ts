import { type Strategy, StrategySchema } from "../model/strategy.js";
import { canonicalJson } from "./canonical-json.js";

/**
 * Writes a strategy as canonical JSON: keys in the order of the file format (unknown keys after, sorted), two-space
 * indent, final newline. Parsing a canonical file and serialising it again gives the same bytes, and every
 * field is kept, including ones this library does not know.
 *
 * @example
 * ```ts
 * await writeFile("strategy.json", serializeStrategy(strategy));
 * ```
 */
export function serializeStrategy(strategy: Strategy): string {
  return canonicalJson(strategy, StrategySchema);
}

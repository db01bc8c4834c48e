import { resolveEncoding } from "../core/encoding.js";
import type { Strategy } from "../model/strategy.js";
import type { ParseOptions } from "../parse/options.js";
import { parseStrategy } from "../parse/parse-strategy.js";
import { readBytes } from "./read-file.js";

/**
 * Reads a national strategy file from disk and parses it (Node.js only). Throws a {@link FileError} when
 * the file cannot be read and a `ParseError` listing every problem when its content is not a valid strategy. A
 * file in another encoding than UTF-8 is read as `options.encoding` says, as {@link loadPlan} does.
 *
 * @example
 * ```ts
 * import { loadStrategy } from "andt-plan/node";
 * const strategy = await loadStrategy("fixtures/andt-2016-2020.json");
 * ```
 */
export async function loadStrategy(path: string, options?: ParseOptions): Promise<Strategy> {
  resolveEncoding(options?.encoding);
  return parseStrategy(await readBytes(path, options?.lang), options);
}

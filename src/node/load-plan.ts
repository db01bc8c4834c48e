import { resolveEncoding } from "../core/encoding.js";
import type { Plan } from "../model/plan.js";
import type { ParseOptions } from "../parse/options.js";
import { parsePlan } from "../parse/parse-plan.js";
import { readBytes } from "./read-file.js";

/**
 * Reads a plan file from disk and parses it (Node.js only). Throws a {@link FileError} when the file
 * cannot be read and a `ParseError` listing every problem when its content is not a valid plan. A file saved in
 * another encoding than UTF-8 (Windows-1252 from Word or Notepad) is refused with an `invalid_encoding` issue
 * naming the encoding found, unless `options.encoding` says how to read it; an `encoding` that is not a
 * `TextEncoding` throws an `OptionError` `invalid_encoding`.
 *
 * @example
 * ```ts
 * import { loadPlan } from "andt-plan/node";
 * const plan = await loadPlan("fixtures/kronoberg-2017-2021.json");
 * const fromWord = await loadPlan("plan-ansi.json", { encoding: "windows-1252" });
 * ```
 */
export async function loadPlan(path: string, options?: ParseOptions): Promise<Plan> {
  // A mistaken encoding is told before the file is read, like a mistaken language.
  resolveEncoding(options?.encoding);
  return parsePlan(await readBytes(path, options?.lang), options);
}

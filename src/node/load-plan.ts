import type { Plan } from "../model/plan.js";
import type { ParseOptions } from "../parse/options.js";
import { parsePlan } from "../parse/parse-plan.js";
import { readBytes } from "./read-file.js";

/**
 * Reads a plan file from disk and parses it (Node.js only). Throws a {@link FileError} when the file
 * cannot be read and a `ParseError` listing every problem when its content is not a valid plan.
 *
 * @example
 * ```ts
 * import { loadPlan } from "andt-plan/node";
 * const plan = await loadPlan("fixtures/kronoberg-2017-2021.json");
 * ```
 */
export async function loadPlan(path: string, options?: ParseOptions): Promise<Plan> {
  return parsePlan(await readBytes(path, options?.lang), options);
}

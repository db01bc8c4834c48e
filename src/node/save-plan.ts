import { writeFile } from "node:fs/promises";
import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { serializePlan } from "../parse/serialize-plan.js";
import { FileError } from "./file-error.js";

/**
 * Writes a plan to disk as canonical JSON (Node.js only), keeping every field. Throws a {@link FileError}
 * when the file cannot be written.
 *
 * @example
 * ```ts
 * import { loadPlan, savePlan } from "andt-plan/node";
 * await savePlan("copy.json", await loadPlan("plan.json"));
 * ```
 */
export async function savePlan(path: string, plan: Plan, options?: { lang?: Lang }): Promise<void> {
  try {
    await writeFile(path, serializePlan(plan), "utf8");
  } catch (error) {
    throw new FileError("file_unwritable", path, (error as NodeJS.ErrnoException).code ?? String(error), resolveLang(options?.lang));
  }
}

import { readFile } from "node:fs/promises";
import { PlanFileError } from "./file-error.js";
import type { Lang } from "../core/lang.js";

/** Reads a file's bytes, turning the system's errors into a {@link PlanFileError}. */
export async function readBytes(path: string, lang: Lang | undefined): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new PlanFileError("file_not_found", path, "ENOENT", lang);
    throw new PlanFileError("file_unreadable", path, code ?? String(error), lang);
  }
}

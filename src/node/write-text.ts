import { lstat, mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Lang } from "../core/lang.js";
import { FileError } from "./file-error.js";

/**
 * Writes a text file for the command line, creating the folders it needs, and turns every failure of the
 * system into a {@link FileError} `file_unwritable` with Node's code as the reason. Missing folders are made
 * one at a time, top down, after finding the nearest one that exists: Node's recursive `mkdir` loops without
 * end under `/proc`, and a walk up the path ends at the root. `exclusive` refuses a file that is there already
 * (`file_unwritable`, reason `EEXIST`).
 */
export async function writeText(file: string, text: string, lang: Lang, options: { exclusive?: boolean } = {}): Promise<void> {
  try {
    const missing: string[] = [];
    for (let dir = dirname(file); !(await exists(dir)); dir = dirname(dir)) {
      missing.unshift(dir);
      if (dirname(dir) === dir) break;
    }
    for (const dir of missing) await mkdir(dir);
    await writeFile(file, text, { encoding: "utf8", flag: options.exclusive === true ? "wx" : "w" });
  } catch (error) {
    throw new FileError("file_unwritable", file, (error as NodeJS.ErrnoException).code ?? String(error), lang);
  }
}

/** Whether something (a folder, a file, a link even if dangling) is at `path`; other failures are thrown. */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

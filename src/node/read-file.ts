import { readFile } from "node:fs/promises";
import { resolveLang } from "../core/resolve-lang.js";
import { FileError } from "./file-error.js";

/** Reads a file's bytes, turning the system's errors into a {@link FileError}; `lang` is checked first. */
export async function readBytes(path: string, langOption: unknown): Promise<Uint8Array> {
  const lang = resolveLang(langOption);
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileError("file_not_found", path, "ENOENT", lang);
    throw new FileError("file_unreadable", path, code ?? String(error), lang);
  }
}

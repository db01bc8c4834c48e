import { DEFAULT_LANG, type Lang } from "../core/lang.js";

/** Why a file could not be read or written. */
export type FileErrorCode = "file_not_found" | "file_unreadable" | "file_unwritable" | "file_type_unsupported";

const MESSAGES: Record<Lang, Record<FileErrorCode, (path: string, reason: string) => string>> = {
  sv: {
    file_not_found: (path) => `Filen ${path} finns inte.`,
    file_unreadable: (path, reason) => `Filen ${path} kan inte läsas: ${reason}.`,
    file_unwritable: (path, reason) => `Filen ${path} kan inte skrivas: ${reason}.`,
    file_type_unsupported: (path, reason) => `Filen ${path} kan inte läsas: filtypen ${reason} stöds inte.`,
  },
  en: {
    file_not_found: (path) => `The file ${path} does not exist.`,
    file_unreadable: (path, reason) => `The file ${path} cannot be read: ${reason}.`,
    file_unwritable: (path, reason) => `The file ${path} cannot be written: ${reason}.`,
    file_type_unsupported: (path, reason) => `The file ${path} cannot be read: the file type ${reason} is not supported.`,
  },
};

/**
 * Thrown by the file functions of `andt-plan/node` when a file cannot be read or written (as opposed to a
 * file whose content is wrong, which throws a `ParseError`).
 *
 * @example
 * ```ts
 * try { await loadPlan("missing.json"); } catch (error) {
 *   if (error instanceof PlanFileError && error.code === "file_not_found") console.error(error.message);
 * }
 * ```
 */
export class PlanFileError extends Error {
  override readonly name = "PlanFileError";
  readonly code: FileErrorCode;
  /** The path as given. */
  readonly path: string;

  constructor(code: FileErrorCode, path: string, reason: string, lang: Lang = DEFAULT_LANG) {
    super(MESSAGES[lang][code](path, reason));
    this.code = code;
    this.path = path;
  }
}

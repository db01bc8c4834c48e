import { AndtPlanError } from "../core/error.js";
import { DEFAULT_LANG, type Lang } from "../core/lang.js";
import { fileErrorMessages } from "./messages.js";
import type { FileErrorCode, FileErrorDetails } from "./types.js";

/**
 * Thrown by the file functions of `andt-plan/node` when a file cannot be read or written (*filfel*): a plan, a
 * strategy or an observation file, as opposed to a file whose content is wrong, which throws a `ParseError`.
 * `file` is the file as given; `path` is `[]`, since the problem is the file as a whole.
 *
 * @example
 * ```ts
 * try { await loadPlan("missing.json"); } catch (error) {
 *   if (error instanceof FileError && error.code === "file_not_found") console.error(error.file, error.message);
 * }
 * ```
 */
export class FileError extends AndtPlanError<FileErrorDetails> {
  override readonly name = "FileError";
  /** The file as given. */
  readonly file: string;

  constructor(code: FileErrorCode, file: string, reason: string, lang: Lang = DEFAULT_LANG) {
    super(fileErrorMessages, code, [], { file, reason }, lang);
    this.file = file;
  }
}

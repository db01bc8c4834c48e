/**
 * The details each code of a {@link FileError} carries, keyed by code: the file as given, and why it could
 * not be read or written (Node's error code, such as `EACCES`, or for `file_type_unsupported` the extension).
 *
 * @example
 * ```ts
 * const details: FileErrorDetails["file_not_found"] = { file: "plan.json", reason: "ENOENT" };
 * ```
 */
export interface FileErrorDetails {
  file_not_found: { file: string; reason: string };
  file_unreadable: { file: string; reason: string };
  file_unwritable: { file: string; reason: string };
  file_type_unsupported: { file: string; reason: string };
}

/**
 * Why a file could not be read or written.
 *
 * @example
 * ```ts
 * const code: FileErrorCode = "file_not_found";
 * ```
 */
export type FileErrorCode = keyof FileErrorDetails;

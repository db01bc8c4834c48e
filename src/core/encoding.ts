import { OptionError } from "./option-error.js";

/**
 * A text encoding (*teckenkodning*) a file may be read in: UTF-8 (the format's own), Windows-1252 (ANSI, as Word,
 * Notepad and Swedish Excel save), Latin-1 (ISO-8859-1) or UTF-16 in either byte order (Excel's "Unicode text").
 *
 * @example
 * ```ts
 * const encoding: TextEncoding = "windows-1252";
 * ```
 */
export type TextEncoding = "utf-8" | "windows-1252" | "latin1" | "utf-16le" | "utf-16be";

/**
 * Every {@link TextEncoding}, in the order the help text lists them.
 *
 * @example
 * ```ts
 * TEXT_ENCODINGS.includes("latin1"); // true
 * ```
 */
export const TEXT_ENCODINGS = ["utf-8", "windows-1252", "latin1", "utf-16le", "utf-16be"] as const satisfies readonly TextEncoding[];

/** Whether a value names a {@link TextEncoding}. */
export function isTextEncoding(value: unknown): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly unknown[]).includes(value);
}

/**
 * The encoding an option names: `undefined` (read as UTF-8) when it names none. Any other value than a
 * {@link TextEncoding} is a mistake of the caller and throws.
 *
 * @throws {@link OptionError} `invalid_encoding`.
 */
export function resolveEncoding(encoding: unknown): TextEncoding | undefined {
  if (encoding === undefined || isTextEncoding(encoding)) return encoding;
  throw new OptionError("invalid_encoding", ["encoding"], { received: String(encoding), allowed: TEXT_ENCODINGS });
}

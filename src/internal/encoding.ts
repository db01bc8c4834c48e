import type { TextEncoding } from "../core/encoding.js";

/**
 * The UTF-16 byte order of a file that is UTF-16 (Excel's "Unicode text"): told by its BOM (`FF FE`, `FE FF`),
 * else by a first character of ASCII with its zero byte; `undefined` for any other file.
 */
export function utf16Of(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a !== 0 && b === 0)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0 && b !== 0)) return "utf-16be";
  return undefined;
}

/** Whether the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding a file that is not UTF-8 seems to be in: UTF-16 when its bytes say so, else Windows-1252. Latin-1
 * is never the guess: it differs from Windows-1252 only in 0x80–0x9F, control characters no text file holds, so a
 * Latin-1 file reads the same either way.
 */
export function guessEncoding(bytes: Uint8Array): "windows-1252" | "utf-16le" | "utf-16be" {
  return utf16Of(bytes) ?? "windows-1252";
}

// Windows-1252 bytes 0x80–0x9F (the WHATWG table); every other byte is the code point of the same number.
const CP1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Decodes Windows-1252 by its table. Not with TextDecoder("windows-1252"): Node 20 and 22 decode it as
 * ISO-8859-1, which turns Excel's "–" (0x96) and "€" (0x80) into invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * Decodes bytes in an encoding other than UTF-8 (which the parsers decode themselves, strictly). A BOM is kept,
 * for the parser to report.
 */
export function decodeAs(bytes: Uint8Array, encoding: Exclude<TextEncoding, "utf-8">): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  // Latin-1 is every byte as the code point of the same number.
  if (encoding === "latin1") {
    let text = "";
    for (const byte of bytes) text += String.fromCharCode(byte);
    return text;
  }
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

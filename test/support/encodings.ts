/**
 * A text as Windows-1252 bytes, as Word or Notepad save it "ANSI": each character of Latin-1 as its own byte, the
 * dash "–" as 0x96. Throws on any other character, so a test cannot pass on bytes it did not mean.
 */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    if (char === "–") return 0x96;
    const code = char.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`not in the test's Windows-1252: ${char}`);
    return code;
  });
}

/** A text as UTF-16 bytes in the given byte order, with a BOM when asked. */
export function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const [high, low] = [body.charCodeAt(i) >> 8, body.charCodeAt(i) & 0xff];
    bytes[2 * i] = order === "le" ? low : high;
    bytes[2 * i + 1] = order === "le" ? high : low;
  }
  return bytes;
}

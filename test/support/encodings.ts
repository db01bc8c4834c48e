// The characters Windows-1252 puts at 0x80–0x9F, written out here rather than taken from the code under test.
const CP1252_80_9F: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/**
 * A text as Windows-1252 bytes, as Word or Notepad save it "ANSI": each character of Latin-1 as its own byte
 * (å ä ö as 0xE5 0xE4 0xF6), the dash "–" as 0x96 and so on. Throws on any other character, so a test cannot pass
 * on bytes it did not mean.
 */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const special = CP1252_80_9F[char];
    if (special !== undefined) return special;
    const code = char.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`not in Windows-1252: ${char}`);
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

import { describe, expect, it } from "vitest";
import { decodeAs, decodeWindows1252, guessEncoding, isUtf8, utf16Of } from "../../src/internal/encoding.js";
import { utf16, windows1252 } from "../support/encodings.js";

describe("the encoding detector shared by plans and CSV", () => {
  it("tells UTF-16 by its BOM or by the zero byte of a first ASCII character, in both byte orders", () => {
    expect(utf16Of(utf16("{}", "le", true))).toBe("utf-16le");
    expect(utf16Of(utf16("{}", "be", true))).toBe("utf-16be");
    expect(utf16Of(utf16("{}", "le", false))).toBe("utf-16le");
    expect(utf16Of(utf16("{}", "be", false))).toBe("utf-16be");
    expect(utf16Of(new TextEncoder().encode('{"å":1}'))).toBeUndefined();
    // An odd number of bytes is never UTF-16.
    expect(utf16Of(new Uint8Array([0x7b, 0x00, 0x7d]))).toBeUndefined();
  });

  it("guesses Windows-1252 for bytes that are not UTF-8 nor UTF-16", () => {
    const bytes = windows1252('{"title":"Åtgärder för öar"}');
    expect(isUtf8(bytes)).toBe(false);
    expect(guessEncoding(bytes)).toBe("windows-1252");
    expect(guessEncoding(utf16("{}", "be", true))).toBe("utf-16be");
  });

  it("decodes å ä ö (0xE5 0xE4 0xF6) and Windows-1252's own dash and euro (0x96 0x80)", () => {
    expect(decodeWindows1252(new Uint8Array([0xe5, 0xe4, 0xf6, 0x96, 0x80]))).toBe("åäö–€");
    expect(decodeAs(new Uint8Array([0xe5, 0xe4, 0xf6, 0x96, 0x80]), "windows-1252")).toBe("åäö–€");
    // Latin-1 reads 0x96 as the control character of the same number.
    expect(decodeAs(new Uint8Array([0xe5, 0x96]), "latin1")).toBe("å\u0096");
    expect(decodeAs(utf16("Växjö", "le", false), "utf-16le")).toBe("Växjö");
    // The BOM is kept, for the parser to report.
    expect(decodeAs(utf16("Växjö", "be", true), "utf-16be")).toBe("\uFEFFVäxjö");
  });
});

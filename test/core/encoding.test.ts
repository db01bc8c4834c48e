import { describe, expect, it } from "vitest";
import { isTextEncoding, resolveEncoding, TEXT_ENCODINGS } from "../../src/core/encoding.js";
import { encodingName } from "../../src/core/wording.js";
import { OptionError } from "../../src/index.js";

describe("text encodings", () => {
  it("knows five encodings and names each for a reader", () => {
    expect(TEXT_ENCODINGS.map(encodingName)).toEqual(["UTF-8", "Windows-1252", "Latin-1 (ISO-8859-1)", "UTF-16 LE", "UTF-16 BE"]);
    expect([isTextEncoding("latin1"), isTextEncoding("Latin1"), isTextEncoding(1252)]).toEqual([true, false, false]);
  });

  it("resolves an absent encoding to undefined and a known one to itself", () => {
    expect(resolveEncoding(undefined)).toBeUndefined();
    expect(resolveEncoding("utf-16be")).toBe("utf-16be");
  });

  it("throws OptionError invalid_encoding at path encoding for any other value, in both languages", () => {
    let error: unknown;
    try {
      resolveEncoding("cp437");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect(error).toMatchObject({
      code: "invalid_encoding",
      path: ["encoding"],
      details: { received: "cp437", allowed: TEXT_ENCODINGS },
      messages: {
        sv: 'Teckenkodningen ska vara en av "utf-8", "windows-1252", "latin1", "utf-16le", "utf-16be", inte "cp437".',
        en: 'The encoding must be one of "utf-8", "windows-1252", "latin1", "utf-16le", "utf-16be", not "cp437".',
      },
    });
  });
});

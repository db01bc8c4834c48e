import { describe, expect, it } from "vitest";
import { resolveLang } from "../../src/core/resolve-lang.js";
import { OptionError } from "../../src/index.js";
import { thrown } from "../support/errors.js";

describe("resolveLang", () => {
  it("is Swedish when no language is named, and the language named otherwise", () => {
    expect([resolveLang(undefined), resolveLang("sv"), resolveLang("en")]).toEqual(["sv", "sv", "en"]);
  });

  it.each([["de"], ["EN"], [""], [null], [1]])("refuses %j with an OptionError at lang, in Swedish and English", (lang) => {
    const error = thrown(OptionError, () => resolveLang(lang));
    expect([error.name, error.code, error.path, error.details]).toEqual([
      "OptionError",
      "invalid_lang",
      ["lang"],
      { received: String(lang) },
    ]);
    expect(error.messages).toEqual({
      sv: `Språket ska vara "sv" eller "en", inte "${String(lang)}".`,
      en: `The language must be "sv" or "en", not "${String(lang)}".`,
    });
    expect(error.message).toBe(error.messages.sv);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMunicipalityCode } from "../../src/reference/is-municipality-code.js";

describe("isMunicipalityCode", () => {
  it.each(["0780", "0000", "0799", "9999"])("accepts %j (form only, known or not)", (value) => {
    expect(isMunicipalityCode(value)).toBe(true);
  });

  it.each(["780", "07800", " 0780", "0780\n", "07", "", "O780", "٠٧٨٠", 780, null, undefined])("refuses %j", (value) => {
    expect(isMunicipalityCode(value)).toBe(false);
  });

  it("is true exactly for strings of four ASCII digits (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{4}$/), (code) => {
        expect(isMunicipalityCode(code)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(isMunicipalityCode(text)).toBe(text.length === 4 && [...text].every((ch) => ch >= "0" && ch <= "9"));
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCountyCode } from "../../src/reference/is-county-code.js";

describe("isCountyCode", () => {
  it.each(["07", "00", "02", "99"])("accepts %j (form only, known or not)", (value) => {
    expect(isCountyCode(value)).toBe(true);
  });

  it.each(["7", "007", " 07", "07\n", "0780", "", "ab", "٠٧", "０７", 7, null, undefined, { code: "07" }])("refuses %j", (value) => {
    expect(isCountyCode(value)).toBe(false);
  });

  it("is true exactly for strings of two ASCII digits (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{2}$/), (code) => {
        expect(isCountyCode(code)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(isCountyCode(text)).toBe(text.length === 2 && [...text].every((ch) => ch >= "0" && ch <= "9"));
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { counties } from "../../src/reference/counties.js";
import { findCounty } from "../../src/reference/find-county.js";

describe("findCounty", () => {
  it.each(["Kronobergs län", "Kronoberg", "07", "kronobergs LÄN", "KRONOBERG", "  Kronobergs \t län\n"])(
    "finds Kronobergs län from %j",
    (query) => {
      expect(findCounty(query)).toEqual({ code: "07", name: "Kronobergs län", shortName: "Kronoberg" });
    },
  );

  it("treats NFD (decomposed) and NFC spellings alike", () => {
    const nfd = "Västra Götalands län".normalize("NFD");
    expect(nfd).not.toBe("Västra Götalands län");
    expect(findCounty(nfd)?.code).toBe("14");
    expect(findCounty("Örebro".normalize("NFD"))?.code).toBe("18");
  });

  it("finds every county by its name, short name and code, as the listed object", () => {
    for (const county of counties()) {
      expect(findCounty(county.name)).toBe(county);
      expect(findCounty(county.shortName)).toBe(county);
      expect(findCounty(county.code)).toBe(county);
    }
  });

  it("finds a county whatever the case and surrounding white space (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...counties()),
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.stringMatching(/^\s{0,3}$/),
        fc.stringMatching(/^\s{0,3}$/),
        (county, useShort, upper, before, after) => {
          const name = useShort ? county.shortName : county.name;
          const cased = [...name].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("");
          expect(findCounty(before + cased + after)).toBe(county);
        },
      ),
    );
  });

  it.each(["02", "7", "Småland", "Kronobergs", "Kronoberg län", "Vastra Gotaland", "", "   ", "0780", "Växjö"])(
    "returns undefined for %j",
    (query) => {
      expect(findCounty(query)).toBeUndefined();
    },
  );

  it("throws invalid_name for a value that is not a string", () => {
    expect(() => findCounty(7 as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid_name", details: { value: 7, kind: "county" } }),
    );
    expect(() => findCounty(undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid_name", details: { value: undefined, kind: "county" } }),
    );
  });

  it("words the error in Swedish, or in English with lang en", () => {
    expect(() => findCounty(7 as unknown as string)).toThrow(/^Ett läns namn eller kod ska vara en sträng, inte 7\.$/u);
    expect(() => findCounty(7 as unknown as string, { lang: "en" })).toThrow(/^A county name or code must be a string, not 7\.$/u);
  });
});

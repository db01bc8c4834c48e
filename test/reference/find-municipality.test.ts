import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMunicipality } from "../../src/reference/find-municipality.js";
import { municipalities } from "../../src/reference/municipalities.js";

const VAXJO = { code: "0780", name: "Växjö", longName: "Växjö kommun", countyCode: "07" };

describe("findMunicipality", () => {
  it.each(["Växjö", "Växjö kommun", "0780", "VÄXJÖ", "växjö KOMMUN", " Växjö  kommun "])("finds Växjö from %j", (query) => {
    expect(findMunicipality(query)).toEqual(VAXJO);
  });

  it("treats NFD (decomposed) and NFC spellings alike", () => {
    const nfd = "Växjö".normalize("NFD");
    expect(nfd).not.toBe("Växjö");
    expect(findMunicipality(nfd)).toEqual(VAXJO);
    expect(findMunicipality("Älmhult".normalize("NFD"))?.code).toBe("0765");
    expect(findMunicipality("Åre kommun".normalize("NFD"))?.code).toBe("2321");
  });

  it("accepts both the source's rule-made long name and the plain '<name> kommun'", () => {
    expect(findMunicipality("Kalmars kommun")?.code).toBe("0880");
    expect(findMunicipality("Kalmar kommun")?.code).toBe("0880");
    expect(findMunicipality("Kalixs kommun")?.code).toBe("2514");
    expect(findMunicipality("Kalix kommun")?.code).toBe("2514");
    expect(findMunicipality("Malmö")?.code).toBe("1280");
  });

  it("finds the municipality, not the county, for a shared name", () => {
    expect(findMunicipality("Kalmar")?.code).toBe("0880");
    expect(findMunicipality("Stockholm")?.code).toBe("0180");
    expect(findMunicipality("Gotland")?.code).toBe("0980");
  });

  it("finds every municipality by each of its names and its code, as the listed object", () => {
    for (const m of municipalities()) {
      expect(findMunicipality(m.name)).toBe(m);
      expect(findMunicipality(m.longName)).toBe(m);
      expect(findMunicipality(`${m.name} kommun`)).toBe(m);
      expect(findMunicipality(m.code)).toBe(m);
    }
  });

  it("finds a municipality whatever the case and surrounding white space (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...municipalities()),
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 40 }),
        fc.stringMatching(/^\s{0,3}$/),
        fc.stringMatching(/^\s{0,3}$/),
        (m, useLong, upper, before, after) => {
          const name = useLong ? m.longName : m.name;
          const cased = [...name].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("");
          expect(findMunicipality(before + cased + after)).toBe(m);
        },
      ),
    );
  });

  it.each(["Vaxjo", "Växjö stad", "Växj", "0799", "780", "Kronobergs län", "", "  "])("returns undefined for %j", (query) => {
    expect(findMunicipality(query)).toBeUndefined();
  });

  it("throws invalid_name for a value that is not a string", () => {
    expect(() => findMunicipality(780 as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid_name", details: { value: 780, kind: "municipality" } }),
    );
    expect(() => findMunicipality(null as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid_name", details: { value: null, kind: "municipality" } }),
    );
  });

  it("words the error in Swedish, or in English with lang en", () => {
    expect(() => findMunicipality(null as unknown as string)).toThrow(/^En kommuns namn eller kod ska vara en sträng, inte null\.$/u);
    expect(() => findMunicipality(null as unknown as string, { lang: "en" })).toThrow(
      /^A municipality name or code must be a string, not null\.$/u,
    );
  });
});

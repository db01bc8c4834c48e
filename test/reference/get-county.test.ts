import { describe, expect, it } from "vitest";
import { counties } from "../../src/reference/counties.js";
import { ReferenceLookupError } from "../../src/reference/errors.js";
import { getCounty } from "../../src/reference/get-county.js";

describe("getCounty", () => {
  it("returns the county with the code", () => {
    expect(getCounty("07")).toEqual({ code: "07", name: "Kronobergs län", shortName: "Kronoberg" });
    expect(getCounty("25")).toEqual({ code: "25", name: "Norrbottens län", shortName: "Norrbotten" });
  });

  it("finds every listed county by its own code, as the same frozen object", () => {
    for (const county of counties()) {
      expect(getCounty(county.code)).toBe(county);
    }
    expect(Object.isFrozen(getCounty("07"))).toBe(true);
  });

  it.each(["00", "02", "11", "15", "16", "26", "99"])("throws unknown_county for the well-formed %j", (value) => {
    expect(() => getCounty(value)).toThrow(ReferenceLookupError);
    expect(() => getCounty(value)).toThrow(expect.objectContaining({ code: "unknown_county", details: { value, kind: "county" } }));
  });

  it.each(["7", "007", "07 ", "0780", "", "ab", "٠٧", "Kronoberg"])("throws invalid_code for %j", (value) => {
    expect(() => getCounty(value)).toThrow(expect.objectContaining({ code: "invalid_code", details: { value, kind: "county" } }));
  });

  it("words the error in Swedish, or in English with lang en", () => {
    expect(() => getCounty("02")).toThrow(/^Det finns inget län med koden "02"\.$/u);
    expect(() => getCounty("02", { lang: "sv" })).toThrow(/^Det finns inget län med koden "02"\.$/u);
    expect(() => getCounty("02", { lang: "en" })).toThrow(/^No county has the code "02"\.$/u);
    expect(() => getCounty("7")).toThrow(/^Ingen länskod: "7"\. En länskod är två siffror, till exempel "07"\.$/u);
    expect(() => getCounty("7", { lang: "en" })).toThrow(/^Not a county code: "7"\. A county code is two digits, such as "07"\.$/u);
  });

  it("throws invalid_code for a value that is not a string", () => {
    expect(() => getCounty(7 as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid_code", details: { value: 7, kind: "county" } }),
    );
  });
});

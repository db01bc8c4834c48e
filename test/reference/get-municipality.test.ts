import { describe, expect, it } from "vitest";
import { ReferenceLookupError } from "../../src/reference/errors.js";
import { getMunicipality } from "../../src/reference/get-municipality.js";
import { municipalities } from "../../src/reference/municipalities.js";

describe("getMunicipality", () => {
  it("returns the municipality with the code", () => {
    expect(getMunicipality("0780")).toEqual({ code: "0780", name: "Växjö", longName: "Växjö kommun", countyCode: "07" });
    expect(getMunicipality("0765")).toEqual({ code: "0765", name: "Älmhult", longName: "Älmhults kommun", countyCode: "07" });
  });

  it("finds every listed municipality by its own code, as the same frozen object", () => {
    for (const municipality of municipalities()) {
      expect(getMunicipality(municipality.code)).toBe(municipality);
    }
    expect(Object.isFrozen(getMunicipality("0780"))).toBe(true);
  });

  it.each(["0000", "0762", "0799", "0200", "9999"])("throws unknown_municipality for the well-formed %j", (value) => {
    expect(() => getMunicipality(value)).toThrow(ReferenceLookupError);
    expect(() => getMunicipality(value)).toThrow(
      expect.objectContaining({ code: "unknown_municipality", details: { value, kind: "municipality" } }),
    );
  });

  it.each(["780", "07800", " 0780", "07", "", "Växjö"])("throws invalid_code for %j", (value) => {
    expect(() => getMunicipality(value)).toThrow(
      expect.objectContaining({ code: "invalid_code", details: { value, kind: "municipality" } }),
    );
  });

  it("words the error in Swedish, or in English with lang en", () => {
    expect(() => getMunicipality("0799")).toThrow(/^Det finns ingen kommun med koden "0799"\.$/u);
    expect(() => getMunicipality("0799", { lang: "en" })).toThrow(/^No municipality has the code "0799"\.$/u);
    expect(() => getMunicipality("780")).toThrow(/^Ingen kommunkod: "780"\. En kommunkod är fyra siffror, till exempel "0780"\.$/u);
    expect(() => getMunicipality("780", { lang: "en" })).toThrow(
      /^Not a municipality code: "780"\. A municipality code is four digits, such as "0780"\.$/u,
    );
  });

  it("throws invalid_code for a value that is not a string", () => {
    expect(() => getMunicipality(780 as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid_code", details: { value: 780, kind: "municipality" } }),
    );
  });
});

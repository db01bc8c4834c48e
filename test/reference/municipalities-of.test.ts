import { describe, expect, it } from "vitest";
import { counties } from "../../src/reference/counties.js";
import { ReferenceLookupError } from "../../src/reference/errors.js";
import { municipalities } from "../../src/reference/municipalities.js";
import { municipalitiesOf } from "../../src/reference/municipalities-of.js";

describe("municipalitiesOf", () => {
  it("gives Kronobergs län exactly its eight municipalities, sorted by code", () => {
    expect(municipalitiesOf("07").map((m) => [m.code, m.name])).toEqual([
      ["0760", "Uppvidinge"],
      ["0761", "Lessebo"],
      ["0763", "Tingsryd"],
      ["0764", "Alvesta"],
      ["0765", "Älmhult"],
      ["0767", "Markaryd"],
      ["0780", "Växjö"],
      ["0781", "Ljungby"],
    ]);
  });

  it("partitions all 290 municipalities over the 21 counties", () => {
    const all = counties().flatMap((c) => municipalitiesOf(c.code));
    expect(all).toEqual(municipalities());
    for (const c of counties()) {
      expect(municipalitiesOf(c.code).every((m) => m.countyCode === c.code)).toBe(true);
    }
  });

  it("gives Gotland its single municipality", () => {
    expect(municipalitiesOf("09")).toEqual([{ code: "0980", name: "Gotland", longName: "Gotlands kommun", countyCode: "09" }]);
  });

  it("returns a frozen list that is the same on every call", () => {
    const list = municipalitiesOf("07");
    expect(municipalitiesOf("07")).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => (list as unknown[]).push("x")).toThrow(TypeError);
    expect(municipalitiesOf("07")).toHaveLength(8);
  });

  it("throws unknown_county for a well-formed code no county has", () => {
    expect(() => municipalitiesOf("02")).toThrow(
      expect.objectContaining({ name: "ReferenceLookupError", code: "unknown_county", details: { value: "02", kind: "county" } }),
    );
  });

  it("words the error in Swedish, or in English with lang en", () => {
    expect(() => municipalitiesOf("02")).toThrow(/^Det finns inget län med koden "02"\.$/u);
    expect(() => municipalitiesOf("02", { lang: "en" })).toThrow(/^No county has the code "02"\.$/u);
    expect(() => municipalitiesOf("O7", { lang: "en" })).toThrow(
      /^Not a county code: "O7"\. A county code is two digits, such as "07"\.$/u,
    );
  });

  it.each(["7", "007", " 07", "0780", "", "O7"])("throws invalid_code for %j", (value) => {
    expect(() => municipalitiesOf(value)).toThrow(ReferenceLookupError);
    expect(() => municipalitiesOf(value)).toThrow(expect.objectContaining({ code: "invalid_code", details: { value, kind: "county" } }));
  });
});

import { describe, expect, it } from "vitest";
import { ORGANISATION_TYPE_NAMES, ORGANISATION_TYPES, SUBSTANCE_NAMES, SUBSTANCES } from "../../src/index.js";

describe("the model's names of organisation types and substances", () => {
  it("names every organisation type in both languages, each name once", () => {
    for (const lang of ["sv", "en"] as const) {
      expect(Object.keys(ORGANISATION_TYPE_NAMES[lang]).sort()).toEqual([...ORGANISATION_TYPES].sort());
      expect(new Set(Object.values(ORGANISATION_TYPE_NAMES[lang])).size).toBe(ORGANISATION_TYPES.length);
    }
    expect([ORGANISATION_TYPE_NAMES.sv.association_of_municipalities, ORGANISATION_TYPE_NAMES.en.association_of_municipalities]).toEqual([
      "kommunförbund",
      "association of municipalities",
    ]);
    expect([ORGANISATION_TYPE_NAMES.sv.municipal_department, ORGANISATION_TYPE_NAMES.en.municipal_department]).toEqual([
      "kommunal förvaltning",
      "municipal department",
    ]);
  });

  it("names every substance in both languages", () => {
    expect(SUBSTANCES.map((s) => SUBSTANCE_NAMES.sv[s])).toEqual(["alkohol", "narkotika", "dopning", "tobak", "nikotin", "spel om pengar"]);
    expect(SUBSTANCES.map((s) => SUBSTANCE_NAMES.en[s])).toEqual(["alcohol", "narcotics", "doping", "tobacco", "nicotine", "gambling"]);
  });
});

import { describe, expect, it } from "vitest";
import { GenderInputError } from "../../src/gender/index.js";
import { genderErrorMessages } from "../../src/gender/messages.js";

describe("GenderInputError", () => {
  it("carries code, path, details and a localised message", () => {
    const sv = new GenderInputError("zero_population", ["population", "cells", 1], {});
    expect(sv).toBeInstanceOf(Error);
    expect([sv.name, sv.code, sv.path, sv.details, sv.message]).toEqual([
      "GenderInputError",
      "zero_population",
      ["population", "cells", 1],
      {},
      "Befolkningen är 0, så ett tal per 100 000 kan inte beräknas.",
    ]);
    const en = new GenderInputError("duplicate_cell", ["cells", 2], { cell: "male" }, "en");
    expect(en.message).toBe("The cell male occurs more than once.");
  });

  it("has a Swedish and an English text for every code, and they differ", () => {
    expect(Object.keys(genderErrorMessages.en)).toEqual(Object.keys(genderErrorMessages.sv));
    for (const code of Object.keys(genderErrorMessages.sv) as (keyof typeof genderErrorMessages.sv)[]) {
      const sv = (genderErrorMessages.sv[code] as (d: object) => string)({});
      const en = (genderErrorMessages.en[code] as (d: object) => string)({});
      expect(sv.length, code).toBeGreaterThan(10);
      expect(en.length, code).toBeGreaterThan(10);
      expect(sv, code).not.toBe(en);
    }
  });
});

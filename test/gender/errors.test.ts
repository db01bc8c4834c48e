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

describe("Swedish messages name cells and units in Swedish (issue 14, case 16)", () => {
  it("names the cell and the unit in Swedish, and agrees in gender", () => {
    expect(new GenderInputError("duplicate_cell", [], { cell: "female" }).message).toBe("Cellen för kvinnor förekommer mer än en gång.");
    expect(new GenderInputError("missing_cell", [], { cell: "male, 16-29" }).message).toBe("Cellen för män, 16-29 saknas.");
    expect(new GenderInputError("not_counts", [], { unit: "rate" }).message).toBe("Operationen kräver antal, men värdet är tal.");
    expect(new GenderInputError("negative_value", [], { value: -2 }).message).toBe("Värdet kan inte vara negativt (-2).");
    expect(new GenderInputError("invalid_cell", [], {}).message).toBe(
      "Cellen måste ha antingen ett värde eller vara skyddad (..), inte båda.",
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgeGroup, Cell, Sex } from "../../src/gender/index.js";
import { fromSdmx, toSdmx } from "../../src/gender/index.js";
import { caught, HLV_BANDS } from "./helpers.js";

const bands: AgeGroup[] = [
  { id: "0-14", from: 0, to: 14 },
  { id: "15-24", from: 15, to: 24 },
  { id: "25", from: 25, to: 25 },
  { id: "65+", from: 65 },
];

describe("toSdmx / fromSdmx", () => {
  it("writes sex and age codes", () => {
    expect(toSdmx({ sex: "female", age: "children" })).toEqual({ SEX: "F", AGE: "Y_LT18" });
    expect(toSdmx({ sex: "male", age: "adults" })).toEqual({ SEX: "M", AGE: "Y_GE18" });
    expect(toSdmx({ sex: "other" })).toEqual({ SEX: "_O", AGE: "_T" });
    expect(toSdmx({ sex: "unknown", age: "15-24" }, { ageGroups: bands })).toEqual({ SEX: "_U", AGE: "Y15T24" });
    expect(toSdmx({ sex: "female", age: "25" }, { ageGroups: bands })).toEqual({ SEX: "F", AGE: "Y25" });
    expect(toSdmx({ sex: "female", age: "0-14" }, { ageGroups: bands })).toEqual({ SEX: "F", AGE: "Y_LT15" });
  });

  it("reads them back, matching bands by the years they cover", () => {
    expect(fromSdmx({ SEX: "F", AGE: "Y_LT18" })).toEqual({ sex: "female", age: "children" });
    expect(fromSdmx({ SEX: "F", AGE: "Y0T17" })).toEqual({ sex: "female", age: "children" });
    expect(fromSdmx({ SEX: "M", AGE: "Y_GE65" }, { ageGroups: bands })).toEqual({ sex: "male", age: "65+" });
    expect(fromSdmx({ SEX: "_U", AGE: "_T" })).toEqual({ sex: "unknown" });
    expect(fromSdmx({ SEX: "_O", AGE: "Y16T29" }, { ageGroups: HLV_BANDS })).toEqual({ sex: "other", age: "16-29" });
  });

  it("reads Eurostat's codes: SEX T is the sum over sexes, AGE Y15-24 a band, TOTAL all ages (issue 14, case 15)", () => {
    const youth = { ageGroups: [{ id: "15-24", from: 15, to: 24 }] };
    expect(fromSdmx({ SEX: "F", AGE: "Y15-24" }, youth)).toEqual({ sex: "female", age: "15-24" });
    expect(fromSdmx({ SEX: "M", AGE: "TOTAL" })).toEqual({ sex: "male" });
    expect(caught(() => fromSdmx({ SEX: "T", AGE: "TOTAL" }, { lang: "en" }))).toMatchObject({
      code: "not_a_cell",
      path: ["SEX"],
      message: "SEX=T, AGE=TOTAL is a sum over sexes, not a cell.",
    });
  });

  it("refuses the sum over sexes, unknown codes and bands the scheme lacks", () => {
    expect(caught(() => fromSdmx({ SEX: "_T", AGE: "_T" }, { lang: "en" }))).toEqual({
      code: "not_a_cell",
      path: ["SEX"],
      details: { key: "SEX=_T, AGE=_T" },
      message: "SEX=_T, AGE=_T is a sum over sexes, not a cell.",
    });
    expect(caught(() => fromSdmx({ SEX: "W", AGE: "_T" }))).toMatchObject({ code: "unknown_code", path: ["SEX"] });
    expect(caught(() => fromSdmx({ SEX: "F", AGE: "Y15_24" }))).toMatchObject({ code: "unknown_code", path: ["AGE"] });
    expect(caught(() => fromSdmx({ SEX: "F", AGE: "Y24T15" }))).toMatchObject({ code: "unknown_code", path: ["AGE"] });
    expect(caught(() => fromSdmx({ SEX: "F", AGE: "Y_LT0" }))).toMatchObject({ code: "unknown_code", path: ["AGE"] });
    expect(caught(() => fromSdmx({ SEX: "F", AGE: "Y15T24" }))).toMatchObject({
      code: "unknown_cell",
      path: ["AGE"],
      details: { cell: "Y15T24" },
    });
    expect(caught(() => toSdmx({ sex: "female", age: "15-24" }))).toMatchObject({
      code: "unknown_cell",
      path: ["age"],
    });
    expect(caught(() => toSdmx({ sex: "woman" as Sex }))).toMatchObject({ code: "unknown_cell", path: ["sex"] });
  });

  it("law: from(to(cell)) is the cell, for every cell of any scheme", () => {
    const scheme = fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 6 }).chain((starts) =>
      fc.boolean().map((open) => {
        const s = [...starts].sort((a, b) => a - b);
        return s.map((from, i): AgeGroup => {
          const next = s[i + 1];
          if (next === undefined) return open ? { id: `b${i}`, from } : { id: `b${i}`, from, to: from + 5 };
          return { id: `b${i}`, from, to: next - 1 };
        });
      }),
    );
    fc.assert(
      fc.property(scheme, fc.constantFrom<Sex>("female", "male", "other", "unknown"), fc.nat(), fc.boolean(), (groups, sex, k, withAge) => {
        const cell: Cell = withAge ? { sex, age: (groups[k % groups.length] as AgeGroup).id } : { sex };
        expect(fromSdmx(toSdmx(cell, { ageGroups: groups }), { ageGroups: groups })).toEqual(cell);
      }),
    );
  });
});

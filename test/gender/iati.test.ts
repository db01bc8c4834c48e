import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, Sex } from "../../src/gender/index.js";
import { fromIatiDimensions, toIatiDimensions } from "../../src/gender/index.js";
import { caught, HLV_BANDS } from "./helpers.js";

const bands = [...HLV_BANDS, { id: "30", from: 30, to: 30 }].filter((b) => b.id !== "30-44");

describe("toIatiDimensions / fromIatiDimensions", () => {
  it("writes sex, and age as from-to, from+ or one year", () => {
    expect(toIatiDimensions({ sex: "female" })).toEqual([{ name: "sex", value: "female" }]);
    expect(toIatiDimensions({ sex: "male", age: "children" })).toEqual([
      { name: "sex", value: "male" },
      { name: "age", value: "0-17" },
    ]);
    expect(toIatiDimensions({ sex: "other", age: "adults" })).toEqual([
      { name: "sex", value: "other" },
      { name: "age", value: "18+" },
    ]);
    expect(toIatiDimensions({ sex: "unknown", age: "30" }, { ageGroups: bands })).toEqual([
      { name: "sex", value: "unknown" },
      { name: "age", value: "30" },
    ]);
  });

  it("reads sex and age, and leaves other dimensions to the caller", () => {
    expect(
      fromIatiDimensions(
        [
          { name: "place", value: "Växjö" },
          { name: "age", value: "16-29" },
          { name: "sex", value: "female" },
        ],
        { ageGroups: HLV_BANDS },
      ),
    ).toEqual({
      sex: "female",
      age: "16-29",
    });
  });

  it("refuses a missing sex, repeats and unknown values", () => {
    expect(caught(() => fromIatiDimensions([{ name: "age", value: "18+" }]))).toMatchObject({
      code: "missing_cell",
      path: [],
      details: { cell: "sex" },
    });
    expect(
      caught(() =>
        fromIatiDimensions([
          { name: "sex", value: "female" },
          { name: "sex", value: "male" },
        ]),
      ),
    ).toMatchObject({ code: "duplicate_cell", path: [1] });
    expect(caught(() => fromIatiDimensions([{ name: "sex", value: "Female" }]))).toMatchObject({
      code: "unknown_code",
      path: [0, "value"],
    });
    expect(
      caught(() =>
        fromIatiDimensions([
          { name: "sex", value: "male" },
          { name: "age", value: "young" },
        ]),
      ),
    ).toMatchObject({ code: "unknown_code", path: [1, "value"] });
    expect(
      caught(() =>
        fromIatiDimensions([
          { name: "sex", value: "male" },
          { name: "age", value: "20-10" },
        ]),
      ),
    ).toMatchObject({ code: "unknown_code", path: [1, "value"] });
    expect(
      caught(() =>
        fromIatiDimensions([
          { name: "sex", value: "male" },
          { name: "age", value: "16-29" },
        ]),
      ),
    ).toMatchObject({ code: "unknown_cell", path: [1, "value"] });
  });

  it("law: from(to(cell)) is the cell", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Sex>("female", "male", "other", "unknown"),
        fc.option(fc.constantFrom(...bands.map((b) => b.id)), { nil: undefined }),
        (sex, age) => {
          const cell: Cell = age === undefined ? { sex } : { sex, age };
          expect(fromIatiDimensions(toIatiDimensions(cell, { ageGroups: bands }), { ageGroups: bands })).toEqual(cell);
        },
      ),
    );
  });
});

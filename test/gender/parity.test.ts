import { describe, expect, it } from "vitest";
import { disaggregated, parityIndex } from "../../src/gender/index.js";
import { caught, counts, deepFreeze } from "./helpers.js";

describe("parityIndex", () => {
  it("is female over male: 12 % against 8 % is 1.5, 47 against 53 is 0.8868", () => {
    const v = deepFreeze(
      disaggregated({
        unit: "percent",
        cells: [
          { sex: "female", value: 12 },
          { sex: "male", value: 8 },
        ],
      }),
    );
    expect(parityIndex(v)).toBe(1.5);
    expect(parityIndex(counts(47, 53))).toBe(47 / 53);
  });

  it("sums a count over ages unless told a band", () => {
    const v = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", age: "children", value: 6 },
        { sex: "female", age: "adults", value: 30 },
        { sex: "male", age: "children", value: 4 },
        { sex: "male", age: "adults", value: 20 },
      ],
    });
    expect(parityIndex(v)).toBe(1.5);
    expect(parityIndex(v, { age: "children" })).toBe(1.5);
  });

  it("refuses a male value of 0", () => {
    expect(caught(() => parityIndex(counts(3, 0), { lang: "en" }))).toEqual({
      code: "zero_denominator",
      path: ["cells"],
      details: {},
      message: "The men's value is 0, so the female/male ratio cannot be computed.",
    });
  });
});

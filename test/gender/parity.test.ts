import { describe, expect, it } from "vitest";
import { adjustedParityIndex, disaggregated, parityIndex } from "../../src/gender/index.js";
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

describe("adjustedParityIndex (UNESCO UIS)", () => {
  const percent = (female: number, male: number) =>
    deepFreeze(
      disaggregated({
        unit: "percent",
        cells: [
          { sex: "female", value: female },
          { sex: "male", value: male },
        ],
      }),
    );

  it("is female ÷ male up to parity and 2 − male ÷ female above it, symmetric around 1", () => {
    // By hand: 8/12 = 0.6667; 2 − 8/12 = 1.3333; each 0.3333 from parity, where the plain index gives 0.667 and 1.5.
    expect(adjustedParityIndex(percent(8, 12))).toBe(8 / 12);
    expect(adjustedParityIndex(percent(12, 8))).toBe(2 - 8 / 12);
    expect(1 - adjustedParityIndex(percent(8, 12))).toBeCloseTo(adjustedParityIndex(percent(12, 8)) - 1, 12);
    expect(adjustedParityIndex(percent(10, 10))).toBe(1);
  });

  it("stays within 0 and 2: a zero on one side gives 0 or 2, and both zero is refused", () => {
    expect(adjustedParityIndex(percent(0, 5))).toBe(0);
    expect(adjustedParityIndex(percent(5, 0))).toBe(2);
    expect(caught(() => adjustedParityIndex(percent(0, 0)))).toMatchObject({ code: "zero_denominator", path: ["cells"] });
  });
});

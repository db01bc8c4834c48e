import { describe, expect, it } from "vitest";
import { yearUnits } from "../../../src/evaluate/internal/observed.js";
import type { Measure, Observation } from "../../../src/index.js";

const count: Measure = { type: "count", aggregation: "sum", countsPeople: true };
const state: Measure = { type: "count", aggregation: "latest" };
const half = (end: string, centrum: number, norr: number): Observation => ({
  indicator: "F.1-1",
  year: 2018,
  period: { start: end.slice(0, 4), end },
  value: centrum + norr,
  byUnit: {
    district: [
      { unit: "Centrum", value: centrum },
      { unit: "Norr", value: norr },
    ],
  },
});

describe("yearUnits", () => {
  it("sums a per-year count unit by unit: spring 4 + autumn 6 = 10 in Centrum, 7 + 2 = 9 in Norr", () => {
    const autumn = half("2018-12", 6, 2);
    autumn.byUnit?.district?.push({ unit: "Söder", value: 3 });
    expect(yearUnits(count, [half("2018-06", 4, 7), autumn])).toEqual({
      district: [
        { unit: "Centrum", value: 10 },
        { unit: "Norr", value: 9 },
        { unit: "Söder", value: 3 },
      ],
    });
  });

  it("takes the latest observation's parts for a state, and a copy of the one observation's", () => {
    const spring = half("2018-06", 4, 7);
    expect(yearUnits(state, [half("2018-12", 6, 2), spring])).toEqual({
      district: [
        { unit: "Centrum", value: 6 },
        { unit: "Norr", value: 2 },
      ],
    });
    const one = yearUnits(count, [spring]);
    expect(one).toEqual(spring.byUnit);
    expect(one).not.toBe(spring.byUnit);
  });

  it("has nothing without parts", () => {
    expect(yearUnits(count, [{ indicator: "F.1-1", year: 2018, value: 3 }])).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { disaggregated, genderGap } from "../../src/gender/index.js";
import { caught, counts, deepFreeze, HLV_BANDS } from "./helpers.js";

const bands = HLV_BANDS.slice(0, 2);
const byAge = disaggregated({
  unit: "count",
  ageGroups: bands,
  cells: [
    { sex: "female", age: "16-29", value: 10 },
    { sex: "female", age: "30-44", value: 20 },
    { sex: "male", age: "16-29", value: 30 },
    { sex: "male", age: "30-44", value: 40 },
  ],
});

describe("genderGap", () => {
  it("counts: share of women minus share of men, in percentage points (47 % − 53 % = −6)", () => {
    expect(genderGap(deepFreeze(counts(47, 53)))).toEqual({
      difference: -6,
      unit: "percentage_points",
      ratio: 47 / 53,
      direction: "men_higher",
    });
  });

  it("counts with people of unreported sex: the shares are of the reported total", () => {
    // 40 % − 50 % of 120 … no: (40 − 50) / 120 × 100 = −8.333…
    expect(genderGap(counts(40, 50, 120)).difference).toBe((100 * -10) / 120);
  });

  it("percentages: 12 % of girls and 9 % of boys is 3 percentage points", () => {
    const v = disaggregated({
      unit: "percent",
      cells: [
        { sex: "female", value: 12 },
        { sex: "male", value: 9 },
      ],
    });
    expect(genderGap(v)).toEqual({
      difference: 3,
      unit: "percentage_points",
      ratio: 12 / 9,
      direction: "women_higher",
    });
  });

  it("rates: 310 and 450 per 100 000 differ by −140 per 100 000", () => {
    const v = disaggregated({
      unit: "rate",
      cells: [
        { sex: "female", value: 310 },
        { sex: "male", value: 450 },
      ],
    });
    expect(genderGap(v)).toEqual({ difference: -140, unit: "rate", ratio: 310 / 450, direction: "men_higher" });
  });

  it("says equal, and leaves out the ratio when the men's value is 0", () => {
    expect(genderGap(counts(50, 50))).toEqual({
      difference: 0,
      unit: "percentage_points",
      ratio: 1,
      direction: "equal",
    });
    const gap = genderGap(counts(5, 0));
    expect(gap).toStrictEqual({ difference: 100, unit: "percentage_points", direction: "women_higher" });
  });

  it("by age: a count is compared over all ages, or within one band", () => {
    // 30 women and 70 men of 100: −40 points. In 16–29, 10 and 30 of 40: −50 points.
    expect(genderGap(byAge).difference).toBe(-40);
    expect(genderGap(byAge, { age: "16-29" })).toEqual({
      difference: -50,
      unit: "percentage_points",
      ratio: 1 / 3,
      direction: "men_higher",
    });
  });

  it("refuses what it cannot compare", () => {
    const rates = disaggregated({
      unit: "rate",
      ageGroups: bands,
      cells: [
        { sex: "female", age: "16-29", value: 1 },
        { sex: "male", age: "16-29", value: 2 },
      ],
    });
    expect(caught(() => genderGap(rates))).toMatchObject({ code: "age_required", path: ["age"] });
    expect(genderGap(rates, { age: "16-29" }).difference).toBe(-1);
    expect(caught(() => genderGap(byAge, { age: "65-84" }))).toMatchObject({ code: "unknown_cell", path: ["age"] });
    expect(caught(() => genderGap(counts(1, 2), { age: "adults" }))).toMatchObject({
      code: "unknown_cell",
      path: ["age"],
    });
    const onlyWomen = disaggregated({ unit: "count", cells: [{ sex: "female", value: 3 }] });
    expect(caught(() => genderGap(onlyWomen))).toMatchObject({
      code: "missing_cell",
      path: ["cells"],
      details: { cell: "male" },
    });
    const hidden = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 9 },
      ],
      total: 12,
    });
    expect(caught(() => genderGap(hidden))).toMatchObject({
      code: "suppressed_cell",
      path: ["cells", 0],
      details: { cell: "female" },
    });
    expect(caught(() => genderGap(counts(60, 50, 100)))).toMatchObject({ code: "parts_exceed_total", path: ["total"] });
    expect(caught(() => genderGap(counts(0, 0)))).toMatchObject({ code: "zero_total", path: ["total"] });
  });
});

import { describe, expect, it } from "vitest";
import { checkConsistency, disaggregated } from "../../src/gender/index.js";
import { caught, counts, deepFreeze, HLV_BANDS } from "./helpers.js";

const rates = (female: number, male: number, total: number) =>
  disaggregated({
    unit: "rate",
    cells: [
      { sex: "female", value: female },
      { sex: "male", value: male },
    ],
    total,
  });

describe("checkConsistency of counts (exact)", () => {
  it("says consistent, parts exceed total, unexplained remainder", () => {
    expect(checkConsistency(deepFreeze(counts(47, 53, 100)))).toEqual({
      status: "consistent",
      difference: 0,
      missing: [],
    });
    expect(checkConsistency(counts(60, 50, 100))).toEqual({
      status: "parts_exceed_total",
      difference: 10,
      missing: [],
    });
    expect(checkConsistency(counts(47, 51, 100))).toEqual({
      status: "unexplained_remainder",
      difference: -2,
      missing: [],
    });
  });

  it("names missing cells, but parts above the total come first", () => {
    const women = (value: number) => disaggregated({ unit: "count", cells: [{ sex: "female", value }], total: 100 });
    expect(checkConsistency(women(47))).toEqual({
      status: "missing_cells",
      difference: -53,
      missing: [{ sex: "male" }],
    });
    expect(checkConsistency(women(120))).toEqual({
      status: "parts_exceed_total",
      difference: 20,
      missing: [{ sex: "male" }],
    });
    const byAge = disaggregated({
      unit: "count",
      ageGroups: HLV_BANDS.slice(0, 2),
      cells: [
        { sex: "female", age: "16-29", value: 1 },
        { sex: "female", age: "30-44", value: 1 },
        { sex: "male", age: "16-29", value: 1 },
      ],
      total: 3,
    });
    expect(checkConsistency(byAge)).toEqual({
      status: "missing_cells",
      difference: 0,
      missing: [{ sex: "male", age: "30-44" }],
    });
  });

  it("cannot confirm a total that suppressed cells may make up, and has nothing to check without a total", () => {
    const hidden = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 40 },
      ],
      total: 43,
    });
    expect(checkConsistency(hidden)).toEqual({ status: "suppressed_cells", difference: -3, missing: [] });
    expect(checkConsistency(counts(1, 2))).toStrictEqual({ status: "no_total", missing: [] });
  });

  it("takes a tolerance when asked", () => {
    expect(checkConsistency(counts(47, 51, 100), { tolerance: 2 })).toEqual({
      status: "consistent",
      difference: -2,
      missing: [],
    });
    expect(caught(() => checkConsistency(counts(1, 1, 2), { tolerance: -1 }))).toMatchObject({
      code: "invalid_tolerance",
      path: ["tolerance"],
    });
    expect(caught(() => checkConsistency(counts(1, 1, 2), { tolerance: Number.NaN }))).toMatchObject({
      code: "invalid_tolerance",
      path: ["tolerance"],
    });
  });
});

describe("checkConsistency of rates (weighted by population, tolerance 0.1 by default)", () => {
  const people = counts(10_000, 10_000);

  it("weights the parts: 310 and 450 per 100 000 over equal populations give 380", () => {
    expect(checkConsistency(rates(310, 450, 380), { population: people })).toEqual({
      status: "consistent",
      difference: 0,
      missing: [],
    });
    expect(checkConsistency(rates(310, 450, 379.95), { population: people }).status).toBe("consistent");
    expect(checkConsistency(rates(310, 450, 370), { population: people })).toEqual({
      status: "parts_exceed_total",
      difference: 10,
      missing: [],
    });
    expect(checkConsistency(rates(310, 450, 390), { population: people })).toEqual({
      status: "unexplained_remainder",
      difference: -10,
      missing: [],
    });
  });

  it("weights by unequal populations: 200 of 30 000 women and 400 of 10 000 men give 250", () => {
    expect(checkConsistency(rates(200, 400, 250), { population: counts(30_000, 10_000) }).status).toBe("consistent");
  });

  it("counts people of unreported sex in the population total: 380 against 304 leaves 76 unexplained", () => {
    const report = checkConsistency(rates(310, 450, 380), { population: counts(10_000, 10_000, 25_000) });
    expect(report).toEqual({ status: "unexplained_remainder", difference: -76, missing: [] });
  });

  it("needs the population", () => {
    expect(caught(() => checkConsistency(rates(1, 1, 1)))).toMatchObject({
      code: "population_required",
      path: ["population"],
    });
    const rate = rates(1, 1, 1);
    expect(caught(() => checkConsistency(rate, { population: rate }))).toMatchObject({
      code: "not_counts",
      path: ["population", "unit"],
    });
    expect(caught(() => checkConsistency(rate, { population: counts(0, 0) }))).toMatchObject({
      code: "zero_population",
      path: ["population", "total"],
    });
    const hidden = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 9 },
      ],
    });
    expect(caught(() => checkConsistency(rate, { population: hidden }))).toMatchObject({
      code: "unknown_total",
      path: ["population", "total"],
    });
  });
});

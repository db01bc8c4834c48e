import { describe, expect, it } from "vitest";
import { DEFAULT_AGE_GROUPS, disaggregated, ratePer100k } from "../../src/gender/index.js";
import { caught, counts, deepFreeze } from "./helpers.js";

describe("ratePer100k", () => {
  it("divides each count by its own population: 31 and 45 of 10 000 each are 310 and 450; together 380", () => {
    const cases = deepFreeze(counts(31, 45));
    const people = deepFreeze(counts(10_000, 10_000));
    expect(ratePer100k(cases, people)).toEqual({
      kind: "disaggregated",
      unit: "rate",
      ageGroups: DEFAULT_AGE_GROUPS,
      cells: [
        { sex: "female", value: 310 },
        { sex: "male", value: 450 },
      ],
      total: 380,
    });
  });

  it("uses the reported totals, and keeps a suppressed count suppressed", () => {
    const cases = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 12 },
      ],
      total: 15,
    });
    const people = counts(20_000, 25_000, 45_100);
    expect(ratePer100k(cases, people)).toEqual({
      kind: "disaggregated",
      unit: "rate",
      ageGroups: DEFAULT_AGE_GROUPS,
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 48 },
      ],
      total: (15 * 100_000) / 45_100,
    });
  });

  it("leaves out the total when the count's total is unknown", () => {
    const cases = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 12 },
      ],
    });
    expect(ratePer100k(cases, counts(20_000, 25_000)).total).toBeUndefined();
  });

  it("refuses a zero population, cells it lacks, suppressed people and non-counts", () => {
    expect(caught(() => ratePer100k(counts(1, 2), counts(10, 0)))).toEqual({
      code: "zero_population",
      path: ["population", "cells", 1],
      details: {},
      message: "Befolkningen är 0, så ett tal per 100 000 kan inte beräknas.",
    });
    const onlyWomen = disaggregated({ unit: "count", cells: [{ sex: "female", value: 100 }] });
    expect(caught(() => ratePer100k(counts(1, 2), onlyWomen))).toMatchObject({
      code: "mismatched_cells",
      path: ["population", "cells"],
      details: { reason: "male" },
    });
    const hiddenPeople = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 100 },
      ],
    });
    expect(caught(() => ratePer100k(counts(1, 2), hiddenPeople))).toMatchObject({
      code: "suppressed_cell",
      path: ["population", "cells", 0],
    });
    const rate = disaggregated({
      unit: "rate",
      cells: [
        { sex: "female", value: 1 },
        { sex: "male", value: 1 },
      ],
    });
    expect(caught(() => ratePer100k(rate, counts(1, 1)))).toMatchObject({ code: "not_counts", path: ["unit"] });
    expect(caught(() => ratePer100k(counts(1, 1), rate))).toMatchObject({
      code: "not_counts",
      path: ["population", "unit"],
    });
    const otherScheme = disaggregated({
      unit: "count",
      ageGroups: [{ id: "all", from: 0 }],
      cells: [
        { sex: "female", value: 1 },
        { sex: "male", value: 1 },
      ],
    });
    expect(caught(() => ratePer100k(counts(1, 1), otherScheme))).toMatchObject({
      code: "mismatched_cells",
      path: ["population", "ageGroups"],
    });
    expect(
      caught(() => ratePer100k(counts(1, 1), { unit: "count", cells: [{ sex: "female", value: Number.NaN }] } as never)),
    ).toMatchObject({
      code: "not_a_number",
      path: ["population", "cells", 0, "value"],
    });
  });

  it("gives no NaN for a zero count", () => {
    expect(ratePer100k(counts(0, 0), counts(5, 5)).cells).toEqual([
      { sex: "female", value: 0 },
      { sex: "male", value: 0 },
    ]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disaggregated, sumDisaggregated } from "../../src/gender/index.js";
import { caught, counts, deepFreeze, sameShape } from "./helpers.js";

describe("sumDisaggregated", () => {
  it("adds cell by cell, and adds the totals: 3+10 women, 4+12 men, 7+22", () => {
    const a = deepFreeze(counts(3, 4, 7));
    const b = deepFreeze(counts(10, 12, 22));
    expect(sumDisaggregated(deepFreeze([a, b]))).toEqual(counts(13, 16, 29));
  });

  it("gives no total unless every value has one, and a suppressed part makes the sum suppressed", () => {
    expect(sumDisaggregated([counts(3, 4, 7), counts(1, 1)]).total).toBeUndefined();
    const hidden = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 40 },
      ],
      total: 43,
    });
    expect(sumDisaggregated([hidden, counts(10, 12, 22)]).cells).toEqual([
      { sex: "female", suppressed: true },
      { sex: "male", value: 52 },
    ]);
  });

  it("puts cells in print order", () => {
    const v = disaggregated({
      unit: "count",
      cells: [
        { sex: "unknown", value: 1 },
        { sex: "male", value: 2 },
        { sex: "female", value: 3 },
      ],
    });
    expect(sumDisaggregated([v]).cells).toEqual([
      { sex: "female", value: 3 },
      { sex: "male", value: 2 },
      { sex: "unknown", value: 1 },
    ]);
  });

  it("puts cells by sex and age in print order: by sex, then by the scheme's order of bands, whatever each value's order", () => {
    const ageGroups = [
      { id: "young", from: 0, to: 17 },
      { id: "adult", from: 18, to: 64 },
      { id: "old", from: 65 },
    ];
    const a = disaggregated({
      unit: "count",
      ageGroups,
      cells: [
        { sex: "male", age: "old", value: 1 },
        { sex: "female", age: "adult", value: 2 },
        { sex: "male", age: "young", value: 3 },
        { sex: "female", age: "old", value: 4 },
        { sex: "female", age: "young", value: 5 },
        { sex: "male", age: "adult", value: 6 },
      ],
    });
    const b = disaggregated({
      unit: "count",
      ageGroups,
      cells: [
        { sex: "female", age: "young", value: 10 },
        { sex: "female", age: "adult", value: 20 },
        { sex: "female", age: "old", value: 30 },
        { sex: "male", age: "young", value: 40 },
        { sex: "male", age: "adult", value: 50 },
        { sex: "male", age: "old", value: 60 },
      ],
    });
    expect(sumDisaggregated([a, b]).cells).toEqual([
      { sex: "female", age: "young", value: 15 },
      { sex: "female", age: "adult", value: 22 },
      { sex: "female", age: "old", value: 34 },
      { sex: "male", age: "young", value: 43 },
      { sex: "male", age: "adult", value: 56 },
      { sex: "male", age: "old", value: 61 },
    ]);
  });

  it("refuses nothing, rates, and values of different shapes", () => {
    expect(caught(() => sumDisaggregated([]))).toMatchObject({ code: "empty_input", path: [] });
    const rate = disaggregated({
      unit: "rate",
      cells: [
        { sex: "female", value: 1 },
        { sex: "male", value: 1 },
      ],
    });
    expect(caught(() => sumDisaggregated([counts(1, 1), rate]))).toMatchObject({
      code: "not_counts",
      path: [1, "unit"],
    });
    const three = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", value: 1 },
        { sex: "male", value: 1 },
        { sex: "other", value: 1 },
      ],
    });
    expect(caught(() => sumDisaggregated([counts(1, 1), three]))).toMatchObject({
      code: "mismatched_cells",
      path: [1, "cells"],
      details: { reason: "other" },
    });
    expect(caught(() => sumDisaggregated([three, counts(1, 1)]))).toMatchObject({
      code: "mismatched_cells",
      path: [1, "cells"],
      details: { reason: "other" },
    });
    const other = disaggregated({
      unit: "count",
      ageGroups: [{ id: "all", from: 0 }],
      cells: [
        { sex: "female", value: 1 },
        { sex: "male", value: 1 },
      ],
    });
    expect(caught(() => sumDisaggregated([counts(1, 1), other]))).toMatchObject({
      code: "mismatched_cells",
      path: [1, "ageGroups"],
    });
    expect(caught(() => sumDisaggregated([counts(2 ** 52, 0), counts(2 ** 52, 0)]))).toMatchObject({
      code: "count_too_large",
      path: ["cells"],
    });
    expect(caught(() => sumDisaggregated([counts(1, 1), { unit: "count", cells: [{ sex: "female", value: -1 }] } as never]))).toMatchObject(
      {
        code: "negative_count",
        path: [1, "cells", 0, "value"],
      },
    );
  });

  it("law: commutative", () => {
    fc.assert(
      fc.property(sameShape(2), ([a, b]) => {
        expect(sumDisaggregated([b!, a!])).toEqual(sumDisaggregated([a!, b!]));
      }),
    );
  });

  it("law: associative", () => {
    fc.assert(
      fc.property(sameShape(3), ([a, b, c]) => {
        const left = sumDisaggregated([sumDisaggregated([a!, b!]), c!]);
        const right = sumDisaggregated([a!, sumDisaggregated([b!, c!])]);
        expect(left).toEqual(right);
        expect(left).toEqual(sumDisaggregated([a!, b!, c!]));
      }),
    );
  });
});

import { describe, expect, test } from "vitest";
import { judgeNumber } from "../../../../src/evaluate/internal/judge/numeric.js";
import { rulesFor, yearWith } from "./support.js";

const start = { sumBefore: 0 };

describe("judgeNumber: against the year's target", () => {
  test("a count of 6 of the yearly target 10 is partly met (0.6 ≥ 0.5)", () => {
    const rules = rulesFor({ type: "count", aggregation: "sum" }, { target: { per: "year", value: 10 } });
    expect(judgeNumber(yearWith(2018, [{ value: 6 }], 6), rules, start)).toEqual({
      status: "partly_met",
      reason: { code: "target_partly_reached", value: 6, target: 10, ratio: 0.6 },
      expected: true,
      value: 6,
      target: 10,
    });
  });

  test("lower is better: 8 against at most 5 is 5 ÷ 8 of the way", () => {
    const rules = rulesFor({ type: "count", aggregation: "latest", higherIsBetter: false }, { target: { per: "year", value: 5 } });
    expect(judgeNumber(yearWith(2018, [{ value: 8 }], 8), rules, start)).toMatchObject({
      status: "partly_met",
      reason: { code: "target_partly_reached", value: 8, target: 5, ratio: 0.625 },
    });
    expect(judgeNumber(yearWith(2018, [{ value: 5 }], 5), rules, start).status).toBe("met");
  });

  test("a share of 0.25 against the 2018 entry 0.5 is exactly the partly-met ratio", () => {
    const rules = rulesFor({ type: "share", higherIsBetter: true }, { target: { per: "period", yearly: [{ year: 2018, value: 0.5 }] } });
    const year = yearWith(2018, [{ numerator: 1, denominator: 4 }], 0.25);
    expect(judgeNumber(year, rules, start)).toMatchObject({
      status: "partly_met",
      reason: { code: "target_partly_reached", value: 0.25, target: 0.5, ratio: 0.5 },
    });
    expect(judgeNumber(year, { ...rules, partlyMetRatio: 0.6 }, start)).toMatchObject({
      status: "not_met",
      reason: { code: "target_not_reached", value: 0.25, target: 0.5, ratio: 0.5 },
    });
  });

  test("no number is missing, with the comment of an empty record", () => {
    const rules = rulesFor({ type: "count", aggregation: "sum" }, { target: { per: "year", value: 10 } });
    expect(judgeNumber(yearWith(2018, [{ comment: "Inga träffar" }]), rules, start)).toEqual({
      status: "missing",
      reason: { code: "no_value", comment: "Inga träffar" },
      expected: true,
    });
  });

  test("no target: reported with the value", () => {
    expect(judgeNumber(yearWith(2018, [{ value: 3 }], 3), rulesFor({ type: "count", aggregation: "sum" }), start)).toEqual({
      status: "reported",
      reason: { code: "no_target", value: 3 },
      expected: true,
      value: 3,
    });
  });
});

describe("judgeNumber: towards the period's target", () => {
  const sum = rulesFor({ type: "count", aggregation: "sum" }, { target: { per: "period", value: 30 } });

  test("before the deadline's year, a per-year count adds to the earlier years' sum: progress, not a verdict", () => {
    expect(judgeNumber(yearWith(2018, [{ value: 5 }], 5), sum, { sumBefore: 10 })).toEqual({
      status: "reported",
      reason: { code: "progress_towards_target", progress: 15, target: 30, ratio: 0.5, deadlineYear: 2021 },
      expected: true,
      value: 5,
      progress: 15,
      target: 30,
    });
  });

  test("in the deadline's year the sum is judged; the value stays the year's own", () => {
    expect(judgeNumber(yearWith(2021, [{ value: 5 }], 5), sum, { sumBefore: 20 })).toEqual({
      status: "partly_met",
      reason: { code: "target_partly_reached", value: 25, target: 30, ratio: 25 / 30 },
      expected: true,
      value: 5,
      progress: 25,
      target: 30,
    });
  });

  test("a state stands as it is: met early, the earlier years' sum ignored", () => {
    const latest = rulesFor({ type: "count", aggregation: "latest" }, { target: { per: "period", value: 8 } });
    expect(judgeNumber(yearWith(2018, [{ value: 8 }], 8), latest, { sumBefore: 100 })).toEqual({
      status: "met",
      reason: { code: "target_reached", value: 8, target: 8 },
      expected: true,
      value: 8,
      progress: 8,
      target: 8,
    });
  });

  test("coverage by a deadline: judged in the deadline's year", () => {
    const rules = rulesFor(
      { type: "coverage", of: "county_municipalities" },
      { target: { per: "period", value: 8, deadline: "2019-06-30" } },
    );
    expect(judgeNumber(yearWith(2018, [{ value: 2 }], 2), rules, start)).toMatchObject({
      status: "reported",
      reason: { code: "progress_towards_target", progress: 2, target: 8, ratio: 0.25, deadlineYear: 2019 },
    });
    expect(judgeNumber(yearWith(2019, [{ value: 3 }], 3), rules, start)).toEqual({
      status: "not_met",
      reason: { code: "target_not_reached", value: 3, target: 8, ratio: 0.375 },
      expected: true,
      value: 3,
      progress: 3,
      target: 8,
    });
  });
});

import { describe, expect, test } from "vitest";
import { judgeFrequency } from "../../../../src/evaluate/internal/judge/frequency.js";
import { rulesFor, yearWith } from "./support.js";

const tenAYear = { type: "frequency", timesPerYear: 10 } as const;

describe("judgeFrequency", () => {
  test("without a target, the times per year are the yearly target", () => {
    expect(judgeFrequency(yearWith(2017, [{ value: 10 }], 10), rulesFor(tenAYear), { sumBefore: 0 })).toEqual({
      status: "met",
      reason: { code: "target_reached", value: 10, target: 10 },
      expected: true,
      value: 10,
      target: 10,
    });
    expect(judgeFrequency(yearWith(2019, [{ value: 4 }], 4), rulesFor(tenAYear), { sumBefore: 0 })).toMatchObject({
      status: "not_met",
      reason: { code: "target_not_reached", value: 4, target: 10, ratio: 0.4 },
    });
  });

  test("a yearly target of the indicator's own comes first", () => {
    const rules = rulesFor(tenAYear, { target: { per: "year", value: 4 } });
    expect(judgeFrequency(yearWith(2019, [{ value: 4 }], 4), rules, { sumBefore: 0 })).toMatchObject({
      status: "met",
      reason: { code: "target_reached", value: 4, target: 4 },
    });
  });

  test("a period target: the times add up towards it, and the times per year are not a target", () => {
    const rules = rulesFor(tenAYear, { target: { per: "period", value: 20 } });
    expect(judgeFrequency(yearWith(2018, [{ value: 4 }], 4), rules, { sumBefore: 6 })).toEqual({
      status: "reported",
      reason: { code: "progress_towards_target", progress: 10, target: 20, ratio: 0.5, deadlineYear: 2021 },
      expected: true,
      value: 4,
      progress: 10,
      target: 20,
    });
  });

  test("nothing reported is missing", () => {
    expect(judgeFrequency(yearWith(2020), rulesFor(tenAYear), { sumBefore: 0 })).toEqual({
      status: "missing",
      reason: { code: "no_value" },
      expected: true,
    });
  });
});

import { describe, expect, test } from "vitest";
import { judgeCycle } from "../../../../src/evaluate/internal/judge/cycle.js";
import { rulesFor, yearWith } from "./support.js";

/** Every second year from the plan's first, 2017: cycles 2017–2018, 2019–2020 and 2021 (cut short by the plan). */
const everyOther = rulesFor({ type: "cycle", everyYears: 2 });
const start = { sumBefore: 0 };

describe("judgeCycle", () => {
  test("done: met, with the cycle it falls in", () => {
    expect(judgeCycle(yearWith(2019, [{ done: true }]), everyOther, start)).toEqual({
      status: "met",
      reason: { code: "done_in_cycle", cycle: { start: "2019", end: "2020" } },
      expected: true,
      value: 1,
    });
  });

  test("nothing is expected while the cycle runs, nor after it was done in it", () => {
    expect(judgeCycle(yearWith(2017), everyOther, start)).toEqual({
      status: "not_expected",
      reason: { code: "cycle_continues", cycle: { start: "2017", end: "2018" } },
      expected: false,
    });
    expect(judgeCycle(yearWith(2018), everyOther, { sumBefore: 0, lastDone: 2017, lastReported: 2017 })).toEqual({
      status: "not_expected",
      reason: { code: "already_done", year: 2017 },
      expected: false,
    });
  });

  test("at the cycle's end: not met when something was reported in it, else missing", () => {
    expect(judgeCycle(yearWith(2018), everyOther, { sumBefore: 0, lastReported: 2017 })).toEqual({
      status: "not_met",
      reason: { code: "not_done_in_cycle", cycle: { start: "2017", end: "2018" } },
      expected: true,
      value: 0,
    });
    expect(judgeCycle(yearWith(2020), everyOther, { sumBefore: 0, lastReported: 2018, lastDone: 2017 })).toEqual({
      status: "missing",
      reason: { code: "no_value" },
      expected: true,
    });
  });

  test("the plan's last cycle ends with the plan", () => {
    expect(judgeCycle(yearWith(2021, [{ done: false }]), everyOther, start)).toEqual({
      status: "not_met",
      reason: { code: "not_done_in_cycle", cycle: { start: "2021", end: "2021" } },
      expected: true,
      value: 0,
    });
  });

  test("a first year of the measure's own: nothing is expected before it", () => {
    const from2018 = rulesFor({ type: "cycle", everyYears: 2, firstYear: 2018 });
    expect(judgeCycle(yearWith(2017), from2018, start)).toEqual({
      status: "not_expected",
      reason: { code: "cycle_continues", cycle: { start: "2018", end: "2018" } },
      expected: false,
    });
    expect(judgeCycle(yearWith(2019), from2018, { sumBefore: 0, lastReported: 2018 }).reason).toEqual({
      code: "not_done_in_cycle",
      cycle: { start: "2018", end: "2019" },
    });
  });
});

import { describe, expect, test } from "vitest";
import { judgeMilestone } from "../../../../src/evaluate/internal/judge/milestone.js";
import { rulesFor, yearWith } from "./support.js";

const by2017 = rulesFor({ type: "milestone", deadline: "2017-12-31" });
const start = { sumBefore: 0 };

describe("judgeMilestone", () => {
  test("done in the deadline's year without a date: met", () => {
    expect(judgeMilestone(yearWith(2017, [{ done: true }]), by2017, start)).toEqual({
      status: "met",
      reason: { code: "done" },
      expected: true,
      value: 1,
    });
  });

  test("a month as the date counts as its last day: 2017-12 is on time, 2018-01 late", () => {
    expect(judgeMilestone(yearWith(2017, [{ done: true, doneOn: "2017-12" }]), by2017, start)).toEqual({
      status: "met",
      reason: { code: "done", doneOn: "2017-12" },
      expected: true,
      value: 1,
    });
    expect(judgeMilestone(yearWith(2018, [{ done: true, doneOn: "2018-01" }]), by2017, start)).toEqual({
      status: "partly_met",
      reason: { code: "done_late", doneOn: "2018-01", deadline: "2017-12-31" },
      expected: true,
      value: 1,
    });
  });

  test("done after the deadline's year without a date: late, in that year", () => {
    expect(judgeMilestone(yearWith(2018, [{ value: 1 }]), by2017, start)).toMatchObject({
      status: "partly_met",
      reason: { code: "done_late", doneOn: "2018", deadline: "2017-12-31" },
    });
  });

  test("once done in an earlier year, nothing is expected", () => {
    expect(judgeMilestone(yearWith(2019), by2017, { sumBefore: 0, firstDone: 2017 })).toEqual({
      status: "not_expected",
      reason: { code: "already_done", year: 2017 },
      expected: false,
    });
  });

  test("not done: in progress before the deadline's year ends, not met after", () => {
    const mid2018 = rulesFor({ type: "milestone", deadline: "2018-06" });
    expect(judgeMilestone(yearWith(2017, [{ done: false }]), mid2018, start)).toEqual({
      status: "reported",
      reason: { code: "in_progress", deadline: "2018-06-30" },
      expected: true,
      value: 0,
    });
    expect(judgeMilestone(yearWith(2018, [{ value: 0 }]), mid2018, start)).toEqual({
      status: "not_met",
      reason: { code: "not_done_by_deadline", deadline: "2018-06-30" },
      expected: true,
      value: 0,
    });
  });

  test("the deadline is the measure's, else the target's, else the plan's end", () => {
    const byTarget = rulesFor({ type: "milestone" }, { target: { per: "period", deadline: "2019" } });
    expect(judgeMilestone(yearWith(2019, [{ done: false }]), byTarget, start).reason).toEqual({
      code: "not_done_by_deadline",
      deadline: "2019-12-31",
    });
    expect(judgeMilestone(yearWith(2019, [{ done: false }]), rulesFor({ type: "milestone" }), start).reason).toEqual({
      code: "in_progress",
      deadline: "2021-12-31",
    });
  });

  test("nothing reported is missing", () => {
    expect(judgeMilestone(yearWith(2017), by2017, start)).toEqual({ status: "missing", reason: { code: "no_value" }, expected: true });
  });
});

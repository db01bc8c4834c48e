import { describe, expect, test } from "vitest";
import { carry, JUDGES, judgeYear, NO_MEASURE } from "../../../../src/evaluate/internal/judge/judges.js";
import { MEASURE_TYPES } from "../../../../src/index.js";
import { rulesFor, yearWith } from "./support.js";

describe("JUDGES and judgeYear", () => {
  test("a judge for every measure type", () => {
    expect(Object.keys(JUDGES).sort()).toEqual([...MEASURE_TYPES].sort());
  });

  test("each year goes to its measure's judge", () => {
    expect(
      judgeYear(yearWith(2018, [{ value: 10 }], 10), rulesFor({ type: "frequency", timesPerYear: 10 }), { sumBefore: 0 }).reason,
    ).toEqual({
      code: "target_reached",
      value: 10,
      target: 10,
    });
    expect(judgeYear(yearWith(2018, [{ text: "Klart." }]), rulesFor(NO_MEASURE), { sumBefore: 0 }).reason).toEqual({
      code: "account_given",
    });
  });
});

describe("carry", () => {
  test("a per-year count adds to the sum; the number is the next year's previous; done and reported years are kept", () => {
    const carried = { sumBefore: 4 };
    expect(carry(carried, yearWith(2018, [{ value: 6 }], 6), { type: "frequency", timesPerYear: 10 })).toEqual({
      sumBefore: 10,
      previous: { value: 6, year: 2018 },
      firstDone: 2018,
      lastDone: 2018,
      lastReported: 2018,
    });
    expect(carried).toEqual({ sumBefore: 4 });
  });

  test("a state does not add up; the first year done stays the first", () => {
    const carried = { sumBefore: 0, previous: { value: 3, year: 2017 }, firstDone: 2017, lastDone: 2017, lastReported: 2017 };
    expect(carry(carried, yearWith(2019, [{ value: 5 }], 5), { type: "count", aggregation: "latest" })).toEqual({
      sumBefore: 0,
      previous: { value: 5, year: 2019 },
      firstDone: 2017,
      lastDone: 2019,
      lastReported: 2019,
    });
  });

  test("a year with nothing reported changes nothing", () => {
    const carried = { sumBefore: 7, previous: { value: 7, year: 2017 }, lastReported: 2017 };
    expect(carry(carried, yearWith(2018, [{ comment: "Saknas" }]), { type: "count", aggregation: "sum" })).toEqual(carried);
  });
});

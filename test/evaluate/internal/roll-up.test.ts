import { describe, expect, test } from "vitest";
import { combine, summary } from "../../../src/evaluate/internal/roll-up.js";
import type { Status } from "../../../src/index.js";

describe("combine: an activity's status from its indicators'", () => {
  test.each<[Status[], Status]>([
    [["met", "met"], "met"],
    [["met", "reported"], "met"],
    [["met", "missing"], "partly_met"],
    [["met", "not_met"], "partly_met"],
    [["partly_met"], "partly_met"],
    [["not_met", "not_met"], "not_met"],
    [["not_met", "missing"], "not_met"],
    [["reported", "missing"], "missing"],
    [["reported", "reported"], "reported"],
    [["met", "reported", "missing"], "partly_met"],
    [["missing", "missing"], "missing"],
    [["missing", "not_expected"], "missing"],
    [["not_expected", "not_yet_due"], "not_yet_due"],
    [["not_expected"], "not_expected"],
    [[], "not_expected"],
  ])("%j → %s", (statuses, expected) => {
    expect(combine(2018, statuses, "sv").status).toBe(expected);
  });

  test("the message counts each status in words, in the report's order", () => {
    expect(combine(2018, ["missing", "met", "met"], "sv").message).toBe("Indikatorer: 2 uppfyllda, 1 saknas.");
    expect(combine(2018, ["missing", "met", "met"], "en").message).toBe("Indicators: 2 met, 1 missing.");
    expect(combine(2018, [], "sv").message).toBe("Indikatorer: inga.");
  });
});

describe("summary", () => {
  test("counts and shares per status; an empty year has shares of 0", () => {
    const s = summary(2019, ["met", "met", "not_met", "missing"]);
    expect([s.total, s.counts.met, s.shares.met, s.shares.not_met, s.shares.reported]).toEqual([4, 2, 0.5, 0.25, 0]);
    expect(summary(2019, []).shares.met).toBe(0);
  });
});

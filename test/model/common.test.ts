import { isValid, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarDateSchema, isCalendarDate } from "../../src/model/common.js";

const two = (n: number): string => String(n).padStart(2, "0");

describe("CalendarDateSchema", () => {
  it("refuses the dates that do not exist and keeps those that do", () => {
    const ok = (date: string): boolean => CalendarDateSchema.safeParse(date).success;
    expect(["2017", "2017-06", "2017-06-30", "2020-02-29", "2000-02-29", "0000-02-29"].map(ok)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["2017-00", "2017-13", "2017-06-31", "2017-06-00", "2019-02-29", "1900-02-29", "2017-6-01"].map(ok)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("judges every year, month and day as date-fns parseISO did before the calendar check replaced it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        fc.integer({ min: 0, max: 2 }),
        (year, month, day, form) => {
          const date = [String(year).padStart(4, "0"), two(month), two(day)].slice(0, form + 1).join("-");
          expect(CalendarDateSchema.safeParse(date).success).toBe(isValid(parseISO(date)));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("isCalendarDate", () => {
  it("judges a text as CalendarDateSchema does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/)), (text) => {
        expect(isCalendarDate(text)).toBe(CalendarDateSchema.safeParse(text).success);
      }),
      { numRuns: 3000 },
    );
    expect([isCalendarDate("2020-02-29"), isCalendarDate("2021-02-29"), isCalendarDate("2021-2-28")]).toEqual([true, false, false]);
  });
});

import { isValid, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { CalendarDateSchema, firstDayOf, isCalendarDate, lastDayOf, PeriodSchema } from "../../src/model/common.js";
import { looseObject } from "../../src/model/internal/loose-object.js";

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

// The checks as they were before the characters replaced the second regular expression (issue #16): the new ones
// must accept, refuse and report exactly what these did.
const BEFORE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function existedBefore(date: string): boolean {
  if (date.length === 4) return true;
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  if (month < 1 || month > 12) return false;
  if (date.length === 7) return true;
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  const year = Number(date.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day >= 1 && day <= days;
}

const calendarDateBefore = z.string().check(z.regex(BEFORE_PATTERN, { error: "invalid_date" }), (ctx) => {
  if (BEFORE_PATTERN.test(ctx.value) && !existedBefore(ctx.value)) {
    ctx.issues.push({ code: "custom", input: ctx.value, message: "invalid_date", params: { code: "invalid_date" } });
  }
});

const periodBefore = looseObject({ start: calendarDateBefore, end: calendarDateBefore }).check((ctx) => {
  const { start, end } = ctx.value;
  if (BEFORE_PATTERN.test(start) && BEFORE_PATTERN.test(end) && lastDayOf(end) < firstDayOf(start)) {
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      path: ["end"],
      message: "period_reversed",
      params: { code: "period_reversed", start, end },
    });
  }
});

/** What a schema gives for a value, comparable with `toEqual`. */
const outcomeOf = (schema: z.ZodMiniType, value: unknown): unknown => {
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

/** Every day 1899–2101 in the three forms, with months 0–13 and days 0–32 (Feb 29 of leap and other years among them). */
function* datesAround(): Generator<string> {
  for (let year = 1899; year <= 2101; year++) {
    yield String(year);
    for (let month = 0; month <= 13; month++) {
      yield `${year}-${two(month)}`;
      for (let day = 0; day <= 32; day++) yield `${year}-${two(month)}-${two(day)}`;
    }
  }
}

/** Texts near the pattern: a date with one character replaced, inserted or removed, or made of date characters. */
const nearDates = fc.oneof(
  fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  fc
    .tuple(
      fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      fc.nat(10),
      fc.constantFrom("", "-", "0", "9", "/", "a", " ", "\n", "٣", "０", "-0"),
      fc.boolean(),
    )
    .map(([date, at, text, replace]) => date.slice(0, at) + text + date.slice(replace ? at + 1 : at)),
  fc.string({ unit: fc.constantFrom("0", "1", "2", "9", "-", ":", "T", "\n", "٣"), maxLength: 12 }),
);

describe("the calendar checks by character", () => {
  it("judge every day 1899–2101 as the pattern and calendar did before", () => {
    let accepted = 0;
    for (const date of datesAround()) {
      const before = BEFORE_PATTERN.test(date) && existedBefore(date);
      if (isCalendarDate(date) !== before) expect.fail(`isCalendarDate(${date})`);
      if (CalendarDateSchema.safeParse(date).success !== before) expect.fail(`CalendarDateSchema(${date})`);
      if (before) accepted++;
    }
    // 203 years, 12 months each, 365 days a year and one more in the 49 leap years of 1899–2101 (not 1900 nor 2100).
    expect(accepted).toBe(203 + 203 * 12 + 203 * 365 + 49);
  });

  it("accept, refuse and report texts near the pattern as before", () => {
    fc.assert(
      fc.property(nearDates, (text) => {
        expect(isCalendarDate(text)).toBe(BEFORE_PATTERN.test(text) && existedBefore(text));
        expect(outcomeOf(CalendarDateSchema, text)).toEqual(outcomeOf(calendarDateBefore, text));
      }),
      { numRuns: 5000 },
    );
  });

  it("find a period reversed as before, whatever the forms of its ends", () => {
    const ends = fc.oneof(
      nearDates,
      fc.constantFrom("2017", "2017-06", "2017-06-30", "2017-12-31", "2018-01-01", "2017-02", "2016-02-29", "2017-13"),
    );
    fc.assert(
      fc.property(ends, ends, (start, end) => {
        expect(outcomeOf(PeriodSchema, { start, end })).toEqual(outcomeOf(periodBefore, { start, end }));
      }),
      { numRuns: 5000 },
    );
    expect(outcomeOf(PeriodSchema, { start: "2017-06-30", end: "2017-06-29" })).toEqual(
      outcomeOf(periodBefore, { start: "2017-06-30", end: "2017-06-29" }),
    );
    expect(PeriodSchema.safeParse({ start: "2017-06-30", end: "2017-06-29" }).error?.issues.map((issue) => issue.message)).toEqual([
      "period_reversed",
    ]);
    expect(PeriodSchema.safeParse({ start: "2017-06-30", end: "2017-06-30" }).success).toBe(true);
  });
});

import * as z from "zod/mini";
import { looseObject } from "./internal/loose-object.js";

/**
 * Text that a plan requires: at least one character that is not white space.
 * The wording is kept exactly as given (no trimming), so the source stays verbatim.
 */
export const TextSchema = z.string().check(z.regex(/\S/, { error: "empty_text" }));

/** Machine identifier of an element: lower case letters, digits, `.`, `_` and `-`. */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "invalid_id" }));

/**
 * A calendar year, month or day in ISO 8601 form: `2017`, `2017-06` or `2017-06-30`.
 * Dates that do not exist, such as `2017-02-30`, are refused.
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Whether a text has the form `CALENDAR_DATE` admits (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, ASCII digits), told by
 * its characters: the schema's own pattern has already matched every date once, and a second regular expression
 * per date was most of the calendar check's time in a million observations (issue #16).
 */
function hasDateForm(text: string): boolean {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (index === 4 || index === 7 ? code !== 45 : code < 48 || code > 57) return false;
  }
  return true;
}

/** The number the two ASCII digits at `index` of `text` write. */
const twoDigits = (text: string, index: number): number => (text.charCodeAt(index) - 48) * 10 + text.charCodeAt(index + 1) - 48;

/**
 * Whether a date of the form `CALENDAR_DATE` admits exists: its month is 1–12 and its day within that month
 * (proleptic Gregorian, as date-fns' `parseISO` judged it). A general ISO parser on every date of a million
 * observations was a fifth of the time of reading them (issue #16).
 */
function existsInCalendar(date: string): boolean {
  if (date.length === 4) return true;
  const month = twoDigits(date, 5);
  if (month < 1 || month > 12) return false;
  if (date.length === 7) return true;
  const day = twoDigits(date, 8);
  return day >= 1 && day <= daysInMonth(twoDigits(date, 0) * 100 + twoDigits(date, 2), month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a text is a {@link CalendarDate} that exists, as {@link CalendarDateSchema} judges it, without the
 * schema's result objects: the CSV reader asks it of a cell in every row.
 */
export function isCalendarDate(text: string): boolean {
  return hasDateForm(text) && existsInCalendar(text);
}

/** Zod schema of {@link CalendarDate}. */
export const CalendarDateSchema = z.string().check(z.regex(CALENDAR_DATE, { error: "invalid_date" }), (ctx) => {
  // The pattern admits 2017-02-30; only a calendar knows it does not exist.
  if (hasDateForm(ctx.value) && !existsInCalendar(ctx.value)) {
    ctx.issues.push({ code: "custom", input: ctx.value, message: "invalid_date", params: { code: "invalid_date" } });
  }
});

/**
 * A period (*period*, *planperiod*), inclusive at both ends. `{ start: "2017", end: "2021" }` is the whole
 * of the years 2017 to 2021.
 *
 * @example
 * ```ts
 * const period: Period = { start: "2017", end: "2021" };
 * ```
 */
export interface Period {
  /** First year, month or day of the period. */
  start: CalendarDate;
  /** Last year, month or day of the period (inclusive). */
  end: CalendarDate;
}

/** The first day a calendar date covers, as `YYYY-MM-DD`. */
export function firstDayOf(date: CalendarDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a calendar date covers, as `YYYY-MM-DD`. */
export function lastDayOf(date: CalendarDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number) as [number, number];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, "0")}`;
  }
  return date;
}

export const periodShape = { start: CalendarDateSchema, end: CalendarDateSchema };

/**
 * Whether a period's ends both have a date's form and the end comes before the start. Two full dates, the form of
 * nearly every period, are compared as they are, without new strings for their first and last days. (zod runs
 * the check only on ends that are strings: a field of another type stops it.)
 */
function isPeriodReversed(start: string, end: string): boolean {
  if (!hasDateForm(start) || !hasDateForm(end)) return false;
  if (start.length === 10 && end.length === 10) return end < start;
  return lastDayOf(end) < firstDayOf(start);
}

/** Zod schema of {@link Period}; refuses a period that ends before it starts. */
export const PeriodSchema: z.ZodMiniType<Period> = looseObject(periodShape).check((ctx) => {
  const { start, end } = ctx.value;
  if (isPeriodReversed(start, end)) {
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      path: ["end"],
      message: "period_reversed",
      params: { code: "period_reversed", start, end },
    });
  }
});

/**
 * A correction of a typo in the source, kept beside the verbatim text (*rättelse*). The element's field keeps
 * the wording as printed; the correction says what was meant, so nothing of the source is lost.
 *
 * @example
 * ```ts
 * const fix: TextCorrection = { field: "title", original: "KRONBERGS", corrected: "KRONOBERGS" };
 * ```
 */
export interface TextCorrection {
  /** Name of the text field of the same element that the correction applies to. */
  field: string;
  /** The wrong wording, exactly as it stands in the field. */
  original: string;
  /** What the source meant. */
  corrected: string;
  /** Why, or on whose authority. */
  note?: string;
}

export const textCorrectionShape = {
  field: TextSchema,
  original: TextSchema,
  corrected: TextSchema,
  note: z.optional(TextSchema),
};

/** Zod schema of {@link TextCorrection}. */
export const TextCorrectionSchema: z.ZodMiniType<TextCorrection> = looseObject(textCorrectionShape);

/**
 * Free-form data a county adds to any element. Kept through load and save, never interpreted.
 * (Unknown fields outside `extensions` are kept too; this is the documented place for them.)
 */
export type Extensions = Record<string, unknown>;

/** Zod schema of {@link Extensions}. */
export const ExtensionsSchema: z.ZodMiniType<Extensions> = z.record(z.string(), z.unknown());

/**
 * Reference to a goal of a national strategy (*nationellt mål*, *prioriterat mål*, *insatsområde*).
 *
 * @example
 * ```ts
 * const ref: GoalRef = { strategy: "andt-2016-2020", goal: "2" };
 * ```
 */
export interface GoalRef {
  /** Id of the strategy. */
  strategy: string;
  /** Number of the goal in that strategy: `"1"` for a long-term goal, `"1.1"` for a prioritised goal or focus area. */
  goal: string;
}

export const goalRefShape = { strategy: IdSchema, goal: z.string().check(z.regex(/^\d+(\.\d+)?$/, { error: "invalid_goal_number" })) };

/** Zod schema of {@link GoalRef}. */
export const GoalRefSchema: z.ZodMiniType<GoalRef> = looseObject(goalRefShape);

/**
 * A substance or area a strategy or plan covers (*ämne*, *område*): *alkohol*, *narkotika*, *dopning*, *tobak*,
 * and since ANDTS *nikotin* (tobacco-free nicotine products) and *spel om pengar* (gambling).
 *
 * @example
 * ```ts
 * const scope: Substance[] = ["alcohol", "narcotics", "doping", "tobacco", "nicotine", "gambling"];
 * ```
 */
export type Substance = "alcohol" | "narcotics" | "doping" | "tobacco" | "nicotine" | "gambling";

/** All {@link Substance} values. */
export const SUBSTANCES = ["alcohol", "narcotics", "doping", "tobacco", "nicotine", "gambling"] as const satisfies readonly Substance[];

/** Zod schema of {@link Substance}. */
export const SubstanceSchema: z.ZodMiniType<Substance> = z.enum(SUBSTANCES);

/** The fields every element may carry besides its own. */
export const annotationShape = {
  corrections: z.optional(z.array(TextCorrectionSchema)),
  extensions: z.optional(ExtensionsSchema),
};

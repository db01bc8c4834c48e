import { endOfDay, getYear, isAfter, isBefore, parseISO } from "date-fns";
import { lastDayOf } from "../../model/common.js";
import type { Indicator } from "../../model/indicator.js";
import type { Measure, Target } from "../../model/measure.js";
import type { Observation } from "../../model/observation.js";
import { reasonMessage } from "../../locale/evaluation-messages.js";
import type { Change, IndicatorYear, Status, StatusReason } from "../types.js";
import { adds, endOfYearOf, hasValue, higherIsBetter, isDone, isNotDone, isNumeric, yearBreakdown, yearNumber } from "./observed.js";
import type { Lang } from "../../core/lang.js";

/** What every indicator's evaluation needs to know of the plan and the options. */
export interface YearContext {
  /** Every year of the plan period, in order. */
  planYears: readonly number[];
  /** The last day of the plan period, `YYYY-MM-DD`. */
  planEnd: string;
  asOf: string;
  /** Whether the year has ended on `asOf`. */
  ended: (year: number) => boolean;
  partlyMetRatio: number;
  lang: Lang;
}

interface Judged {
  status: Status;
  reason: StatusReason;
  expected: boolean;
  value?: number;
  progress?: number;
  target?: number;
}

const yearOf = (date: string): number => getYear(parseISO(date));

/** How far a value has come towards its target: value ÷ target, or target ÷ value when lower is better. */
function ratioOf(value: number, target: number, higher: boolean | undefined): number {
  // Without a stated direction, a target is something to reach.
  if (higher === false) return value === 0 ? 1 : target / value;
  return target === 0 ? 1 : value / target;
}

/** Compares a value with a target: met, partly met (at least the ratio of the way) or not met. */
function compare(value: number, target: number, higher: boolean | undefined, ratioToMeet: number): Judged {
  const met = higher === false ? value <= target : value >= target;
  const ratio = ratioOf(value, target, higher);
  if (met) return { status: "met", reason: { code: "target_reached", value, target }, expected: true, value, target };
  if (ratio >= ratioToMeet)
    return { status: "partly_met", reason: { code: "target_partly_reached", value, target, ratio }, expected: true, value, target };
  return { status: "not_met", reason: { code: "target_not_reached", value, target, ratio }, expected: true, value, target };
}

/** The target of one year of a numeric measure: a yearly entry, a per-year value, or the frequency itself. */
function yearTarget(measure: Measure | undefined, target: Target | undefined, year: number): number | undefined {
  const entry = target?.yearly?.find((t) => t.year === year);
  if (entry !== undefined) return entry.value;
  if (target?.per === "year" && target.value !== undefined) return target.value;
  if (target === undefined && measure?.type === "frequency") return measure.timesPerYear;
  return undefined;
}

function missing(observations: readonly Observation[]): Judged {
  const comment = observations.find((o) => o.comment !== undefined)?.comment;
  return { status: "missing", reason: comment === undefined ? { code: "no_value" } : { code: "no_value", comment }, expected: true };
}

/**
 * Evaluates one indicator in every year of the plan period, in order: the state carried from year to year
 * (a milestone done, a cycle's event, the running sum towards a period target) needs the earlier years.
 */
export function indicatorYears(
  indicator: Indicator,
  byYear: ReadonlyMap<number, readonly Observation[]>,
  context: YearContext,
): IndicatorYear[] {
  const { measure, target, baseline } = indicator;
  const higher = higherIsBetter(measure);
  const firstYear = context.planYears[0] ?? 0;
  // The first year a milestone was done, and the latest year a cycle's event was.
  let firstDone: number | undefined;
  let lastDone: number | undefined;
  let runningSum = 0;
  let previous: number | undefined;
  const result: IndicatorYear[] = [];

  for (const year of context.planYears) {
    const observations = byYear.get(year) ?? [];
    const valued = observations.filter(hasValue);
    const number = isNumeric(measure) ? yearNumber(measure, valued) : undefined;
    if (number !== undefined && adds(measure)) runningSum += number;
    const judged = judge(year, observations, valued, number);
    if (valued.some(isDone)) {
      firstDone ??= year;
      lastDone = year;
    }

    const entry: IndicatorYear = {
      year,
      status: judged.status,
      reason: judged.reason,
      message: reasonMessage(judged.reason, context.lang, measure?.type),
      expected: judged.expected,
      reported: valued.length > 0,
      observations: observations.map((o) => structuredClone(o)),
    };
    const value = judged.value ?? number;
    if (value !== undefined) entry.value = value;
    if (judged.progress !== undefined) entry.progress = judged.progress;
    if (judged.target !== undefined) entry.target = judged.target;
    const bySex = yearBreakdown(measure, valued);
    if (bySex !== undefined) entry.bySex = bySex;
    if (number !== undefined) {
      if (previous !== undefined) entry.fromPrevious = change(previous, number, higher);
      if (baseline?.value !== undefined) entry.fromBaseline = change(baseline.value, number, higher);
      previous = number;
    }
    result.push(entry);
  }
  return result;

  function judge(year: number, observations: readonly Observation[], valued: readonly Observation[], number: number | undefined): Judged {
    if (!context.ended(year)) {
      return { status: "not_yet_due", reason: { code: "year_not_ended", year, asOf: context.asOf }, expected: false };
    }
    switch (measure?.type) {
      case "milestone":
        return milestone(year, observations, valued);
      case "cycle":
        return cycle(year, observations, valued, measure.everyYears, measure.firstYear ?? firstYear);
      case "count":
      case "share":
      case "coverage":
      case "frequency":
        return numeric(year, observations, number);
      case "qualitative":
      case undefined: {
        if (valued.length === 0) return missing(observations);
        if (valued.some((o) => o.text !== undefined)) {
          const reason: StatusReason = baseline === undefined ? { code: "account_given" } : { code: "account_given", baseline };
          return { status: "reported", reason, expected: true };
        }
        const value = yearNumber(measure, valued);
        return { status: "reported", reason: value === undefined ? { code: "no_target" } : { code: "no_target", value }, expected: true };
      }
    }
  }

  function numeric(year: number, observations: readonly Observation[], number: number | undefined): Judged {
    if (number === undefined) return missing(observations);
    const perYear = yearTarget(measure, target, year);
    if (perYear !== undefined) return compare(number, perYear, higher, context.partlyMetRatio);
    if (target?.per === "period" && target.value !== undefined) {
      // A per-year count adds up towards the period target; a state or cumulative value stands as it is.
      const progress = adds(measure) ? runningSum : number;
      const deadlineYear = yearOf(target.deadline ?? context.planEnd);
      const judged = compare(progress, target.value, higher, context.partlyMetRatio);
      if (judged.status !== "met" && year < deadlineYear) {
        return {
          status: "reported",
          reason: { code: "progress_towards_target", progress, target: target.value, ratio: ratioOf(progress, target.value, higher), deadlineYear },
          expected: true,
          value: number,
          progress,
          target: target.value,
        };
      }
      return { ...judged, value: number, progress };
    }
    return { status: "reported", reason: { code: "no_target", value: number }, expected: true, value: number };
  }

  function milestone(year: number, observations: readonly Observation[], valued: readonly Observation[]): Judged {
    const deadline = lastDayOf((measure?.type === "milestone" ? measure.deadline : undefined) ?? target?.deadline ?? context.planEnd);
    if (firstDone !== undefined && firstDone < year) {
      return { status: "not_expected", reason: { code: "already_done", year: firstDone }, expected: false };
    }
    const done = valued.find(isDone);
    if (done !== undefined) {
      // A month or a year of doneOn counts as its last day ("2017-12" is on time for 2017-12-31). Without a
      // date, done in the deadline's own year gets the benefit of the doubt.
      const late =
        done.doneOn === undefined ? year > yearOf(deadline) : isAfter(parseISO(lastDayOf(done.doneOn)), endOfDay(parseISO(deadline)));
      if (late) {
        return { status: "partly_met", reason: { code: "done_late", doneOn: done.doneOn ?? String(year), deadline }, expected: true, value: 1 };
      }
      return { status: "met", reason: done.doneOn === undefined ? { code: "done" } : { code: "done", doneOn: done.doneOn }, expected: true, value: 1 };
    }
    const passed = !isBefore(endOfYearOf(year), parseISO(deadline));
    if (valued.some(isNotDone)) {
      return passed
        ? { status: "not_met", reason: { code: "not_done_by_deadline", deadline }, expected: true, value: 0 }
        : { status: "reported", reason: { code: "in_progress", deadline }, expected: true, value: 0 };
    }
    return missing(observations);
  }

  function cycle(year: number, observations: readonly Observation[], valued: readonly Observation[], every: number, first: number): Judged {
    if (year < first) return { status: "not_expected", reason: { code: "cycle_continues", cycle: { start: String(first), end: String(first) } }, expected: false };
    const start = first + Math.floor((year - first) / every) * every;
    const lastPlanYear = context.planYears.at(-1) ?? year;
    // The plan's last cycle ends with the plan, so it is judged even when cut short.
    const end = Math.min(start + every - 1, Math.max(lastPlanYear, year));
    const window = { start: String(start), end: String(end) };
    if (valued.some(isDone)) return { status: "met", reason: { code: "done_in_cycle", cycle: window }, expected: true, value: 1 };
    if (lastDone !== undefined && lastDone >= start) return { status: "not_expected", reason: { code: "already_done", year: lastDone }, expected: false };
    if (year < end) return { status: "not_expected", reason: { code: "cycle_continues", cycle: window }, expected: false };
    const reportedInCycle = valued.length > 0 || context.planYears.some((y) => y >= start && y < year && (byYear.get(y) ?? []).some(hasValue));
    if (reportedInCycle) return { status: "not_met", reason: { code: "not_done_in_cycle", cycle: window }, expected: true, value: 0 };
    return missing(observations);
  }
}

/** A change between two values, judged by whether higher is better. */
export function change(from: number, to: number, higher: boolean | undefined): Change {
  const difference = to - from;
  const direction: Change["direction"] =
    difference === 0 ? "unchanged" : higher === undefined ? "changed" : (difference > 0) === higher ? "improved" : "worsened";
  const result: Change = { from, to, difference, direction };
  if (from !== 0) result.relative = difference / from;
  return result;
}

import { endOfDay, getYear, isAfter, isBefore, parseISO } from "date-fns";
import { lastDayOf } from "../../../model/common.js";
import type { MilestoneMeasure } from "../../../model/measure.js";
import { endOfYearOf, isDone, isNotDone } from "../observed.js";
import { missing } from "./missing.js";
import type { Judge } from "./types.js";

/**
 * Judges a milestone: done (on time or late), not done by its deadline, still in progress, or nothing to
 * expect once done in an earlier year. The deadline is the measure's, else the target's, else the plan's end.
 *
 * @example
 * ```ts
 * judgeMilestone({ year: 2017, observations, valued: [{ indicator: "F.1-1", year: 2017, done: true }] }, rules, { sumBefore: 0 });
 * // { status: "met", reason: { code: "done" }, expected: true, value: 1 }
 * ```
 */
export const judgeMilestone: Judge<MilestoneMeasure> = ({ year, observations, valued }, rules, carried) => {
  const deadline = lastDayOf(rules.measure.deadline ?? rules.target?.deadline ?? rules.planEnd);
  if (carried.firstDone !== undefined && carried.firstDone < year) {
    return { status: "not_expected", reason: { code: "already_done", year: carried.firstDone }, expected: false };
  }
  const done = valued.find(isDone);
  if (done !== undefined) {
    // A month or a year of doneOn counts as its last day ("2017-12" is on time for 2017-12-31). Without a
    // date, done in the deadline's own year gets the benefit of the doubt.
    const late =
      done.doneOn === undefined
        ? year > getYear(parseISO(deadline))
        : isAfter(parseISO(lastDayOf(done.doneOn)), endOfDay(parseISO(deadline)));
    if (late) {
      return {
        status: "partly_met",
        reason: { code: "done_late", doneOn: done.doneOn ?? String(year), deadline },
        expected: true,
        value: 1,
      };
    }
    return {
      status: "met",
      reason: done.doneOn === undefined ? { code: "done" } : { code: "done", doneOn: done.doneOn },
      expected: true,
      value: 1,
    };
  }
  const passed = !isBefore(endOfYearOf(year), parseISO(deadline));
  if (valued.some(isNotDone)) {
    return passed
      ? { status: "not_met", reason: { code: "not_done_by_deadline", deadline }, expected: true, value: 0 }
      : { status: "reported", reason: { code: "in_progress", deadline }, expected: true, value: 0 };
  }
  return missing(observations);
};

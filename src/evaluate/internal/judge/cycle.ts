import type { CycleMeasure } from "../../../model/measure.js";
import { isDone } from "../observed.js";
import { missing } from "./missing.js";
import type { Judge } from "./types.js";

/**
 * Judges a multi-year cycle: met in the year it is done, nothing to expect in the rest of a cycle once done or
 * while the cycle runs, and at the cycle's last year not met (something was reported in it) or missing.
 * Cycles start at the measure's first year, else the plan's.
 *
 * @example
 * ```ts
 * // Every second year from 2017; nothing done in 2017 and 2018.
 * judgeCycle({ year: 2018, observations: [], valued: [] }, rules, { sumBefore: 0, lastReported: 2017 });
 * // { status: "not_met", reason: { code: "not_done_in_cycle", cycle: { start: "2017", end: "2018" } }, expected: true, value: 0 }
 * ```
 */
export const judgeCycle: Judge<CycleMeasure> = ({ year, observations, valued }, rules, carried) => {
  const every = rules.measure.everyYears;
  const first = rules.measure.firstYear ?? rules.planYears[0] ?? 0;
  if (year < first)
    return {
      status: "not_expected",
      reason: { code: "cycle_continues", cycle: { start: String(first), end: String(first) } },
      expected: false,
    };
  const start = first + Math.floor((year - first) / every) * every;
  const lastPlanYear = rules.planYears.at(-1) ?? year;
  // The plan's last cycle ends with the plan, so it is judged even when cut short.
  const end = Math.min(start + every - 1, Math.max(lastPlanYear, year));
  const window = { start: String(start), end: String(end) };
  if (valued.some(isDone)) return { status: "met", reason: { code: "done_in_cycle", cycle: window }, expected: true, value: 1 };
  const { lastDone, lastReported } = carried;
  if (lastDone !== undefined && lastDone >= start)
    return { status: "not_expected", reason: { code: "already_done", year: lastDone }, expected: false };
  if (year < end) return { status: "not_expected", reason: { code: "cycle_continues", cycle: window }, expected: false };
  const reportedInCycle = valued.length > 0 || (lastReported !== undefined && lastReported >= start);
  if (reportedInCycle) return { status: "not_met", reason: { code: "not_done_in_cycle", cycle: window }, expected: true, value: 0 };
  return missing(observations);
};

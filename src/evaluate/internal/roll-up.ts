import type { Lang } from "../../core/lang.js";
import { combinationMessage } from "../messages.js";
import { type ActivityEvaluation, type ActivityYear, STATUSES, type Status, type StatusSummary } from "../types.js";

/** Zero for every status. */
export function emptyCounts(): Record<Status, number> {
  return { met: 0, partly_met: 0, not_met: 0, reported: 0, missing: 0, not_yet_due: 0, not_expected: 0 };
}

/** How many of `statuses` have each status. */
export function countStatuses(statuses: Iterable<Status>): Record<Status, number> {
  const counts = emptyCounts();
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/** Counts and shares per status of one year. */
export function summary(year: number, statuses: readonly Status[]): StatusSummary {
  const counts = countStatuses(statuses);
  const total = statuses.length;
  const shares = emptyCounts();
  for (const status of STATUSES) shares[status] = total === 0 ? 0 : counts[status] / total;
  return { year, counts, shares, total };
}

/**
 * Activities per status in each year: the roll-up of an area, a sub-goal or the plan.
 *
 * @example
 * ```ts
 * activitySummaries(area.activities, [2018])[0]?.shares.met; // the share of the area's activities met in 2018
 * ```
 */
export function activitySummaries(activities: readonly ActivityEvaluation[], years: readonly number[]): StatusSummary[] {
  // An activity without a year of its own there has nothing expected of it.
  const statuses = activities.map(statusByYear);
  return years.map((year) =>
    summary(
      year,
      statuses.map((byYear) => byYear.get(year) ?? "not_expected"),
    ),
  );
}

/**
 * The status of each year of an activity or an indicator, looked up by year: finding each year in the list
 * would take time in the square of the years, and a plan may span centuries.
 */
export function statusByYear(evaluated: { readonly years: readonly { year: number; status: Status }[] }): Map<number, Status> {
  return new Map(evaluated.years.map((y) => [y.year, y.status]));
}

/**
 * An activity's status from its indicators' statuses in one year. A missing indicator is never hidden: with
 * a verdict beside it, it keeps the activity from `met`; without one, it wins over `reported`.
 * - nothing due (all not yet due, or nothing expected): `not_yet_due` if any is not yet due, else `not_expected`;
 * - no indicator judged against a target: `missing` if any due indicator is missing, else `reported`;
 * - all judged indicators met and none missing: `met`; all judged not met: `not_met`; otherwise `partly_met`.
 *
 * @example
 * ```ts
 * combine(2019, ["reported", "missing"], "sv").status; // "missing": "Indikatorer: 1 redovisad utan bedömning, 1 saknas."
 * combine(2019, ["met", "missing"], "sv").status; // "partly_met"
 * ```
 */
export function combine(year: number, statuses: readonly Status[], lang: Lang): ActivityYear {
  const counts = countStatuses(statuses);
  const due = statuses.length - counts.not_yet_due - counts.not_expected;
  const judged = counts.met + counts.partly_met + counts.not_met;
  let status: Status;
  if (due === 0) status = counts.not_yet_due > 0 ? "not_yet_due" : "not_expected";
  else if (judged === 0) status = counts.missing > 0 ? "missing" : "reported";
  else if (counts.met === judged && counts.missing === 0) status = "met";
  else if (counts.not_met === judged) status = "not_met";
  else status = "partly_met";
  return { year, status, message: combinationMessage(counts, STATUSES, lang), indicators: counts };
}

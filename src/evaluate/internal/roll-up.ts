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
  return years.map((year) =>
    summary(
      year,
      activities.map((a) => a.years.find((y) => y.year === year)?.status ?? "not_expected"),
    ),
  );
}

/**
 * An activity's status from its indicators' statuses in one year:
 * - nothing due (all not yet due, or nothing expected): `not_yet_due` if any is not yet due, else `not_expected`;
 * - everything due is missing: `missing`;
 * - no indicator with a target among those reported: `reported`;
 * - all judged indicators met and none missing: `met`; all judged not met: `not_met`; otherwise `partly_met`.
 */
export function combine(year: number, statuses: readonly Status[], lang: Lang): ActivityYear {
  const counts = countStatuses(statuses);
  const due = statuses.length - counts.not_yet_due - counts.not_expected;
  const judged = counts.met + counts.partly_met + counts.not_met;
  let status: Status;
  if (due === 0) status = counts.not_yet_due > 0 ? "not_yet_due" : "not_expected";
  else if (counts.missing === due) status = "missing";
  else if (judged === 0) status = "reported";
  else if (counts.met === judged && counts.missing === 0) status = "met";
  else if (counts.not_met === judged) status = "not_met";
  else status = "partly_met";
  return { year, status, message: combinationMessage(counts, STATUSES, lang), indicators: counts };
}

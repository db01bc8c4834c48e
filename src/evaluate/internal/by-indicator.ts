import { indicatorIndex } from "../../model/indicator-index.js";
import type { Observation } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import type { ObservationsByIndicator } from "./tree.js";

/**
 * The observations of the plan's indicators in its years, by indicator and year; the others (copied) as
 * `unmatched`.
 *
 * @example
 * ```ts
 * const { byIndicator, unmatched } = observationsByIndicator(plan, observations, [2017, 2018, 2019]);
 * byIndicator.get("F.2-1")?.get(2018); // the observations of F.2-1 in 2018
 * ```
 */
export function observationsByIndicator(
  plan: Plan,
  observations: readonly Observation[],
  planYears: readonly number[],
): { byIndicator: ObservationsByIndicator; unmatched: Observation[] } {
  const known = indicatorIndex(plan);
  const byIndicator = new Map<string, Map<number, Observation[]>>();
  const unmatched: Observation[] = [];
  for (const o of observations) {
    if (!known.has(o.indicator) || !planYears.includes(o.year)) {
      unmatched.push(o);
      continue;
    }
    const byYear = byIndicator.get(o.indicator) ?? new Map<number, Observation[]>();
    byIndicator.set(o.indicator, byYear);
    // Appended in place: copying the year's list for each observation was quadratic in observations per year.
    const inYear = byYear.get(o.year);
    if (inYear === undefined) byYear.set(o.year, [o]);
    else inYear.push(o);
  }
  return { byIndicator, unmatched };
}

import type { Indicator } from "./indicator.js";
import type { Plan } from "./plan.js";
import { indicatorsOf } from "./traverse.js";

/** An indicator of a plan with the code of the activity it belongs to. */
export interface IndexedIndicator {
  indicator: Indicator;
  activity: string;
}

/**
 * Every indicator of a plan by id, in document order. Of two indicators with one id the first counts;
 * validation reports the second (`duplicate_code`).
 */
export function indicatorIndex(plan: Plan): Map<string, IndexedIndicator> {
  const index = new Map<string, IndexedIndicator>();
  for (const { indicator, activity } of indicatorsOf(plan)) {
    if (!index.has(indicator.id)) index.set(indicator.id, { indicator, activity: activity.code });
  }
  return index;
}

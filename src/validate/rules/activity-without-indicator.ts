import type { Rule } from "../types.js";

/** `activity_without_indicator`: every activity has at least one follow-up indicator. */
export const activityWithoutIndicatorRule: Rule<"activity_without_indicator"> = {
  id: "activity_without_indicator",
  defaultSeverity: "warning",
  needsEveryPart: "activity",
  description: {
    sv: "Varje aktivitet har minst en uppföljningsindikator.",
    en: "Every activity has at least one follow-up indicator.",
  },
  check(_plan, { index }) {
    return index.activities
      .filter(({ activity }) => activity.followUp.indicators.length === 0)
      .map(({ activity, path }) => ({
        code: "activity_without_indicator" as const,
        path: [...path, "followUp", "indicators"],
        activity: activity.code,
      }));
  },
};

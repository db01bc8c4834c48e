import type { Rule } from "../types.js";

/** `area_without_activities`: every area of collaboration has at least one activity. */
export const areaWithoutActivitiesRule: Rule<"area_without_activities"> = {
  id: "area_without_activities",
  defaultSeverity: "warning",
  needsEveryPart: "area",
  description: {
    sv: "Varje område för samhandling har minst en aktivitet.",
    en: "Every area of collaboration has at least one activity.",
  },
  check(_plan, { index }) {
    return index.areas
      .filter(({ area }) => area.activities.length === 0)
      .map(({ area, path }) => ({ code: "area_without_activities" as const, path, area: area.id }));
  },
};

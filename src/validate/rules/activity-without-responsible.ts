import type { Rule } from "../types.js";

/** `activity_without_responsible`: every activity names at least one responsible actor. */
export const activityWithoutResponsibleRule: Rule<"activity_without_responsible"> = {
  id: "activity_without_responsible",
  defaultSeverity: "error",
  needsEveryPart: "activity",
  description: {
    sv: "Varje aktivitet har minst en ansvarig aktör (responsible.actors).",
    en: "Every activity names at least one responsible actor (responsible.actors).",
  },
  check(_plan, { index }) {
    return index.activities
      .filter(({ activity }) => activity.responsible.actors.length === 0)
      .map(({ activity, path }) => ({
        code: "activity_without_responsible" as const,
        path: [...path, "responsible", "actors"],
        activity: activity.code,
      }));
  },
};

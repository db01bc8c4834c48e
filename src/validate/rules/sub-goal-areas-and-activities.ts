import type { Rule } from "../types.js";

/**
 * `sub_goal_areas_and_activities`: a sub-goal holds its activities either under areas of collaboration or
 * directly, not both: a plan has an area level or not, and an activity beside the areas has lost its area.
 */
export const subGoalAreasAndActivitiesRule: Rule<"sub_goal_areas_and_activities"> = {
  id: "sub_goal_areas_and_activities",
  defaultSeverity: "error",
  description: {
    sv: "Ett delmål har sina aktiviteter antingen under områden för samhandling eller direkt under sig, inte båda.",
    en: "A sub-goal holds its activities either under areas of collaboration or directly under it, not both.",
  },
  check(plan) {
    return plan.subGoals.flatMap((subGoal, g) =>
      subGoal.areas !== undefined && subGoal.activities !== undefined
        ? [
            {
              code: "sub_goal_areas_and_activities" as const,
              path: ["subGoals", g, "activities"],
              subGoal: subGoal.code,
              areas: subGoal.areas.length,
              activities: subGoal.activities.length,
            },
          ]
        : [],
    );
  },
};

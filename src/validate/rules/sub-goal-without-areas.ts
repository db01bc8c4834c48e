import { activitiesIn, areasIn } from "../../model/traverse.js";
import type { Rule } from "../types.js";

/**
 * `sub_goal_without_areas`: every sub-goal has at least one area of collaboration, or, in a plan without an area
 * level (a sub-goal without `areas`), at least one activity directly under it.
 */
export const subGoalWithoutAreasRule: Rule<"sub_goal_without_areas"> = {
  id: "sub_goal_without_areas",
  defaultSeverity: "warning",
  needsEveryPart: "subGoal",
  description: {
    sv: "Varje delmål har minst ett område för samhandling, eller minst en aktivitet direkt under sig om planen saknar områden.",
    en: "Every sub-goal has at least one area of collaboration, or at least one activity directly under it if the plan has no areas.",
  },
  check(plan) {
    return plan.subGoals.flatMap((subGoal, g) => {
      if (areasIn(subGoal).length > 0 || activitiesIn(subGoal).length > 0) return [];
      const issue = { code: "sub_goal_without_areas" as const, path: ["subGoals", g], subGoal: subGoal.code };
      // Without `areas` the plan has no area level, so what the sub-goal lacks is activities.
      return [subGoal.areas === undefined ? { ...issue, areaLevel: false } : issue];
    });
  },
};

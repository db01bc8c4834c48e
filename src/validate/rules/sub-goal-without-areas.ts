import type { Rule } from "../types.js";

/** `sub_goal_without_areas`: every sub-goal has at least one area of collaboration. */
export const subGoalWithoutAreasRule: Rule<"sub_goal_without_areas"> = {
  id: "sub_goal_without_areas",
  defaultSeverity: "warning",
  needsEveryPart: "subGoal",
  description: {
    sv: "Varje delmål har minst ett område för samhandling.",
    en: "Every sub-goal has at least one area of collaboration.",
  },
  check(plan) {
    return plan.subGoals.flatMap((subGoal, g) =>
      subGoal.areas.length === 0 ? [{ code: "sub_goal_without_areas" as const, path: ["subGoals", g], subGoal: subGoal.code }] : [],
    );
  },
};

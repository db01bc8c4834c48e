import type { Rule } from "../types.js";

/**
 * `areas_per_sub_goal`: when the policy sets `areasPerSubGoal`, every sub-goal has that many areas. A sub-goal
 * without `areas` (activities directly under it, no area level) is not counted: the policy is about areas.
 */
export const areasPerSubGoalRule: Rule<"areas_per_sub_goal"> = {
  id: "areas_per_sub_goal",
  defaultSeverity: "warning",
  needsEveryPart: "subGoal",
  description: {
    sv: "Varje delmål har så många områden för samhandling som policyn anger (policy.areasPerSubGoal), om den anger något.",
    en: "Every sub-goal has as many areas of collaboration as the policy sets (policy.areasPerSubGoal), if it sets one.",
  },
  check(plan, context) {
    const expected = context.policy.areasPerSubGoal;
    if (expected === undefined) return [];
    return plan.subGoals.flatMap((subGoal, g) =>
      subGoal.areas === undefined || subGoal.areas.length === expected
        ? []
        : [
            {
              code: "areas_per_sub_goal" as const,
              path: ["subGoals", g, "areas"],
              subGoal: subGoal.code,
              expected,
              received: subGoal.areas.length,
            },
          ],
    );
  },
};

import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `unknown_replacing_sub_goal`: the `replacedBy` of a national goal the plan replaces names one of the plan's
 * sub-goals by its code.
 */
export const unknownReplacingSubGoalRule: Rule<"unknown_replacing_sub_goal"> = {
  id: "unknown_replacing_sub_goal",
  defaultSeverity: "error",
  description: {
    sv: "Det delmål som ersätter ett nationellt mål (nationalGoalsNotFollowed, replacedBy) finns i planen.",
    en: "The sub-goal that replaces a national goal (nationalGoalsNotFollowed, replacedBy) is in the plan.",
  },
  check(plan) {
    const codes = new Set(plan.subGoals.map((subGoal) => subGoal.code));
    const issues: ValidationIssueDataOf<"unknown_replacing_sub_goal">[] = [];
    plan.nationalGoalsNotFollowed?.forEach((entry, k) => {
      if (entry.replacedBy !== undefined && !codes.has(entry.replacedBy)) {
        issues.push({
          code: "unknown_replacing_sub_goal",
          path: ["nationalGoalsNotFollowed", k, "replacedBy"],
          strategy: entry.strategy,
          goal: entry.goal,
          subGoal: entry.replacedBy,
        });
      }
    });
    return issues;
  },
};

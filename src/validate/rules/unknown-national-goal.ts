import { goalOf, goalRefsOf } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `unknown_national_goal`: a sub-goal's or area's `nationalGoalRef` names a goal of its strategy, when that
 * strategy is given. A prioritised goal under a long-term goal whose prioritised goals the strategy does not
 * list (not transcribed) cannot be checked: `prioritised_goal_not_listed` says so.
 */
export const unknownNationalGoalRule: Rule<"unknown_national_goal"> = {
  id: "unknown_national_goal",
  defaultSeverity: "error",
  description: {
    sv: "Ett delmåls eller områdes nationalGoalRef pekar på ett mål i strategin, när strategin är given.",
    en: "A sub-goal's or area's nationalGoalRef names a goal of the strategy, when that strategy is given.",
  },
  check(plan, context) {
    const issues: ValidationIssueDataOf<"unknown_national_goal">[] = [];
    for (const { ref, path } of goalRefsOf(plan, context.index.areas)) {
      const strategy = context.strategies?.find((candidate) => candidate.id === ref.strategy);
      if (strategy !== undefined && goalOf(strategy, ref.goal) === "unknown") {
        issues.push({ code: "unknown_national_goal", path, strategy: ref.strategy, goal: ref.goal });
      }
    }
    return issues;
  },
};

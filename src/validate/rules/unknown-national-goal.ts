import { goalOf } from "../internal.js";
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
  check(_plan, context) {
    const issues: ValidationIssueDataOf<"unknown_national_goal">[] = [];
    // Without a strategy given there is nothing to check a reference against.
    if (context.strategies === undefined || context.strategies.length === 0) return issues;
    for (const { ref, path } of context.index.goalRefs) {
      const strategy = context.strategies.find((candidate) => candidate.id === ref.strategy);
      if (strategy !== undefined && goalOf(strategy, ref.goal) === "unknown") {
        issues.push({ code: "unknown_national_goal", path, strategy: ref.strategy, goal: ref.goal });
      }
    }
    return issues;
  },
};

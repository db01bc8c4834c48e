import { goalOf } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `prioritised_goal_not_listed`: a sub-goal's or area's `nationalGoalRef` names a prioritised goal (`2.3`) of a
 * given strategy that does not list the prioritised goals of that long-term goal, so whether the goal exists
 * cannot be checked. An info, so that the reference does not pass as checked.
 */
export const prioritisedGoalNotListedRule: Rule<"prioritised_goal_not_listed"> = {
  id: "prioritised_goal_not_listed",
  defaultSeverity: "info",
  description: {
    sv: "En hänvisning till ett prioriterat mål (x.y) kan inte kontrolleras, eftersom den givna strategin inte listar de prioriterade målen under mål x.",
    en: "A reference to a prioritised goal (x.y) cannot be checked, because the given strategy does not list the prioritised goals under goal x.",
  },
  check(_plan, context) {
    const issues: ValidationIssueDataOf<"prioritised_goal_not_listed">[] = [];
    // Without a strategy given there is nothing to check a reference against.
    if (context.strategies === undefined || context.strategies.length === 0) return issues;
    for (const { ref, path } of context.index.goalRefs) {
      const strategy = context.strategies.find((candidate) => candidate.id === ref.strategy);
      if (strategy !== undefined && goalOf(strategy, ref.goal) === "not_transcribed") {
        issues.push({ code: "prioritised_goal_not_listed", path, strategy: ref.strategy, goal: ref.goal });
      }
    }
    return issues;
  },
};

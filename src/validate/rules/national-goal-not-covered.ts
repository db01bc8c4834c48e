import { followedGoalRefsOf } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** The long-term goal a goal number belongs to: `"1"` for `"1"` and for `"1.2"`. */
const longTermGoal = (goal: string): string => goal.split(".")[0] ?? goal;

/**
 * `national_goal_not_covered`: each long-term goal of each given strategy the plan implements is followed by a
 * sub-goal or area (`nationalGoalRef`, `nationalGoalRefs`; a prioritised goal `1.2` follows goal 1) or declared
 * in `nationalGoalsNotFollowed`. Only noted: a plan may narrow its strategy, but it then says so.
 */
export const nationalGoalNotCoveredRule: Rule<"national_goal_not_covered"> = {
  id: "national_goal_not_covered",
  defaultSeverity: "info",
  description: {
    sv: "Varje långsiktigt mål i en given strategi som planen genomför följs av ett delmål eller område, eller anges som utelämnat eller ersatt (nationalGoalsNotFollowed).",
    en: "Every long-term goal of a given strategy the plan implements is followed by a sub-goal or area, or declared left out or replaced (nationalGoalsNotFollowed).",
  },
  check(plan, context) {
    const accounted = new Set(
      [...followedGoalRefsOf(plan).map(({ ref }) => ref), ...(plan.nationalGoalsNotFollowed ?? [])].map(
        (ref) => `${ref.strategy}\u0000${longTermGoal(ref.goal)}`,
      ),
    );
    const issues: ValidationIssueDataOf<"national_goal_not_covered">[] = [];
    plan.strategies.forEach((id, k) => {
      // A strategy not given is strategy_not_given's issue.
      const strategy = context.strategies?.find((candidate) => candidate.id === id);
      for (const goal of strategy?.longTermGoals ?? []) {
        if (accounted.has(`${id}\u0000${goal.number}`)) continue;
        // The schema requires text or topic.
        const goalText = goal.text ?? goal.topic ?? "";
        issues.push({ code: "national_goal_not_covered", path: ["strategies", k], strategy: id, goal: goal.number, goalText });
      }
    });
    return issues;
  },
};

import { goalOf, normaliseSpace } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `national_goal_text_differs`: a sub-goal's text differs, after white space is normalised, from the verified
 * wording of the national goal it refers to. Often deliberate (a plan may make a goal gender-explicit), hence info.
 */
export const nationalGoalTextDiffersRule: Rule<"national_goal_text_differs"> = {
  id: "national_goal_text_differs",
  defaultSeverity: "info",
  description: {
    sv: "Delmålets text skiljer sig (bortsett från blanktecken) från det nationella målets lydelse som den hänvisar till.",
    en: "The sub-goal's text differs (white space aside) from the wording of the national goal it refers to.",
  },
  check(plan, context) {
    const issues: ValidationIssueDataOf<"national_goal_text_differs">[] = [];
    plan.subGoals.forEach((subGoal, g) => {
      const ref = subGoal.nationalGoalRef;
      const strategy = ref === undefined ? undefined : context.strategies?.find((candidate) => candidate.id === ref.strategy);
      if (ref === undefined || strategy === undefined) return;
      const goal = goalOf(strategy, ref.goal);
      if (typeof goal === "string" || goal.text === undefined) return;
      if (normaliseSpace(goal.text) !== normaliseSpace(subGoal.text)) {
        issues.push({
          code: "national_goal_text_differs",
          path: ["subGoals", g, "text"],
          strategy: ref.strategy,
          goal: ref.goal,
          expected: goal.text,
          received: subGoal.text,
        });
      }
    });
    return issues;
  },
};

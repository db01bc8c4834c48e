import type { Path } from "../../core/issue.js";
import type { GoalRef } from "../../model/common.js";
import { areasOf } from "../../model/traverse.js";
import { goalOf } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `unknown_national_goal`: a sub-goal's or area's `nationalGoalRef` names a goal of its strategy, when that
 * strategy is given. A prioritised goal under a long-term goal whose prioritised goals the strategy does not
 * list (not transcribed) cannot be checked and is let pass.
 */
export const unknownNationalGoalRule: Rule<"unknown_national_goal"> = {
  id: "unknown_national_goal",
  defaultSeverity: "error",
  description: {
    sv: "Ett delmåls eller områdes nationalGoalRef pekar på ett mål i strategin, när strategin är given.",
    en: "A sub-goal's or area's nationalGoalRef names a goal of the strategy, when that strategy is given.",
  },
  check(plan, context) {
    const refs: { ref: GoalRef; path: Path }[] = [];
    plan.subGoals.forEach((subGoal, g) => {
      if (subGoal.nationalGoalRef !== undefined) refs.push({ ref: subGoal.nationalGoalRef, path: ["subGoals", g, "nationalGoalRef"] });
    });
    for (const { area, path } of areasOf(plan)) {
      if (area.nationalGoalRef !== undefined) refs.push({ ref: area.nationalGoalRef, path: [...path, "nationalGoalRef"] });
    }
    const issues: ValidationIssueDataOf<"unknown_national_goal">[] = [];
    for (const { ref, path } of refs) {
      const strategy = context.strategies?.find((candidate) => candidate.id === ref.strategy);
      if (strategy !== undefined && goalOf(strategy, ref.goal) === "unknown") {
        issues.push({ code: "unknown_national_goal", path, strategy: ref.strategy, goal: ref.goal });
      }
    }
    return issues;
  },
};

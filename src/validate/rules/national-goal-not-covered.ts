import type { GoalRef } from "../../model/common.js";
import type { Plan } from "../../model/plan.js";
import { takenUp } from "../chain-view.js";
import { followedGoalRefsOf } from "../internal.js";
import type { Rule, ValidationContext, ValidationIssueDataOf } from "../types.js";

/** The long-term goal a goal number belongs to: `"1"` for `"1"` and for `"1.2"`. */
const longTermGoal = (goal: string): string => goal.split(".")[0] ?? goal;

/** The national goals a local plan follows through its parent: those of the regional parts it takes up. */
function followedThroughParent(plan: Plan, parent: Plan): GoalRef[] {
  const taken = takenUp(plan, parent);
  const parts = new Set(
    followedGoalRefsOf(parent).flatMap(({ ref, path }) => {
      const subGoal = parent.subGoals[path[1] as number];
      const area = path[2] === "areas" ? subGoal?.areas?.[path[3] as number] : undefined;
      const takenPart = area === undefined ? taken.subGoals.includes(subGoal?.code ?? "") : taken.areas.includes(area.id);
      return takenPart ? [ref] : [];
    }),
  );
  return [...parts];
}

/** Whether the rule can say anything: a local plan whose parent is named but not given has an unknown chain. */
function chainKnown(plan: Plan, context: ValidationContext): boolean {
  return plan.level !== "local" || plan.parentPlan === undefined || context.parent !== undefined;
}

/**
 * `national_goal_not_covered`: each long-term goal of each given strategy the plan implements is followed by a
 * sub-goal or area (`nationalGoalRef`, `nationalGoalRefs`; a prioritised goal `1.2` follows goal 1) or declared
 * in `nationalGoalsNotFollowed`. A local plan also follows what its parent's sub-goals and areas that it takes up
 * (by `regionalRef`) follow; with its parent named but not given, it is not checked (`parent_not_given` says
 * so). Only noted: a plan may narrow its strategy, but it then says so.
 */
export const nationalGoalNotCoveredRule: Rule<"national_goal_not_covered"> = {
  id: "national_goal_not_covered",
  defaultSeverity: "info",
  // A sub-goal or area that could not be read may hold the goal link that is missing.
  needsEveryPart: "nationalGoals",
  description: {
    sv: "Varje långsiktigt mål i en given strategi som planen genomför följs av ett delmål eller område, eller anges som utelämnat eller ersatt (nationalGoalsNotFollowed).",
    en: "Every long-term goal of a given strategy the plan implements is followed by a sub-goal or area, or declared left out or replaced (nationalGoalsNotFollowed).",
  },
  check(plan, context) {
    // Without a strategy given, or with an unknown chain, there is nothing to say.
    if (context.strategies === undefined || context.strategies.length === 0 || !chainKnown(plan, context)) return [];
    const viaParent = plan.level === "local" && context.parent !== undefined ? followedThroughParent(plan, context.parent) : [];
    // The plan's own references (those it follows and those it does not) and those it follows through its parent.
    const accounted = new Set<string>();
    for (const { ref } of context.index.goalRefs) accounted.add(`${ref.strategy}\u0000${longTermGoal(ref.goal)}`);
    for (const ref of viaParent) accounted.add(`${ref.strategy}\u0000${longTermGoal(ref.goal)}`);
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

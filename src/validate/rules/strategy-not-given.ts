import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `strategy_not_given`: a strategy the plan names (in `strategies`, a `nationalGoalRef`, `nationalGoalRefs` or
 * `nationalGoalsNotFollowed`) is not in the context, so references to it cannot be checked. Reported once per
 * strategy, where it is first named.
 */
export const strategyNotGivenRule: Rule<"strategy_not_given"> = {
  id: "strategy_not_given",
  defaultSeverity: "info",
  description: {
    sv: "En strategi som planen nämner finns inte i kontexten, så hänvisningar till den kan inte kontrolleras (en gång per strategi).",
    en: "A strategy the plan names is not in the context, so references to it cannot be checked (once per strategy).",
  },
  check(plan, context) {
    const given = new Set((context.strategies ?? []).map((strategy) => strategy.id));
    const reported = new Set<string>();
    const issues: ValidationIssueDataOf<"strategy_not_given">[] = [];
    // Whether this is the first mention of a strategy not given: only that one gets a path and an issue.
    const firstMissing = (strategy: string): boolean => {
      if (given.has(strategy) || reported.has(strategy)) return false;
      reported.add(strategy);
      return true;
    };
    plan.strategies.forEach((strategy, k) => {
      if (firstMissing(strategy)) issues.push({ code: "strategy_not_given", path: ["strategies", k], strategy });
    });
    for (const { ref, path } of context.index.goalRefs)
      if (firstMissing(ref.strategy)) issues.push({ code: "strategy_not_given", path: [...path, "strategy"], strategy: ref.strategy });
    return issues;
  },
};

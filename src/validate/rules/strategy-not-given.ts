import type { Path } from "../../core/issue.js";
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
    // The path is made only for the first mention of a strategy not given.
    const see = (strategy: string, pathOf: () => Path): void => {
      if (given.has(strategy) || reported.has(strategy)) return;
      reported.add(strategy);
      issues.push({ code: "strategy_not_given", path: pathOf(), strategy });
    };
    plan.strategies.forEach((strategy, k) => {
      see(strategy, () => ["strategies", k]);
    });
    for (const { ref, path } of context.index.goalRefs) see(ref.strategy, () => [...path, "strategy"]);
    return issues;
  },
};

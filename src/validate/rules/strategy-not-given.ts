import type { Path } from "../../core/issue.js";
import { goalRefsOf } from "../internal.js";
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
    const named: { strategy: string; path: Path }[] = [
      ...plan.strategies.map((strategy, k) => ({ strategy, path: ["strategies", k] as Path })),
      ...goalRefsOf(plan, context.index.areas).map(({ ref, path }) => ({ strategy: ref.strategy, path: [...path, "strategy"] as Path })),
    ];
    const given = new Set((context.strategies ?? []).map((strategy) => strategy.id));
    const reported = new Set<string>();
    const issues: ValidationIssueDataOf<"strategy_not_given">[] = [];
    for (const { strategy, path } of named) {
      if (given.has(strategy) || reported.has(strategy)) continue;
      reported.add(strategy);
      issues.push({ code: "strategy_not_given", path, strategy });
    }
    return issues;
  },
};

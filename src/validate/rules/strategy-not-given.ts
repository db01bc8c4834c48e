import type { Path } from "../../core/issue.js";
import { areasOf } from "../../model/traverse.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `strategy_not_given`: a strategy the plan names (in `strategies` or a `nationalGoalRef`) is not in the
 * context, so references to it cannot be checked. Reported once per strategy, where it is first named.
 */
export const strategyNotGivenRule: Rule<"strategy_not_given"> = {
  id: "strategy_not_given",
  defaultSeverity: "info",
  description: {
    sv: "En strategi som planen nämner finns inte i kontexten, så hänvisningar till den kan inte kontrolleras (en gång per strategi).",
    en: "A strategy the plan names is not in the context, so references to it cannot be checked (once per strategy).",
  },
  check(plan, context) {
    const named: { strategy: string; path: Path }[] = plan.strategies.map((strategy, k) => ({ strategy, path: ["strategies", k] }));
    plan.subGoals.forEach((subGoal, g) => {
      if (subGoal.nationalGoalRef !== undefined)
        named.push({ strategy: subGoal.nationalGoalRef.strategy, path: ["subGoals", g, "nationalGoalRef", "strategy"] });
    });
    for (const { area, path } of areasOf(plan)) {
      if (area.nationalGoalRef !== undefined)
        named.push({ strategy: area.nationalGoalRef.strategy, path: [...path, "nationalGoalRef", "strategy"] });
    }
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

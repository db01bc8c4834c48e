import type { Path } from "../../core/issue.js";
import type { Substance } from "../../model/common.js";
import { strategiesScope } from "../internal.js";
import type { Rule, SubstanceElement, ValidationIssueDataOf } from "../types.js";

/**
 * `substance_outside_scope`: each substance of a sub-goal, area or activity (`substances`) lies within the plan's
 * `scope`, or, for a plan that states no scope, within the scopes of the strategies it implements when every one
 * of them is given.
 */
export const substanceOutsideScopeRule: Rule<"substance_outside_scope"> = {
  id: "substance_outside_scope",
  defaultSeverity: "warning",
  description: {
    sv: "Varje ämne som ett delmål, område eller en aktivitet gäller (substances) ligger inom planens omfattning (scope), eller, om planen inte anger någon, inom dess givna strategiers.",
    en: "Every substance a sub-goal, area or activity concerns (substances) lies within the plan's scope, or, where the plan states none, within that of its given strategies.",
  },
  check(plan, context) {
    const { index } = context;
    const fromStrategies = plan.scope === undefined ? strategiesScope(plan, context.strategies) : undefined;
    const scope = plan.scope ?? fromStrategies;
    if (scope === undefined) return [];
    const issues: ValidationIssueDataOf<"substance_outside_scope">[] = [];
    const check = (element: SubstanceElement, substances: readonly Substance[] | undefined, path: Path): void => {
      substances?.forEach((substance, k) => {
        if (scope.includes(substance)) return;
        issues.push({
          code: "substance_outside_scope",
          path: [...path, "substances", k],
          element,
          substance,
          scope: [...scope],
          ...(fromStrategies === undefined ? {} : { strategies: [...plan.strategies] }),
        });
      });
    };
    for (const { node, path } of index.visits) {
      if (node.kind === "sub_goal" || node.kind === "collaboration_area" || node.kind === "activity")
        check(node.kind, node.substances, path);
    }
    return issues;
  },
};

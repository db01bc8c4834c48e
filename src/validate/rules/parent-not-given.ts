import type { Rule } from "../types.js";

/**
 * `parent_not_given`: the plan names the regional plan it follows (`parentPlan`), but no parent is in the
 * context, so its `regionalRef` and its period are not checked against it.
 */
export const parentNotGivenRule: Rule<"parent_not_given"> = {
  id: "parent_not_given",
  defaultSeverity: "info",
  description: {
    sv: "Planen nämner den regionala plan den följer (parentPlan), men den är inte given, så regionalRef och perioden kontrolleras inte mot den.",
    en: "The plan names the regional plan it follows (parentPlan), but that plan is not given, so regionalRef and the period are not checked against it.",
  },
  check(plan, context) {
    if (plan.parentPlan === undefined || context.parent !== undefined) return [];
    return [{ code: "parent_not_given", path: ["parentPlan"], parent: plan.parentPlan }];
  },
};

import type { Path } from "../../core/issue.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `parent_mismatch`: the regional plan given as context.parent is the one the local plan follows: its id is the
 * plan's `parentPlan`, it is a regional plan, and it covers the plan's county. Each difference is one issue.
 */
export const parentMismatchRule: Rule<"parent_mismatch"> = {
  id: "parent_mismatch",
  defaultSeverity: "error",
  description: {
    sv: "Den regionala plan som ges som förälder (context.parent) har planens parentPlan som id, är en regional plan och gäller planens län.",
    en: "The regional plan given as parent (context.parent) has the plan's parentPlan as its id, is a regional plan, and covers the plan's county.",
  },
  check(plan, context) {
    const parent = context.parent;
    if (parent === undefined) return [];
    const base = { code: "parent_mismatch", parent: parent.id, parentTitle: parent.title } as const;
    const at: Path = plan.parentPlan === undefined ? [] : ["parentPlan"];
    const issues: ValidationIssueDataOf<"parent_mismatch">[] = [];
    if (plan.parentPlan !== undefined && plan.parentPlan !== parent.id) {
      issues.push({ ...base, path: at, field: "id", expected: plan.parentPlan, received: parent.id });
    }
    if (parent.level !== "regional") issues.push({ ...base, path: at, field: "level", expected: "regional", received: parent.level });
    const county = { expected: plan.territory.countyCode, received: parent.territory.countyCode };
    if (county.received !== county.expected) issues.push({ ...base, path: ["territory", "countyCode"], field: "countyCode", ...county });
    return issues;
  },
};

import type { Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import type { RegionalRef } from "../../model/regional-ref.js";
import { regionalRefsOf } from "../internal.js";
import type { PlanIndex } from "../plan-index.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** The codes and ids a reference can name in the parent: its sub-goals', areas' and activities'. */
interface ParentNames {
  subGoals: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  activities: ReadonlySet<string>;
}

function namesOf(parent: Plan, index: PlanIndex): ParentNames {
  return {
    subGoals: new Set(parent.subGoals.map((subGoal) => subGoal.code)),
    areas: new Set(index.areas.map(({ area }) => area.id)),
    activities: new Set(index.activities.map(({ activity }) => activity.code)),
  };
}

function check(
  ref: RegionalRef,
  path: Path,
  plan: Plan,
  parent: Plan,
  names: ParentNames,
): ValidationIssueDataOf<"unknown_regional_ref">[] {
  const base = { code: "unknown_regional_ref", plan: parent.id, planTitle: parent.title } as const;
  if (ref.plan !== parent.id) {
    // A reference to the plan's own parentPlan, when the parent given is another plan, is parent_mismatch's, once.
    if (ref.plan === plan.parentPlan) return [];
    return [{ ...base, path: [...path, "plan"], field: "plan", value: ref.plan }];
  }
  const issues: ValidationIssueDataOf<"unknown_regional_ref">[] = [];
  if (ref.subGoal !== undefined && !names.subGoals.has(ref.subGoal)) {
    issues.push({ ...base, path: [...path, "subGoal"], field: "subGoal", value: ref.subGoal });
  }
  if (ref.area !== undefined && !names.areas.has(ref.area)) {
    issues.push({ ...base, path: [...path, "area"], field: "area", value: ref.area });
  }
  if (ref.activity !== undefined && !names.activities.has(ref.activity)) {
    issues.push({ ...base, path: [...path, "activity"], field: "activity", value: ref.activity });
  }
  return issues;
}

/**
 * `unknown_regional_ref`: the `regionalRef` of a local plan's sub-goals, areas and activities resolve in the
 * regional plan given as context.parent. A reference to the plan's `parentPlan` when another plan is given is
 * left to `parent_mismatch`, which reports it once.
 */
export const unknownRegionalRefRule: Rule<"unknown_regional_ref"> = {
  id: "unknown_regional_ref",
  defaultSeverity: "error",
  description: {
    sv: "Hänvisningar till den regionala planen (regionalRef) pekar på planen i context.parent och på delmål, områden och aktiviteter som finns där.",
    en: "References to the regional plan (regionalRef) name the plan given as context.parent and sub-goals, areas and activities it has.",
  },
  check(plan, context) {
    const { parent, parentIndex } = context;
    if (parent === undefined || parentIndex === undefined) return [];
    // The parent's names, gathered once for all the references.
    const names = namesOf(parent, parentIndex);
    return regionalRefsOf(plan, context.index).flatMap(({ ref, path }) => check(ref, path, plan, parent, names));
  },
};

import type { Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import type { RegionalRef } from "../../model/regional-ref.js";
import { activitiesOf, areasOf } from "../../model/traverse.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

function check(ref: RegionalRef, path: Path, parent: Plan): ValidationIssueDataOf<"unknown_regional_ref">[] {
  if (ref.plan !== parent.id)
    return [{ code: "unknown_regional_ref", path: [...path, "plan"], plan: ref.plan, field: "plan", value: ref.plan }];
  const issues: ValidationIssueDataOf<"unknown_regional_ref">[] = [];
  if (ref.subGoal !== undefined && !parent.subGoals.some((subGoal) => subGoal.code === ref.subGoal)) {
    issues.push({ code: "unknown_regional_ref", path: [...path, "subGoal"], plan: ref.plan, field: "subGoal", value: ref.subGoal });
  }
  if (ref.area !== undefined && !areasOf(parent).some(({ area }) => area.id === ref.area)) {
    issues.push({ code: "unknown_regional_ref", path: [...path, "area"], plan: ref.plan, field: "area", value: ref.area });
  }
  if (ref.activity !== undefined && !activitiesOf(parent).some(({ activity }) => activity.code === ref.activity)) {
    issues.push({ code: "unknown_regional_ref", path: [...path, "activity"], plan: ref.plan, field: "activity", value: ref.activity });
  }
  return issues;
}

/** `unknown_regional_ref`: the `regionalRef` of a local plan's sub-goals, areas and activities resolve in the regional plan given as context.parent. */
export const unknownRegionalRefRule: Rule<"unknown_regional_ref"> = {
  id: "unknown_regional_ref",
  defaultSeverity: "error",
  description: {
    sv: "Hänvisningar till den regionala planen (regionalRef) pekar på planen i context.parent och på delmål, områden och aktiviteter som finns där.",
    en: "References to the regional plan (regionalRef) name the plan given as context.parent and sub-goals, areas and activities it has.",
  },
  check(plan, context) {
    const parent = context.parent;
    if (parent === undefined) return [];
    const issues: ValidationIssueDataOf<"unknown_regional_ref">[] = [];
    plan.subGoals.forEach((subGoal, g) => {
      if (subGoal.regionalRef !== undefined) issues.push(...check(subGoal.regionalRef, ["subGoals", g, "regionalRef"], parent));
    });
    for (const { area, path } of areasOf(plan))
      if (area.regionalRef !== undefined) issues.push(...check(area.regionalRef, [...path, "regionalRef"], parent));
    for (const { activity, path } of activitiesOf(plan)) {
      if (activity.regionalRef !== undefined) issues.push(...check(activity.regionalRef, [...path, "regionalRef"], parent));
    }
    return issues;
  },
};

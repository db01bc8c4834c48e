import type { Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import type { RegionalRef } from "../../model/regional-ref.js";
import type { ActivityVisit, AreaVisit } from "../../model/traverse.js";
import { regionalRefsOf } from "../internal.js";
import type { PlanIndex } from "../plan-index.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** The parent's areas by id and activities by code; of two of one id or code, the first (as `find` would give). */
interface ParentElements {
  areas: ReadonlyMap<string, AreaVisit>;
  activities: ReadonlyMap<string, ActivityVisit>;
}

function elementsOf(index: PlanIndex): ParentElements {
  const areas = new Map<string, AreaVisit>();
  for (const visit of index.areas) if (!areas.has(visit.area.id)) areas.set(visit.area.id, visit);
  const activities = new Map<string, ActivityVisit>();
  for (const visit of index.activities) if (!activities.has(visit.activity.code)) activities.set(visit.activity.code, visit);
  return { areas, activities };
}

function check(ref: RegionalRef, path: Path, parent: Plan, elements: ParentElements): ValidationIssueDataOf<"regional_ref_mismatch">[] {
  if (ref.plan !== parent.id) return [];
  const base = { code: "regional_ref_mismatch", plan: parent.id, planTitle: parent.title } as const;
  const issues: ValidationIssueDataOf<"regional_ref_mismatch">[] = [];
  const area = ref.area === undefined ? undefined : elements.areas.get(ref.area);
  if (area !== undefined && ref.subGoal !== undefined && area.subGoal.code !== ref.subGoal) {
    issues.push({ ...base, path: [...path, "area"], field: "area", value: area.area.id, named: ref.subGoal, actual: area.subGoal.code });
  }
  const activity = ref.activity === undefined ? undefined : elements.activities.get(ref.activity);
  if (activity === undefined) return issues;
  if (ref.area !== undefined && area !== undefined && activity.area?.id !== ref.area) {
    const actual =
      activity.area === undefined ? { actual: activity.subGoal.code, under: "sub_goal" as const } : { actual: activity.area.id };
    issues.push({ ...base, path: [...path, "activity"], field: "activity", value: activity.activity.code, named: ref.area, ...actual });
  } else if (ref.area === undefined && ref.subGoal !== undefined && activity.subGoal.code !== ref.subGoal) {
    issues.push({
      ...base,
      path: [...path, "activity"],
      field: "activity",
      value: activity.activity.code,
      named: ref.subGoal,
      actual: activity.subGoal.code,
    });
  }
  return issues;
}

/**
 * `regional_ref_mismatch`: a `regionalRef` that names several elements of the regional plan names them
 * consistently: the area lies under the named sub-goal, the activity under the named area (or, without an area,
 * the named sub-goal). An activity directly under its sub-goal lies under no area, so naming one is a mismatch
 * (`under: "sub_goal"`, `actual` its sub-goal's code). Elements that do not exist are `unknown_regional_ref`'s.
 */
export const regionalRefMismatchRule: Rule<"regional_ref_mismatch"> = {
  id: "regional_ref_mismatch",
  defaultSeverity: "error",
  description: {
    sv: "En regionalRef som nämner flera delar av den regionala planen nämner dem samstämmigt: området ligger under det nämnda delmålet, aktiviteten under det nämnda området (eller delmålet).",
    en: "A regionalRef that names several elements of the regional plan names them consistently: the area lies under the named sub-goal, the activity under the named area (or sub-goal).",
  },
  check(plan, context) {
    const { parent, parentIndex } = context;
    if (parent === undefined || parentIndex === undefined) return [];
    // The parent's elements, looked up once for all the references.
    const elements = elementsOf(parentIndex);
    return regionalRefsOf(plan, context.index).flatMap(({ ref, path }) => check(ref, path, parent, elements));
  },
};

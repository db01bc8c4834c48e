import { produce } from "immer";
import type { Observation } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import type { RegionalRef } from "../../model/regional-ref.js";
import type { ReferenceContext, Rename } from "../types.js";

type Renamed = { localPlans?: Plan[]; observations?: Observation[] };

const mapOf = (renames: readonly Rename[], element: Rename["element"]): Map<string, string> =>
  new Map(renames.filter((r) => r.element === element).map((r) => [r.from, r.to]));

function followRef(ref: RegionalRef | undefined, planId: string, activities: ReadonlyMap<string, string>): void {
  if (ref?.plan !== planId || ref.activity === undefined) return;
  const to = activities.get(ref.activity);
  if (to !== undefined) ref.activity = to;
}

/** A local plan with its `regionalRef`s to the regional plan `planId` following the renamed activity codes. */
function followInLocalPlan(local: Plan, planId: string, activities: ReadonlyMap<string, string>): Plan {
  return produce(local, (draft) => {
    for (const subGoal of draft.subGoals) {
      followRef(subGoal.regionalRef, planId, activities);
      for (const area of subGoal.areas) {
        followRef(area.regionalRef, planId, activities);
        for (const activity of area.activities) followRef(activity.regionalRef, planId, activities);
      }
    }
  });
}

function followInObservation(
  o: Observation,
  activities: ReadonlyMap<string, string>,
  indicators: ReadonlyMap<string, string>,
): Observation {
  const indicator = indicators.get(o.indicator);
  const activity = o.activity === undefined ? undefined : activities.get(o.activity);
  if (indicator === undefined && activity === undefined) return o;
  return { ...o, ...(indicator === undefined ? {} : { indicator }), ...(activity === undefined ? {} : { activity }) };
}

/** The context with every reference to a renamed code or id updated; the given context is not changed. */
export function followRenames(planId: string, renames: readonly Rename[], context: ReferenceContext | undefined): Renamed {
  const activities = mapOf(renames, "activity");
  const indicators = mapOf(renames, "indicator");
  const out: Renamed = {};
  if (context?.localPlans !== undefined) out.localPlans = context.localPlans.map((p) => followInLocalPlan(p, planId, activities));
  if (context?.observations !== undefined)
    out.observations = context.observations.map((o) => followInObservation(o, activities, indicators));
  return out;
}

import { produce } from "immer";
import type { Observation } from "../../model/observation.js";
import type { Plan } from "../../model/plan.js";
import type { RegionalRef } from "../../model/regional-ref.js";
import { activitiesIn, areasIn } from "../../model/traverse.js";
import type { ReferenceContext, Rename } from "../types.js";

type Followed = { localPlans?: Plan[]; observations?: Observation[] };
type Renamed = { subGoals: ReadonlyMap<string, string>; activities: ReadonlyMap<string, string> };

const mapOf = (renames: readonly Rename[], element: Rename["element"]): Map<string, string> =>
  new Map(renames.filter((r) => r.element === element).map((r) => [r.from, r.to]));

function followRef(ref: RegionalRef | undefined, planId: string, renamed: Renamed): void {
  if (ref?.plan !== planId) return;
  const subGoal = ref.subGoal === undefined ? undefined : renamed.subGoals.get(ref.subGoal);
  if (subGoal !== undefined) ref.subGoal = subGoal;
  const activity = ref.activity === undefined ? undefined : renamed.activities.get(ref.activity);
  if (activity !== undefined) ref.activity = activity;
}

/** A local plan with its `regionalRef`s to the regional plan `planId` following the renamed codes. */
function followInLocalPlan(local: Plan, planId: string, renamed: Renamed): Plan {
  return produce(local, (draft) => {
    for (const subGoal of draft.subGoals) {
      followRef(subGoal.regionalRef, planId, renamed);
      for (const area of areasIn(subGoal)) followRef(area.regionalRef, planId, renamed);
      for (const activity of activitiesIn(subGoal)) followRef(activity.regionalRef, planId, renamed);
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
export function followRenames(planId: string, renames: readonly Rename[], context: ReferenceContext | undefined): Followed {
  const activities = mapOf(renames, "activity");
  const indicators = mapOf(renames, "indicator");
  const renamed = { subGoals: mapOf(renames, "sub_goal"), activities };
  const out: Followed = {};
  if (context?.localPlans !== undefined) out.localPlans = context.localPlans.map((p) => followInLocalPlan(p, planId, renamed));
  if (context?.observations !== undefined)
    out.observations = context.observations.map((o) => followInObservation(o, activities, indicators));
  return out;
}

import type { Plan } from "../model/plan.js";
import { activitiesOf, areasOf } from "../model/traverse.js";
import { municipalities as shippedMunicipalities } from "../reference/municipalities.js";
import type { ReferenceData } from "../reference/types.js";
import { regionalRefsOf } from "./internal.js";

/**
 * What one local plan takes up of its regional plan: the codes and ids of the regional sub-goals, areas and
 * activities its `regionalRef`s name, with the sub-goal and area above each named area and activity. References
 * to elements the regional plan lacks are left out (they are `unknown_regional_ref`'s).
 *
 * @example
 * ```ts
 * const plan: ChainLocalPlan = { id: "vaxjo-2018-2020", title: "Växjös plan", subGoals: ["1"], areas: ["1-a"], activities: ["1.1"] };
 * ```
 */
export interface ChainLocalPlan {
  id: string;
  title: string;
  subGoals: string[];
  areas: string[];
  activities: string[];
}

/**
 * A municipality (*kommun*) of the county in the chain view, with the local plans that follow the regional plan;
 * `plans` is empty for a municipality without one.
 *
 * @example
 * ```ts
 * const row: ChainMunicipality = { municipalityCode: "0780", name: "Växjö", plans: [] };
 * ```
 */
export interface ChainMunicipality {
  municipalityCode: string;
  /** The municipality's name, or its code where the reference data does not know it. */
  name: string;
  plans: ChainLocalPlan[];
}

/**
 * The chain from a regional plan to its local plans (*kedjan*), as data: which regional sub-goals, areas and
 * activities each municipality's local plan takes up, which municipalities have no local plan, and which
 * regional sub-goals no local plan follows.
 *
 * @example
 * ```ts
 * const view: ChainView = chainView(kronoberg2017, [vaxjo, ljungby]);
 * view.withoutPlan; // ["0760", "0761", …]
 * ```
 */
export interface ChainView {
  plan: { id: string; title: string; countyCode: string };
  /** The regional sub-goals in plan order, each with the municipality codes of the local plans that take it up. */
  subGoals: { code: string; text: string; followedBy: string[] }[];
  /** Every municipality of the county (and any other municipality a local plan names), in code order. */
  municipalities: ChainMunicipality[];
  /** Codes of the municipalities without a local plan. */
  withoutPlan: string[];
  /** Codes of the regional sub-goals no local plan takes up. */
  notFollowed: string[];
}

/**
 * What a local plan takes up of `regional`, in the regional plan's order: an activity it refers to brings its
 * area and sub-goal, an area its sub-goal.
 */
export function takenUp(local: Plan, regional: Plan): ChainLocalPlan {
  const subGoals = new Set<string>();
  const areas = new Set<string>();
  const activities = new Set<string>();
  const regionalAreas = areasOf(regional);
  const regionalActivities = activitiesOf(regional);
  for (const { ref } of regionalRefsOf(local)) {
    if (ref.plan !== regional.id) continue;
    if (ref.subGoal !== undefined && regional.subGoals.some((subGoal) => subGoal.code === ref.subGoal)) subGoals.add(ref.subGoal);
    const area = regionalAreas.find((visit) => visit.area.id === ref.area);
    if (area !== undefined) {
      areas.add(area.area.id);
      subGoals.add(area.subGoal.code);
    }
    const activity = regionalActivities.find((visit) => visit.activity.code === ref.activity);
    if (activity !== undefined) {
      activities.add(activity.activity.code);
      if (activity.area !== undefined) areas.add(activity.area.id);
      subGoals.add(activity.subGoal.code);
    }
  }
  return {
    id: local.id,
    title: local.title,
    subGoals: regional.subGoals.map((subGoal) => subGoal.code).filter((code) => subGoals.has(code)),
    areas: regionalAreas.map(({ area }) => area.id).filter((id) => areas.has(id)),
    activities: regionalActivities.map(({ activity }) => activity.code).filter((code) => activities.has(code)),
  };
}

/**
 * The chain view of a regional plan and its local plans (*kedjevy*): for each municipality of the county, the
 * local plans whose `parentPlan` is the regional plan and what each takes up of it (from their `regionalRef`s);
 * the municipalities without a local plan; the regional sub-goals no local plan takes up. Plans of other parents
 * are left out. Render it with {@link chainViewMarkdown}, {@link chainViewCsv} or {@link chainViewJson}.
 *
 * @param regional - The regional plan; not changed.
 * @param plans - Local plans (others are left out); not changed.
 * @param options - Reference data (the shipped municipalities by default).
 *
 * @example
 * ```ts
 * const view = chainView(kronoberg2017, [vaxjo, ljungby]);
 * view.municipalities.find((m) => m.municipalityCode === "0780")?.plans[0]?.subGoals; // ["1"]
 * view.notFollowed; // ["F", "2", "3", "4", "5"]
 * ```
 */
export function chainView(regional: Plan, plans: readonly Plan[], options: { reference?: ReferenceData } = {}): ChainView {
  const countyCode = regional.territory.countyCode;
  const known = (options.reference?.municipalities ?? shippedMunicipalities()).filter((m) => m.countyCode === countyCode);
  const rows = new Map<string, ChainMunicipality>(known.map((m) => [m.code, { municipalityCode: m.code, name: m.name, plans: [] }]));
  for (const local of plans) {
    const code = local.territory.municipalityCode;
    if (local.parentPlan !== regional.id || code === undefined) continue;
    const row = rows.get(code) ?? { municipalityCode: code, name: code, plans: [] };
    row.plans.push(takenUp(local, regional));
    rows.set(code, row);
  }
  const municipalities = [...rows.values()].sort((a, b) => (a.municipalityCode < b.municipalityCode ? -1 : 1));
  const subGoals = regional.subGoals.map((subGoal) => ({
    code: subGoal.code,
    text: subGoal.text,
    followedBy: municipalities.filter((m) => m.plans.some((p) => p.subGoals.includes(subGoal.code))).map((m) => m.municipalityCode),
  }));
  return {
    plan: { id: regional.id, title: regional.title, countyCode },
    subGoals,
    municipalities,
    withoutPlan: municipalities.filter((m) => m.plans.length === 0).map((m) => m.municipalityCode),
    notFollowed: subGoals.filter((subGoal) => subGoal.followedBy.length === 0).map((subGoal) => subGoal.code),
  };
}

import type { Path } from "../core/issue.js";
import type { CollaborationArea } from "../model/collaboration-area.js";
import { type CalendarDate, firstDayOf, type GoalRef, lastDayOf, type Period, SUBSTANCES, type Substance } from "../model/common.js";
import type { Plan } from "../model/plan.js";
import type { RegionalRef } from "../model/regional-ref.js";
import type { NationalGoal, PrioritisedGoal, Strategy } from "../model/strategy.js";
import type { SubGoal } from "../model/sub-goal.js";
import { type ActivityVisit, type AreaVisit, activitiesOf, areasOf } from "../model/traverse.js";
import type { Municipality } from "../reference/types.js";

/**
 * Every actor id the plan refers to outside the registry's own `id` fields, with its path. `activities` are the
 * plan's own, when a caller has them already (from a validation's plan index); `keep` leaves out the ids it
 * returns false for before their paths are made.
 */
export function actorReferences(
  plan: Plan,
  activities: readonly ActivityVisit[] = activitiesOf(plan),
  keep: (id: string) => boolean = () => true,
): { id: string; path: Path }[] {
  const refs: { id: string; path: Path }[] = [];
  if (plan.owner.actor !== undefined && keep(plan.owner.actor)) refs.push({ id: plan.owner.actor, path: ["owner", "actor"] });
  plan.owner.principals.forEach((id, k) => {
    if (keep(id)) refs.push({ id, path: ["owner", "principals", k] });
  });
  plan.adoption?.signatories?.forEach((signatory, k) => {
    if (signatory.organisation !== undefined && keep(signatory.organisation))
      refs.push({ id: signatory.organisation, path: ["adoption", "signatories", k, "organisation"] });
  });
  plan.actors.forEach((actor, i) => {
    if (actor.kind === "organisation" && actor.parent !== undefined && keep(actor.parent))
      refs.push({ id: actor.parent, path: ["actors", i, "parent"] });
    if (actor.kind === "group")
      actor.members.forEach((id, k) => {
        if (keep(id)) refs.push({ id, path: ["actors", i, "members", k] });
      });
  });
  for (const { activity, path } of activities) {
    const responsible = activity.responsible.actors;
    for (let k = 0; k < responsible.length; k++) {
      const id = responsible[k] as string;
      if (keep(id)) refs.push({ id, path: [...path, "responsible", "actors", k] });
    }
    const partners = activity.partners?.actors ?? [];
    for (let k = 0; k < partners.length; k++) {
      const id = partners[k] as string;
      if (keep(id)) refs.push({ id, path: [...path, "partners", "actors", k] });
    }
  }
  plan.organisation.forEach((body, i) => {
    body.members?.actors.forEach((id, k) => {
      if (keep(id)) refs.push({ id, path: ["organisation", i, "members", "actors", k] });
    });
  });
  return refs;
}

/** Whether `inner` lies wholly within `outer`. */
export function periodWithin(inner: Period, outer: Period): boolean {
  return firstDayOf(inner.start) >= firstDayOf(outer.start) && lastDayOf(inner.end) <= lastDayOf(outer.end);
}

/** Whether a calendar date (a year, month or day) shares at least one day with a period. */
export function dateOverlaps(date: CalendarDate, period: Period): boolean {
  return lastDayOf(date) >= firstDayOf(period.start) && firstDayOf(date) <= lastDayOf(period.end);
}

/**
 * What a text that {@link normaliseSpace} would change has: white space other than a space, two white space
 * characters in a row, or white space at an end (`\s` is the white space `trim` removes).
 */
const NOT_NORMALISED = /[^\S ]|\s\s|^\s|\s$/u;

/** Text with runs of white space made one space, and trimmed; a text that is so already is returned as it is. */
export function normaliseSpace(text: string): string {
  return NOT_NORMALISED.test(text) ? text.replace(/\s+/gu, " ").trim() : text;
}

/**
 * The goal of a strategy with the given number (`"2"` or `"1.1"`): the goal, `"unknown"` when the strategy
 * shows it has none such, or `"not_transcribed"` when the strategy does not list the prioritised goals of that
 * long-term goal (so nothing can be said).
 */
export function goalOf(strategy: Strategy, number: string): NationalGoal | PrioritisedGoal | "unknown" | "not_transcribed" {
  const [head] = number.split(".");
  const goal = strategy.longTermGoals.find((candidate) => candidate.number === head);
  if (goal === undefined) return "unknown";
  if (!number.includes(".")) return goal;
  const prioritised = goal.prioritisedGoals ?? [];
  if (prioritised.length === 0) return "not_transcribed";
  return prioritised.find((candidate) => candidate.number === number) ?? "unknown";
}

/**
 * Compares two paths by where they point in `root`, in document order: array items by index, object keys in
 * the order the object holds them (which for a parsed file is the order of the file). A path comes before the
 * paths below it.
 */
export function compareDocumentOrder(root: unknown, a: Path, b: Path): number {
  let node: unknown = root;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x !== y) {
      if (typeof x === "number" && typeof y === "number") return x - y;
      const keys = typeof node === "object" && node !== null ? Object.keys(node) : [];
      const rank = (key: string | number): number => {
        const index = keys.indexOf(String(key));
        return index === -1 ? keys.length : index;
      };
      return rank(x) - rank(y) || String(x).localeCompare(String(y));
    }
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[String(x)] : undefined;
  }
  return a.length - b.length;
}

/** Adds a sub-goal's or area's references to the national goals it follows to `out`: `nationalGoalRef`, then `nationalGoalRefs`. */
function addFollowedRefs(node: SubGoal | CollaborationArea, path: Path, out: { ref: GoalRef; path: Path }[]): void {
  if (node.nationalGoalRef !== undefined) out.push({ ref: node.nationalGoalRef, path: [...path, "nationalGoalRef"] });
  const refs = node.nationalGoalRefs;
  if (refs !== undefined)
    for (let k = 0; k < refs.length; k++) out.push({ ref: refs[k] as GoalRef, path: [...path, "nationalGoalRefs", k] });
}

/**
 * Every reference to a national goal the plan's sub-goals and areas follow, with its path: sub-goals, then areas
 * (the plan's own `areas`, when a caller has them already).
 */
export function followedGoalRefsOf(plan: Plan, areas: readonly AreaVisit[] = areasOf(plan)): { ref: GoalRef; path: Path }[] {
  const out: { ref: GoalRef; path: Path }[] = [];
  addFollowedGoalRefs(plan, areas, out);
  return out;
}

function addFollowedGoalRefs(plan: Plan, areas: readonly AreaVisit[], out: { ref: GoalRef; path: Path }[]): void {
  plan.subGoals.forEach((subGoal, g) => {
    if (subGoal.nationalGoalRef !== undefined || subGoal.nationalGoalRefs !== undefined) addFollowedRefs(subGoal, ["subGoals", g], out);
  });
  for (const { area, path } of areas) addFollowedRefs(area, path, out);
}

/**
 * Every reference to a national goal in the plan, with its path: the goals it does not follow
 * (`nationalGoalsNotFollowed`), then those its sub-goals and areas follow (the plan's own `areas`, when a caller
 * has them already).
 */
export function goalRefsOf(plan: Plan, areas: readonly AreaVisit[] = areasOf(plan)): { ref: GoalRef; path: Path }[] {
  const out: { ref: GoalRef; path: Path }[] = [];
  plan.nationalGoalsNotFollowed?.forEach((ref, k) => {
    out.push({ ref, path: ["nationalGoalsNotFollowed", k] });
  });
  addFollowedGoalRefs(plan, areas, out);
  return out;
}

/**
 * Every `regionalRef` of the plan's sub-goals, areas and activities, with its path, in document order (the
 * plan's own `index`, when a caller has it already).
 */
export function regionalRefsOf(
  plan: Plan,
  index: { areas: readonly AreaVisit[]; activities: readonly ActivityVisit[] } = { areas: areasOf(plan), activities: activitiesOf(plan) },
): { ref: RegionalRef; path: Path }[] {
  const refs: { ref: RegionalRef; path: Path }[] = [];
  plan.subGoals.forEach((subGoal, g) => {
    if (subGoal.regionalRef !== undefined) refs.push({ ref: subGoal.regionalRef, path: ["subGoals", g, "regionalRef"] });
  });
  for (const { area, path } of index.areas)
    if (area.regionalRef !== undefined) refs.push({ ref: area.regionalRef, path: [...path, "regionalRef"] });
  for (const { activity, path } of index.activities) {
    if (activity.regionalRef !== undefined) refs.push({ ref: activity.regionalRef, path: [...path, "regionalRef"] });
  }
  return refs;
}

/**
 * The substances the plan's strategies cover together, in {@link SUBSTANCES} order; `undefined` when the plan
 * names no strategy or one of them is not given (the union could then be too narrow).
 */
export function strategiesScope(plan: Plan, strategies: readonly Strategy[] | undefined): Substance[] | undefined {
  const found = plan.strategies.map((id) => strategies?.find((strategy) => strategy.id === id));
  if (found.length === 0 || found.some((strategy) => strategy === undefined)) return undefined;
  const covered = new Set(found.flatMap((strategy) => strategy?.scope ?? []));
  return SUBSTANCES.filter((substance) => covered.has(substance));
}

/** The municipalities of a list by code, and how many each county has. */
export interface MunicipalityLookup {
  byCode: ReadonlyMap<string, Municipality>;
  countInCounty: ReadonlyMap<string, number>;
}

// Kept only for frozen lists (the shipped reference data is one), which cannot change after the lookup is made.
const lookups = new WeakMap<readonly Municipality[], MunicipalityLookup>();

/**
 * {@link MunicipalityLookup} of a list of municipalities; made once for a frozen list (every validation with the
 * shipped reference data shares it), else on each call. Of two municipalities of one code, the last is kept (as a `Map` made of the list keeps it).
 */
export function municipalityLookup(municipalities: readonly Municipality[]): MunicipalityLookup {
  const known = lookups.get(municipalities);
  if (known !== undefined) return known;
  const byCode = new Map<string, Municipality>();
  const countInCounty = new Map<string, number>();
  for (const municipality of municipalities) {
    byCode.set(municipality.code, municipality);
    countInCounty.set(municipality.countyCode, (countInCounty.get(municipality.countyCode) ?? 0) + 1);
  }
  const lookup = { byCode, countInCounty };
  if (Object.isFrozen(municipalities)) lookups.set(municipalities, lookup);
  return lookup;
}

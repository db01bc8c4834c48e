import type { Path } from "../core/issue.js";
import type { Plan } from "../model/plan.js";
import { type ActivityVisit, type AreaVisit, type IndicatorVisit, type Visit, visitsOf } from "../model/traverse.js";

/** A step of a path, linked to the step above it, so that a path is built only when it is asked for. */
interface PathLink {
  readonly up: PathLink | undefined;
  readonly key: string | number;
}

/** A string of the plan: its text, and where it is as a link to its container ({@link pathOfText} gives the path). */
export interface IndexedText {
  readonly text: string;
  readonly up: PathLink | undefined;
  readonly key: string | number;
}

/** The path of an indexed string, in the plan. */
export function pathOfText(entry: IndexedText): Path {
  const path: (string | number)[] = [entry.key];
  for (let link = entry.up; link !== undefined; link = link.up) path.push(link.key);
  return path.reverse();
}

/** Every string in a value, in document order (array items by index, object keys in the object's order). */
function collectTexts(value: unknown, up: PathLink | undefined, out: IndexedText[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "string") out.push({ text: item, up, key: i });
      else if (typeof item === "object" && item !== null) collectTexts(item, { up, key: i }, out);
    }
  } else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === "string") out.push({ text: item, up, key });
      else if (typeof item === "object" && item !== null) collectTexts(item, { up, key }, out);
    }
  }
}

/**
 * What the rules read of a plan, gathered once per validation and shared by every rule (the plan walked once,
 * not once per rule): the nodes of `visitsOf`, the areas, activities and indicators, and every string of
 * the plan. Each list is made the first time a rule asks for it; paths of strings are built only for those a
 * rule reports. Rules must not change what they get.
 */
export class PlanIndex {
  readonly #plan: Plan;
  #visits: Visit[] | undefined;
  #areas: AreaVisit[] | undefined;
  #activities: ActivityVisit[] | undefined;
  #indicators: IndicatorVisit[] | undefined;
  #texts: IndexedText[] | undefined;

  constructor(plan: Plan) {
    this.#plan = plan;
  }

  /** Every node of the plan tree, as `visitsOf` gives them. */
  get visits(): readonly Visit[] {
    this.#visits ??= visitsOf(this.#plan);
    return this.#visits;
  }

  /** Every area of collaboration, in document order, as `areasOf` gives them. */
  get areas(): readonly AreaVisit[] {
    if (this.#areas === undefined) this.#split();
    return this.#areas as AreaVisit[];
  }

  /** Every activity, in document order, as `activitiesOf` gives them. */
  get activities(): readonly ActivityVisit[] {
    if (this.#activities === undefined) this.#split();
    return this.#activities as ActivityVisit[];
  }

  /** Every follow-up indicator, in document order, as `indicatorsOf` gives them. */
  get indicators(): readonly IndicatorVisit[] {
    if (this.#indicators === undefined) this.#split();
    return this.#indicators as IndicatorVisit[];
  }

  /** Every string of the plan (texts, codes, dates, unknown fields), in document order. */
  get texts(): readonly IndexedText[] {
    if (this.#texts === undefined) {
      this.#texts = [];
      collectTexts(this.#plan, undefined, this.#texts);
    }
    return this.#texts;
  }

  // The three lists from the one walk, the same visits areasOf, activitiesOf and indicatorsOf make.
  #split(): void {
    const areas: AreaVisit[] = [];
    const activities: ActivityVisit[] = [];
    const indicators: IndicatorVisit[] = [];
    for (const { node, path, subGoal, area, activity } of this.visits) {
      if (subGoal === undefined) continue;
      if (node.kind === "collaboration_area") areas.push({ subGoal, area: node, path });
      else if (node.kind === "activity")
        activities.push(area === undefined ? { subGoal, activity: node, path } : { subGoal, area, activity: node, path });
      else if (node.kind === "indicator" && activity !== undefined)
        indicators.push(
          area === undefined ? { subGoal, activity, indicator: node, path } : { subGoal, area, activity, indicator: node, path },
        );
    }
    this.#areas = areas;
    this.#activities = activities;
    this.#indicators = indicators;
  }
}

import type { Path } from "../core/issue.js";
import type { Plan } from "../model/plan.js";
import { type ActivityVisit, type AreaVisit, type IndicatorVisit, type Visit, visitsOf } from "../model/traverse.js";

/** A step of a path, linked to the step above it, so that a path is built only when it is asked for. */
interface PathLink {
  readonly up: PathLink | undefined;
  readonly key: string | number;
}

/** Every string of a value in document order (array items by index, object keys in the object's order), with where it is. */
interface Texts {
  texts: string[];
  // Where the string of the same index is: its container's link and its key in it.
  ups: (PathLink | undefined)[];
  keys: (string | number)[];
}

function collectTexts(value: object, up: PathLink | undefined, out: Texts): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectText(value[i], up, i, out);
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) collectText(record[key], up, key, out);
  }
}

function collectText(item: unknown, up: PathLink | undefined, key: string | number, out: Texts): void {
  if (typeof item === "string") {
    out.texts.push(item);
    out.ups.push(up);
    out.keys.push(key);
  } else if (typeof item === "object" && item !== null) collectTexts(item, { up, key }, out);
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
  #texts: Texts | undefined;

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
  get texts(): readonly string[] {
    return this.#collected().texts;
  }

  /** The path of the string at `index` of {@link PlanIndex.texts}, built when asked for. */
  pathOfText(index: number): Path {
    const { ups, keys } = this.#collected();
    const path: (string | number)[] = [keys[index] as string | number];
    for (let link = ups[index]; link !== undefined; link = link.up) path.push(link.key);
    return path.reverse();
  }

  #collected(): Texts {
    if (this.#texts === undefined) {
      this.#texts = { texts: [], ups: [], keys: [] };
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

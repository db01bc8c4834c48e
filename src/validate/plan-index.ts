import type { Path } from "../core/issue.js";
import type { GoalRef } from "../model/common.js";
import type { Plan } from "../model/plan.js";
import { type ActivityVisit, type AreaVisit, type IndicatorVisit, type Visit, visitsOf } from "../model/traverse.js";
import { goalRefsOf } from "./internal.js";

/** A string of the plan with where it is. */
export interface PlanText {
  text: string;
  path: Path;
}

/**
 * Adds to `out` every string under `value` that passes `test`, in document order (array items by index, object
 * keys in the object's order). `path` is where `value` is: one array grown and shrunk through the walk, copied
 * only for a string that passes, so that a walk over every string allocates nothing for the strings it skips.
 */
function findTexts(value: object, path: (string | number)[], test: (text: string) => boolean, out: PlanText[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) findText(value[i], path, i, test, out);
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) findText(record[key], path, key, test, out);
  }
}

function findText(item: unknown, path: (string | number)[], key: string | number, test: (text: string) => boolean, out: PlanText[]): void {
  if (typeof item === "string") {
    if (test(item)) out.push({ text: item, path: [...path, key] });
  } else if (typeof item === "object" && item !== null) {
    path.push(key);
    findTexts(item, path, test, out);
    path.pop();
  }
}

/**
 * What the rules read of a plan, gathered once per validation and shared by every rule (the plan walked once,
 * not once per rule): the nodes of `visitsOf`, the areas, activities, indicators and references to national goals, each made the first time a rule asks
 * for it; and the strings of the plan a rule looks for ({@link PlanIndex.textsWhere}). Rules must not change what they get.
 */
export class PlanIndex {
  /**
   * An index that lives as long as the class and is never read. V8 gives every index one object shape, made by
   * adding its fields one by one, and holds such shapes only weakly: after a full garbage collection with no index
   * alive the shape is gone, and with it the compiled code of every rule that reads an index (V8 discards optimised
   * code whose shapes die). The next validations then ran about 3 times slower until compiled again; this index
   * keeps the shape alive (docs/benchmarks.md, "The cold runs after a collection"). A static field, since a bundler
   * drops an unused constant.
   */
  static readonly shapeKeeper: PlanIndex = new PlanIndex({} as Plan);

  readonly #plan: Plan;
  #visits: Visit[] | undefined;
  #areas: AreaVisit[] | undefined;
  #activities: ActivityVisit[] | undefined;
  #indicators: IndicatorVisit[] | undefined;
  #goalRefs: { ref: GoalRef; path: Path }[] | undefined;

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

  /** Every reference to a national goal in the plan, with its path, as `goalRefsOf` gives them. */
  get goalRefs(): readonly { ref: GoalRef; path: Path }[] {
    this.#goalRefs ??= goalRefsOf(this.#plan, this.areas);
    return this.#goalRefs;
  }

  /**
   * Every string of the plan (texts, codes, dates, unknown fields) that passes `test`, in document order, with its
   * path. The plan is walked on each call and nothing is kept: a test that leaves out almost every string (as
   * `municipality_count_mismatch`'s does) makes a path only for the few it keeps.
   */
  textsWhere(test: (text: string) => boolean): PlanText[] {
    const out: PlanText[] = [];
    findTexts(this.#plan, [], test, out);
    return out;
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

import { resolveLang } from "../core/resolve-lang.js";
import type { Actor } from "../model/actor.js";
import { FORMAT_VERSION, type Plan } from "../model/plan.js";
import type { Strategy } from "../model/strategy.js";
import type { SubGoal } from "../model/sub-goal.js";
import { findCounty } from "../reference/find-county.js";
import { isCountyCode } from "../reference/is-county-code.js";
import { municipalitiesOf } from "../reference/municipalities-of.js";
import { headOf, municipalityActor, slug, yearsOf } from "./internal/parts.js";
import { ScaffoldError } from "./scaffold-error.js";
import type { ScaffoldRegionalPlanOptions } from "./types.js";

/**
 * A starter regional plan (*regional handlingsplan*) for a county under a national strategy, to be filled in:
 * the county administrative board (*länsstyrelsen*) as owner, the county's municipalities as actors (with a group
 * *Kommunerna*), one sub-goal (*delmål*) per long-term goal of the strategy (its number as code, its wording as
 * text, `nationalGoalRef` set; a goal known by topic only gets the topic), the strategy's period and scope, `$schema` and
 * the format version. Nothing is invented: no area, no activity, no purpose. Validated against the strategy it
 * has a `sub_goal_without_areas` warning for each sub-goal and nothing else (docs/plan-format.md).
 *
 * @param strategy - The national strategy the plan implements; not changed.
 * @param options - `countyCode` (required), and `id`, `title`, `period`, `schema`, `lang` to set what the defaults
 * would.
 * @returns A new plan, sharing nothing with `strategy`.
 * @throws {@link ScaffoldError} `unknown_county`, `invalid_id`, `empty_title`, `invalid_period`; `OptionError`
 * `invalid_lang`.
 *
 * @example
 * ```ts
 * import { scaffoldRegionalPlan } from "andt-plan";
 * import { andt2016 } from "andt-plan/fixtures";
 * const plan = scaffoldRegionalPlan(andt2016, { countyCode: "07" });
 * plan.subGoals.map((goal) => goal.code); // ["1", "2", "3", "4", "5", "6"]
 * plan.actors.length; // 10: Länsstyrelsen, 8 municipalities, Kommunerna
 * ```
 */
export function scaffoldRegionalPlan(strategy: Strategy, options: ScaffoldRegionalPlanOptions): Plan {
  const lang = resolveLang(options.lang);
  const countyCode = options.countyCode;
  const county = isCountyCode(countyCode) ? findCounty(countyCode) : undefined;
  if (county === undefined) throw new ScaffoldError("unknown_county", ["countyCode"], { received: String(countyCode) }, lang);
  // ANDTS: the strategies that take in gambling (spel om pengar) add its S to the name.
  const label = strategy.scope.includes("gambling") ? "ANDTS" : "ANDT";
  const head = headOf(
    options,
    {
      period: strategy.period,
      id: (period) => `${slug(county.shortName)}-${yearsOf(period, "-")}`,
      title: (period) => `Regional handlingsplan ${label} ${yearsOf(period, "–")}`,
    },
    lang,
  );
  const board = `lansstyrelsen-${slug(county.shortName)}`;
  const municipalities = municipalitiesOf(countyCode).map(municipalityActor);
  const actors: Actor[] = [
    { kind: "organisation", id: board, name: `Länsstyrelsen i ${county.name}`, type: "county_administrative_board", countyCode },
    ...municipalities,
    { kind: "group", id: "kommunerna", name: "Kommunerna", members: municipalities.map((m) => m.id) },
  ];
  const subGoals: SubGoal[] = strategy.longTermGoals.map((goal) => ({
    kind: "sub_goal",
    code: goal.number,
    // A goal known by its topic only (status topic_only or unverified) still gets a sub-goal, to be worded.
    text: goal.text ?? goal.topic ?? "",
    nationalGoalRef: { strategy: strategy.id, goal: goal.number },
    areas: [],
  }));
  return {
    $schema: head.$schema,
    formatVersion: FORMAT_VERSION,
    kind: "plan",
    level: "regional",
    id: head.id,
    title: head.title,
    owner: { name: `Länsstyrelsen i ${county.name}`, actor: board, principals: [] },
    territory: { countyCode },
    period: head.period,
    strategies: [strategy.id],
    scope: [...strategy.scope],
    purposes: [],
    longTermGoals: [],
    subGoals,
    actors,
    organisation: [],
    references: [],
  };
}

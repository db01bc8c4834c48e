import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import type { CollaborationArea } from "../model/collaboration-area.js";
import { FORMAT_VERSION, type Plan } from "../model/plan.js";
import type { SubGoal } from "../model/sub-goal.js";
import { findMunicipality } from "../reference/find-municipality.js";
import { isMunicipalityCode } from "../reference/is-municipality-code.js";
import type { Municipality } from "../reference/types.js";
import { headOf, municipalityActor, yearsOf } from "./internal/parts.js";
import { ScaffoldError } from "./scaffold-error.js";
import type { ScaffoldLocalPlanOptions } from "./types.js";

/**
 * The key under `extensions` of a scaffolded local plan's area that lists its candidate activities: the regional
 * area's tips for local activities (*tips på lokala aktiviteter*), offered, not adopted. A candidate becomes an
 * activity when it is moved into the area's `activities` with a code, a responsible actor and a follow-up.
 *
 * @example
 * ```ts
 * const plan = scaffoldLocalPlan(kronoberg2017, { municipalityCode: "0780" });
 * plan.subGoals[1]?.areas[0]?.extensions?.[CANDIDATE_ACTIVITIES]; // ["Årlig tillsyn av rökfria miljöer.", …]
 * ```
 */
export const CANDIDATE_ACTIVITIES = "candidateActivities";

/**
 * A starter local plan (*kommunal handlingsplan*) for a municipality under a regional plan, to be filled in: the
 * municipality as owner and actor, territory and `parentPlan` linked to the regional plan, its period, scope and
 * strategies; one sub-goal per sub-goal of the regional plan and one area per area, each with the same code or
 * id and wording and a `regionalRef` to what it follows. The regional areas' tips for local activities are
 * offered as candidates under `extensions.candidateActivities` ({@link CANDIDATE_ACTIVITIES}), not as activities:
 * nothing is committed to that the municipality has not chosen. Validated with the regional plan as parent it
 * has an `area_without_activities` warning for each area (a `sub_goal_without_areas` one for a sub-goal without
 * areas) and nothing else (docs/plan-format.md).
 *
 * @param parent - The regional plan the municipality's plan follows; not changed.
 * @param options - `municipalityCode` (required), and `id`, `title`, `period`, `schema`, `lang` to set what the
 * defaults would.
 * @returns A new plan, sharing nothing with `parent`.
 * @throws {@link ScaffoldError} `parent_not_regional`, `unknown_municipality`, `municipality_outside_county` (the
 * municipality is not in the parent's county), `invalid_id`, `empty_title`, `invalid_period`; `OptionError`
 * `invalid_lang`.
 *
 * @example
 * ```ts
 * import { scaffoldLocalPlan } from "andt-plan";
 * import { kronoberg2017 } from "andt-plan/fixtures";
 * const plan = scaffoldLocalPlan(kronoberg2017, { municipalityCode: "0780" });
 * plan.parentPlan; // "kronoberg-2017-2021"
 * plan.territory; // { countyCode: "07", municipalityCode: "0780" }
 * ```
 */
export function scaffoldLocalPlan(parent: Plan, options: ScaffoldLocalPlanOptions): Plan {
  const lang = resolveLang(options.lang);
  if (parent.level !== "regional") throw new ScaffoldError("parent_not_regional", [], { parent: parent.id }, lang);
  const municipality = municipalityOf(parent, options.municipalityCode, lang);
  const countyCode = parent.territory.countyCode;
  const actor = municipalityActor(municipality);
  const head = headOf(
    options,
    {
      period: parent.period,
      id: (period) => `${actor.id}-${yearsOf(period, "-")}`,
      title: (period) => `Lokal handlingsplan för ${actor.name} ${yearsOf(period, "–")}`,
    },
    lang,
  );
  const plan = parent.id;
  return {
    $schema: head.$schema,
    formatVersion: FORMAT_VERSION,
    kind: "plan",
    level: "local",
    id: head.id,
    title: head.title,
    owner: { name: actor.name, actor: actor.id, principals: [] },
    territory: { countyCode, municipalityCode: municipality.code },
    period: head.period,
    strategies: [...parent.strategies],
    ...(parent.scope === undefined ? {} : { scope: [...parent.scope] }),
    parentPlan: plan,
    purposes: [],
    longTermGoals: [],
    subGoals: followingSubGoals(parent),
    actors: [actor],
    organisation: [],
    references: [],
  };
}

/** The municipality a code names, checked to lie in the regional plan's county. */
function municipalityOf(parent: Plan, code: string, lang: Lang): Municipality {
  const municipality = isMunicipalityCode(code) ? findMunicipality(code) : undefined;
  if (municipality === undefined) {
    throw new ScaffoldError("unknown_municipality", ["municipalityCode"], { received: String(code) }, lang);
  }
  const countyCode = parent.territory.countyCode;
  if (municipality.countyCode !== countyCode) {
    throw new ScaffoldError(
      "municipality_outside_county",
      ["municipalityCode"],
      {
        municipality: municipality.code,
        municipalityName: municipality.name,
        municipalityCountyCode: municipality.countyCode,
        countyCode,
        parent: parent.id,
      },
      lang,
    );
  }
  return municipality;
}

/** One sub-goal per sub-goal of the regional plan and one area per area, each following it by `regionalRef`. */
function followingSubGoals(parent: Plan): SubGoal[] {
  const plan = parent.id;
  return parent.subGoals.map((goal) => ({
    kind: "sub_goal",
    code: goal.code,
    ...(goal.name === undefined ? {} : { name: goal.name }),
    text: goal.text,
    ...(goal.areas === undefined
      ? {}
      : {
          areas: goal.areas.map(
            (area): CollaborationArea => ({
              kind: "collaboration_area",
              id: area.id,
              title: area.title,
              activities: [],
              localTips: [],
              regionalRef: { plan, subGoal: goal.code, area: area.id },
              ...(area.localTips.length === 0 ? {} : { extensions: { [CANDIDATE_ACTIVITIES]: [...area.localTips] } }),
            }),
          ),
        }),
    regionalRef: { plan, subGoal: goal.code },
  }));
}

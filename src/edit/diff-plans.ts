import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { activityEntries, actorEntries, areaEntries, indicatorEntries, subGoalEntries } from "./internal/diff-entries.js";
import { fieldChanges } from "./internal/diff-fields.js";
import { type ChangeData, diffLevel, ownFields } from "./internal/diff-level.js";
import type { Entry, Pass } from "./internal/match.js";
import { changeSummaries } from "./messages.js";
import type { PlanChange, PlanDiff } from "./types.js";

const byKey = <T>(): Pass<T> => ({ keyOfA: (e) => e.key, keyOfB: (e) => e.key });
const byUniqueText = <T>(): Pass<T> => ({ keyOfA: (e) => e.text, keyOfB: (e) => e.text, unique: true });

function activityFields(a: Activity, b: Activity) {
  const fields = fieldChanges(a, b, ["kind", "followUp"]);
  if (a.followUp.text !== b.followUp.text) fields.push({ field: "followUp.text", before: a.followUp.text, after: b.followUp.text });
  return fields;
}

/** Indicator ids that follow their activity's code (`1.1-2` → `1.2-2`), and same texts within the same activity. */
function indicatorPasses<T>(activities: ReadonlyMap<string, string>): Pass<T>[] {
  const renamed = (e: Entry<T>): string | undefined => {
    const from = e.parent?.key ?? "";
    const to = activities.get(from);
    return to !== undefined && e.key.startsWith(`${from}-`) ? `${to}-${e.key.slice(from.length + 1)}` : undefined;
  };
  const textIn = (e: Entry<T>, code: string | undefined): string | undefined => (code === undefined ? undefined : `${code}\u0000${e.text}`);
  return [
    { keyOfA: renamed, keyOfB: (e) => e.key },
    { keyOfA: (e) => textIn(e, activities.get(e.parent?.key ?? "")), keyOfB: (e) => textIn(e, e.parent?.key), unique: true },
    byKey(),
  ];
}

function changesOf(a: Plan, b: Plan): ChangeData[] {
  const plan: ChangeData[] = fieldChanges(a, b, ["subGoals", "actors"]).map((f) => ({ kind: "changed", element: "plan", key: b.id, ...f }));
  const subGoals = diffLevel(
    { element: "sub_goal", passes: [byKey()], fields: ownFields("areas", "activities") },
    subGoalEntries(a),
    subGoalEntries(b),
  );
  const areas = diffLevel(
    { element: "collaboration_area", passes: [byKey()], parents: subGoals.keys, parentsGone: subGoals, fields: ownFields("activities") },
    areaEntries(a),
    areaEntries(b),
  );
  // An activity's parent is its area, or its sub-goal in a plan without areas: both levels' keys and losses.
  const holders = {
    keys: new Map([...subGoals.keys, ...areas.keys]),
    removed: new Set([...subGoals.removed, ...areas.removed]),
    added: new Set([...subGoals.added, ...areas.added]),
  };
  const activities = diffLevel(
    { element: "activity", passes: [byUniqueText(), byKey()], parents: holders.keys, parentsGone: holders, fields: activityFields },
    activityEntries(a),
    activityEntries(b),
  );
  const indicators = diffLevel(
    {
      element: "indicator",
      passes: indicatorPasses(activities.keys),
      similar: false,
      parents: activities.keys,
      parentsGone: activities,
      fields: ownFields(),
    },
    indicatorEntries(a),
    indicatorEntries(b),
  );
  const actors = diffLevel({ element: "actor", passes: [byKey()], fields: ownFields() }, actorEntries(a), actorEntries(b));
  return [...plan, ...subGoals.changes, ...areas.changes, ...activities.changes, ...indicators.changes, ...actors.changes];
}

/**
 * What differs between two versions of a plan (*jämförelse*): elements added, removed, changed (field by
 * field) or moved, matched by code and id, not by position; an activity whose code changed (renumbered) is
 * found by its text, the same or similar, and an indicator by the id that follows its activity's code. What an
 * added or removed element holds is not listed again. Each
 * change has its path in both versions and a summary in the language asked for ("Aktivitet 2.3: ansvar
 * ändrat från Länsstyrelsen till Region Kronoberg"). Neither plan is changed.
 *
 * @throws {@link OptionError} `invalid_lang`.
 *
 * @example
 * ```ts
 * const { plan: revised } = updateActivity(kronoberg2017, {
 *   code: "2.3", changes: { responsible: { text: "Region Kronoberg", actors: ["region-kronoberg"] } },
 * });
 * diffPlans(kronoberg2017, revised).changes[0]?.summary;
 * // "Aktivitet 2.3: ansvar ändrat från … till Region Kronoberg"
 * diffPlans(kronoberg2017, kronoberg2017).equal; // true
 * ```
 */
export function diffPlans(a: Plan, b: Plan, options: { lang?: Lang } = {}): PlanDiff {
  const lang = resolveLang(options.lang);
  const changes = changesOf(a, b).map(
    (c) => ({ ...c, summary: (changeSummaries[lang][c.kind] as (d: typeof c) => string)(c) }) as PlanChange,
  );
  return { equal: changes.length === 0, changes };
}

import { resolveLang } from "../core/resolve-lang.js";
import type { Actor } from "../model/actor.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, checkUnused, insertAt } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link addActor} takes: the actor and its position in the registry (the end without `index`). */
export interface AddActorArgs {
  actor: Actor;
  index?: number;
}

/**
 * Adds an actor (*aktör*) to the plan's actor registry. Refused with `duplicate_code` for an id that is taken,
 * `index_out_of_range`, `invalid_value`, or a new validation error (a group member not in the registry).
 *
 * @example
 * ```ts
 * const actor: Actor = { kind: "organisation", id: "region", name: "Region Kronoberg", type: "region" };
 * const { plan: next } = addActor(plan, { actor });
 * ```
 */
export function addActor(plan: Plan, args: AddActorArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "add_actor", element: "actor", key: args.actor.id } as const;
  const refused = [...checkUnused(plan, "actor", args.actor.id, ["actor", "id"]), ...checkIndex(args.index, plan.actors.length, ["index"])];
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => insertAt(draft.actors, args.actor, args.index), options);
}

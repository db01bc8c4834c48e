import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { actorReferences } from "../validate/internal.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link removeActor} takes: the actor's id. */
export interface RemoveActorArgs {
  id: string;
}

/**
 * Removes an actor (*aktör*) from the registry. Refused with `not_found`, or `actor_in_use` (with the path of
 * the first reference) while an activity, a group, a body, the owner or a signatory still names it.
 *
 * @example
 * ```ts
 * const { issues } = removeActor(plan, { id: "lst" });
 * issues[0]?.code; // "actor_in_use"
 * ```
 */
export function removeActor(plan: Plan, args: RemoveActorArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "remove_actor", element: "actor", key: args.id } as const;
  const place = locate(plan, "actor", args.id);
  if (place === undefined) return refuse(plan, edit, notFound("actor", args.id), lang);
  const used = actorReferences(plan).find((ref) => ref.id === args.id);
  if (used !== undefined)
    return refuse(plan, edit, [{ code: "actor_in_use", severity: "error", path: place.path, actor: args.id, usedAt: used.path }], lang);
  return commit(
    plan,
    edit,
    (draft) => {
      draft.actors.splice(place.path[1] as number, 1);
    },
    options,
  );
}

import { resolveLang } from "../core/resolve-lang.js";
import type { ActorGroup, Organisation } from "../model/actor.js";
import type { Plan } from "../model/plan.js";
import { assign, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import type { EditOptions, EditResult } from "./types.js";

/** The fields of an actor {@link updateActor} changes: an organisation's or a group's, never `kind` or `id`. */
export type ActorChanges = Partial<Omit<Organisation, "kind" | "id">> | Partial<Omit<ActorGroup, "kind" | "id">>;

/** What {@link updateActor} takes: the actor's id and the fields to change (`undefined` removes one). */
export interface UpdateActorArgs {
  id: string;
  changes: ActorChanges;
}

/**
 * Changes fields of an actor (*aktör*): name, type, aliases, a group's members. The id stays, since
 * activities refer to it. Refused with `not_found`, `invalid_value`, or a new validation error.
 *
 * @example
 * ```ts
 * const { plan: next } = updateActor(plan, { id: "lst", changes: { name: "Länsstyrelsen i Kronobergs län" } });
 * ```
 */
export function updateActor(plan: Plan, args: UpdateActorArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "update_actor", element: "actor", key: args.id } as const;
  const place = locate(plan, "actor", args.id);
  if (place === undefined) return refuse(plan, edit, notFound("actor", args.id), lang);
  return commit(plan, edit, (draft) => assign(draft.actors[place.path[1] as number]!, args.changes), options);
}

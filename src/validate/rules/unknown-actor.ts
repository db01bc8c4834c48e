import { actorReferences } from "../internal.js";
import type { Rule } from "../types.js";

/**
 * `unknown_actor`: every actor reference (responsible, partners, group members, owner, signatories, members of
 * bodies) names an actor of the plan's registry.
 */
export const unknownActorRule: Rule<"unknown_actor"> = {
  id: "unknown_actor",
  defaultSeverity: "error",
  needsEveryPart: "actors",
  description: {
    sv: "Varje hänvisning till en aktör (ansvar, samverkansparter, gruppmedlemmar, ägare, undertecknare, organens medlemmar) finns i planens aktörsregister.",
    en: "Every actor reference (responsible, partners, group members, owner, signatories, body members) is in the plan's actor registry.",
  },
  check(plan, { index }) {
    const known = new Set(plan.actors.map((actor) => actor.id));
    return actorReferences(plan, index.activities, (id) => !known.has(id)).map((ref) => ({
      code: "unknown_actor" as const,
      path: ref.path,
      actor: ref.id,
    }));
  },
};

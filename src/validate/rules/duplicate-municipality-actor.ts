import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `duplicate_municipality_actor`: only the municipality itself has type `municipality`, so no two organisations of that
 * type share a municipality code. A committee (*nämnd*) or department (*förvaltning*) of the municipality has
 * type `municipal_committee` or `municipal_department`, linked to it by `parent`.
 */
export const duplicateMunicipalityActorRule: Rule<"duplicate_municipality_actor"> = {
  id: "duplicate_municipality_actor",
  defaultSeverity: "warning",
  needsEveryPart: "actors",
  description: {
    sv: "Bara kommunen själv har typen municipality: två sådana organisationer har inte samma kommunkod (en nämnd eller förvaltning har en egen typ).",
    en: "Only the municipality itself has type municipality: no two such organisations share a municipality code (a committee or department has its own type).",
  },
  check(plan) {
    const first = new Map<string, string>();
    const issues: ValidationIssueDataOf<"duplicate_municipality_actor">[] = [];
    plan.actors.forEach((actor, i) => {
      if (actor.kind !== "organisation" || actor.type !== "municipality" || actor.municipalityCode === undefined) return;
      const firstActor = first.get(actor.municipalityCode);
      if (firstActor === undefined) first.set(actor.municipalityCode, actor.id);
      else
        issues.push({
          code: "duplicate_municipality_actor",
          path: ["actors", i, "municipalityCode"],
          municipality: actor.municipalityCode,
          actor: actor.id,
          firstActor,
        });
    });
    return issues;
  },
};

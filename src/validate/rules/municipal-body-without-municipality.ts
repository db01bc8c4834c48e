import type { Actor, Organisation } from "../../model/actor.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

const MUNICIPAL_BODIES: ReadonlySet<Organisation["type"]> = new Set(["municipal_committee", "municipal_department"]);

/**
 * `municipal_body_without_municipality`: a municipal committee (*nämnd*) or department (*förvaltning*) says
 * which municipality it belongs to: by its own `municipalityCode`, or by a `parent` chain that reaches an
 * organisation with one. A `parent` that names no actor is `unknown_actor`'s issue.
 */
export const municipalBodyWithoutMunicipalityRule: Rule<"municipal_body_without_municipality"> = {
  id: "municipal_body_without_municipality",
  defaultSeverity: "warning",
  needsEveryPart: "actors",
  description: {
    sv: "En kommunal nämnd eller förvaltning anger sin kommun: med municipalityCode eller med parent som leder till en organisation med kommunkod.",
    en: "A municipal committee or department names its municipality: by municipalityCode, or by a parent that leads to an organisation with a municipality code.",
  },
  check(plan) {
    // Made for the first body that has to follow its parents (of two actors of one id, the last is kept).
    let byId: Map<string, Actor> | undefined;
    // Follows parents until a municipality code, a dead end or a loop.
    const linked = (start: Organisation): "yes" | "no" | "unknown_parent" => {
      if (start.municipalityCode !== undefined) return "yes";
      byId ??= new Map(plan.actors.map((actor) => [actor.id, actor]));
      const seen = new Set<string>();
      let at: Organisation | undefined = start;
      while (at !== undefined && !seen.has(at.id)) {
        if (at.municipalityCode !== undefined) return "yes";
        seen.add(at.id);
        if (at.parent === undefined) return "no";
        const next = byId.get(at.parent);
        if (next === undefined) return "unknown_parent";
        at = next.kind === "organisation" ? next : undefined;
      }
      return "no";
    };
    const issues: ValidationIssueDataOf<"municipal_body_without_municipality">[] = [];
    plan.actors.forEach((actor, i) => {
      if (actor.kind === "organisation" && MUNICIPAL_BODIES.has(actor.type) && linked(actor) === "no") {
        issues.push({ code: "municipal_body_without_municipality", path: ["actors", i], actor: actor.id, type: actor.type });
      }
    });
    return issues;
  },
};

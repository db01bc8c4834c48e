import type { Path, Severity } from "../../core/issue.js";
import { municipalityLookup } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `municipality_outside_county`: a municipality lies in the plan's county. An error for the territory; only an
 * info for an organisation of the registry, since partners from outside the county are legitimate (Kalmar kommun
 * in the Kronoberg plan).
 */
export const municipalityOutsideCountyRule: Rule<"municipality_outside_county"> = {
  id: "municipality_outside_county",
  defaultSeverity: "error",
  description: {
    sv: "Territoriets kommun ligger i planens län (fel); en organisation från en kommun i ett annat län noteras (info).",
    en: "The territory's municipality lies in the plan's county (error); an organisation from a municipality in another county is noted (info).",
  },
  check(plan, context) {
    const { byCode } = municipalityLookup(context.reference.municipalities);
    const countyCode = plan.territory.countyCode;
    const codes: { code: string; path: Path; severity: Severity }[] = [];
    if (plan.territory.municipalityCode !== undefined) {
      codes.push({ code: plan.territory.municipalityCode, path: ["territory", "municipalityCode"], severity: "error" });
    }
    plan.actors.forEach((actor, i) => {
      if (actor.kind === "organisation" && actor.municipalityCode !== undefined) {
        codes.push({ code: actor.municipalityCode, path: ["actors", i, "municipalityCode"], severity: "info" });
      }
    });
    const issues: ValidationIssueDataOf<"municipality_outside_county">[] = [];
    for (const { code, path, severity } of codes) {
      const municipalityCountyCode = byCode.get(code)?.countyCode;
      // An unknown code is unknown_municipality's issue.
      if (municipalityCountyCode !== undefined && municipalityCountyCode !== countyCode) {
        issues.push({ code: "municipality_outside_county", path, severity, municipality: code, municipalityCountyCode, countyCode });
      }
    }
    return issues;
  },
};

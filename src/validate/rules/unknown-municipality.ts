import type { Path } from "../../core/issue.js";
import { municipalityLookup } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** `unknown_municipality`: the plan's territory and its organisations name municipality codes that exist. */
export const unknownMunicipalityRule: Rule<"unknown_municipality"> = {
  id: "unknown_municipality",
  defaultSeverity: "error",
  description: {
    sv: "Kommunkoder i planens territorium och hos dess organisationer finns i referensdata.",
    en: "Municipality codes of the plan's territory and of its organisations exist in the reference data.",
  },
  check(plan, context) {
    const known = municipalityLookup(context.reference.municipalities).byCode;
    const codes: { code: string; path: Path }[] = [];
    if (plan.territory.municipalityCode !== undefined)
      codes.push({ code: plan.territory.municipalityCode, path: ["territory", "municipalityCode"] });
    plan.actors.forEach((actor, i) => {
      if (actor.kind === "organisation" && actor.municipalityCode !== undefined)
        codes.push({ code: actor.municipalityCode, path: ["actors", i, "municipalityCode"] });
    });
    const issues: ValidationIssueDataOf<"unknown_municipality">[] = [];
    for (const { code, path } of codes) if (!known.has(code)) issues.push({ code: "unknown_municipality", path, municipality: code });
    return issues;
  },
};

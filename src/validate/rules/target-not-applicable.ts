import type { Path } from "../../core/issue.js";
import { coverageTotal } from "../../model/coverage-total.js";
import { municipalityLookup } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `target_not_applicable`: a target value fits its measure. A written account, a milestone and a cycle have no
 * value to reach (being done is the target); a share is at most 1 (a fraction), a per cent at most 100 (its
 * target is in per cent); coverage is at most the size of its set: the
 * measure's `total`, else the number of its `members`, else for municipalities the county's count in the
 * reference data.
 */
export const targetNotApplicableRule: Rule<"target_not_applicable"> = {
  id: "target_not_applicable",
  defaultSeverity: "error",
  description: {
    sv: "Ett målvärde passar måttet: inget värde för kvalitativ redovisning, milstolpe eller cykel; en andel högst 1 (ett bråktal); en procentsats högst 100 (målet anges i procent); täckning högst mängdens storlek (measure.total, annars antalet members, för kommuner annars länets antal i referensdata).",
    en: "A target value fits its measure: no value for a written account, a milestone or a cycle; a share at most 1 (a fraction); a percentage at most 100 (its target is in per cent); coverage at most the size of its set (measure.total, else the number of members, for municipalities else the county's count in the reference data).",
  },
  check(plan, context) {
    const { index } = context;
    const issues: ValidationIssueDataOf<"target_not_applicable">[] = [];
    const countyCode = plan.territory.countyCode;
    const inCounty = municipalityLookup(context.reference.municipalities).countInCounty.get(countyCode) ?? 0;
    for (const { indicator, path } of index.indicators) {
      const { measure, target } = indicator;
      if (measure === undefined || target === undefined) continue;
      const values: { value: number; path: Path }[] = [
        ...(target.value === undefined ? [] : [{ value: target.value, path: [...path, "target", "value"] }]),
        ...(target.yearly ?? []).map((year, k) => ({ value: year.value, path: [...path, "target", "yearly", k, "value"] })),
      ];
      const base = {
        code: "target_not_applicable",
        indicator: indicator.id,
        measure: measure.type,
        ...(measure.type === "coverage" && measure.of !== "county_municipalities" ? { of: measure.of } : {}),
      } as const;
      if (measure.type === "qualitative" || measure.type === "milestone" || measure.type === "cycle") {
        for (const v of values) issues.push({ ...base, path: v.path, received: v.value });
        continue;
      }
      let maximum: number | undefined;
      if (measure.type === "share") maximum = 1;
      else if (measure.type === "percent") maximum = 100;
      // Without a total and without reference data for the county there is no maximum to compare with.
      else if (measure.type === "coverage") maximum = coverageTotal(measure, inCounty > 0 ? inCounty : undefined);
      if (maximum === undefined) continue;
      for (const v of values) if (v.value > maximum) issues.push({ ...base, path: v.path, received: v.value, maximum });
    }
    return issues;
  },
};

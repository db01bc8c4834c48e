import type { Path } from "../../core/issue.js";
import type { CodedElement, Rule, ValidationIssueDataOf } from "../types.js";

/** `duplicate_code`: sub-goal codes, area ids, activity codes, indicator ids and actor ids are unique in the plan. */
export const duplicateCodeRule: Rule<"duplicate_code"> = {
  id: "duplicate_code",
  defaultSeverity: "error",
  description: {
    sv: "Delmålskoder, områdes-id, aktivitetskoder, indikator-id och aktörs-id är unika i planen.",
    en: "Sub-goal codes, area ids, activity codes, indicator ids and actor ids are unique in the plan.",
  },
  check(plan) {
    const issues: ValidationIssueDataOf<"duplicate_code">[] = [];
    const seen = new Map<string, Path>();
    const see = (element: CodedElement, value: string, path: Path): void => {
      const key = `${element}\u0000${value}`;
      const firstPath = seen.get(key);
      if (firstPath === undefined) seen.set(key, path);
      else issues.push({ code: "duplicate_code", path, element, value, firstPath });
    };
    plan.subGoals.forEach((subGoal, g) => {
      see("sub_goal", subGoal.code, ["subGoals", g, "code"]);
      subGoal.areas.forEach((area, a) => {
        see("collaboration_area", area.id, ["subGoals", g, "areas", a, "id"]);
        area.activities.forEach((activity, i) => {
          const path: Path = ["subGoals", g, "areas", a, "activities", i];
          see("activity", activity.code, [...path, "code"]);
          activity.followUp.indicators.forEach((indicator, n) => {
            see("indicator", indicator.id, [...path, "followUp", "indicators", n, "id"]);
          });
        });
      });
    });
    plan.actors.forEach((actor, i) => {
      see("actor", actor.id, ["actors", i, "id"]);
    });
    return issues;
  },
};

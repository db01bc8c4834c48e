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
  check(plan, { index }) {
    const issues: ValidationIssueDataOf<"duplicate_code">[] = [];
    // One map per kind of element: a code is unique among its own kind.
    const seen = new Map<CodedElement, Map<string, Path>>();
    const see = (element: CodedElement, value: string, path: Path): void => {
      let ofKind = seen.get(element);
      if (ofKind === undefined) {
        ofKind = new Map();
        seen.set(element, ofKind);
      }
      const firstPath = ofKind.get(value);
      if (firstPath === undefined) ofKind.set(value, path);
      else issues.push({ code: "duplicate_code", path, element, value, firstPath });
    };
    for (const { node, path } of index.visits) {
      switch (node.kind) {
        case "plan":
          break;
        case "sub_goal":
          see("sub_goal", node.code, [...path, "code"]);
          break;
        case "collaboration_area":
          see("collaboration_area", node.id, [...path, "id"]);
          break;
        case "activity":
          see("activity", node.code, [...path, "code"]);
          break;
        case "indicator":
          see("indicator", node.id, [...path, "id"]);
          break;
        default:
          node satisfies never;
      }
    }
    plan.actors.forEach((actor, i) => {
      see("actor", actor.id, ["actors", i, "id"]);
    });
    return issues;
  },
};

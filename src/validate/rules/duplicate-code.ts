import type { Path } from "../../core/issue.js";
import type { CodedElement, Rule, ValidationIssueDataOf } from "../types.js";

/** Where a code stands: the path of its element and the code's key in it, joined only when it is reported. */
interface CodeAt {
  at: Path;
  key: string | number;
}

const pathOf = ({ at, key }: CodeAt): Path => [...at, key];

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
    const seen = new Map<CodedElement, Map<string, CodeAt>>();
    const see = (element: CodedElement, value: string, at: Path, key: string | number): void => {
      let ofKind = seen.get(element);
      if (ofKind === undefined) {
        ofKind = new Map();
        seen.set(element, ofKind);
      }
      const first = ofKind.get(value);
      if (first === undefined) ofKind.set(value, { at, key });
      else issues.push({ code: "duplicate_code", path: [...at, key], element, value, firstPath: pathOf(first) });
    };
    for (const { node, path } of index.visits) {
      switch (node.kind) {
        case "plan":
          break;
        case "sub_goal":
          see("sub_goal", node.code, path, "code");
          break;
        case "collaboration_area":
          see("collaboration_area", node.id, path, "id");
          break;
        case "activity":
          see("activity", node.code, path, "code");
          break;
        case "indicator":
          see("indicator", node.id, path, "id");
          break;
        default:
          node satisfies never;
      }
    }
    plan.actors.forEach((actor, i) => {
      see("actor", actor.id, ["actors", i], "id");
    });
    return issues;
  },
};

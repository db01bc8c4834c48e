import type { SubGoal } from "../../model/sub-goal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `activity_code_sequence`: within a sub-goal, activity numbers run 1, 2, 3 … in document order, across its
 * areas or directly under it. After a break the count goes on from the number found, so one gap gives one issue.
 */
export const activityCodeSequenceRule: Rule<"activity_code_sequence"> = {
  id: "activity_code_sequence",
  defaultSeverity: "warning",
  needsEveryPart: "subGoal",
  description: {
    sv: "Inom ett delmål numreras aktiviteterna 1, 2, 3 … i dokumentordning över dess områden, utan luckor eller upprepningar.",
    en: "Within a sub-goal, activities are numbered 1, 2, 3 … in document order across its areas, without gaps or repeats.",
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"activity_code_sequence">[] = [];
    let subGoal: SubGoal | undefined;
    let previous = 0;
    for (const visit of index.activities) {
      if (visit.subGoal !== subGoal) {
        subGoal = visit.subGoal;
        previous = 0;
      }
      const prefix = `${visit.subGoal.code}.`;
      const code = visit.activity.code;
      // Codes with another prefix are activity_code_prefix's business; their number says nothing here.
      const rest = code.startsWith(prefix) ? code.slice(prefix.length) : undefined;
      if (rest === undefined || !/^\d+$/u.test(rest)) continue;
      const number = Number(rest);
      if (number !== previous + 1) {
        issues.push({
          code: "activity_code_sequence",
          path: [...visit.path, "code"],
          expected: `${prefix}${previous + 1}`,
          received: code,
        });
      }
      previous = number;
    }
    return issues;
  },
};

import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `activity_code_sequence`: within a sub-goal, activity numbers run 1, 2, 3 … across its areas in document
 * order. After a break the count goes on from the number found, so one gap gives one issue.
 */
export const activityCodeSequenceRule: Rule<"activity_code_sequence"> = {
  id: "activity_code_sequence",
  defaultSeverity: "warning",
  needsEveryPart: "subGoal",
  description: {
    sv: "Inom ett delmål numreras aktiviteterna 1, 2, 3 … i dokumentordning över dess områden, utan luckor eller upprepningar.",
    en: "Within a sub-goal, activities are numbered 1, 2, 3 … in document order across its areas, without gaps or repeats.",
  },
  check(plan) {
    const issues: ValidationIssueDataOf<"activity_code_sequence">[] = [];
    plan.subGoals.forEach((subGoal, g) => {
      const prefix = `${subGoal.code}.`;
      let previous = 0;
      subGoal.areas.forEach((area, a) => {
        area.activities.forEach((activity, i) => {
          // Codes with another prefix are activity_code_prefix's business; their number says nothing here.
          const rest = activity.code.startsWith(prefix) ? activity.code.slice(prefix.length) : undefined;
          if (rest === undefined || !/^\d+$/u.test(rest)) return;
          const number = Number(rest);
          if (number !== previous + 1) {
            issues.push({
              code: "activity_code_sequence",
              path: ["subGoals", g, "areas", a, "activities", i, "code"],
              expected: `${prefix}${previous + 1}`,
              received: activity.code,
            });
          }
          previous = number;
        });
      });
    });
    return issues;
  },
};

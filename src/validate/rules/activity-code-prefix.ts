import type { Rule } from "../types.js";

/** `activity_code_prefix`: an activity's code starts with its sub-goal's code and a dot (`F.3` under F). */
export const activityCodePrefixRule: Rule<"activity_code_prefix"> = {
  id: "activity_code_prefix",
  defaultSeverity: "error",
  description: {
    sv: "En aktivitetskod börjar med delmålets kod och en punkt (F.3 under delmål F).",
    en: "An activity code starts with its sub-goal's code and a dot (F.3 under sub-goal F).",
  },
  check(_plan, { index }) {
    return index.activities
      .filter(({ subGoal, activity }) => !activity.code.startsWith(`${subGoal.code}.`))
      .map(({ subGoal, activity, path }) => ({
        code: "activity_code_prefix" as const,
        path: [...path, "code"],
        expected: `${subGoal.code}.`,
        received: activity.code,
      }));
  },
};

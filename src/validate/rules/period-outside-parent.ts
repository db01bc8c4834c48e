import { periodWithin } from "../internal.js";
import type { Rule } from "../types.js";

/** `period_outside_parent`: a local plan's period lies within the period of the regional plan it follows. */
export const periodOutsideParentRule: Rule<"period_outside_parent"> = {
  id: "period_outside_parent",
  defaultSeverity: "warning",
  description: {
    sv: "En kommunal plans period ligger inom perioden för den regionala plan den följer (context.parent).",
    en: "A local plan's period lies within the period of the regional plan it follows (context.parent).",
  },
  check(plan, context) {
    const parent = context.parent;
    if (plan.level !== "local" || parent === undefined || periodWithin(plan.period, parent.period)) return [];
    const names = { parent: parent.id, parentTitle: parent.title };
    return [{ code: "period_outside_parent", path: ["period"], ...names, period: plan.period, parentPeriod: parent.period }];
  },
};

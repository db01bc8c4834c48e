import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import { append } from "../internal/append.js";
import type { Observation, ObservationSet } from "../model/observation.js";
import type { Plan } from "../model/plan.js";
import type { ReferenceData } from "../reference/types.js";
import { checkList } from "./internal/check.js";
import { referenceOf } from "./internal/reference.js";
import type { ObservationDataIssue, ObservationIssueData } from "./issue.js";
import { withObservationMessage } from "./messages.js";

/**
 * Options of {@link checkObservations}.
 *
 * @example
 * ```ts
 * const options: CheckObservationsOptions = { lang: "en" };
 * ```
 */
export interface CheckObservationsOptions {
  /** Language of the issues' messages; Swedish by default. */
  lang?: Lang;
  /** Counties and municipalities to check municipality codes against; the shipped andt-plan/reference data when absent. */
  reference?: ReferenceData;
}

/**
 * Checks follow-up observations against a plan (*kontrollera uppföljningsvärden*), or, with `plan` undefined, only
 * what needs no plan. With a plan: that each indicator and
 * activity exists and belong together, that the year is within the plan's period, that the value fields fit
 * the indicator's measure, that no number is negative, that parts do not exceed their total (sex cells and
 * municipalities, for counts; the gender toolkit checks the sex breakdown), that no numerator exceeds its
 * denominator, that no indicator, year and period occurs twice, and that municipality codes exist and lie in
 * the plan's county. Returns plain-data {@link ObservationDataIssue}s with paths `["observations", i, …]`; an
 * empty list when all is well. Neither argument is changed.
 *
 * @example
 * ```ts
 * const issues = checkObservations(plan, parseObservations(text));
 * for (const issue of issues.filter((i) => i.severity === "error")) console.error(issue.path.join("."), issue.message);
 * ```
 */
export function checkObservations(
  plan: Plan | undefined,
  observations: ObservationSet | readonly Observation[],
  options: CheckObservationsOptions = {},
): ObservationDataIssue[] {
  const lang = resolveLang(options.lang);
  const issues: ObservationIssueData[] = [];
  let list: readonly Observation[];
  if (isSet(observations)) {
    if (plan !== undefined && observations.plan !== plan.id) {
      issues.push({ code: "plan_mismatch", severity: "warning", path: ["plan"], expected: plan.id, received: observations.plan });
    }
    list = observations.observations;
  } else {
    list = observations;
  }
  append(issues, checkList(list, plan, referenceOf(options.reference)));
  return issues.map((issue) => withObservationMessage(issue, lang));
}

function isSet(value: ObservationSet | readonly Observation[]): value is ObservationSet {
  return !Array.isArray(value);
}

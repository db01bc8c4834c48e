import type { QualitativeMeasure } from "../../../model/measure.js";
import type { StatusReason } from "../../types.js";
import { yearNumber } from "../observed.js";
import { missing } from "./missing.js";
import type { Judge } from "./types.js";

/**
 * Judges a written account (and an indicator without a measure): reported when there is an account or a
 * value, which there is no target to compare with; missing when there is neither.
 *
 * @example
 * ```ts
 * judgeQualitative({ year: 2018, observations, valued: [{ indicator: "2.3-1", year: 2018, text: "Kartläggning klar." }] }, rules, { sumBefore: 0 });
 * // { status: "reported", reason: { code: "account_given" }, expected: true }
 * ```
 */
export const judgeQualitative: Judge<QualitativeMeasure> = ({ observations, valued }, rules) => {
  if (valued.length === 0) return missing(observations);
  if (valued.some((o) => o.text !== undefined)) {
    const { baseline } = rules;
    const reason: StatusReason = baseline === undefined ? { code: "account_given" } : { code: "account_given", baseline };
    return { status: "reported", reason, expected: true };
  }
  const value = yearNumber(rules.measure, valued);
  return { status: "reported", reason: value === undefined ? { code: "no_target" } : { code: "no_target", value }, expected: true };
};

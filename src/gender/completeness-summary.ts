import { resolveLang } from "../core/resolve-lang.js";
import type { Completeness } from "./completeness.js";
import { fail } from "./internal.js";
import type { LangOptions } from "./types.js";

/**
 * Counts of statuses, from {@link summarizeCompleteness}.
 *
 * @example
 * ```ts
 * const s: CompletenessSummary = { complete: 3, partial: 1, none: 1, notApplicable: 2, applicable: 5, shareComplete: 0.6 };
 * ```
 */
export interface CompletenessSummary {
  /** How many are complete. */
  complete: number;
  /** How many are partial. */
  partial: number;
  /** How many have no breakdown. */
  none: number;
  /** How many do not count people. */
  notApplicable: number;
  /** complete + partial + none. */
  applicable: number;
  /** complete / applicable; absent when nothing is applicable (there is no share of nothing). */
  shareComplete?: number;
}

const STATUSES: readonly Completeness[] = ["complete", "partial", "none", "not_applicable"];

function check(statuses: readonly Completeness[], lang: "sv" | "en"): void {
  statuses.forEach((s, i) => {
    if (!STATUSES.includes(s)) fail("unknown_code", [i], { code: String(s), dimension: "completeness" }, lang);
  });
}

/**
 * The completeness of an indicator (*indikator*) from the statuses of its values (per municipality, per year):
 * `not_applicable` when all are (and there is at least one); else, ignoring the not applicable ones, `complete`
 * when all are complete, `none` when all are none (or there are no values), `partial` otherwise.
 *
 * @throws {@link GenderInputError} `unknown_code` for a status that is not a {@link Completeness}.
 * @example
 * ```ts
 * indicatorCompleteness(["complete", "complete", "none"]); // "partial"
 * ```
 */
export function indicatorCompleteness(statuses: readonly Completeness[], options: LangOptions = {}): Completeness {
  check(statuses, resolveLang(options.lang));
  const applicable = statuses.filter((s) => s !== "not_applicable");
  if (statuses.length > 0 && applicable.length === 0) return "not_applicable";
  if (applicable.length > 0 && applicable.every((s) => s === "complete")) return "complete";
  if (applicable.every((s) => s === "none")) return "none";
  return "partial";
}

/**
 * How much of a follow-up (*uppföljning*) is broken down by sex: the count of each status and the share of the
 * applicable ones that are complete.
 *
 * @throws {@link GenderInputError} `unknown_code`.
 * @example
 * ```ts
 * summarizeCompleteness(["complete", "complete", "partial", "not_applicable"]);
 * // { complete: 2, partial: 1, none: 0, notApplicable: 1, applicable: 3, shareComplete: 0.6666666666666666 }
 * ```
 */
export function summarizeCompleteness(statuses: readonly Completeness[], options: LangOptions = {}): CompletenessSummary {
  check(statuses, resolveLang(options.lang));
  const count = (s: Completeness): number => statuses.filter((x) => x === s).length;
  const summary: CompletenessSummary = {
    complete: count("complete"),
    partial: count("partial"),
    none: count("none"),
    notApplicable: count("not_applicable"),
    applicable: statuses.length - count("not_applicable"),
  };
  if (summary.applicable > 0) summary.shareComplete = summary.complete / summary.applicable;
  return summary;
}

import type { Lang } from "../core/lang.js";
import type { Catalogue } from "../core/messages.js";
import { numberText, percentText, periodText } from "../core/wording.js";
import type { MeasureType } from "../model/measure.js";
import type { EvaluationErrorDetails, Status, StatusReason, StatusReasonCode } from "./types.js";

type Reason<C extends StatusReasonCode> = Extract<StatusReason, { code: C }>;
type ReasonMap = { [C in StatusReasonCode]: (reason: Reason<C>, n: (x: number) => string) => string };

// Templates get the language's per cent and, for the indicator's values, a number formatter that writes a
// share's fractions as per cent.
const pct =
  (lang: Lang) =>
  (ratio: number, _n: (x: number) => string): string =>
    percentText(ratio, lang, 1);
const span = periodText;

const svPct = pct("sv");
const sv: ReasonMap = {
  target_reached: (r, n) => `Målet ${n(r.target)} är nått (${n(r.value)}).`,
  target_partly_reached: (r, n) => `${n(r.value)} av målet ${n(r.target)} (${svPct(r.ratio, n)}).`,
  target_not_reached: (r, n) => `${n(r.value)} av målet ${n(r.target)} (${svPct(r.ratio, n)}): för långt från målet.`,
  progress_towards_target: (r, n) => `${n(r.progress)} hittills av målet ${n(r.target)} till ${r.deadlineYear} (${svPct(r.ratio, n)}).`,
  deadline_passed: (r, n) => `Målet ${n(r.target)} gällde till och med ${r.deadlineYear} och bedömdes det året; inget väntas efter det.`,
  no_target: (r, n) =>
    r.value === undefined ? "Redovisat; inget mål att jämföra med." : `Redovisat: ${n(r.value)}; inget mål att jämföra med.`,
  done: (r) => (r.doneOn === undefined ? "Genomfört." : `Genomfört ${r.doneOn}.`),
  done_late: (r) => `Genomfört ${r.doneOn}, efter tidpunkten ${r.deadline}.`,
  already_done: (r) => `Redan genomfört ${r.year}.`,
  in_progress: (r) => `Ännu inte genomfört; ska vara klart ${r.deadline}.`,
  not_done_by_deadline: (r) => `Inte genomfört till ${r.deadline}.`,
  done_in_cycle: (r) => `Genomfört i perioden ${span(r.cycle)}.`,
  not_done_in_cycle: (r) => `Inte genomfört i perioden ${span(r.cycle)}.`,
  cycle_continues: (r) => `Perioden ${span(r.cycle)} pågår; inget väntas ännu.`,
  account_given: (r) =>
    r.baseline === undefined
      ? "Redovisning lämnad."
      : `Redovisning lämnad; baslinje ${r.baseline.year}${r.baseline.text === undefined ? "" : `: ${r.baseline.text}`}`,
  no_value: (r) => (r.comment === undefined ? "Ingen uppgift redovisad." : `Ingen uppgift redovisad (${r.comment}).`),
  year_not_ended: (r) => `År ${r.year} är inte slut den ${r.asOf}; inget värde krävs ännu.`,
  value_out_of_range: () => "Redovisat, men värdena blir för stora att räkna med (över 1,8 × 10^308); inget värde visas.",
};

const enPct = pct("en");
const en: ReasonMap = {
  target_reached: (r, n) => `Target ${n(r.target)} reached (${n(r.value)}).`,
  target_partly_reached: (r, n) => `${n(r.value)} of the target ${n(r.target)} (${enPct(r.ratio, n)}).`,
  target_not_reached: (r, n) => `${n(r.value)} of the target ${n(r.target)} (${enPct(r.ratio, n)}): too far from the target.`,
  progress_towards_target: (r, n) => `${n(r.progress)} so far of the target ${n(r.target)} by ${r.deadlineYear} (${enPct(r.ratio, n)}).`,
  deadline_passed: (r, n) => `The target ${n(r.target)} was due by ${r.deadlineYear} and judged that year; nothing is due after it.`,
  no_target: (r, n) =>
    r.value === undefined ? "Reported; no target to compare with." : `Reported: ${n(r.value)}; no target to compare with.`,
  done: (r) => (r.doneOn === undefined ? "Done." : `Done on ${r.doneOn}.`),
  done_late: (r) => `Done on ${r.doneOn}, after the deadline ${r.deadline}.`,
  already_done: (r) => `Already done in ${r.year}.`,
  in_progress: (r) => `Not done yet; due by ${r.deadline}.`,
  not_done_by_deadline: (r) => `Not done by ${r.deadline}.`,
  done_in_cycle: (r) => `Done in the cycle ${span(r.cycle)}.`,
  not_done_in_cycle: (r) => `Not done in the cycle ${span(r.cycle)}.`,
  cycle_continues: (r) => `The cycle ${span(r.cycle)} is still running; nothing is due yet.`,
  account_given: (r) =>
    r.baseline === undefined
      ? "Account given."
      : `Account given; baseline ${r.baseline.year}${r.baseline.text === undefined ? "" : `: ${r.baseline.text}`}`,
  no_value: (r) => (r.comment === undefined ? "Nothing reported." : `Nothing reported (${r.comment}).`),
  year_not_ended: (r) => `The year ${r.year} has not ended on ${r.asOf}; no value is due yet.`,
  value_out_of_range: () => "Reported, but the values grow too large to compute with (over 1.8 × 10^308); no value is shown.",
};

const REASONS: Record<Lang, ReasonMap> = { sv, en };

/**
 * The reason for a status in words; a share's values (fractions) and a per cent's (already in per cent) are
 * written as per cent.
 */
export function reasonMessage(reason: StatusReason, lang: Lang, measure?: MeasureType): string {
  const n =
    measure === "share"
      ? (x: number): string => percentText(x, lang, 1)
      : measure === "percent"
        ? (x: number): string => percentText(x / 100, lang, 1)
        : (x: number): string => numberText(x, lang);
  const format = REASONS[lang][reason.code] as (r: StatusReason, n: (x: number) => string) => string;
  return format(reason, n);
}

const STATUS_COUNT: Record<Lang, Record<Status, [string, string]>> = {
  sv: {
    met: ["uppfylld", "uppfyllda"],
    partly_met: ["delvis uppfylld", "delvis uppfyllda"],
    not_met: ["ej uppfylld", "ej uppfyllda"],
    reported: ["redovisad utan bedömning", "redovisade utan bedömning"],
    missing: ["saknas", "saknas"],
    not_yet_due: ["ej aktuell än", "ej aktuella än"],
    not_expected: ["utan krav i år", "utan krav i år"],
  },
  en: {
    met: ["met", "met"],
    partly_met: ["partly met", "partly met"],
    not_met: ["not met", "not met"],
    reported: ["reported without a verdict", "reported without a verdict"],
    missing: ["missing", "missing"],
    not_yet_due: ["not yet due", "not yet due"],
    not_expected: ["with nothing due this year", "with nothing due this year"],
  },
};

/** Counts per status in words, in the given order, leaving out zeros: "2 uppfyllda, 1 delvis uppfylld". */
export function statusCountsText(counts: Record<Status, number>, order: readonly Status[], lang: Lang): string {
  return order
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${STATUS_COUNT[lang][status][counts[status] === 1 ? 0 : 1]}`)
    .join(", ");
}

/** An activity's combination of indicator statuses in words: "Indikatorer: 2 uppfyllda, 1 saknas." */
export function combinationMessage(counts: Record<Status, number>, order: readonly Status[], lang: Lang): string {
  const parts = statusCountsText(counts, order, lang);
  const head = lang === "sv" ? "Indikatorer" : "Indicators";
  return `${head}: ${parts === "" ? (lang === "sv" ? "inga" : "none") : parts}.`;
}

/** The messages of every {@link EvaluationError}, in Swedish and English. */
export const evaluationErrorMessages: Catalogue<EvaluationErrorDetails> = {
  sv: {
    invalid_as_of: (d) => `Datumet "${d.received}" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).`,
    year_outside_plan: (d) => `År ${d.year} ligger utanför planens period ${periodText(d.period)}.`,
    invalid_ratio: (d) => `Andelen för delvis uppfyllt måste vara större än 0 och högst 1, inte ${d.received}.`,
    invalid_plan_period: (d) => `Planens period ${periodText(d.period)} kan inte tolkas.`,
  },
  en: {
    invalid_as_of: (d) => `"${d.received}" is not a valid date (YYYY-MM-DD).`,
    year_outside_plan: (d) => `The year ${d.year} is outside the plan period ${periodText(d.period)}.`,
    invalid_ratio: (d) => `The partly-met ratio must be above 0 and at most 1, not ${d.received}.`,
    invalid_plan_period: (d) => `The plan period ${periodText(d.period)} cannot be read.`,
  },
};

import { isAfter, isValid, parseISO } from "date-fns";
import type { Lang } from "../../core/lang.js";
import { resolveLang } from "../../core/resolve-lang.js";
import type { Period } from "../../model/common.js";
import type { Plan } from "../../model/plan.js";
import { EvaluationError } from "../evaluation-error.js";
import type { EvaluateOptions } from "../types.js";
import type { YearContext } from "./indicator-years.js";
import { endOfYearOf } from "./observed.js";

/** The options of an evaluation, checked: the context every indicator is judged in, and the years evaluated. */
export interface CheckedOptions {
  context: YearContext;
  /** The years evaluated, in order, without repeats. */
  years: number[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the options against the plan and makes the context of its indicators' evaluation.
 *
 * @throws {@link EvaluationError} for an `asOf` that is not a date, a ratio outside (0, 1], a plan period
 * that cannot be read, or a year outside it.
 * @example
 * ```ts
 * const { context, years } = checkOptions(kronoberg2017, { asOf: "2020-03-31", years: [2019, 2018] });
 * // years: [2018, 2019]; context.ended(2019): true, context.ended(2020): false
 * ```
 */
export function checkOptions(plan: Plan, options: EvaluateOptions): CheckedOptions {
  const lang = resolveLang(options.lang);
  const asOf = asOfDay(options.asOf, lang);
  const partlyMetRatio = checkedRatio(options.partlyMetRatio ?? 0.5, lang);
  const planYears = yearsOfPeriod(plan, lang);
  const years = evaluatedYears(options.years, planYears, plan.period, lang);
  const day = parseISO(asOf);
  const context: YearContext = {
    planYears,
    planEnd: plan.period.end,
    asOf,
    ended: (year) => isAfter(day, endOfYearOf(year)),
    partlyMetRatio,
    lang,
  };
  return { context, years };
}

function asOfDay(asOf: string | Date | undefined, lang: Lang): string {
  if (asOf === undefined) return localDay(new Date());
  if (asOf instanceof Date) {
    if (!isValid(asOf)) throw new EvaluationError("invalid_as_of", ["asOf"], { received: String(asOf) }, lang);
    return localDay(asOf);
  }
  if (typeof asOf !== "string" || !DAY.test(asOf) || !isValid(parseISO(asOf))) {
    throw new EvaluationError("invalid_as_of", ["asOf"], { received: String(asOf) }, lang);
  }
  return asOf;
}

/**
 * A date's local calendar day as `yyyy-MM-dd`, as date-fns `format` wrote it; written out because `format` brings
 * every pattern and the en-US locale into a browser bundle.
 */
function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(date.getFullYear()).padStart(4, "0")}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function checkedRatio(ratio: number, lang: Lang): number {
  if (typeof ratio !== "number" || !(ratio > 0 && ratio <= 1)) {
    throw new EvaluationError("invalid_ratio", ["partlyMetRatio"], { received: String(ratio) }, lang);
  }
  return ratio;
}

/** Every year of the plan period, in order. */
function yearsOfPeriod(plan: Plan, lang: Lang): number[] {
  const startYear = Number(plan.period.start.slice(0, 4));
  const endYear = Number(plan.period.end.slice(0, 4));
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear < startYear) {
    throw new EvaluationError("invalid_plan_period", ["period"], { period: plan.period }, lang);
  }
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
}

/** The years asked for (all of the plan's by default), sorted and without repeats; each must be in the plan. */
function evaluatedYears(asked: readonly number[] | undefined, planYears: readonly number[], period: Period, lang: Lang): number[] {
  const years = [...new Set(asked ?? planYears)].sort((a, b) => a - b);
  (asked ?? []).forEach((year, i) => {
    if (!planYears.includes(year)) throw new EvaluationError("year_outside_plan", ["years", i], { year, period }, lang);
  });
  return years;
}

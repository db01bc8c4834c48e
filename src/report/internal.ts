import type { Lang } from "../core/lang.js";
import { resolveLang } from "../core/resolve-lang.js";
import { numberText, percentText } from "../core/wording.js";
import type {
  ActivityEvaluation,
  Change,
  CollaborationAreaEvaluation,
  GenderCoverage,
  IndicatorEvaluation,
  IndicatorYear,
  PlanEvaluation,
  SubGoalEvaluation,
} from "../evaluate/types.js";
import { disaggregated } from "../gender/disaggregated.js";
import { GenderInputError } from "../gender/errors.js";
import { formatCellValue } from "../gender/format-number.js";
import { cellLabel } from "../gender/label.js";
import { suppressSmallCounts } from "../gender/suppress.js";
import type { Disaggregated } from "../gender/types.js";
import { coverageTotal } from "../model/coverage-total.js";
import { UNIT_BREAKDOWNS, type UnitBreakdown } from "../model/indicator.js";
import { BREAKDOWN_NAMES, COVERAGE_SET_NAMES } from "../model/messages.js";
import type { UnitValue } from "../model/observation.js";
import { type ReportLabels, reportLabels } from "./messages.js";
import { ReportError } from "./report-error.js";

/** What every renderer works with: the language, its labels, and the year shown. */
export interface ReportContext {
  lang: Lang;
  labels: ReportLabels;
  year: number;
}

/**
 * The language of the labels: the one asked for, else the evaluation's own (its messages are in it), else
 * Swedish.
 */
export function reportLang(evaluation: PlanEvaluation, lang: unknown): Lang {
  return lang === undefined ? resolveLang(evaluation.lang) : resolveLang(lang);
}

/**
 * The year a report shows: `year` when given (it must be one of the evaluation's years), else the latest year
 * in which something was reported, else the latest year in which some activity is more than not yet due, else
 * (nothing is due yet) the first year. A later year that has ended without data is not the default: its report
 * would only say that nothing was reported.
 */
export function reportYear(evaluation: PlanEvaluation, year: number | undefined, lang: Lang): number {
  const years = evaluation.years;
  if (years.length === 0) throw new ReportError("no_years", [], {}, lang);
  if (year !== undefined) {
    if (!years.includes(year)) throw new ReportError("unknown_year", ["year"], { year, years: [...years] }, lang);
    return year;
  }
  const reported = evaluation.coverage.filter((c) => c.reported > 0 && years.includes(c.year)).map((c) => c.year);
  if (reported.length > 0) return Math.max(...reported);
  const due = years.filter((y) => {
    const summary = yearOf(evaluation.summary, y);
    return summary !== undefined && summary.counts.not_yet_due < summary.total;
  });
  return due.length > 0 ? Math.max(...due) : (years[0] as number);
}

/** The small-number threshold of the breakdowns by sex; default 5, as the gender toolkit's. */
export function suppressionThreshold(value: unknown, lang: Lang): number {
  if (value === undefined) return 5;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1) return value;
  throw new ReportError("invalid_threshold", ["suppressBelow"], { received: String(value) }, lang);
}

export function context(evaluation: PlanEvaluation, options: { year?: number; lang?: Lang }): ReportContext {
  const lang = reportLang(evaluation, options.lang);
  return { lang, labels: reportLabels(lang, evaluation.plan.levelNames), year: reportYear(evaluation, options.year, lang) };
}

/** The entry of a year in a per-year list (summaries, coverage). */
export function yearOf<T extends { year: number }>(years: readonly T[], year: number): T | undefined {
  return years.find((y) => y.year === year);
}

const isShare = (indicator: IndicatorEvaluation): boolean => indicator.measure?.type === "share";
// A per cent's values are already in per cent (8 for 8 %), a share's are fractions.
const isPercent = (indicator: IndicatorEvaluation): boolean => indicator.measure?.type === "percent";
const isDoneOrNot = (indicator: IndicatorEvaluation): boolean =>
  indicator.measure?.type === "milestone" || indicator.measure?.type === "cycle";

/**
 * A value of an indicator in words: a share or a per cent as a percentage, a milestone as done or not, a coverage of a
 * declared set of known size as "12 av 20 skolor", else the number.
 */
export function quantity(indicator: IndicatorEvaluation, x: number, ctx: ReportContext): string {
  if (isShare(indicator)) return percentText(x, ctx.lang, 1);
  if (isPercent(indicator)) return percentText(x / 100, ctx.lang, 1);
  if (isDoneOrNot(indicator)) return x > 0 ? ctx.labels.done : ctx.labels.notDone;
  const { measure } = indicator;
  // The county's municipalities print as a number, as they always have; a declared set names itself.
  if (measure?.type === "coverage" && measure.of !== "county_municipalities") {
    const total = coverageTotal(measure, undefined);
    if (total !== undefined) {
      return ctx.labels.ofSet(numberText(x, ctx.lang), numberText(total, ctx.lang), COVERAGE_SET_NAMES[ctx.lang][measure.of]);
    }
  }
  return numberText(x, ctx.lang);
}

/** The year's target in words; none for a milestone or a cycle, whose target is being done. */
export function targetText(indicator: IndicatorEvaluation, iy: IndicatorYear, ctx: ReportContext): string | undefined {
  return iy.target === undefined || isDoneOrNot(indicator) ? undefined : quantity(indicator, iy.target, ctx);
}

/** Progress towards a period target, when it says more than the year's value. */
export function progressText(indicator: IndicatorEvaluation, iy: IndicatorYear, ctx: ReportContext): string | undefined {
  if (iy.progress === undefined || iy.progress === iy.value || isDoneOrNot(indicator)) return undefined;
  return ctx.labels.soFar(quantity(indicator, iy.progress, ctx));
}

/** One change in words: the signed difference, the relative change, the direction, and what it is from. */
export interface ChangeText {
  /** `+7 (+18 %)`, or `+10 procentenheter` for a share or a per cent. */
  amount: string;
  /** `mot föregående år, förbättring`. */
  note: string;
}

const signed = (text: string, x: number): string => (x > 0 ? `+${text}` : text);

function changeText(indicator: IndicatorEvaluation, change: Change, from: string, ctx: ReportContext): ChangeText {
  const { lang, labels } = ctx;
  let amount: string;
  if (isShare(indicator) || isPercent(indicator)) {
    // Percentage points, never a per cent of a per cent: a share's difference is a fraction, a per cent's is in points.
    const points = isShare(indicator) ? Math.round(change.difference * 1000) / 10 : Math.round(change.difference * 10) / 10;
    amount = `${signed(numberText(points, lang), points)} ${labels.percentagePoints}`;
  } else {
    amount = signed(numberText(change.difference, lang), change.difference);
    if (change.relative !== undefined && change.difference !== 0) {
      amount += ` (${signed(percentText(change.relative, lang), change.relative)})`;
    }
  }
  return { amount, note: `${from}, ${labels.direction[change.direction]}` };
}

/** The year's changes from the previous year and from the baseline, in that order. */
export function changeTexts(indicator: IndicatorEvaluation, iy: IndicatorYear, ctx: ReportContext): ChangeText[] {
  const out: ChangeText[] = [];
  const previous = iy.fromPrevious;
  if (previous !== undefined) {
    // "Föregående år" only when it is: with a year missing between, the change names the year it is from.
    const from = previous.fromYear === iy.year - 1 ? ctx.labels.fromPrevious : ctx.labels.fromYear(previous.fromYear);
    out.push(changeText(indicator, previous, from, ctx));
  }
  if (iy.fromBaseline !== undefined && indicator.baseline !== undefined) {
    out.push(changeText(indicator, iy.fromBaseline, ctx.labels.fromBaseline(indicator.baseline.year), ctx));
  }
  return out;
}

/** Gender coverage in words: complete breakdowns of the values that count people, and the partial ones if any. */
export function genderCoverageWords(gender: GenderCoverage | undefined, lang: Lang, labels: ReportLabels): string {
  const partial = gender === undefined || gender.partial === 0 ? undefined : numberText(gender.partial, lang);
  return labels.genderCoverageText(numberText(gender?.withSex ?? 0, lang), numberText(gender?.peopleCounts ?? 0, lang), partial);
}

/** Comments of the year's observations, in order. */
export function commentsOf(iy: IndicatorYear): string[] {
  return iy.observations.flatMap((o) => (o.comment === undefined ? [] : [o.comment]));
}

/** Written accounts of the year's observations, in order. */
export function accountsOf(iy: IndicatorYear): string[] {
  return iy.observations.flatMap((o) => (o.text === undefined ? [] : [o.text]));
}

/** The observations the evaluation could not place, in words; undefined when there are none. */
export function unmatchedText(evaluation: PlanEvaluation, ctx: ReportContext): string | undefined {
  const unmatched = evaluation.unmatched;
  if (unmatched.length === 0) return undefined;
  return ctx.labels.unmatched(unmatched.length, unmatched.map((o) => `${o.indicator} (${o.year})`).join(", "));
}

/** One cell of a breakdown by sex as a report shows it. */
export interface BreakdownCell {
  /** `kvinnor`, `pojkar`, `kvinnor 16–29 år`. */
  label: string;
  /** The value as printed, `..` when suppressed. */
  text: string;
  /** The value (a share as a percentage), for the length of a bar; absent when suppressed. */
  value?: number;
}

/** A breakdown by sex ready to print, after small numbers are protected. */
export interface Breakdown {
  cells: BreakdownCell[];
  /** Whether some cell is shown as `..`. */
  suppressed: boolean;
  /** Whether the breakdown is not shown at all, because it could not be checked and protected. */
  withheld: boolean;
}

/**
 * Small counts protected: cells all of one age band (girls and boys alone) are a table by sex only, whose
 * total is the band's, and are protected as such; the cells keep their order.
 */
function protect(value: Disaggregated, threshold: number): Disaggregated {
  const ages = new Set(value.cells.map((cell) => cell.age));
  if (ages.size !== 1 || ages.has(undefined)) return suppressSmallCounts(value, { threshold });
  const bySexOnly = value.cells.map(({ age: _age, ...cell }) => cell);
  return suppressSmallCounts(disaggregated({ unit: "count", cells: bySexOnly }), { threshold });
}

const cellValues = (bySex: IndicatorYear["bySex"]): number[] =>
  (bySex?.cells ?? []).flatMap((cell) => ("value" in cell ? [cell.value] : []));
const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/**
 * Whether a breakdown by sex can be counts: whole numbers, whose cells add up to at most the value they break
 * down in each observation that gives both (without a measure the year has no value of its own).
 */
function countLike(iy: IndicatorYear): boolean {
  if (!cellValues(iy.bySex).every(Number.isInteger)) return false;
  return iy.observations.every((o) => o.value === undefined || o.bySex === undefined || sum(cellValues(o.bySex)) <= o.value);
}

/**
 * The year's breakdown by sex with small counts protected ({@link suppressSmallCounts}, threshold
 * `threshold`). A share's breakdown holds shares (0–1) and a per cent's per cents of each sex's own group
 * (0–100), not counts, so only cells already suppressed are hidden. Without a measure, a breakdown is taken
 * as counts only when its cells are whole numbers that add up to at most the value they break down: per cents or rates
 * read without a measure (Kolada's T 8, K 3, M 12) are printed as the numbers they are, never hidden as small
 * counts.
 * A breakdown the gender toolkit refuses (unknown cells, a lone small cell that its total gives away) is
 * withheld whole rather than printed unprotected.
 */
export function breakdownOf(
  indicator: IndicatorEvaluation,
  iy: IndicatorYear,
  threshold: number,
  ctx: ReportContext,
): Breakdown | undefined {
  if (iy.bySex === undefined) return undefined;
  const { cells, ageGroups } = iy.bySex;
  const share = isShare(indicator);
  const percent = isPercent(indicator);
  const unit = share || (indicator.measure === undefined && !countLike(iy)) ? "rate" : percent ? "percent" : "count";
  let value: Disaggregated;
  let labelled: Disaggregated;
  try {
    const input = ageGroups === undefined ? { cells } : { cells, ageGroups };
    labelled = disaggregated({ unit, ...input });
    value = unit === "count" ? protect(labelled, threshold) : labelled;
  } catch (error) {
    if (error instanceof GenderInputError) return { cells: [], suppressed: false, withheld: true };
    throw error;
  }
  // Each cell is labelled with its own band only: cellLabel checks every band it is given, so passing the whole
  // scheme for every cell took time in the square of the bands.
  const bands = new Map(labelled.ageGroups.map((group) => [group.id, group]));
  const printed = value.cells.map((cell, k): BreakdownCell => {
    const shown = labelled.cells[k] ?? cell;
    const band = shown.age === undefined ? undefined : bands.get(shown.age);
    const label = cellLabel(shown, { lang: ctx.lang, ageGroups: band === undefined ? labelled.ageGroups : [band] });
    if ("suppressed" in cell) return { label, text: formatCellValue(cell) };
    if (share) return { label, text: percentText(cell.value, ctx.lang, 1), value: cell.value * 100 };
    if (percent) return { label, text: percentText(cell.value / 100, ctx.lang, 1), value: cell.value };
    return { label, text: formatCellValue(cell, { lang: ctx.lang }), value: cell.value };
  });
  return { cells: printed, suppressed: printed.some((c) => c.value === undefined), withheld: false };
}

/** One indicator in one year, with the elements above it (no area for an activity directly under its sub-goal). */
export interface IndicatorRow {
  subGoal: SubGoalEvaluation;
  area?: CollaborationAreaEvaluation;
  activity: ActivityEvaluation;
  indicator: IndicatorEvaluation;
  iy: IndicatorYear;
}

/** Every indicator year in document order (each indicator's years together), or only those of `year`. */
export function indicatorRows(evaluation: PlanEvaluation, year: number | undefined): IndicatorRow[] {
  const rows = (subGoal: SubGoalEvaluation, area: CollaborationAreaEvaluation | undefined, activities: readonly ActivityEvaluation[]) =>
    activities.flatMap((activity) =>
      activity.indicators.flatMap((indicator) =>
        indicator.years
          .filter((iy) => year === undefined || iy.year === year)
          .map((iy) => ({ subGoal, ...(area === undefined ? {} : { area }), activity, indicator, iy })),
      ),
    );
  return evaluation.subGoals.flatMap((subGoal) => [
    ...rows(subGoal, undefined, subGoal.activities ?? []),
    ...subGoal.areas.flatMap((area) => rows(subGoal, area, area.activities)),
  ]);
}

/** One breakdown by named units ready to print: "Per stadsdel, 1.1-1, 2019" and "Centrum 4, Norr 7". */
export interface UnitBreakdownText {
  breakdown: UnitBreakdown;
  title: string;
  /** The units and their values, in the order reported: "Centrum 4, Norr ..". */
  parts: string;
  /** Whether some value is shown as `..`. */
  suppressed: boolean;
}

/**
 * Which parts of a count of people to hide: those below `threshold` (but above 0), and when only one is, the
 * smallest other above 0 too, so that the total does not give it away.
 */
function hiddenParts(values: readonly (number | undefined)[], threshold: number): Set<number> {
  const hidden = new Set<number>();
  values.forEach((v, k) => {
    if (v !== undefined && v > 0 && v < threshold) hidden.add(k);
  });
  if (hidden.size === 1) {
    let smallest: number | undefined;
    values.forEach((v, k) => {
      if (v === undefined || v <= 0 || hidden.has(k)) return;
      if (smallest === undefined || v < (values[smallest] as number)) smallest = k;
    });
    if (smallest !== undefined) hidden.add(smallest);
  }
  return hidden;
}

/**
 * One unit's value as printed: a share as a percentage of its parts, a per cent with its sign, a count as a
 * number, `–` without one.
 */
function unitValueText(indicator: IndicatorEvaluation, part: UnitValue, ctx: ReportContext): string {
  if (isShare(indicator)) {
    const { numerator, denominator } = part;
    return numerator === undefined || denominator === undefined || denominator === 0
      ? "–"
      : percentText(numerator / denominator, ctx.lang, 1);
  }
  if (part.value === undefined) return "–";
  return isPercent(indicator) ? percentText(part.value / 100, ctx.lang, 1) : numberText(part.value, ctx.lang);
}

/**
 * The year's breakdowns by named units (district, school, age band …), in the order of {@link UNIT_BREAKDOWNS}.
 * The parts of a count of people are protected as small counts are ({@link hiddenParts}, `..`).
 */
export function unitBreakdownsOf(
  indicator: IndicatorEvaluation,
  iy: IndicatorYear,
  threshold: number,
  ctx: ReportContext,
): UnitBreakdownText[] {
  const byUnit = iy.byUnit;
  if (byUnit === undefined) return [];
  return UNIT_BREAKDOWNS.flatMap((breakdown) => {
    const parts = byUnit[breakdown];
    if (parts === undefined || parts.length === 0) return [];
    const hidden = indicator.countsPeople
      ? hiddenParts(
          parts.map((p) => p.value),
          threshold,
        )
      : new Set<number>();
    const texts = parts.map((part, k) => `${part.unit} ${hidden.has(k) ? ".." : unitValueText(indicator, part, ctx)}`);
    const title = ctx.labels.byUnit(BREAKDOWN_NAMES[ctx.lang][breakdown], indicator.id, iy.year);
    return [{ breakdown, title, parts: texts.join(", "), suppressed: hidden.size > 0 }];
  });
}

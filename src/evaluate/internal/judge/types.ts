import type { Baseline, Measure, Target } from "../../../model/measure.js";
import type { Observation } from "../../../model/observation.js";
import type { Status, StatusReason } from "../../types.js";

/** A judge's verdict on one year: the status, why, and the numbers behind it. */
export interface Judged {
  status: Status;
  reason: StatusReason;
  /** Whether a value was due this year. */
  expected: boolean;
  value?: number;
  progress?: number;
  target?: number;
}

/** One year of one indicator, as a judge sees it. */
export interface YearInput {
  year: number;
  /** Every observation of the year, with or without a value. */
  observations: readonly Observation[];
  /** Those of them that carry a value. */
  valued: readonly Observation[];
  /** The year's number, for a measure whose values are numbers; absent when none was reported. */
  number?: number;
}

/** What an indicator's earlier years leave for the next: judges read it, {@link carry} makes the next one. */
export interface Carried {
  /** The sum of the earlier years' numbers, for a measure whose values add up. */
  sumBefore: number;
  /** The latest earlier number and its year, for the change from the previous year with a value. */
  previous?: { value: number; year: number };
  /** The first earlier year in which it was done (a milestone). */
  firstDone?: number;
  /** The latest earlier year in which it was done (a cycle's event). */
  lastDone?: number;
  /** The latest earlier year in which anything was reported. */
  lastReported?: number;
}

/** What a judge knows of the indicator and the plan: the same in every year. */
export interface IndicatorRules<M extends Measure = Measure> {
  measure: M;
  target?: Target;
  baseline?: Baseline;
  /** Every year of the plan period, in order. */
  planYears: readonly number[];
  /** The last day of the plan period, `YYYY-MM-DD`. */
  planEnd: string;
  partlyMetRatio: number;
}

/** Judges one ended year of an indicator whose measure is `M`, from that year and what earlier years carried. */
export type Judge<M extends Measure> = (year: YearInput, rules: IndicatorRules<M>, carried: Carried) => Judged;

/** A judge for every measure type: adding a type to {@link Measure} without one does not compile. */
export type Judges = { [T in Measure["type"]]: Judge<Extract<Measure, { type: T }>> };

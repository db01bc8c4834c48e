import type { IndicatorRules, YearInput } from "../../../../src/evaluate/internal/judge/types.js";
import { hasValue } from "../../../../src/evaluate/internal/observed.js";
import type { Measure, Observation } from "../../../../src/index.js";

/** The rules of an indicator in a plan for 2017–2021 with the default partly-met ratio 0.5. */
export function rulesFor<M extends Measure>(measure: M, extra: Partial<IndicatorRules<M>> = {}): IndicatorRules<M> {
  return { measure, planYears: [2017, 2018, 2019, 2020, 2021], planEnd: "2021-12-31", partlyMetRatio: 0.5, ...extra };
}

/** A year of indicator "F.1-1" with these observations (and this number, for a numeric measure). */
export function yearWith(year: number, fields: Partial<Observation>[] = [], number?: number): YearInput {
  const observations = fields.map((f): Observation => ({ indicator: "F.1-1", year, ...f }));
  const input: YearInput = { year, observations, valued: observations.filter(hasValue) };
  if (number !== undefined) input.number = number;
  return input;
}

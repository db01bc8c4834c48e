// Types of scripts/bench/sweden.mjs, for the tests that import it (the scripts themselves are plain JavaScript):
// the library's own types.

import type { Activity, Indicator, ObservationSet, Plan } from "../../src/index.js";
import type { County, Municipality } from "../../src/reference/index.js";

export const YEARS: readonly number[];
export function random(seed: number): () => number;
export interface SwedenOptions {
  /** The plan whose activities and texts every plan is made of (the Kronoberg plan). */
  template: Plan;
  counties: readonly County[];
  municipalities: readonly Municipality[];
  /** The share of the 311 plans kept, in (0, 1]; 1 by default. */
  scale?: number;
  seed?: number;
}
export function swedenPlans(options: SwedenOptions): Plan[];
export function swedenObservations(plan: Plan, options: { municipalities: readonly Municipality[]; seed?: number }): ObservationSet;
export function swedenCsv(set: ObservationSet): string;
export function indicatorsOf(plan: Plan): Indicator[];
export function activitiesOf(plan: Plan): Activity[];

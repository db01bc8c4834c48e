import * as z from "zod/mini";
import { type CalendarDate, CalendarDateSchema, TextSchema } from "./common.js";
import { looseObject } from "./internal/loose-object.js";

/**
 * How the values of an indicator over several years combine (*aggregering*): `"sum"` for per-year counts that
 * add up ("Antal genomförda träffar/år"), `"latest"` for a cumulative value or a state that stands as the most
 * recent value ("Antal kommuner där …", "Antal skolor som har rökfria skolgårdar"). Roll-ups and trends never
 * sum a `"latest"` value.
 *
 * @example
 * ```ts
 * const aggregation: Aggregation = "latest"; // "Antal kommuner där …"
 * ```
 */
export type Aggregation = "sum" | "latest";

/**
 * All {@link Aggregation} values.
 *
 * @example
 * ```ts
 * AGGREGATIONS.includes("sum"); // true
 * ```
 */
export const AGGREGATIONS = ["sum", "latest"] as const satisfies readonly Aggregation[];

/**
 * A count (*antal*): "Antal deltagare vid utbildning", "Antal anmälda brott". Observations carry `value`.
 *
 * @example
 * ```ts
 * const m: CountMeasure = { type: "count", aggregation: "sum", higherIsBetter: true, countsPeople: true };
 * ```
 */
export interface CountMeasure {
  /** `count`: a number of events or people (*antal*). */
  type: "count";
  /** Whether yearly values add up (`"sum"`) or the latest stands (`"latest"`). */
  aggregation: Aggregation;
  /** `true` when more is better, `false` when less is; absent when the plan does not judge (e.g. reported crimes). */
  higherIsBetter?: boolean;
  /** `true` when the count is of people (*personer*, *deltagare*), which should be broken down by sex. */
  countsPeople?: boolean;
  /** What is counted, in words (*träffar*, *deltagare*). */
  unit?: string;
}

/**
 * A share (*andel*) kept as numerator and denominator, so that shares of municipalities or years aggregate
 * correctly (sum the parts, then divide). Observations carry `numerator` and `denominator`.
 *
 * @example
 * ```ts
 * const m: ShareMeasure = { type: "share", higherIsBetter: true };
 * ```
 */
export interface ShareMeasure {
  /** `share`: a part of a whole (*andel*). */
  type: "share";
  /** `true` when a larger share is better, `false` when a smaller is; absent when the plan does not judge. */
  higherIsBetter?: boolean;
  /** What the numerator counts. */
  numerator?: string;
  /** What the denominator counts. */
  denominator?: string;
}

/**
 * A per cent (*procent*) published only as a percentage, 0–100, with no numerator or denominator to sum: a
 * survey's prevalence ("Andel elever i åk 9 som röker, %"), a Kolada KPI. A state: the latest value of a year
 * stands, and years never sum. Observations carry `value` in per cent (8 for 8 %); a breakdown by sex gives the
 * per cent of each sex's own group (*kvinnor 3 %, män 12 %*), never parts of the total. A target is in per
 * cent too (`value: 20` for 20 %), unlike a share's fraction.
 *
 * @example
 * ```ts
 * const m: PercentMeasure = { type: "percent", higherIsBetter: false, of: "elever i åk 9" };
 * ```
 */
export interface PercentMeasure {
  /** `percent`: a percentage, 0–100 (*procent*). */
  type: "percent";
  /** `true` when a larger per cent is better, `false` when a smaller is; absent when the plan does not judge. */
  higherIsBetter?: boolean;
  /** Of whom or what the per cent is, in words (*elever i åk 9*, *invånare 16–84 år*). */
  of?: string;
}

/**
 * A milestone, done or not, possibly by a date (*genomförd*, *är beslutad*, *finns*): "Framtagen
 * arbetsordning … är beslutad" under 2017. Observations carry `done` (and `doneOn`).
 *
 * @example
 * ```ts
 * const m: MilestoneMeasure = { type: "milestone", deadline: "2017-12-31" };
 * ```
 */
export interface MilestoneMeasure {
  /** `milestone`: done or not (*genomförd*, *framtagen*). */
  type: "milestone";
  /** The date by which it is to be done; absent when the text gives none (then it is due by the plan's end). */
  deadline?: CalendarDate;
}

/**
 * What a coverage is of (*täckning av*): the county's municipalities, or a set the plan declares with its own
 * total: schools (*skolor*), shops selling tobacco or alcohol (*butiker*), licensed premises (*serveringsställen*)
 * or other units (*enheter*).
 *
 * @example
 * ```ts
 * const of: CoverageSet = "licensed_premises";
 * ```
 */
export type CoverageSet = "county_municipalities" | "schools" | "retailers" | "licensed_premises" | "units";

/**
 * All {@link CoverageSet} values.
 *
 * @example
 * ```ts
 * COVERAGE_SETS.includes("schools"); // true
 * ```
 */
export const COVERAGE_SETS = [
  "county_municipalities",
  "schools",
  "retailers",
  "licensed_premises",
  "units",
] as const satisfies readonly CoverageSet[];

/**
 * Coverage of a set (*täckning*): how many of the county's municipalities (*antal kommuner där …*, *länets 8
 * kommuner*), or of a declared set of schools, shops, licensed premises or units (*12 av 20 skolor*), the
 * activity has reached. A state, so the latest value stands; more is better. Observations carry `value` (how
 * many are covered) and may list municipalities in `byMunicipality`. A set other than the county's municipalities
 * needs its size: `total`, or the named `members` (validation tells when neither is given).
 *
 * @example
 * ```ts
 * const m: CoverageMeasure = { type: "coverage", of: "county_municipalities" };
 * const schools: CoverageMeasure = { type: "coverage", of: "schools", total: 20 };
 * ```
 */
export interface CoverageMeasure {
  /** `coverage`: how many of a set are reached (*antal kommuner som …*). */
  type: "coverage";
  /** What is covered: the municipalities of the plan's county, or a declared set. */
  of: CoverageSet;
  /**
   * How many there are; absent to take the number of `members`, or for the county's municipalities from the
   * reference data for the plan's county.
   */
  total?: number;
  /** The members of the set by name (*Norrskolan*, *Söderskolan*), where the plan lists them. */
  members?: string[];
}

/**
 * The year a recurring schedule counts in (*per år*, *varje läsår*): the calendar year, or the school year
 * (*läsår*, August to June).
 *
 * @example
 * ```ts
 * const per: SchedulePer = "school_year";
 * ```
 */
export type SchedulePer = "year" | "school_year";

/**
 * All {@link SchedulePer} values.
 *
 * @example
 * ```ts
 * SCHEDULE_PERS.length; // 2
 * ```
 */
export const SCHEDULE_PERS = ["year", "school_year"] as const satisfies readonly SchedulePer[];

/**
 * A recurring event with a number of times per year (*10 gånger per år*, *två gånger per år*): each year's
 * count is compared with `timesPerYear`. Per-year counts, so they add up; more is better.
 *
 * @example
 * ```ts
 * const m: FrequencyMeasure = { type: "frequency", timesPerYear: 10 };
 * ```
 */
export interface FrequencyMeasure {
  /** `frequency`: how many times a year something is done (*gånger per år*). */
  type: "frequency";
  /** How many times a year (or school year) it is to happen. */
  timesPerYear: number;
  /**
   * What "a year" is: the calendar year (the default), or the school year (*läsår*, August to June), counted
   * in the calendar year in which it ends (*läsåret 2018/19* is 2019's value).
   */
  per?: SchedulePer;
}

/**
 * Something done once every few years (*vartannat år*, *årligen*): in each cycle it is done or not. A cycle
 * of 1 is a yearly milestone ("Årlig enkätundersökning … genomförd"). Observations carry `done`, or a
 * `value` above zero.
 *
 * @example
 * ```ts
 * const m: CycleMeasure = { type: "cycle", everyYears: 2, firstYear: 2017 };
 * ```
 */
export interface CycleMeasure {
  /** `cycle`: done once in every cycle of years (*årligen*, *vartannat år*). */
  type: "cycle";
  /** Length of the cycle in years (2 for *vartannat år*). */
  everyYears: number;
  /** First year of the first cycle; absent for the first year of the plan period. */
  firstYear?: number;
}

/**
 * A written account (*redovisning*, *sammanställning*, *följa*): no number, the follow-up is text.
 * Observations carry `text`.
 *
 * @example
 * ```ts
 * const m: QualitativeMeasure = { type: "qualitative" };
 * ```
 */
export interface QualitativeMeasure {
  /** `qualitative`: a written account, no number (*redovisning*). */
  type: "qualitative";
}

/**
 * What kind of value an indicator is (*mått*), discriminated on `type`: a count, a share, a per cent, a milestone,
 * coverage of the county's municipalities, a frequency, a multi-year cycle or a written account.
 *
 * @example
 * ```ts
 * const measure: Measure = { type: "frequency", timesPerYear: 10 };
 * ```
 */
export type Measure =
  | CountMeasure
  | ShareMeasure
  | PercentMeasure
  | MilestoneMeasure
  | CoverageMeasure
  | FrequencyMeasure
  | CycleMeasure
  | QualitativeMeasure;

/**
 * The `type` of every {@link Measure}.
 *
 * @example
 * ```ts
 * const type: MeasureType = "cycle";
 * ```
 */
export type MeasureType = Measure["type"];

/**
 * All {@link MeasureType} values.
 *
 * @example
 * ```ts
 * MEASURE_TYPES.length; // 8
 * ```
 */
export const MEASURE_TYPES = [
  "count",
  "share",
  "percent",
  "milestone",
  "coverage",
  "frequency",
  "cycle",
  "qualitative",
] as const satisfies readonly MeasureType[];

const Positive = z.number().check(z.int(), z.positive());

export const countMeasureShape = {
  type: z.literal("count"),
  aggregation: z.enum(AGGREGATIONS),
  higherIsBetter: z.optional(z.boolean()),
  countsPeople: z.optional(z.boolean()),
  unit: z.optional(TextSchema),
};
export const shareMeasureShape = {
  type: z.literal("share"),
  higherIsBetter: z.optional(z.boolean()),
  numerator: z.optional(TextSchema),
  denominator: z.optional(TextSchema),
};
export const percentMeasureShape = {
  type: z.literal("percent"),
  higherIsBetter: z.optional(z.boolean()),
  of: z.optional(TextSchema),
};
export const milestoneMeasureShape = { type: z.literal("milestone"), deadline: z.optional(CalendarDateSchema) };
export const coverageMeasureShape = {
  type: z.literal("coverage"),
  of: z.enum(COVERAGE_SETS),
  total: z.optional(Positive),
  members: z.optional(z.array(TextSchema).check(z.minLength(1))),
};
export const frequencyMeasureShape = {
  type: z.literal("frequency"),
  timesPerYear: Positive,
  per: z.optional(z.enum(SCHEDULE_PERS)),
};
export const cycleMeasureShape = {
  type: z.literal("cycle"),
  everyYears: Positive,
  firstYear: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2200))),
};
export const qualitativeMeasureShape = { type: z.literal("qualitative") };

/** Zod schema of {@link Measure}. */
export const MeasureSchema: z.ZodMiniType<Measure> = z.discriminatedUnion("type", [
  looseObject(countMeasureShape),
  looseObject(shareMeasureShape),
  looseObject(percentMeasureShape),
  looseObject(milestoneMeasureShape),
  looseObject(coverageMeasureShape),
  looseObject(frequencyMeasureShape),
  looseObject(cycleMeasureShape),
  looseObject(qualitativeMeasureShape),
]);

/**
 * A target value for one year (*årsmål*).
 *
 * @example
 * ```ts
 * const t: YearTarget = { year: 2018, value: 4 };
 * ```
 */
export interface YearTarget {
  /** The year the value is to be reached. */
  year: number;
  /** The value to reach that year (a share as a fraction, 0–1; a per cent in per cent, 0–100). */
  value: number;
}

export const yearTargetShape = { year: z.number().check(z.int(), z.gte(1900), z.lte(2200)), value: z.number().check(z.gte(0)) };

/** Zod schema of {@link YearTarget}. */
export const YearTargetSchema: z.ZodMiniType<YearTarget> = looseObject(yearTargetShape);

/**
 * An indicator's target (*mål*, *målvärde*), typed only where the plan's text states one.
 * `per: "year"` means `value` is to be reached every year (10 meetings a year); `per: "period"` means by the
 * end of the plan period or `deadline` (all 8 municipalities visited). `yearly` gives year-by-year targets;
 * for a measure whose values add up, they must add up to a period `value` (checked by validation).
 *
 * @example
 * ```ts
 * const t: Target = { per: "year", value: 10, text: "10 gånger per år" };
 * ```
 */
export interface Target {
  /** Whether `value` is for each year or for the whole period. */
  per: "year" | "period";
  /**
   * The value to reach (a share as a fraction, 0–1; a per cent in per cent, 0–100); absent for a milestone, whose
   * target is being done.
   */
  value?: number;
  /** Date by which the target is to be reached; absent for the end of the plan period. */
  deadline?: CalendarDate;
  /** Targets for single years. */
  yearly?: YearTarget[];
  /** The words of the source that state the target. */
  text?: string;
}

export const targetShape = {
  per: z.enum(["year", "period"]),
  value: z.optional(z.number().check(z.gte(0))),
  deadline: z.optional(CalendarDateSchema),
  yearly: z.optional(z.array(YearTargetSchema)),
  text: z.optional(TextSchema),
};

/** Zod schema of {@link Target}. */
export const TargetSchema: z.ZodMiniType<Target> = looseObject(targetShape);

/**
 * An indicator's baseline (*baslinje*, *utgångsläge*): the value, or the account, that progress is measured
 * from. 2.3's baseline is the 2015 mapping of parental support, which has no number: `value` is optional.
 *
 * @example
 * ```ts
 * const b: Baseline = { year: 2015, text: "Kartläggning av länets föräldraskapsstöd (ID 2015)" };
 * ```
 */
export interface Baseline {
  /** The year the baseline describes. */
  year: number;
  /** The baseline value, where there is one (a share as a fraction, 0–1; a per cent in per cent, 0–100). */
  value?: number;
  /** The baseline in words, or where it comes from. */
  text?: string;
}

export const baselineShape = {
  year: z.number().check(z.int(), z.gte(1900), z.lte(2200)),
  value: z.optional(z.number().check(z.gte(0))),
  text: z.optional(TextSchema),
};

/** Zod schema of {@link Baseline}. */
export const BaselineSchema: z.ZodMiniType<Baseline> = looseObject(baselineShape);

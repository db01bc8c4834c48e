import * as z from "zod/mini";
import { annotationShape, type Extensions, type TextCorrection, TextSchema } from "./common.js";
import { looseObject } from "./internal/loose-object.js";
import { type Baseline, BaselineSchema, type Measure, MeasureSchema, type Target, TargetSchema } from "./measure.js";

/**
 * A dimension by which an indicator's values are broken down (*uppdelning*): by sex (*kön*: kvinnor och män,
 * flickor och pojkar), age (*ålder*, *åldersgrupp*), municipality (*kommun*), target group (*målgrupp*),
 * organisation, district (*stadsdel*), school (*skola*) or unit (*enhet*, e.g. a fritidsgård or a clinic).
 *
 * @example
 * ```ts
 * const breakdowns: Breakdown[] = ["sex", "school"];
 * ```
 */
export type Breakdown = "sex" | "age" | "municipality" | "target_group" | "organisation" | "district" | "school" | "unit";

/**
 * All {@link Breakdown} values.
 *
 * @example
 * ```ts
 * BREAKDOWNS.includes("district"); // true
 * ```
 */
export const BREAKDOWNS = [
  "sex",
  "age",
  "municipality",
  "target_group",
  "organisation",
  "district",
  "school",
  "unit",
] as const satisfies readonly Breakdown[];

/**
 * A breakdown whose parts are named units (*enheter*): an age band (`"13–15 år"`), a district, a school, a unit, a
 * target group or an organisation. Sex has its cells (`bySex`) and municipality its codes (`byMunicipality`).
 *
 * @example
 * ```ts
 * const breakdown: UnitBreakdown = "district";
 * ```
 */
export type UnitBreakdown = Exclude<Breakdown, "sex" | "municipality">;

/**
 * All {@link UnitBreakdown} values.
 *
 * @example
 * ```ts
 * UNIT_BREAKDOWNS.includes("sex" as UnitBreakdown); // false
 * ```
 */
export const UNIT_BREAKDOWNS = [
  "age",
  "target_group",
  "organisation",
  "district",
  "school",
  "unit",
] as const satisfies readonly UnitBreakdown[];

/**
 * The named units an indicator's values are broken down into (*redovisas per*), by breakdown: the age bands, the
 * districts, the schools. A breakdown listed here must also be in `breakdowns`; one not listed takes any unit.
 *
 * @example
 * ```ts
 * const units: BreakdownUnits = { district: ["Centrum", "Norr", "Söder"], age: ["13–15 år", "16–18 år"] };
 * ```
 */
export interface BreakdownUnits {
  /** The age bands (*åldersgrupper*), as the plan names them ("13–15 år"). */
  age?: string[];
  /** The target groups (*målgrupper*). */
  target_group?: string[];
  /** The organisations (*organisationer*) reported on one by one. */
  organisation?: string[];
  /** The districts (*stadsdelar*). */
  district?: string[];
  /** The schools (*skolor*). */
  school?: string[];
  /** Other units (*enheter*): workplaces, licensed premises, shops. */
  unit?: string[];
}

const unitListSchema = z.optional(z.array(TextSchema).check(z.minLength(1)));

export const breakdownUnitsShape = {
  age: unitListSchema,
  target_group: unitListSchema,
  organisation: unitListSchema,
  district: unitListSchema,
  school: unitListSchema,
  unit: unitListSchema,
};

/** Zod schema of {@link BreakdownUnits}. */
export const BreakdownUnitsSchema: z.ZodMiniType<BreakdownUnits> = looseObject(breakdownUnitsShape);

/**
 * A follow-up indicator of an activity (*uppföljningsindikator*): one of the measures an activity's
 * *uppföljning* cell names, such as "Antal deltagare vid utbildning".
 *
 * @example
 * ```ts
 * const indicator: Indicator = { kind: "indicator", id: "3.9-1", text: "Antal deltagare vid utbildning.", breakdowns: ["sex"] };
 * const meetings: Indicator = {
 *   kind: "indicator", id: "F.2-1", text: "Antal genomförda träffar/år.",
 *   measure: { type: "frequency", timesPerYear: 10 },
 *   target: { per: "year", value: 10, text: "10 gånger per år" },
 * };
 * ```
 */
export interface Indicator {
  /** Always `"indicator"` (*indikator*). */
  kind: "indicator";
  /** Id, unique in the plan; by convention the activity code, a hyphen and a running number (`"3.9-1"`). */
  id: string;
  /** The indicator's wording as printed. */
  text: string;
  /** The dimensions by which values are to be reported. */
  breakdowns?: Breakdown[];
  /** The named units of those dimensions (*redovisas per stadsdel: Centrum, Norr, Söder*), where the plan lists them. */
  breakdownUnits?: BreakdownUnits;
  /** What kind of value it is; absent where the plan's wording has not been typed yet (it is then only reported). */
  measure?: Measure;
  /** The target, only where the plan states one. */
  target?: Target;
  /** The baseline that progress is measured from, where the plan names one. */
  baseline?: Baseline;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

/** Pattern of indicator ids: letters, digits, `.`, `-` and `_`. */
export const INDICATOR_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const indicatorShape = {
  kind: z.literal("indicator"),
  id: z.string().check(z.regex(INDICATOR_ID, { error: "invalid_id" })),
  text: TextSchema,
  breakdowns: z.optional(z.array(z.enum(BREAKDOWNS))),
  breakdownUnits: z.optional(BreakdownUnitsSchema),
  measure: z.optional(MeasureSchema),
  target: z.optional(TargetSchema),
  baseline: z.optional(BaselineSchema),
  ...annotationShape,
};

/** Zod schema of {@link Indicator}. */
export const IndicatorSchema: z.ZodMiniType<Indicator> = looseObject(indicatorShape);

/**
 * How an activity is followed up every year (*uppföljning*): the cell as printed and the indicators it is split into.
 *
 * @example
 * ```ts
 * const followUp: FollowUp = {
 *   text: "Antal genomförda träffar/år.",
 *   indicators: [{ kind: "indicator", id: "F.2-1", text: "Antal genomförda träffar/år." }],
 * };
 * ```
 */
export interface FollowUp {
  /** The *uppföljning* cell exactly as printed. */
  text: string;
  /** The indicators (*indikatorer*) the cell names, one per measure, in the order printed. */
  indicators: Indicator[];
}

export const followUpShape = { text: TextSchema, indicators: z.array(IndicatorSchema) };

/** Zod schema of {@link FollowUp}. */
export const FollowUpSchema: z.ZodMiniType<FollowUp> = looseObject(followUpShape);

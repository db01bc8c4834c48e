import * as z from "zod/mini";
import type { AgeGroup, CellValue } from "../gender/types.js";
import {
  annotationShape,
  type CalendarDate,
  CalendarDateSchema,
  type Extensions,
  type Period,
  PeriodSchema,
  TextSchema,
} from "./common.js";
import { looseObject } from "./internal/loose-object.js";

/**
 * The values of an observation broken down by sex, or by sex and age (*könsuppdelning*), as cells of the
 * gender toolkit (`andt-plan/gender`). A suppressed cell (`..`) keeps its place but has no value.
 *
 * @example
 * ```ts
 * const bySex: SexBreakdown = { cells: [{ sex: "female", value: 14 }, { sex: "male", value: 9 }] };
 * ```
 */
export interface SexBreakdown {
  /** The cells: all by sex only, or all by sex and age band. */
  cells: CellValue[];
  /** The age bands the cells' `age` refer to; absent for the toolkit's default (children 0–17, adults 18+). */
  ageGroups?: AgeGroup[];
}

const SexSchema = z.enum(["female", "male", "other", "unknown"]);
const cellSchema = z.union([
  looseObject({ sex: SexSchema, age: z.optional(TextSchema), value: z.number().check(z.gte(0)) }),
  looseObject({ sex: SexSchema, age: z.optional(TextSchema), suppressed: z.literal(true) }),
]) as z.ZodMiniType<CellValue>;
const ageGroupSchema = looseObject({
  id: TextSchema,
  from: z.number().check(z.int(), z.gte(0)),
  to: z.optional(z.number().check(z.int(), z.gte(0))),
}) as z.ZodMiniType<AgeGroup>;

export const sexBreakdownShape = { cells: z.array(cellSchema).check(z.minLength(1)), ageGroups: z.optional(z.array(ageGroupSchema)) };

/** Zod schema of {@link SexBreakdown}. */
export const SexBreakdownSchema: z.ZodMiniType<SexBreakdown> = looseObject(sexBreakdownShape);

/**
 * One municipality's part of an observation (*per kommun*).
 *
 * @example
 * ```ts
 * const part: MunicipalityValue = { municipality: "0780", value: 3 };
 * ```
 */
export interface MunicipalityValue {
  /** Four-digit municipality code (*kommunkod*), `"0780"` for Växjö. */
  municipality: string;
  /** The municipality's count; absent when only the fact that it is covered is known. */
  value?: number;
  /** Numerator of the municipality's share. */
  numerator?: number;
  /** Denominator of the municipality's share. */
  denominator?: number;
}

export const municipalityValueShape = {
  municipality: z.string().check(z.regex(/^\d{4}$/, { error: "invalid_municipality_code" })),
  value: z.optional(z.number().check(z.gte(0))),
  numerator: z.optional(z.number().check(z.gte(0))),
  denominator: z.optional(z.number().check(z.gte(0))),
};

/** Zod schema of {@link MunicipalityValue}. */
export const MunicipalityValueSchema: z.ZodMiniType<MunicipalityValue> = looseObject(municipalityValueShape);

/**
 * One unit's part of an observation (*per stadsdel*, *per skola*, *per åldersgrupp*): the unit as the indicator's
 * `breakdownUnits` names it, and its value.
 *
 * @example
 * ```ts
 * const part: UnitValue = { unit: "Norrskolan", value: 12 };
 * ```
 */
export interface UnitValue {
  /** The unit's name (*enhet*): a district, a school, an age band. */
  unit: string;
  /** The unit's count; absent when only the fact that it is covered is known. */
  value?: number;
  /** Numerator of the unit's share. */
  numerator?: number;
  /** Denominator of the unit's share. */
  denominator?: number;
}

export const unitValueShape = {
  unit: TextSchema,
  value: z.optional(z.number().check(z.gte(0))),
  numerator: z.optional(z.number().check(z.gte(0))),
  denominator: z.optional(z.number().check(z.gte(0))),
};

/** Zod schema of {@link UnitValue}. */
export const UnitValueSchema: z.ZodMiniType<UnitValue> = looseObject(unitValueShape);

/**
 * The parts of an observation by named units, keyed by breakdown (*uppdelning*): `{ "district": [...] }`.
 *
 * @example
 * ```ts
 * const byUnit: UnitBreakdownValues = { district: [{ unit: "Centrum", value: 4 }, { unit: "Norr", value: 7 }] };
 * ```
 */
export interface UnitBreakdownValues {
  /** The values by age band (*åldersgrupp*). */
  age?: UnitValue[];
  /** The values by target group (*målgrupp*). */
  target_group?: UnitValue[];
  /** The values by organisation (*organisation*). */
  organisation?: UnitValue[];
  /** The values by district (*stadsdel*). */
  district?: UnitValue[];
  /** The values by school (*skola*). */
  school?: UnitValue[];
  /** The values by other unit (*enhet*). */
  unit?: UnitValue[];
}

const unitValuesSchema = z.optional(z.array(UnitValueSchema).check(z.minLength(1)));

export const unitBreakdownValuesShape = {
  age: unitValuesSchema,
  target_group: unitValuesSchema,
  organisation: unitValuesSchema,
  district: unitValuesSchema,
  school: unitValuesSchema,
  unit: unitValuesSchema,
};

/** Zod schema of {@link UnitBreakdownValues}. */
export const UnitBreakdownValuesSchema: z.ZodMiniType<UnitBreakdownValues> = looseObject(unitBreakdownValuesShape);

/**
 * One recorded follow-up value (*uppföljningsvärde*, *utfall*) of an indicator for a year, or for a date range
 * within or across years. Which value field is used depends on the indicator's measure: `value` for counts,
 * frequencies and coverage, `numerator`/`denominator` for shares, `done` for milestones and cycles, `text` for
 * a written account. An observation with none of them records that the value is missing (*uppgift saknas*),
 * which is not the same as `value: 0`.
 *
 * @example
 * ```ts
 * const o: Observation = {
 *   indicator: "3.9-1", year: 2018, value: 23,
 *   bySex: { cells: [{ sex: "female", value: 14 }, { sex: "male", value: 9 }] },
 *   source: "Deltagarlistor", comment: "Två utbildningstillfällen",
 * };
 * ```
 */
export interface Observation {
  /** Id of the indicator in the plan. */
  indicator: string;
  /** Code of the activity, when given; it must be the indicator's own activity. */
  activity?: string;
  /** The calendar year the value is for. */
  year: number;
  /** The dates the value covers, when narrower or wider than the calendar year. */
  period?: Period;
  /** Count, number of times, number of municipalities, or a per cent in per cent (8 for 8 %, 0–100). */
  value?: number;
  /** Numerator of a share. */
  numerator?: number;
  /** Denominator of a share. */
  denominator?: number;
  /** Whether a milestone or a cycle's event is done. */
  done?: boolean;
  /** When it was done. */
  doneOn?: CalendarDate;
  /** The written account of a qualitative indicator. */
  text?: string;
  /** Breakdown by sex (and age); its total, when the cells are counts, must not exceed `value`. */
  bySex?: SexBreakdown;
  /** Breakdown by municipality. */
  byMunicipality?: MunicipalityValue[];
  /** Breakdowns by named units (district, school, age band …), each declared on the indicator. */
  byUnit?: UnitBreakdownValues;
  /** Where the value comes from (*källa*). */
  source?: string;
  /** A note on this single value (*kommentar*). */
  comment?: string;
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

/**
 * The years an observation can be for, the bounds of its `year`: the messages that refuse a year name them.
 *
 * @example
 * ```ts
 * OBSERVATION_YEARS.max; // 2200
 * ```
 */
export const OBSERVATION_YEARS = { min: 1900, max: 2200 } as const;

export const observationShape = {
  indicator: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "invalid_id" })),
  activity: z.optional(TextSchema),
  year: z.number().check(z.int(), z.gte(OBSERVATION_YEARS.min), z.lte(OBSERVATION_YEARS.max)),
  period: z.optional(PeriodSchema),
  value: z.optional(z.number().check(z.gte(0))),
  numerator: z.optional(z.number().check(z.gte(0))),
  denominator: z.optional(z.number().check(z.gte(0))),
  done: z.optional(z.boolean()),
  doneOn: z.optional(CalendarDateSchema),
  text: z.optional(TextSchema),
  bySex: z.optional(SexBreakdownSchema),
  byMunicipality: z.optional(z.array(MunicipalityValueSchema)),
  byUnit: z.optional(UnitBreakdownValuesSchema),
  source: z.optional(TextSchema),
  comment: z.optional(TextSchema),
  extensions: annotationShape.extensions,
};

/** Zod schema of {@link Observation}. */
export const ObservationSchema: z.ZodMiniType<Observation> = looseObject(observationShape);

/**
 * Version of the observation file format that this library writes.
 *
 * @example
 * ```ts
 * const set: ObservationSet = { kind: "observation_set", formatVersion: OBSERVATIONS_FORMAT_VERSION, plan: "x", observations: [] };
 * ```
 */
export const OBSERVATIONS_FORMAT_VERSION = 1;

/**
 * An observation file (*uppföljningsdata*): the values recorded for one plan's indicators.
 *
 * @example
 * ```ts
 * const set: ObservationSet = {
 *   kind: "observation_set", formatVersion: 1, plan: "kronoberg-2017-2021",
 *   observations: [{ indicator: "F.2-1", year: 2017, value: 9 }],
 * };
 * ```
 */
export interface ObservationSet {
  /**
   * What the data is and where it comes from. It comes first in a written file, so a reader sees it before
   * any number; invented example data says so here.
   */
  note?: string;
  /** Where the JSON Schema of the file is; kept, never interpreted. */
  $schema?: string;
  /** Always `"observation_set"`: marks the file as an observation file. */
  kind: "observation_set";
  /** Version of the file format (1). */
  formatVersion: 1;
  /** Id of the plan the values follow up. */
  plan: string;
  /** A title for people. */
  title?: string;
  /** The recorded values (*utfall*), one per indicator and year or period. */
  observations: Observation[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const observationSetShape = {
  note: z.optional(TextSchema),
  $schema: z.optional(z.string()),
  kind: z.literal("observation_set"),
  formatVersion: z.literal(OBSERVATIONS_FORMAT_VERSION),
  plan: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "invalid_id" })),
  title: z.optional(TextSchema),
  observations: z.array(ObservationSchema),
  extensions: annotationShape.extensions,
};

/** Zod schema of {@link ObservationSet}. */
export const ObservationSetSchema: z.ZodMiniType<ObservationSet> = looseObject(observationSetShape);

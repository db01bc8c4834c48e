import type { Lang } from "../core/lang.js";

export type { Lang };

/**
 * Sex (*kön*) of a cell. `"female"` and `"male"` are what Swedish official statistics break down by;
 * `"other"` (*annat kön*) and `"unknown"` (*okänt kön*) leave room for sources that report them.
 *
 * @example
 * ```ts
 * const sex: Sex = "female";
 * ```
 */
export type Sex = "female" | "male" | "other" | "unknown";

/**
 * An age band (*åldersgrupp*) in whole years, inclusive at both ends; open-ended (`65+`) when `to` is absent.
 *
 * @example
 * ```ts
 * const band: AgeGroup = { id: "16-29", from: 16, to: 29 };
 * const old: AgeGroup = { id: "65+", from: 65 };
 * ```
 */
export interface AgeGroup {
  /** Identifier that cells refer to in their `age`. */
  id: string;
  /** First year of age in the band. */
  from: number;
  /** Last year of age in the band (inclusive); absent for an open-ended band. */
  to?: number;
}

/**
 * A position in the table: a sex, and optionally an age band (by id). Without `age` the cell covers all ages.
 *
 * @example
 * ```ts
 * const girls: Cell = { sex: "female", age: "children" };
 * const women: Cell = { sex: "female" };
 * ```
 */
export interface Cell {
  /** Sex of the cell. */
  sex: Sex;
  /** Id of an age band of the value's scheme; absent means all ages. */
  age?: string;
}

/**
 * A cell with a published value.
 *
 * @example
 * ```ts
 * const cell: PublishedCell = { sex: "male", value: 12 };
 * ```
 */
export interface PublishedCell extends Cell {
  /** The count, rate or percentage of the cell. */
  value: number;
}

/**
 * A cell whose value is withheld (*röjandekontrollerad*, printed as `..`). The value is gone, not zero.
 *
 * @example
 * ```ts
 * const cell: SuppressedCell = { sex: "female", suppressed: true };
 * ```
 */
export interface SuppressedCell extends Cell {
  /** Always `true`: the value is not published. */
  suppressed: true;
}

/**
 * One cell of a {@link Disaggregated} value: published or suppressed.
 *
 * @example
 * ```ts
 * const cells: CellValue[] = [{ sex: "female", value: 47 }, { sex: "male", suppressed: true }];
 * ```
 */
export type CellValue = PublishedCell | SuppressedCell;

/**
 * What the numbers of a value are: `"count"` (whole persons or events, *antal*), `"rate"` (per population,
 * e.g. per 100 000 inhabitants, *per 100 000 invånare*) or `"percent"` (a share of each cell's own group in
 * per cent, 0–100, *andel*).
 *
 * @example
 * ```ts
 * const unit: Unit = "count";
 * ```
 */
export type Unit = "count" | "rate" | "percent";

/**
 * What {@link disaggregated} takes: the unit, the cells, an optional reported total and an optional age scheme
 * (default {@link DEFAULT_AGE_GROUPS}).
 *
 * @example
 * ```ts
 * const input: DisaggregatedInput = { unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 53 }], total: 100 };
 * ```
 */
export interface DisaggregatedInput {
  /** What the numbers are. */
  unit: Unit;
  /** The cells: all without `age` (by sex only) or all with `age` (sex × age band). */
  cells: readonly CellValue[];
  /** The total as the source reports it (*totalt*), if it does. */
  total?: number;
  /** The age bands that cells refer to; default children (0–17) and adults (18+). */
  ageGroups?: readonly AgeGroup[];
}

/**
 * A value broken down by sex, or by sex and age (*könsuppdelad statistik*), validated by {@link disaggregated}.
 *
 * @example
 * ```ts
 * const v: Disaggregated = disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 53 }] });
 * ```
 */
export interface Disaggregated {
  /** Tag of the type. */
  kind: "disaggregated";
  /** What the numbers are. */
  unit: Unit;
  /** The age bands that cells refer to. */
  ageGroups: readonly AgeGroup[];
  /** The cells, in the order given. */
  cells: readonly CellValue[];
  /** The total as reported; absent when the source gave none. */
  total?: number;
}

/**
 * Options that only choose the language of error messages.
 *
 * @example
 * ```ts
 * const options: LangOptions = { lang: "en" };
 * ```
 */
export interface LangOptions {
  /** Language of the message of a thrown {@link GenderInputError}; default `"sv"`. */
  lang?: Lang;
}

/**
 * Options of the operations that compare women and men: which age band to compare in a value broken down by age.
 *
 * @example
 * ```ts
 * const options: CompareOptions = { age: "16-29", lang: "en" };
 * ```
 */
export interface CompareOptions extends LangOptions {
  /** Compare within this age band. Without it, a count broken down by age is summed over all bands. */
  age?: string;
}

/**
 * Options of the SDMX and IATI converters.
 *
 * @example
 * ```ts
 * const options: SchemeOptions = { ageGroups: [{ id: "15-24", from: 15, to: 24 }] };
 * ```
 */
export interface SchemeOptions extends LangOptions {
  /** The age bands that cells refer to; default {@link DEFAULT_AGE_GROUPS}. */
  ageGroups?: readonly AgeGroup[];
}

/**
 * The details each code of a {@link GenderInputError} carries, keyed by code: what was found, what was expected.
 *
 * @example
 * ```ts
 * const details: GenderErrorDetails["negative_count"] = { value: -1 };
 * ```
 */
export interface GenderErrorDetails {
  invalid_value: Record<string, never>;
  invalid_unit: { unit: string | number };
  invalid_cell: Record<string, never>;
  unknown_cell: { cell: string | number };
  duplicate_cell: { cell: string | number };
  mixed_cells: Record<string, never>;
  not_a_number: { value: string | number };
  negative_count: { value: string | number };
  negative_value: { value: string | number };
  non_integer_count: { value: string | number };
  count_too_large: { value: string | number };
  percent_out_of_range: { value: string | number };
  invalid_age_group: Record<string, never>;
  duplicate_age_group: { id: string | number };
  overlapping_age_groups: { first: string | number; second: string | number };
  mismatched_cells: { reason: string | number };
  not_counts: { unit: string | number };
  unknown_total: Record<string, never>;
  zero_total: Record<string, never>;
  parts_exceed_total: { parts: string | number; total: string | number };
  zero_denominator: Record<string, never>;
  zero_population: Record<string, never>;
  suppressed_cell: { cell: string | number };
  missing_cell: { cell: string | number };
  age_required: Record<string, never>;
  population_required: Record<string, never>;
  invalid_threshold: { threshold: string | number };
  invalid_tolerance: { tolerance: string | number };
  invalid_decimals: { decimals: string | number };
  invalid_protection_width: { width: string | number };
  cannot_protect: { cell: string | number; lower: number; upper: number; width: number };
  empty_input: Record<string, never>;
  invalid_row: { field: string | number };
  unknown_code: { code: string | number; dimension: string | number };
  not_a_cell: { key: string | number };
}

/**
 * Code of a {@link GenderInputError}: what was wrong with the input.
 *
 * @example
 * ```ts
 * const code: GenderErrorCode = "negative_count";
 * ```
 */
export type GenderErrorCode = keyof GenderErrorDetails;

/**
 * The details of any {@link GenderInputError}: one of {@link GenderErrorDetails}.
 *
 * @example
 * ```ts
 * const details: ErrorDetails = { value: -1 };
 * ```
 */
export type ErrorDetails = GenderErrorDetails[GenderErrorCode];

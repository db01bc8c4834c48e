import type { Lang } from "../core/lang.js";
import type { Period } from "../model/common.js";

/**
 * The details each code of a {@link ScaffoldError} carries, keyed by code: the value given and what it was
 * checked against.
 *
 * @example
 * ```ts
 * const details: ScaffoldErrorDetails["municipality_outside_county"] = {
 *   municipality: "1280", municipalityName: "Malmö", municipalityCountyCode: "12", countyCode: "07", parent: "kronoberg-2017-2021",
 * };
 * ```
 */
export interface ScaffoldErrorDetails {
  /** `countyCode` names no county (*län*) of the reference data. */
  unknown_county: { received: string };
  /** `municipalityCode` names no municipality (*kommun*) of the reference data. */
  unknown_municipality: { received: string };
  /** The municipality lies in another county than the regional plan it is to follow. */
  municipality_outside_county: {
    municipality: string;
    municipalityName: string;
    municipalityCountyCode: string;
    countyCode: string;
    parent: string;
  };
  /** The plan given as parent is itself a local plan. */
  parent_not_regional: { parent: string };
  /** `id` is not a machine identifier (lower-case letters, digits, `.`, `_`, `-`). */
  invalid_id: { received: string };
  /** `title` is blank. */
  empty_title: Record<string, never>;
  /** `period` is not two calendar dates in order. */
  invalid_period: { start: string; end: string };
}

/**
 * Options of {@link scaffoldRegionalPlan}.
 *
 * @example
 * ```ts
 * const options: ScaffoldRegionalPlanOptions = { countyCode: "12", period: { start: "2022", end: "2025" } };
 * ```
 */
export interface ScaffoldRegionalPlanOptions {
  /** SCB county code (*länskod*) of the plan's county, two digits: `"07"`. */
  countyCode: string;
  /** The plan's id; `<county>-<first year>-<last year>` (`kronoberg-2016-2020`) by default. */
  id?: string;
  /** The plan's title; `Regional handlingsplan ANDT 2016–2020` (ANDTS for a strategy with gambling) by default. */
  title?: string;
  /** The plan's period (*planperiod*); the strategy's by default. */
  period?: Period;
  /** Where editors find the plan file's JSON Schema; {@link PLAN_SCHEMA_LOCATION} by default. */
  schema?: string;
  /** Language of error messages; Swedish by default. */
  lang?: Lang;
}

/**
 * Options of {@link scaffoldLocalPlan}.
 *
 * @example
 * ```ts
 * const options: ScaffoldLocalPlanOptions = { municipalityCode: "0780" };
 * ```
 */
export interface ScaffoldLocalPlanOptions {
  /** SCB municipality code (*kommunkod*) of the plan's municipality, four digits: `"0780"`. */
  municipalityCode: string;
  /** The plan's id; `<municipality>-kommun-<first year>-<last year>` (`vaxjo-kommun-2017-2021`) by default. */
  id?: string;
  /** The plan's title; `Lokal handlingsplan för Växjö kommun 2017–2021` by default. */
  title?: string;
  /** The plan's period (*planperiod*); the regional plan's by default. */
  period?: Period;
  /** Where editors find the plan file's JSON Schema; {@link PLAN_SCHEMA_LOCATION} by default. */
  schema?: string;
  /** Language of error messages; Swedish by default. */
  lang?: Lang;
}

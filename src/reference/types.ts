import type { Lang } from "../core/lang.js";

/**
 * Options of the reference lookups that can fail ({@link getCounty}, {@link getMunicipality},
 * {@link municipalitiesOf}, {@link findCounty}, {@link findMunicipality}).
 *
 * @example
 * ```ts
 * const options: ReferenceLookupOptions = { lang: "en" };
 * getCounty("02", options); // throws ReferenceLookupError, message "No county has the code \"02\"."
 * ```
 */
export interface ReferenceLookupOptions {
  /** Language of a {@link ReferenceLookupError}'s `message`: Swedish (`sv`, the default) or English (`en`). */
  lang?: Lang;
}

/**
 * A Swedish county (*län*) with its SCB code.
 *
 * @example
 * ```ts
 * const kronoberg: County = { code: "07", name: "Kronobergs län", shortName: "Kronoberg" };
 * ```
 */
export interface County {
  /** SCB county code (*länskod*), two digits: `"07"`. */
  readonly code: string;
  /** Name of the county (*länets namn*): `"Kronobergs län"`. */
  readonly name: string;
  /** Name without "län" and its genitive: `"Kronoberg"`. */
  readonly shortName: string;
}

/**
 * A Swedish municipality (*kommun*) with its SCB code and the county (*län*) it lies in.
 *
 * @example
 * ```ts
 * const vaxjo: Municipality = { code: "0780", name: "Växjö", longName: "Växjö kommun", countyCode: "07" };
 * ```
 */
export interface Municipality {
  /** SCB municipality code (*kommunkod*), four digits starting with the county code: `"0780"`. */
  readonly code: string;
  /** Name of the municipality: `"Växjö"`. Use this (or the code) to show or store a municipality. */
  readonly name: string;
  /**
   * A long form such as `"Växjö kommun"`, for convenience only. The source made it by rule, so it is
   * sometimes not the official name: `"Kalmars kommun"` for Kalmar kommun, `"Malmö kommun"` for Malmö stad.
   */
  readonly longName: string;
  /** SCB code of the county (*län*) the municipality lies in: `"07"`. */
  readonly countyCode: string;
}

/**
 * Reference data of counties (*län*) and municipalities (*kommuner*) to check codes against: the shipped
 * {@link counties} and {@link municipalities}, or a caller's own (for a year with other boundaries).
 *
 * @example
 * ```ts
 * const reference: ReferenceData = { counties: counties(), municipalities: municipalities() };
 * ```
 */
export interface ReferenceData {
  counties: readonly County[];
  municipalities: readonly Municipality[];
}

/**
 * Why a lookup in the reference data failed:
 * - `invalid_code`: the value does not have the form of a code (two digits for a county, four for a municipality);
 * - `unknown_county` / `unknown_municipality`: the code is well formed, but no county or municipality has it;
 * - `invalid_name`: a name lookup got something that is not a string.
 *
 * @example
 * ```ts
 * const code: ReferenceLookupErrorCode = "unknown_county";
 * ```
 */
export type ReferenceLookupErrorCode = "invalid_code" | "unknown_county" | "unknown_municipality" | "invalid_name";

/**
 * Plain data about a failed lookup, for programs (the messages are for people).
 *
 * @example
 * ```ts
 * const details: ReferenceLookupErrorDetails = { value: "02", kind: "county" };
 * ```
 */
export interface ReferenceLookupErrorDetails {
  /** The value that was looked up, exactly as given. */
  readonly value: unknown;
  /** What was looked up: a county (*län*) or a municipality (*kommun*). */
  readonly kind: "county" | "municipality";
}

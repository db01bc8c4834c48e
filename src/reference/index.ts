/**
 * Swedish reference data: the 21 counties (*län*) and 290 municipalities (*kommuner*) with their SCB codes,
 * with lookups by code and by name. Generated from the public data set "Swedish Geodata" (CC0 1.0).
 *
 * @example
 * ```ts
 * import { getMunicipality, municipalitiesOf } from "andt-plan/reference";
 *
 * getMunicipality("0780").name; // "Växjö"
 * municipalitiesOf("07").length; // 8
 * ```
 *
 * @packageDocumentation
 */
export { counties } from "./counties.js";
export { ReferenceLookupError } from "./errors.js";
export type { ReferenceLookupErrorCode, ReferenceLookupErrorDetails } from "./types.js";
export { findCounty } from "./find-county.js";
export { findMunicipality } from "./find-municipality.js";
export { getCounty } from "./get-county.js";
export { getMunicipality } from "./get-municipality.js";
export { isCountyCode } from "./is-county-code.js";
export { isMunicipalityCode } from "./is-municipality-code.js";
export { municipalities } from "./municipalities.js";
export { municipalitiesOf } from "./municipalities-of.js";
export type { County, Municipality, ReferenceData, ReferenceLookupOptions } from "./types.js";
export type { Lang } from "../core/lang.js";
export { AndtPlanError } from "../core/error.js";
export { OptionError } from "../core/option-error.js";

/**
 * `andt-plan/gender`: statistics broken down by sex and age (*könsuppdelad statistik*) for the follow-up of
 * ANDT plans. Plain TypeScript, no dependencies: values, shares, gaps, sums, rates, consistency, small-number
 * protection, Kolada/SDMX/IATI converters, completeness and formatting.
 *
 * @packageDocumentation
 */

export { AndtPlanError } from "../core/error.js";
export type { Path } from "../core/issue.js";
export { OptionError } from "../core/option-error.js";
export { DEFAULT_AGE_GROUPS } from "./age-groups.js";
export type { Completeness, CompletenessOptions } from "./completeness.js";
export { breakdownCompleteness } from "./completeness.js";
export type { CompletenessSummary } from "./completeness-summary.js";
export { indicatorCompleteness, summarizeCompleteness } from "./completeness-summary.js";
export type {
  ConsistencyOptions,
  ConsistencyReport,
  ConsistencyStatus,
  ConsistencyWithoutTotal,
  ConsistencyWithTotal,
} from "./consistency.js";
export { checkConsistency } from "./consistency.js";
export { disaggregated } from "./disaggregated.js";
export { GenderInputError } from "./errors.js";
export type { NumberFormatOptions } from "./format-number.js";
export { formatCellValue, formatNumber } from "./format-number.js";
export type { ShareFormatOptions } from "./format-shares.js";
export { formatShares } from "./format-shares.js";
export type { GenderGap } from "./gap.js";
export { genderGap } from "./gap.js";
export type { IatiDimension } from "./iati.js";
export { fromIatiDimensions, toIatiDimensions } from "./iati.js";
export type { KoladaDataValue, KoladaOptions, KoladaRow, KoladaStatus, KoladaValue } from "./kolada.js";
export { fromKolada } from "./kolada.js";
export { cellLabel } from "./label.js";
export { adjustedParityIndex, parityIndex } from "./parity.js";
export { ratePer100k } from "./rate.js";
export type { SdmxKey } from "./sdmx.js";
export { fromSdmx, toSdmx } from "./sdmx.js";
export type { ConfStatus, SdmxObservation, SdmxReadOptions } from "./sdmx-observations.js";
export { fromSdmxObservations, toSdmxObservations } from "./sdmx-observations.js";
export type { PublishedShare, ShareCell, Shares } from "./shares.js";
export { shares } from "./shares.js";
export { sumDisaggregated } from "./sum.js";
export type { SuppressionOptions } from "./suppress.js";
export { suppressSmallCounts } from "./suppress.js";
export { totalOf } from "./total.js";
export type {
  AgeGroup,
  Cell,
  CellValue,
  CompareOptions,
  Disaggregated,
  DisaggregatedInput,
  ErrorDetails,
  GenderErrorCode,
  GenderErrorDetails,
  Lang,
  LangOptions,
  PublishedCell,
  SchemeOptions,
  Sex,
  SuppressedCell,
  Unit,
} from "./types.js";

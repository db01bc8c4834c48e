/**
 * `andt-plan/gender`: statistics broken down by sex and age (*könsuppdelad statistik*) for the follow-up of
 * ANDT plans. Plain TypeScript, no dependencies: values, shares, gaps, sums, rates, consistency, small-number
 * protection, Kolada/SDMX/IATI converters, completeness and formatting.
 *
 * @packageDocumentation
 */
export { DEFAULT_AGE_GROUPS } from "./age-groups.js";
export { checkConsistency } from "./consistency.js";
export type {
  ConsistencyOptions,
  ConsistencyReport,
  ConsistencyStatus,
  ConsistencyWithTotal,
  ConsistencyWithoutTotal,
} from "./consistency.js";
export { breakdownCompleteness } from "./completeness.js";
export type { Completeness, CompletenessOptions } from "./completeness.js";
export { indicatorCompleteness, summarizeCompleteness } from "./completeness-summary.js";
export type { CompletenessSummary } from "./completeness-summary.js";
export { disaggregated } from "./disaggregated.js";
export { GenderInputError } from "./errors.js";
export type { Path } from "../core/issue.js";
export { formatCellValue, formatNumber } from "./format-number.js";
export type { NumberFormatOptions } from "./format-number.js";
export { formatShares } from "./format-shares.js";
export type { ShareFormatOptions } from "./format-shares.js";
export { genderGap } from "./gap.js";
export type { GenderGap } from "./gap.js";
export { fromIatiDimensions, toIatiDimensions } from "./iati.js";
export type { IatiDimension } from "./iati.js";
export { fromKolada } from "./kolada.js";
export type { KoladaDataValue, KoladaOptions, KoladaRow, KoladaStatus, KoladaValue } from "./kolada.js";
export { cellLabel } from "./label.js";
export type { ErrorDetails, GenderErrorCode, GenderErrorDetails } from "./types.js";
export { adjustedParityIndex, parityIndex } from "./parity.js";
export { ratePer100k } from "./rate.js";
export { fromSdmx, toSdmx } from "./sdmx.js";
export type { SdmxKey } from "./sdmx.js";
export type { ConfStatus } from "./sdmx-observations.js";
export { fromSdmxObservations, toSdmxObservations } from "./sdmx-observations.js";
export type { SdmxObservation, SdmxReadOptions } from "./sdmx-observations.js";
export { shares } from "./shares.js";
export type { PublishedShare, ShareCell, Shares } from "./shares.js";
export { sumDisaggregated } from "./sum.js";
export { suppressSmallCounts } from "./suppress.js";
export type { SuppressionOptions } from "./suppress.js";
export { totalOf } from "./total.js";
export type {
  AgeGroup,
  Cell,
  CellValue,
  CompareOptions,
  Disaggregated,
  DisaggregatedInput,
  Lang,
  LangOptions,
  PublishedCell,
  SchemeOptions,
  Sex,
  SuppressedCell,
  Unit,
} from "./types.js";
export { AndtPlanError } from "../core/error.js";
export { OptionError } from "../core/option-error.js";

/**
 * andt-plan: model, validate and follow up Swedish ANDT(S) prevention action plans.
 *
 * The entry is an explicit list: the model (types and zod schemas), parsing and serialising, and queries
 * over the plan tree. Node-only file loading is in `andt-plan/node`.
 *
 * @packageDocumentation
 */

export type { ErrorArgs } from "./core/error.js";
export { AndtPlanError } from "./core/error.js";
export type { Issue, IssueData, IssueOf, Path, Severity } from "./core/issue.js";
// The core vocabulary: languages, issues, errors
export type { Lang } from "./core/lang.js";
export type { Catalogue, IssueCatalogue } from "./core/messages.js";
export type { OptionErrorDetails } from "./core/option-error.js";
export { OptionError } from "./core/option-error.js";
export { evaluatePlan } from "./evaluate/evaluate-plan.js";
export { EvaluationError } from "./evaluate/evaluation-error.js";
// Follow-up: evaluating observations against the plan
export type {
  ActivityEvaluation,
  ActivityYear,
  Change,
  CollaborationAreaEvaluation,
  Direction,
  EvaluateOptions,
  EvaluationErrorCode,
  EvaluationErrorDetails,
  GenderCoverage,
  IndicatorEvaluation,
  IndicatorYear,
  MissingValue,
  PlanEvaluation,
  ReportingCoverage,
  Status,
  StatusReason,
  StatusReasonCode,
  StatusSummary,
  SubGoalEvaluation,
} from "./evaluate/types.js";
export { STATUSES } from "./evaluate/types.js";
// The model
export type { Activity, Schedule } from "./model/activity.js";
export { ActivitySchema, ScheduleSchema } from "./model/activity.js";
export type { Actor, ActorCell, ActorGroup, Organisation, OrganisationType } from "./model/actor.js";
export { ActorCellSchema, ActorGroupSchema, ActorSchema, ORGANISATION_TYPES, OrganisationSchema } from "./model/actor.js";
export type { CollaborationArea } from "./model/collaboration-area.js";
export { CollaborationAreaSchema } from "./model/collaboration-area.js";
export type { CalendarDate, Extensions, GoalRef, Period, TextCorrection } from "./model/common.js";
export {
  CalendarDateSchema,
  ExtensionsSchema,
  GoalRefSchema,
  IdSchema,
  PeriodSchema,
  TextCorrectionSchema,
  TextSchema,
} from "./model/common.js";
export type { Breakdown, FollowUp, Indicator } from "./model/indicator.js";
export { BREAKDOWNS, FollowUpSchema, IndicatorSchema } from "./model/indicator.js";
export type {
  Aggregation,
  Baseline,
  CountMeasure,
  CoverageMeasure,
  CycleMeasure,
  FrequencyMeasure,
  Measure,
  MeasureType,
  MilestoneMeasure,
  QualitativeMeasure,
  ShareMeasure,
  Target,
  YearTarget,
} from "./model/measure.js";
export { AGGREGATIONS, BaselineSchema, MEASURE_TYPES, MeasureSchema, TargetSchema, YearTargetSchema } from "./model/measure.js";
export type { MunicipalityValue, Observation, ObservationSet, SexBreakdown } from "./model/observation.js";
export {
  MunicipalityValueSchema,
  OBSERVATIONS_FORMAT_VERSION,
  ObservationSchema,
  ObservationSetSchema,
  SexBreakdownSchema,
} from "./model/observation.js";
export type { BodyType, OrganisationBody } from "./model/organisation-body.js";
export { BODY_TYPES, OrganisationBodySchema } from "./model/organisation-body.js";
export type {
  Adoption,
  CrimePreventionGoals,
  FollowUpSource,
  NarrativeSection,
  Plan,
  PlanFollowUp,
  PlanLevel,
  PlanOwner,
  Reference,
  Signatory,
  Territory,
} from "./model/plan.js";
export {
  AdoptionSchema,
  CrimePreventionGoalsSchema,
  FORMAT_VERSION,
  FollowUpSourceSchema,
  NarrativeSectionSchema,
  PlanFollowUpSchema,
  PlanOwnerSchema,
  PlanSchema,
  ReferenceSchema,
  SignatorySchema,
  TerritorySchema,
} from "./model/plan.js";
export type { PlanNode } from "./model/plan-node.js";
export type { RegionalRef } from "./model/regional-ref.js";
export { RegionalRefSchema } from "./model/regional-ref.js";
export type { NationalGoal, PrioritisedGoal, Strategy, Substance, VerificationStatus } from "./model/strategy.js";
export { NationalGoalSchema, PrioritisedGoalSchema, StrategySchema, SUBSTANCES } from "./model/strategy.js";
export type { SubGoal, TextVariant } from "./model/sub-goal.js";
export { SubGoalSchema, TextVariantSchema } from "./model/sub-goal.js";
export type { CheckObservationsOptions } from "./observations/check-observations.js";
export { checkObservations } from "./observations/check-observations.js";
export type { CsvDelimiter, CsvEncoding, CsvOptions } from "./observations/from-csv.js";
export { observationsFromCsv } from "./observations/from-csv.js";
export type { KoladaObservationOptions, KoladaResponse } from "./observations/from-kolada.js";
export { observationsFromKolada } from "./observations/from-kolada.js";
export type {
  CsvLocation,
  ObservationDataIssue,
  ObservationDataIssueDetails,
  ObservationIssue,
  ObservationIssueCode,
  ValueField,
} from "./observations/issue.js";
export { parseObservations } from "./observations/parse-observations.js";
export { safeParseObservations } from "./observations/safe-parse-observations.js";
export { serializeObservations } from "./observations/serialize-observations.js";
export type { ObservationsResult } from "./observations/types.js";
// Parsing and writing files
// Follow-up observations: reading and checking
export type { ParsedDocument, ParseErrorDetails, ParseIssue, ParseIssueCode, ParseIssueDetails } from "./parse/issue.js";
export { lenientParsePlan } from "./parse/lenient-parse-plan.js";
export type { LenientParseResult, ParseOptions, SafeParseResult } from "./parse/options.js";
export { ParseError } from "./parse/parse-error.js";
export { parsePlan } from "./parse/parse-plan.js";
export { parseStrategy } from "./parse/parse-strategy.js";
export { safeParsePlan } from "./parse/safe-parse-plan.js";
export { safeParseStrategy } from "./parse/safe-parse-strategy.js";
export { serializePlan } from "./parse/serialize-plan.js";
export { serializeStrategy } from "./parse/serialize-strategy.js";
// Queries over the plan tree
export { allActivities } from "./query/all-activities.js";
export { findActivity } from "./query/find-activity.js";
export { parentOf } from "./query/parent-of.js";
export { pathOf } from "./query/path-of.js";
export type { ReferenceData } from "./reference/types.js";
export { type ChainViewOptions, chainViewCsv, chainViewHtml, chainViewJson, chainViewMarkdown } from "./report/chain-view.js";
export type { CsvReportOptions } from "./report/report-csv.js";
export { reportCsv } from "./report/report-csv.js";
// Reports
export { ReportError } from "./report/report-error.js";
export type { HtmlReportOptions } from "./report/report-html.js";
export { reportHtml } from "./report/report-html.js";
export { reportJson } from "./report/report-json.js";
export type { MarkdownReportOptions } from "./report/report-markdown.js";
export { reportMarkdown } from "./report/report-markdown.js";
export type { ReportErrorCode, ReportErrorDetails } from "./report/types.js";
export { type ChainLocalPlan, type ChainMunicipality, type ChainView, chainView } from "./validate/chain-view.js";
export { ruleCatalogueMarkdown } from "./validate/rule-catalogue-markdown.js";
export { rules } from "./validate/rules-catalogue.js";
// Validation: what a plan means
export type {
  CodedElement,
  PlanDocumentReport,
  PlanSetFile,
  PlanSetFileReport,
  PlanSetReport,
  RuleId,
  RuleInfo,
  TargetDateField,
  ValidatePlanDocumentOptions,
  ValidatePlanOptions,
  ValidationContext,
  ValidationIssue,
  ValidationIssueCode,
  ValidationIssueDetails,
  ValidationPolicy,
  ValidationReport,
} from "./validate/types.js";
export { validatePlan } from "./validate/validate-plan.js";
export { validatePlanDocument } from "./validate/validate-plan-document.js";
export { validatePlanSet } from "./validate/validate-plan-set.js";
export { VERSION } from "./version.js";

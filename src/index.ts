/**
 * andt-plan: model, validate and follow up Swedish ANDT(S) prevention action plans.
 *
 * The entry is an explicit list: the model (types and zod schemas), parsing and serialising, and queries
 * over the plan tree. Node-only file loading is in `andt-plan/node`.
 *
 * @packageDocumentation
 */
export { VERSION } from "./version.js";

// The core vocabulary: languages, issues, errors
export type { Lang } from "./core/lang.js";
export type { Issue, IssueData, IssueOf, Path, Severity } from "./core/issue.js";
export { AndtPlanError } from "./core/error.js";
export type { ErrorArgs } from "./core/error.js";
export { OptionError } from "./core/option-error.js";
export type { OptionErrorDetails, OptionName } from "./core/option-error.js";
export type { TextEncoding } from "./core/encoding.js";
export { TEXT_ENCODINGS } from "./core/encoding.js";
export type { Catalogue, IssueCatalogue } from "./core/messages.js";

// The model
export type { Activity, Schedule } from "./model/activity.js";
export { ActivitySchema, ScheduleSchema } from "./model/activity.js";
export type { Actor, ActorCell, ActorGroup, Organisation, OrganisationType } from "./model/actor.js";
export { ActorCellSchema, ActorGroupSchema, ActorSchema, ORGANISATION_TYPES, OrganisationSchema } from "./model/actor.js";
export { ORGANISATION_TYPE_NAMES, SUBSTANCE_NAMES } from "./model/messages.js";
export type { CollaborationArea } from "./model/collaboration-area.js";
export { CollaborationAreaSchema } from "./model/collaboration-area.js";
export type { CalendarDate, Extensions, GoalRef, Period, Substance, TextCorrection } from "./model/common.js";
export {
  CalendarDateSchema,
  ExtensionsSchema,
  GoalRefSchema,
  IdSchema,
  PeriodSchema,
  SUBSTANCES,
  SubstanceSchema,
  TextCorrectionSchema,
  TextSchema,
} from "./model/common.js";
export type { Breakdown, BreakdownUnits, FollowUp, Indicator, UnitBreakdown } from "./model/indicator.js";
export { BREAKDOWNS, BreakdownUnitsSchema, FollowUpSchema, IndicatorSchema, UNIT_BREAKDOWNS } from "./model/indicator.js";
export type {
  Aggregation,
  Baseline,
  CountMeasure,
  CoverageMeasure,
  CoverageSet,
  CycleMeasure,
  FrequencyMeasure,
  Measure,
  MeasureType,
  MilestoneMeasure,
  PercentMeasure,
  QualitativeMeasure,
  SchedulePer,
  ShareMeasure,
  Target,
  YearTarget,
} from "./model/measure.js";
export {
  AGGREGATIONS,
  BaselineSchema,
  COVERAGE_SETS,
  MEASURE_TYPES,
  MeasureSchema,
  SCHEDULE_PERS,
  TargetSchema,
  YearTargetSchema,
} from "./model/measure.js";
export { coverageBreakdown } from "./model/coverage-breakdown.js";
export { coverageTotal } from "./model/coverage-total.js";
export { schoolYear } from "./model/school-year.js";
export type { LevelName, LevelNames } from "./model/level-names.js";
export { LevelNameSchema, LevelNamesSchema } from "./model/level-names.js";
export type {
  MunicipalityValue,
  Observation,
  ObservationSet,
  SexBreakdown,
  UnitBreakdownValues,
  UnitValue,
} from "./model/observation.js";
export {
  MunicipalityValueSchema,
  OBSERVATIONS_FORMAT_VERSION,
  ObservationSchema,
  ObservationSetSchema,
  SexBreakdownSchema,
  UnitBreakdownValuesSchema,
  UnitValueSchema,
} from "./model/observation.js";
export type { BodyType, OrganisationBody } from "./model/organisation-body.js";
export { BODY_TYPES, OrganisationBodySchema } from "./model/organisation-body.js";
export type {
  Adoption,
  CrimePreventionGoals,
  FollowUpSource,
  NarrativeSection,
  NationalGoalNotFollowed,
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
  NationalGoalNotFollowedSchema,
  PlanFollowUpSchema,
  PlanOwnerSchema,
  PlanSchema,
  ReferenceSchema,
  SignatorySchema,
  TerritorySchema,
} from "./model/plan.js";
export type { RegionalRef } from "./model/regional-ref.js";
export { RegionalRefSchema } from "./model/regional-ref.js";
export type { NationalGoal, PrioritisedGoal, Strategy, VerificationStatus } from "./model/strategy.js";
export { NationalGoalSchema, PrioritisedGoalSchema, StrategySchema } from "./model/strategy.js";
export type { SubGoal, TextVariant } from "./model/sub-goal.js";
export { SubGoalSchema, TextVariantSchema } from "./model/sub-goal.js";

// Parsing and writing files
export type { ParseIssue, ParseIssueCode } from "./parse/issue.js";
export type { ParseOptions, SafeParseResult } from "./parse/options.js";
export { ParseError } from "./parse/parse-error.js";
export { parsePlan } from "./parse/parse-plan.js";
export { parseStrategy } from "./parse/parse-strategy.js";
export { safeParsePlan } from "./parse/safe-parse-plan.js";
export { safeParseStrategy } from "./parse/safe-parse-strategy.js";
export { serializePlan } from "./parse/serialize-plan.js";
export { serializeStrategy } from "./parse/serialize-strategy.js";

// Follow-up observations: reading and checking
export type { ParsedDocument, ParseErrorDetails, ParseIssueDetails } from "./parse/issue.js";
export type {
  CsvLocation,
  ObservationDataIssue,
  ObservationDataIssueDetails,
  ObservationIssue,
  ObservationIssueCode,
  ValueField,
} from "./observations/issue.js";
export type { ObservationsResult } from "./observations/types.js";
export { checkObservations } from "./observations/check-observations.js";
export type { CheckObservationsOptions } from "./observations/check-observations.js";
// From the csv entry, so that the build keeps the CSV reader and papaparse in that entry's file (tsup.config.ts)
export { observationsFromCsv, observationsFromCsvStream, streamObservationsFromCsv } from "./csv/index.js";
export type { CsvStreamItem } from "./observations/stream-observations-from-csv.js";
export type { CsvDelimiter, CsvEncoding, CsvOptions } from "./observations/from-csv.js";
export { observationsFromKolada } from "./observations/from-kolada.js";
export type { KoladaObservationOptions, KoladaResponse } from "./observations/from-kolada.js";
export { parseObservations } from "./observations/parse-observations.js";
export { safeParseObservations } from "./observations/safe-parse-observations.js";
export { serializeObservations } from "./observations/serialize-observations.js";

// Queries over the plan tree
export { allActivities } from "./query/all-activities.js";
export { findActivity } from "./query/find-activity.js";
export { parentOf } from "./query/parent-of.js";
export { pathOf } from "./query/path-of.js";
export type { PlanNode } from "./model/plan-node.js";
export type { ReferenceData } from "./reference/types.js";

// Validation: what a plan means
export type {
  CodedElement,
  ValidationIssue,
  ValidationIssueCode,
  ValidationIssueDetails,
  RuleId,
  RuleInfo,
  SubstanceElement,
  TargetDateField,
  ValidatePlanOptions,
  ValidationContext,
  ValidationPolicy,
  ValidationReport,
} from "./validate/types.js";
export { ruleCatalogueMarkdown } from "./validate/rule-catalogue-markdown.js";
export { rules } from "./validate/rules-catalogue.js";
export { validatePlan } from "./validate/validate-plan.js";

// Follow-up: evaluating observations against the plan
export type {
  ActivityEvaluation,
  ActivityYear,
  Change,
  CollaborationAreaEvaluation,
  Direction,
  EvaluateOptions,
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
export { EvaluationError } from "./evaluate/evaluation-error.js";
export type { EvaluationErrorCode, EvaluationErrorDetails } from "./evaluate/types.js";
export { evaluatePlan } from "./evaluate/evaluate-plan.js";

// Reports
export { ReportError } from "./report/report-error.js";
export type { ReportErrorCode, ReportErrorDetails } from "./report/types.js";
export { reportCsv } from "./report/report-csv.js";
export type { CsvReportOptions } from "./report/report-csv.js";
export { reportHtml } from "./report/report-html.js";
export type { HtmlReportOptions } from "./report/report-html.js";
export { reportJson } from "./report/report-json.js";
export type { JsonReportOptions } from "./report/report-json.js";
export { reportMarkdown } from "./report/report-markdown.js";
export type { MarkdownReportOptions } from "./report/report-markdown.js";

// Revising plans: edits with patches, history and audit, diffs between versions
export { addActivity } from "./edit/add-activity.js";
export type { AddActivityArgs } from "./edit/add-activity.js";
export { addActor } from "./edit/add-actor.js";
export type { AddActorArgs } from "./edit/add-actor.js";
export { addArea } from "./edit/add-area.js";
export type { AddAreaArgs } from "./edit/add-area.js";
export { addIndicator } from "./edit/add-indicator.js";
export type { AddIndicatorArgs } from "./edit/add-indicator.js";
export { addSubGoal } from "./edit/add-sub-goal.js";
export type { AddSubGoalArgs } from "./edit/add-sub-goal.js";
export { applyPatches } from "./edit/apply-patches.js";
export { createHistory } from "./edit/create-history.js";
export { diffPlans } from "./edit/diff-plans.js";
export { EditError } from "./edit/edit-error.js";
export { moveActivity } from "./edit/move-activity.js";
export type { MoveActivityArgs } from "./edit/move-activity.js";
export { moveArea } from "./edit/move-area.js";
export type { MoveAreaArgs } from "./edit/move-area.js";
export { moveIndicator } from "./edit/move-indicator.js";
export type { MoveIndicatorArgs } from "./edit/move-indicator.js";
export { moveSubGoal } from "./edit/move-sub-goal.js";
export type { MoveSubGoalArgs } from "./edit/move-sub-goal.js";
export { recordEdit } from "./edit/record-edit.js";
export type { AuditArgs } from "./edit/record-edit.js";
export { redo } from "./edit/redo.js";
export { removeActivity } from "./edit/remove-activity.js";
export type { RemoveActivityArgs } from "./edit/remove-activity.js";
export { removeActor } from "./edit/remove-actor.js";
export type { RemoveActorArgs } from "./edit/remove-actor.js";
export { removeArea } from "./edit/remove-area.js";
export type { RemoveAreaArgs } from "./edit/remove-area.js";
export { removeIndicator } from "./edit/remove-indicator.js";
export type { RemoveIndicatorArgs } from "./edit/remove-indicator.js";
export { removeSubGoal } from "./edit/remove-sub-goal.js";
export type { RemoveSubGoalArgs } from "./edit/remove-sub-goal.js";
export { removeTarget } from "./edit/remove-target.js";
export type { RemoveTargetArgs } from "./edit/remove-target.js";
export { renumberActivities } from "./edit/renumber-activities.js";
export type { RenumberActivitiesArgs } from "./edit/renumber-activities.js";
export { setTarget } from "./edit/set-target.js";
export type { SetTargetArgs } from "./edit/set-target.js";
export type {
  AuditEntry,
  ChangedElement,
  ChangeKind,
  EditDescription,
  EditElement,
  EditErrorDetails,
  EditIssue,
  EditIssueCode,
  EditIssueDetails,
  EditOptions,
  EditResult,
  History,
  JsonPatchOperation,
  ParentRef,
  PlanChange,
  PlanChangeDetails,
  PlanDiff,
  ReferenceContext,
  Rename,
  RenumberResult,
  Revision,
} from "./edit/types.js";
export { undo } from "./edit/undo.js";
export { updateActivity } from "./edit/update-activity.js";
export type { ActivityChanges, UpdateActivityArgs } from "./edit/update-activity.js";
export { updateActor } from "./edit/update-actor.js";
export type { ActorChanges, UpdateActorArgs } from "./edit/update-actor.js";
export { updateArea } from "./edit/update-area.js";
export type { UpdateAreaArgs } from "./edit/update-area.js";
export { updateIndicator } from "./edit/update-indicator.js";
export type { UpdateIndicatorArgs } from "./edit/update-indicator.js";
export { updateSubGoal } from "./edit/update-sub-goal.js";
export type { UpdateSubGoalArgs } from "./edit/update-sub-goal.js";

// Validation of a file as it is read, of a set of strategies and plans, and the chain national → regional → local
export { lenientParsePlan } from "./parse/lenient-parse-plan.js";
export type { LenientParseResult } from "./parse/options.js";
export { type ChainViewOptions, chainViewCsv, chainViewHtml, chainViewJson, chainViewMarkdown } from "./report/chain-view.js";
export { type ChainLocalPlan, type ChainMunicipality, type ChainView, chainView } from "./validate/chain-view.js";
export type { PlanDocumentReport, PlanSetFile, PlanSetFileReport, PlanSetReport, ValidatePlanDocumentOptions } from "./validate/types.js";
export { validatePlanDocument } from "./validate/validate-plan-document.js";
export { validatePlanSet } from "./validate/validate-plan-set.js";

// Scaffolds: a starter regional plan from a strategy, a starter local plan from its regional plan
export { scaffoldRegionalPlan } from "./scaffold/scaffold-regional-plan.js";
export { CANDIDATE_ACTIVITIES, scaffoldLocalPlan } from "./scaffold/scaffold-local-plan.js";
export { ScaffoldError } from "./scaffold/scaffold-error.js";
export { PLAN_SCHEMA_LOCATION } from "./scaffold/schema-location.js";
export type { ScaffoldErrorDetails, ScaffoldLocalPlanOptions, ScaffoldRegionalPlanOptions } from "./scaffold/types.js";

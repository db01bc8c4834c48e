import type { IssueOf, Path, Severity } from "../core/issue.js";
import type { OrganisationType } from "../model/actor.js";
import type { Period, Substance } from "../model/common.js";
import type { UnitBreakdown } from "../model/indicator.js";
import type { CoverageSet, MeasureType, SchedulePer } from "../model/measure.js";
import type { Plan } from "../model/plan.js";
import type { Strategy } from "../model/strategy.js";
import type { ParseIssue } from "../parse/issue.js";
import type { ParseOptions } from "../parse/options.js";
import type { ReferenceData } from "../reference/types.js";
import type { PlanIndex } from "./plan-index.js";

/** The kind of element a {@link ValidationIssue} of code `duplicate_code` is about. */
export type CodedElement = "sub_goal" | "collaboration_area" | "activity" | "indicator" | "actor";

/** The kind of element a {@link ValidationIssue} of code `substance_outside_scope` is about. */
export type SubstanceElement = "sub_goal" | "collaboration_area" | "activity";

/**
 * Which year or date of an indicator a {@link ValidationIssue} of code `target_year_outside_period` is about: a year of
 * `target.yearly`, `target.deadline`, a milestone's `measure.deadline`, or `baseline.year`.
 */
export type TargetDateField = "yearly" | "deadline" | "measureDeadline" | "baseline";

/** The details each kind of issue carries besides code, severity, path and message, keyed by code. */
export interface ValidationIssueDetails {
  duplicate_code: { element: CodedElement; value: string; firstPath: Path };
  activity_code_prefix: { expected: string; received: string };
  activity_code_sequence: { expected: string; received: string };
  sub_goal_without_areas: { subGoal: string; areaLevel?: false };
  sub_goal_areas_and_activities: { subGoal: string; areas: number; activities: number };
  area_without_activities: { area: string };
  areas_per_sub_goal: { subGoal: string; expected: number; received: number };
  activity_without_responsible: { activity: string };
  activity_without_indicator: { activity: string };
  unknown_actor: { actor: string };
  unknown_national_goal: { strategy: string; goal: string };
  prioritised_goal_not_listed: { strategy: string; goal: string };
  strategy_not_given: { strategy: string };
  national_goal_not_covered: { strategy: string; goal: string; goalText: string };
  unknown_replacing_sub_goal: { strategy: string; goal: string; subGoal: string };
  substance_outside_scope: { element: SubstanceElement; substance: Substance; scope: Substance[]; strategies?: string[] };
  scope_outside_strategies: { substance: Substance; scope: Substance[]; strategies: string[] };
  national_goal_text_differs: { strategy: string; goal: string; expected: string; received: string };
  period_outside_strategy: { strategy: string; period: Period; strategyPeriod: Period };
  period_outside_parent: { parent: string; parentTitle: string; period: Period; parentPeriod: Period };
  schedule_outside_period: { received: string; period: Period };
  unknown_municipality: { municipality: string };
  municipality_outside_county: { municipality: string; municipalityCountyCode: string; countyCode: string };
  municipality_count_mismatch: { countyCode: string; expected: number; received: number };
  duplicate_municipality_actor: { municipality: string; actor: string; firstActor: string };
  municipal_body_without_municipality: { actor: string; type: OrganisationType };
  unknown_regional_ref: { plan: string; planTitle: string; field: "plan" | "subGoal" | "area" | "activity"; value: string };
  regional_ref_mismatch: {
    plan: string;
    planTitle: string;
    field: "area" | "activity";
    value: string;
    named: string;
    actual: string;
    under?: "sub_goal";
  };
  parent_mismatch: { parent: string; parentTitle: string; field: "id" | "level" | "countyCode"; expected: string; received: string };
  parent_not_given: { parent: string };
  indicator_without_sex_breakdown: { indicator: string; phrase: string };
  ungendered_people_text: { phrase: string; suggestion: string };
  indicator_without_measure: { indicator: string };
  yearly_targets_sum: { indicator: string; expected: number; received: number };
  target_year_outside_period: { indicator: string; field: TargetDateField; received: string; period: Period };
  target_not_applicable: { indicator: string; measure: MeasureType; received: number; maximum?: number; of?: CoverageSet };
  coverage_total_unknown: { indicator: string; of: CoverageSet };
  breakdown_units_undeclared: { indicator: string; breakdown: UnitBreakdown };
  school_year_mismatch: { activity: string; indicator: string; schedule: SchedulePer; measure: SchedulePer };
  frequency_target_mismatch: { indicator: string; expected: number; received: number };
  unreadable_part: { rules: RuleId[] };
  duplicate_plan_id: { id: string; firstFile: string };
}

/** The `code` of every {@link ValidationIssue}; each is also the id of the rule that reports it. */
export type ValidationIssueCode = keyof ValidationIssueDetails;

/**
 * The id of a validation rule (*valideringsregel*): the same as the code of the issues it reports. Every code is
 * a rule's but `unreadable_part`, which {@link validatePlanDocument} reports where a part of the file could not
 * be read, and `duplicate_plan_id`, which {@link validatePlanSet} reports for two files of one id.
 */
export type RuleId = Exclude<ValidationIssueCode, "unreadable_part" | "duplicate_plan_id">;

/**
 * An issue of plan validation (*anmärkning*): plain data, discriminated on `code`, with the details that
 * explain it.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: "activity_code_sequence", severity: "warning", path: ["subGoals", 0, "areas", 0, "activities", 2, "code"],
 *   message: "Aktivitetskoden borde vara F.3 men är F.4.", expected: "F.3", received: "F.4",
 * };
 * ```
 */
export type ValidationIssue = IssueOf<ValidationIssueDetails>;

/** An issue as a rule reports it, before severity settings and message; a rule may set its own severity. */
export type ValidationIssueData = {
  [C in ValidationIssueCode]: { code: C; path: Path; severity?: Severity } & ValidationIssueDetails[C];
}[ValidationIssueCode];

/** The {@link ValidationIssueData} of one code. */
export type ValidationIssueDataOf<C extends ValidationIssueCode> = Extract<ValidationIssueData, { code: C }>;

/** Local policy that some rules check against. */
export interface ValidationPolicy {
  /** How many areas of collaboration each sub-goal should have (Kronoberg: *två områden för samhandling*). */
  areasPerSubGoal?: number;
}

/**
 * What a plan is validated against (*valideringskontext*): national strategies, the regional plan a local plan
 * follows, reference data and policy.
 *
 * @example
 * ```ts
 * const context: ValidationContext = { strategies: [andt2016, andt2011], policy: { areasPerSubGoal: 2 } };
 * ```
 */
export interface ValidationContext {
  /** Strategies to resolve `nationalGoalRef` and `plan.strategies` in. */
  strategies?: readonly Strategy[];
  /** For a local plan: the regional plan it follows. */
  parent?: Plan;
  /** Counties and municipalities; the shipped andt-plan/reference data when absent. */
  reference?: ReferenceData;
  policy?: ValidationPolicy;
}

/**
 * Options of {@link validatePlan}: the language of messages and severity settings per rule.
 *
 * @example
 * ```ts
 * const options: ValidatePlanOptions = { lang: "en", severity: { activity_without_indicator: "off" } };
 * ```
 */
export interface ValidatePlanOptions {
  /** Language of messages; Swedish by default. */
  lang?: "sv" | "en";
  /** A severity per rule, or `"off"` to skip the rule. */
  severity?: Partial<Record<RuleId, Severity | "off">>;
}

/**
 * The result of {@link validatePlan} (*valideringsrapport*): issues in document order and how many of each
 * severity.
 *
 * @example
 * ```ts
 * const report: ValidationReport = { issues: [], counts: { error: 0, warning: 0, info: 0 } };
 * ```
 */
export interface ValidationReport {
  issues: ValidationIssue[];
  counts: Record<Severity, number>;
}

/**
 * Options of {@link validatePlanDocument}: those of {@link validatePlan} and the parse limits of
 * {@link ParseOptions}.
 *
 * @example
 * ```ts
 * const options: ValidatePlanDocumentOptions = { lang: "en", maxStringLength: 50_000, severity: { unknown_actor: "warning" } };
 * ```
 */
export interface ValidatePlanDocumentOptions extends ValidatePlanOptions, Omit<ParseOptions, "lang"> {}

/**
 * The result of {@link validatePlanDocument}: the plan, or what could be read of it (`undefined` when nothing
 * could), and its parse and validation issues together, in document order, with how many of each severity.
 *
 * @example
 * ```ts
 * const report: PlanDocumentReport = { plan: undefined, issues: [], counts: { error: 0, warning: 0, info: 0 } };
 * ```
 */
export interface PlanDocumentReport {
  plan: Plan | undefined;
  issues: (ParseIssue | ValidationIssue)[];
  counts: Record<Severity, number>;
}

/**
 * A file of a plan set: its name, as issues should name it, and its content (a JSON text, its UTF-8 bytes, or an
 * already parsed value).
 *
 * @example
 * ```ts
 * const file: PlanSetFile = { file: "plans/vaxjo.json", content: await readFile("plans/vaxjo.json") };
 * ```
 */
export interface PlanSetFile {
  file: string;
  content: unknown;
}

/**
 * The issues of one file of a plan set, in document order, with how many of each severity.
 *
 * @example
 * ```ts
 * const entry: PlanSetFileReport = { file: "vaxjo.json", kind: "plan", issues: [], counts: { error: 0, warning: 0, info: 0 } };
 * ```
 */
export interface PlanSetFileReport {
  file: string;
  /**
   * How the file was read: as a strategy (it says `"kind": "strategy"`), as follow-up data (it says `"kind":
   * "observation_set"`; only its structure is checked, as `safeParseObservations` does) or as a plan.
   */
  kind: "plan" | "strategy" | "observations";
  /**
   * The plan as read, for a plan file with an id: whole when it has no structure error, else the parts that
   * could be read (what the chain view of the set is built from).
   */
  plan?: Plan;
  issues: (ParseIssue | ValidationIssue)[];
  counts: Record<Severity, number>;
}

/**
 * The result of {@link validatePlanSet}: each file's issues, every issue with its `file`, and the counts of the
 * whole set.
 *
 * @example
 * ```ts
 * const report: PlanSetReport = { files: [], issues: [], counts: { error: 0, warning: 0, info: 0 } };
 * ```
 */
export interface PlanSetReport {
  files: PlanSetFileReport[];
  issues: ((ParseIssue | ValidationIssue) & { file: string })[];
  counts: Record<Severity, number>;
}

/** The context every rule gets: {@link ValidationContext} with its defaults filled in. */
export interface RuleContext {
  /** The plan's nodes and strings, gathered once for all the rules. */
  index: PlanIndex;
  strategies: readonly Strategy[] | undefined;
  parent: Plan | undefined;
  /** The parent's nodes, gathered once for all the rules; given with `parent`. */
  parentIndex: PlanIndex | undefined;
  reference: ReferenceData;
  policy: ValidationPolicy;
}

/**
 * A rule of plan validation as data: its id, its default severity, what it checks in Swedish and English.
 *
 * @example
 * ```ts
 * const entry: RuleInfo = { id: "duplicate_code", defaultSeverity: "error", description: { sv: "…", en: "…" } };
 * ```
 */
export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  description: { sv: string; en: string };
}

/**
 * The whole whose every element a rule's issues depend on: a sub-goal, an area, an activity or an indicator
 * (with everything in it), the plan's actor registry, or the plan's links to national goals (`nationalGoals`:
 * every sub-goal and area without their activities, and `nationalGoalsNotFollowed`). Where a part inside it could not be read, the rule
 * reports nothing about that whole, since a count, a sequence or a list could come out wrong.
 */
export type RuleNeeds = "subGoal" | "area" | "activity" | "indicator" | "actors" | "nationalGoals";

/** A rule with its check: returns the issues of one code for a plan. */
export interface Rule<C extends RuleId = RuleId> extends RuleInfo {
  id: C;
  /** Set on a rule that a missing part could mislead (a count, a sequence, a list that would look empty). */
  needsEveryPart?: RuleNeeds;
  check(plan: Plan, context: RuleContext): ValidationIssueDataOf<C>[];
}

/** Any one rule: the union of {@link Rule} over every rule id. */
export type AnyRule = { [C in RuleId]: Rule<C> }[RuleId];

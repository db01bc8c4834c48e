import type { IssueData } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import { pathText, periodText } from "../core/wording.js";
import type { Substance } from "../model/common.js";
import { type LevelNames, ownLevelName } from "../model/level-names.js";
import type { CoverageSet, MeasureType } from "../model/measure.js";
import { BREAKDOWN_NAMES, COVERAGE_SET_NAMES, MEASURE_NAMES, ORGANISATION_TYPE_NAMES, SUBSTANCE_NAMES } from "../model/messages.js";
import type { SubstanceElement, ValidationIssue, ValidationIssueCode } from "./types.js";

const substances = (list: readonly Substance[], lang: Lang): string => list.map((s) => SUBSTANCE_NAMES[lang][s]).join(", ");
const SUBSTANCE_ELEMENT_SV: Record<SubstanceElement, string> = {
  sub_goal: "Delmålet",
  collaboration_area: "Området",
  activity: "Aktiviteten",
};
const SUBSTANCE_ELEMENT_EN: Record<SubstanceElement, string> = {
  sub_goal: "The sub-goal",
  collaboration_area: "The area",
  activity: "The activity",
};

const PER_SV = { year: "kalenderår", school_year: "läsår" } as const;
const PER_EN = { year: "calendar year", school_year: "school year" } as const;

/** A measure's name; a coverage of a declared set names the set ("en täckning av skolor"). */
function measureName(measure: MeasureType, of: CoverageSet | undefined, lang: Lang): string {
  if (of === undefined) return MEASURE_NAMES[lang][measure];
  return lang === "sv" ? `en täckning av ${COVERAGE_SET_NAMES.sv[of]}` : `a coverage of ${COVERAGE_SET_NAMES.en[of]}`;
}

/**
 * The names of the plan's levels as the messages print them before a code or a title: the plan's own
 * (`levelNames`) where it gives them, else the library's. Plurals ("områden för samhandling") keep the
 * library's words: a plan gives its names in the singular.
 */
export interface LevelWords {
  /** "Delmål", or the plan's "Mål". */
  subGoal: string;
  /** `Området "Tillsyn"`, or with the plan's name `Fokusområde "Tillsyn"`. */
  area: (title: string) => string;
  /** "Aktivitet", or the plan's "Insats". */
  activity: string;
  /** An activity's code as a subject: "Aktivitetskoden", or with the plan's name "Koden för insats"; "Activity code". */
  activityCode: string;
  /** A sub-goal's code as an object: `delmålets kod "2."`, or with the plan's name `"2.", koden för dess mål`; `its sub-goal's code "2."`. */
  subGoalCode: (code: string) => string;
  /** The subject of a sub-goal's text: "Delmålets text", or with the plan's name "Texten"; "The sub-goal's text". */
  subGoalText: string;
}

/** The level words of a plan in a language. */
export function levelWords(levelNames: LevelNames | undefined, lang: Lang): LevelWords {
  const own = (level: keyof LevelNames): string | undefined => ownLevelName(levelNames, level, lang);
  const area = own("area");
  const subGoal = own("subGoal");
  const activity = own("activity");
  const lower = (name: string): string => name.toLocaleLowerCase(lang);
  // Swedish inflects the library's words ("delmålets", "Aktivitetskoden"); a plan's own name is not inflected
  // but put in a phrase ("koden för dess mål"). English takes any name as it is ("its goal's code").
  if (lang === "sv") {
    return {
      subGoal: subGoal ?? "Delmål",
      area: area === undefined ? (title) => `Området "${title}"` : (title) => `${area} "${title}"`,
      activity: activity ?? "Aktivitet",
      activityCode: activity === undefined ? "Aktivitetskoden" : `Koden för ${lower(activity)}`,
      subGoalCode: subGoal === undefined ? (code) => `delmålets kod "${code}"` : (code) => `"${code}", koden för dess ${lower(subGoal)}`,
      subGoalText: subGoal === undefined ? "Delmålets text" : "Texten",
    };
  }
  return {
    subGoal: subGoal ?? "Sub-goal",
    area: (title) => `${area ?? "Area"} "${title}"`,
    activity: activity ?? "Activity",
    activityCode: `${activity ?? "Activity"} code`,
    subGoalCode: (code) => `its ${lower(subGoal ?? "sub-goal")}'s code "${code}"`,
    subGoalText: `The ${lower(subGoal ?? "sub-goal")}'s text`,
  };
}

/** One template per code, given the issue (before its message is written) and the plan's level words. */
type ValidationTemplates = {
  readonly [C in ValidationIssueCode]: (f: IssueData<Extract<ValidationIssue, { code: C }>>, w: LevelWords) => string;
};

const ELEMENT_SV = {
  sub_goal: "delmålskod",
  collaboration_area: "områdes-id",
  activity: "aktivitetskod",
  indicator: "indikator-id",
  actor: "aktörs-id",
};
const ELEMENT_EN = {
  sub_goal: "sub-goal code",
  collaboration_area: "area id",
  activity: "activity code",
  indicator: "indicator id",
  actor: "actor id",
};
const FIELD_SV = { plan: "planen", subGoal: "delmålet", area: "området", activity: "aktiviteten" };
const FIELD_EN = { plan: "plan", subGoal: "sub-goal", area: "area", activity: "activity" };
// "har inget delmål", "har ingen aktivitet": the indefinite form, whose article follows the noun's gender.
const NONE_SV = { plan: "ingen plan", subGoal: "inget delmål", area: "inget område", activity: "ingen aktivitet" };
const TARGET_DATE_SV = { yearly: "årsmålets år", deadline: "målets deadline", measureDeadline: "milstolpens deadline" };
const TARGET_DATE_EN = { yearly: "year target's year", deadline: "target's deadline", measureDeadline: "milestone's deadline" };
type ParentMismatch = Extract<IssueData<ValidationIssue>, { code: "parent_mismatch" }>;
const PARENT_SV: Record<ParentMismatch["field"], (f: ParentMismatch) => string> = {
  id: (f) => `Planen följer ${f.expected} enligt parentPlan, men den givna planen är "${f.parentTitle}" (${f.parent}).`,
  level: (f) => `Den givna planen "${f.parentTitle}" (${f.parent}) är inte en regional plan (level är ${f.received}).`,
  countyCode: (f) => `Den givna planen "${f.parentTitle}" (${f.parent}) gäller län ${f.received}, inte planens län ${f.expected}.`,
};
const PARENT_EN: Record<ParentMismatch["field"], (f: ParentMismatch) => string> = {
  id: (f) => `The plan follows ${f.expected} by its parentPlan, but the plan given is "${f.parentTitle}" (${f.parent}).`,
  level: (f) => `The plan given, "${f.parentTitle}" (${f.parent}), is not a regional plan (its level is ${f.received}).`,
  countyCode: (f) => `The plan given, "${f.parentTitle}" (${f.parent}), covers county ${f.received}, not the plan's county ${f.expected}.`,
};
const sv: ValidationTemplates = {
  duplicate_code: (f) => `Samma ${ELEMENT_SV[f.element]} "${f.value}" förekommer redan på ${f.firstPath.join(".")}.`,
  activity_code_prefix: (f, w) => `${w.activityCode} "${f.received}" ska börja med ${w.subGoalCode(f.expected)}.`,
  activity_code_sequence: (f, w) => `${w.activityCode} borde vara ${f.expected} men är ${f.received}.`,
  sub_goal_without_areas: (f, w) =>
    f.areaLevel === false
      ? `${w.subGoal} ${f.subGoal} har inga aktiviteter.`
      : `${w.subGoal} ${f.subGoal} har inga områden för samhandling.`,
  sub_goal_areas_and_activities: (f, w) =>
    `${w.subGoal} ${f.subGoal} har både områden för samhandling (${f.areas}) och aktiviteter direkt under sig (${f.activities}); ett delmål har det ena eller det andra.`,
  area_without_activities: (f, w) => `${w.area(f.area)} har inga aktiviteter.`,
  areas_per_sub_goal: (f, w) => `${w.subGoal} ${f.subGoal} har ${f.received} områden för samhandling; policyn anger ${f.expected}.`,
  activity_without_responsible: (f, w) => `${w.activity} ${f.activity} har ingen ansvarig aktör.`,
  activity_without_indicator: (f, w) => `${w.activity} ${f.activity} har ingen uppföljningsindikator.`,
  unknown_actor: (f) => `Aktören "${f.actor}" finns inte i planens aktörsregister.`,
  unknown_national_goal: (f) => `Strategin ${f.strategy} har inget mål ${f.goal}.`,
  prioritised_goal_not_listed: (f) =>
    `Mål ${f.goal} kan inte kontrolleras: strategin ${f.strategy} listar inte de prioriterade målen under mål ${f.goal.split(".")[0]}.`,
  strategy_not_given: (f) => `Strategin ${f.strategy} är inte given, så hänvisningar till den kontrolleras inte.`,
  national_goal_not_covered: (f) =>
    `Inget delmål eller område följer mål ${f.goal} i ${f.strategy} ("${f.goalText}"), och planen anger inte att det är utelämnat eller ersatt.`,
  unknown_replacing_sub_goal: (f) => `Mål ${f.goal} i ${f.strategy} sägs ersättas av delmål ${f.subGoal}, som inte finns i planen.`,
  substance_outside_scope: (f) =>
    f.strategies === undefined
      ? `${SUBSTANCE_ELEMENT_SV[f.element]} gäller ${SUBSTANCE_NAMES.sv[f.substance]}, som ligger utanför planens omfattning (${substances(f.scope, "sv")}).`
      : `${SUBSTANCE_ELEMENT_SV[f.element]} gäller ${SUBSTANCE_NAMES.sv[f.substance]}, som ligger utanför omfattningen för strategierna ${f.strategies.join(", ")} (${substances(f.scope, "sv")}).`,
  scope_outside_strategies: (f) =>
    `Planens omfattning tar med ${SUBSTANCE_NAMES.sv[f.substance]}, som strategierna ${f.strategies.join(", ")} inte omfattar (${substances(f.scope, "sv")}).`,
  national_goal_text_differs: (f, w) => `${w.subGoalText} skiljer sig från mål ${f.goal} i ${f.strategy}: "${f.expected}".`,
  period_outside_strategy: (f) =>
    `Planens period ${periodText(f.period)} ligger inte inom perioden ${periodText(f.strategyPeriod)} för strategin ${f.strategy}.`,
  period_outside_parent: (f) =>
    `Planens period ${periodText(f.period)} ligger inte inom perioden ${periodText(f.parentPeriod)} för den regionala planen "${f.parentTitle}" (${f.parent}).`,
  schedule_outside_period: (f) => `Tidplanens ${f.received} ligger utanför planens period ${periodText(f.period)}.`,
  unknown_municipality: (f) => `Kommunkoden ${f.municipality} finns inte.`,
  municipality_outside_county: (f) =>
    `Kommun ${f.municipality} ligger i län ${f.municipalityCountyCode}, inte i planens län ${f.countyCode}.`,
  municipality_count_mismatch: (f) => `Texten säger ${f.received} men län ${f.countyCode} har ${f.expected} kommuner.`,
  duplicate_municipality_actor: (f) =>
    `Både ${f.firstActor} och ${f.actor} är av typen kommun med kommunkod ${f.municipality}; bara kommunen själv är det, en nämnd eller förvaltning har en egen typ.`,
  municipal_body_without_municipality: (f) =>
    `Aktören ${f.actor} är en ${ORGANISATION_TYPE_NAMES.sv[f.type]} men anger inte sin kommun (municipalityCode eller parent).`,
  unknown_regional_ref: (f) =>
    f.field === "plan"
      ? `Hänvisningen pekar på planen ${f.value}, inte på den regionala planen "${f.planTitle}" (${f.plan}).`
      : `Den regionala planen "${f.planTitle}" (${f.plan}) har ${NONE_SV[f.field]} "${f.value}".`,
  regional_ref_mismatch: (f) =>
    f.under === "sub_goal"
      ? `I den regionala planen "${f.planTitle}" (${f.plan}) ligger ${FIELD_SV[f.field]} ${f.value} direkt under delmål ${f.actual}, inte under område ${f.named}.`
      : `I den regionala planen "${f.planTitle}" (${f.plan}) ligger ${FIELD_SV[f.field]} ${f.value} under ${f.field === "area" ? "delmål" : "område"} ${f.actual}, inte under ${f.named}.`,
  parent_mismatch: (f) => PARENT_SV[f.field](f),
  parent_not_given: (f) =>
    `Den regionala planen ${f.parent} är inte given, så hänvisningarna till den (regionalRef) och planens period kontrolleras inte mot den.`,
  indicator_without_sex_breakdown: (f) => `Indikator ${f.indicator} räknar personer ("${f.phrase}") men redovisas inte uppdelad på kön.`,
  ungendered_people_text: (f) => `Texten säger "${f.phrase}" utan att nämna kön, som "${f.suggestion}" gör.`,
  indicator_without_measure: (f) => `Indikator ${f.indicator} har inget mått, så dess värden kan bara redovisas, inte bedömas.`,
  yearly_targets_sum: (f) => `Indikator ${f.indicator}: årsmålen summerar till ${f.received} men periodmålet är ${f.expected}.`,
  target_year_outside_period: (f) =>
    f.field === "baseline"
      ? `Indikator ${f.indicator}: baslinjens år ${f.received} ligger efter planens period ${periodText(f.period)}.`
      : `Indikator ${f.indicator}: ${TARGET_DATE_SV[f.field]} ${f.received} ligger utanför planens period ${periodText(f.period)}.`,
  target_not_applicable: (f) =>
    f.maximum === undefined
      ? `Indikator ${f.indicator} är ${MEASURE_NAMES.sv[f.measure]}, som inte har något målvärde, men målet anger ${f.received}.`
      : `Indikator ${f.indicator} är ${measureName(f.measure, f.of, "sv")} och kan nå högst ${f.maximum}, men målet anger ${f.received}.`,
  breakdown_units_undeclared: (f) =>
    `Indikator ${f.indicator} namnger enheter per ${BREAKDOWN_NAMES.sv[f.breakdown]} men anger inte den uppdelningen i breakdowns.`,
  school_year_mismatch: (f) =>
    `Aktivitet ${f.activity} har en tidplan per ${PER_SV[f.schedule]} men indikator ${f.indicator} räknas per ${PER_SV[f.measure]}.`,
  coverage_total_unknown: (f) =>
    `Indikator ${f.indicator} är en täckning av ${COVERAGE_SET_NAMES.sv[f.of]} men anger inte hur många de är: ange total eller members.`,
  frequency_target_mismatch: (f) =>
    `Indikator ${f.indicator} ska enligt måttet ske ${f.expected} gånger per år, men årsmålet är ${f.received}.`,
  duplicate_plan_id: (f) => `Id:t ${f.id} finns redan i filen ${f.firstFile}.`,
  unreadable_part: (f) =>
    f.path.length === 0
      ? "Planen kunde inte läsas, så ingen regel kontrollerades."
      : f.rules.length === 0
        ? `Delen ${pathText(f.path, "sv")} kunde inte läsas och är utelämnad ur valideringen.`
        : `Delen ${pathText(f.path, "sv")} kunde inte läsas och är utelämnad ur valideringen; reglerna ${f.rules.join(", ")} behöver den och kontrollerades inte runt den.`,
};

const en: ValidationTemplates = {
  duplicate_code: (f) => `The ${ELEMENT_EN[f.element]} "${f.value}" already occurs at ${f.firstPath.join(".")}.`,
  activity_code_prefix: (f, w) => `${w.activityCode} "${f.received}" should start with ${w.subGoalCode(f.expected)}.`,
  activity_code_sequence: (f, w) => `The ${w.activityCode.toLocaleLowerCase("en")} should be ${f.expected} but is ${f.received}.`,
  sub_goal_without_areas: (f, w) =>
    f.areaLevel === false ? `${w.subGoal} ${f.subGoal} has no activities.` : `${w.subGoal} ${f.subGoal} has no areas of collaboration.`,
  sub_goal_areas_and_activities: (f, w) =>
    `${w.subGoal} ${f.subGoal} has both areas of collaboration (${f.areas}) and activities directly under it (${f.activities}); a sub-goal has one or the other.`,
  area_without_activities: (f, w) => `${w.area(f.area)} has no activities.`,
  areas_per_sub_goal: (f, w) => `${w.subGoal} ${f.subGoal} has ${f.received} areas of collaboration; the policy says ${f.expected}.`,
  activity_without_responsible: (f, w) => `${w.activity} ${f.activity} has no responsible actor.`,
  activity_without_indicator: (f, w) => `${w.activity} ${f.activity} has no follow-up indicator.`,
  unknown_actor: (f) => `Actor "${f.actor}" is not in the plan's actor registry.`,
  unknown_national_goal: (f) => `Strategy ${f.strategy} has no goal ${f.goal}.`,
  prioritised_goal_not_listed: (f) =>
    `Goal ${f.goal} cannot be checked: strategy ${f.strategy} does not list the prioritised goals under goal ${f.goal.split(".")[0]}.`,
  strategy_not_given: (f) => `Strategy ${f.strategy} is not given, so references to it are not checked.`,
  national_goal_not_covered: (f) =>
    `No sub-goal or area follows goal ${f.goal} of ${f.strategy} ("${f.goalText}"), and the plan does not say it is left out or replaced.`,
  unknown_replacing_sub_goal: (f) =>
    `Goal ${f.goal} of ${f.strategy} is said to be replaced by sub-goal ${f.subGoal}, which is not in the plan.`,
  substance_outside_scope: (f) =>
    f.strategies === undefined
      ? `${SUBSTANCE_ELEMENT_EN[f.element]} concerns ${SUBSTANCE_NAMES.en[f.substance]}, which is outside the plan's scope (${substances(f.scope, "en")}).`
      : `${SUBSTANCE_ELEMENT_EN[f.element]} concerns ${SUBSTANCE_NAMES.en[f.substance]}, which is outside the scope of strategies ${f.strategies.join(", ")} (${substances(f.scope, "en")}).`,
  scope_outside_strategies: (f) =>
    `The plan's scope includes ${SUBSTANCE_NAMES.en[f.substance]}, which strategies ${f.strategies.join(", ")} do not cover (${substances(f.scope, "en")}).`,
  national_goal_text_differs: (f, w) => `${w.subGoalText} differs from goal ${f.goal} of ${f.strategy}: "${f.expected}".`,
  period_outside_strategy: (f) =>
    `The plan's period ${periodText(f.period)} is not within the period ${periodText(f.strategyPeriod)} of strategy ${f.strategy}.`,
  period_outside_parent: (f) =>
    `The plan's period ${periodText(f.period)} is not within the period ${periodText(f.parentPeriod)} of the regional plan "${f.parentTitle}" (${f.parent}).`,
  schedule_outside_period: (f) => `The schedule's ${f.received} is outside the plan's period ${periodText(f.period)}.`,
  unknown_municipality: (f) => `Municipality code ${f.municipality} does not exist.`,
  municipality_outside_county: (f) =>
    `Municipality ${f.municipality} lies in county ${f.municipalityCountyCode}, not in the plan's county ${f.countyCode}.`,
  municipality_count_mismatch: (f) => `The text says ${f.received} but county ${f.countyCode} has ${f.expected} municipalities.`,
  duplicate_municipality_actor: (f) =>
    `Both ${f.firstActor} and ${f.actor} are of type municipality with code ${f.municipality}; only the municipality itself is, a committee or department has its own type.`,
  municipal_body_without_municipality: (f) =>
    `Actor ${f.actor} is a ${ORGANISATION_TYPE_NAMES.en[f.type]} but does not name its municipality (municipalityCode or parent).`,
  unknown_regional_ref: (f) =>
    f.field === "plan"
      ? `The reference names plan ${f.value}, not the regional plan "${f.planTitle}" (${f.plan}).`
      : `The regional plan "${f.planTitle}" (${f.plan}) has no ${FIELD_EN[f.field]} "${f.value}".`,
  regional_ref_mismatch: (f) =>
    f.under === "sub_goal"
      ? `In the regional plan "${f.planTitle}" (${f.plan}), ${FIELD_EN[f.field]} ${f.value} lies directly under sub-goal ${f.actual}, not under area ${f.named}.`
      : `In the regional plan "${f.planTitle}" (${f.plan}), ${FIELD_EN[f.field]} ${f.value} lies under ${f.field === "area" ? "sub-goal" : "area"} ${f.actual}, not under ${f.named}.`,
  parent_mismatch: (f) => PARENT_EN[f.field](f),
  parent_not_given: (f) =>
    `Regional plan ${f.parent} is not given, so the references to it (regionalRef) and the plan's period are not checked against it.`,
  indicator_without_sex_breakdown: (f) => `Indicator ${f.indicator} counts people ("${f.phrase}") but is not broken down by sex.`,
  ungendered_people_text: (f) => `The text says "${f.phrase}" without naming the sexes, as "${f.suggestion}" does.`,
  indicator_without_measure: (f) => `Indicator ${f.indicator} has no measure, so its values can only be reported, not judged.`,
  yearly_targets_sum: (f) => `Indicator ${f.indicator}: the year targets add up to ${f.received} but the period target is ${f.expected}.`,
  target_year_outside_period: (f) =>
    f.field === "baseline"
      ? `Indicator ${f.indicator}: the baseline year ${f.received} is after the plan's period ${periodText(f.period)}.`
      : `Indicator ${f.indicator}: the ${TARGET_DATE_EN[f.field]} ${f.received} is outside the plan's period ${periodText(f.period)}.`,
  target_not_applicable: (f) =>
    f.maximum === undefined
      ? `Indicator ${f.indicator} is ${MEASURE_NAMES.en[f.measure]}, which has no target value, but the target gives ${f.received}.`
      : `Indicator ${f.indicator} is ${measureName(f.measure, f.of, "en")} and can reach at most ${f.maximum}, but the target gives ${f.received}.`,
  breakdown_units_undeclared: (f) =>
    `Indicator ${f.indicator} names units by ${BREAKDOWN_NAMES.en[f.breakdown]} but does not declare that breakdown in breakdowns.`,
  school_year_mismatch: (f) =>
    `Activity ${f.activity} is scheduled per ${PER_EN[f.schedule]} but indicator ${f.indicator} is counted per ${PER_EN[f.measure]}.`,
  coverage_total_unknown: (f) =>
    `Indicator ${f.indicator} is a coverage of ${COVERAGE_SET_NAMES.en[f.of]} but does not say how many there are: give total or members.`,
  frequency_target_mismatch: (f) =>
    `Indicator ${f.indicator} is to happen ${f.expected} times a year by its measure, but its yearly target is ${f.received}.`,
  duplicate_plan_id: (f) => `The id ${f.id} is already that of file ${f.firstFile}.`,
  unreadable_part: (f) =>
    f.path.length === 0
      ? "The plan could not be read, so no rule was checked."
      : f.rules.length === 0
        ? `The part ${pathText(f.path, "en")} could not be read and is left out of validation.`
        : `The part ${pathText(f.path, "en")} could not be read and is left out of validation; the rules ${f.rules.join(", ")} need it and were not checked around it.`,
};

/** The messages of every {@link ValidationIssue}, in Swedish and English. */
export const validationMessages: { readonly [L in Lang]: ValidationTemplates } = { sv, en };

/**
 * Writes the message of a validation issue in the given language, naming the levels as the plan does
 * (`levelNames`; or `words`, made of them once for many issues). The issue is copied, never changed.
 */
export function withValidationMessage(
  issue: IssueData<ValidationIssue>,
  lang: Lang,
  levelNames?: LevelNames,
  words: LevelWords = levelWords(levelNames, lang),
): ValidationIssue {
  const write = validationMessages[lang][issue.code] as (f: IssueData<ValidationIssue>, w: LevelWords) => string;
  return { ...issue, message: write(issue, words) } as ValidationIssue;
}

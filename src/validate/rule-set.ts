import { activityCodePrefixRule } from "./rules/activity-code-prefix.js";
import { activityCodeSequenceRule } from "./rules/activity-code-sequence.js";
import { activityWithoutIndicatorRule } from "./rules/activity-without-indicator.js";
import { activityWithoutResponsibleRule } from "./rules/activity-without-responsible.js";
import { areaWithoutActivitiesRule } from "./rules/area-without-activities.js";
import { areasPerSubGoalRule } from "./rules/areas-per-sub-goal.js";
import { breakdownUnitsUndeclaredRule } from "./rules/breakdown-units-undeclared.js";
import { coverageTotalUnknownRule } from "./rules/coverage-total-unknown.js";
import { duplicateCodeRule } from "./rules/duplicate-code.js";
import { duplicateMunicipalityActorRule } from "./rules/duplicate-municipality-actor.js";
import { frequencyTargetMismatchRule } from "./rules/frequency-target-mismatch.js";
import { indicatorWithoutMeasureRule } from "./rules/indicator-without-measure.js";
import { indicatorWithoutSexBreakdownRule } from "./rules/indicator-without-sex-breakdown.js";
import { municipalBodyWithoutMunicipalityRule } from "./rules/municipal-body-without-municipality.js";
import { municipalityCountMismatchRule } from "./rules/municipality-count-mismatch.js";
import { municipalityOutsideCountyRule } from "./rules/municipality-outside-county.js";
import { nationalGoalNotCoveredRule } from "./rules/national-goal-not-covered.js";
import { nationalGoalTextDiffersRule } from "./rules/national-goal-text-differs.js";
import { parentMismatchRule } from "./rules/parent-mismatch.js";
import { parentNotGivenRule } from "./rules/parent-not-given.js";
import { periodOutsideParentRule } from "./rules/period-outside-parent.js";
import { periodOutsideStrategyRule } from "./rules/period-outside-strategy.js";
import { prioritisedGoalNotListedRule } from "./rules/prioritised-goal-not-listed.js";
import { regionalRefMismatchRule } from "./rules/regional-ref-mismatch.js";
import { scheduleOutsidePeriodRule } from "./rules/schedule-outside-period.js";
import { schoolYearMismatchRule } from "./rules/school-year-mismatch.js";
import { scopeOutsideStrategiesRule } from "./rules/scope-outside-strategies.js";
import { strategyNotGivenRule } from "./rules/strategy-not-given.js";
import { subGoalAreasAndActivitiesRule } from "./rules/sub-goal-areas-and-activities.js";
import { subGoalWithoutAreasRule } from "./rules/sub-goal-without-areas.js";
import { substanceOutsideScopeRule } from "./rules/substance-outside-scope.js";
import { targetNotApplicableRule } from "./rules/target-not-applicable.js";
import { targetYearOutsidePeriodRule } from "./rules/target-year-outside-period.js";
import { ungenderedPeopleTextRule } from "./rules/ungendered-people-text.js";
import { unknownActorRule } from "./rules/unknown-actor.js";
import { unknownMunicipalityRule } from "./rules/unknown-municipality.js";
import { unknownNationalGoalRule } from "./rules/unknown-national-goal.js";
import { unknownRegionalRefRule } from "./rules/unknown-regional-ref.js";
import { unknownReplacingSubGoalRule } from "./rules/unknown-replacing-sub-goal.js";
import { yearlyTargetsSumRule } from "./rules/yearly-targets-sum.js";
import type { AnyRule } from "./types.js";

/** Every rule, in catalogue order (the order of docs/rules.md). */
export const RULES: readonly AnyRule[] = [
  duplicateCodeRule,
  activityCodePrefixRule,
  activityCodeSequenceRule,
  subGoalWithoutAreasRule,
  subGoalAreasAndActivitiesRule,
  areaWithoutActivitiesRule,
  areasPerSubGoalRule,
  activityWithoutResponsibleRule,
  activityWithoutIndicatorRule,
  unknownActorRule,
  unknownNationalGoalRule,
  prioritisedGoalNotListedRule,
  strategyNotGivenRule,
  nationalGoalTextDiffersRule,
  nationalGoalNotCoveredRule,
  unknownReplacingSubGoalRule,
  substanceOutsideScopeRule,
  scopeOutsideStrategiesRule,
  periodOutsideStrategyRule,
  parentNotGivenRule,
  parentMismatchRule,
  periodOutsideParentRule,
  scheduleOutsidePeriodRule,
  schoolYearMismatchRule,
  unknownMunicipalityRule,
  municipalityOutsideCountyRule,
  municipalityCountMismatchRule,
  duplicateMunicipalityActorRule,
  municipalBodyWithoutMunicipalityRule,
  unknownRegionalRefRule,
  regionalRefMismatchRule,
  indicatorWithoutSexBreakdownRule,
  ungenderedPeopleTextRule,
  indicatorWithoutMeasureRule,
  yearlyTargetsSumRule,
  targetYearOutsidePeriodRule,
  targetNotApplicableRule,
  frequencyTargetMismatchRule,
  coverageTotalUnknownRule,
  breakdownUnitsUndeclaredRule,
];

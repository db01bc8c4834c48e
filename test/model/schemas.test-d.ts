/**
 * Type tests: each exported type is exactly what its zod shape infers, so the interfaces (which carry the
 * documentation) and the schemas (which check the data) cannot drift apart.
 */
import { expectTypeOf, test } from "vitest";
import type { z } from "zod/mini";
import type * as schemas from "../../src/index.js";
import type {
  Activity,
  ActorCell,
  ActorGroup,
  Adoption,
  Baseline,
  BreakdownUnits,
  CollaborationArea,
  CountMeasure,
  CoverageMeasure,
  CrimePreventionGoals,
  CycleMeasure,
  FollowUp,
  FollowUpSource,
  FrequencyMeasure,
  GoalRef,
  Indicator,
  Measure,
  MilestoneMeasure,
  MunicipalityValue,
  NarrativeSection,
  NationalGoal,
  NationalGoalNotFollowed,
  Observation,
  ObservationSet,
  Organisation,
  OrganisationBody,
  Period,
  Plan,
  PlanFollowUp,
  PlanOwner,
  PrioritisedGoal,
  QualitativeMeasure,
  Reference,
  RegionalRef,
  Schedule,
  SexBreakdown,
  ShareMeasure,
  Signatory,
  Strategy,
  SubGoal,
  Target,
  Territory,
  TextCorrection,
  TextVariant,
  UnitBreakdownValues,
  UnitValue,
  YearTarget,
} from "../../src/index.js";
import type { activityShape, scheduleShape } from "../../src/model/activity.js";
import type { actorCellShape, actorGroupShape, organisationShape } from "../../src/model/actor.js";
import type { collaborationAreaShape } from "../../src/model/collaboration-area.js";
import type { goalRefShape, periodShape, textCorrectionShape } from "../../src/model/common.js";
import type { breakdownUnitsShape, followUpShape, indicatorShape } from "../../src/model/indicator.js";
import type {
  baselineShape,
  countMeasureShape,
  coverageMeasureShape,
  cycleMeasureShape,
  frequencyMeasureShape,
  MeasureSchema,
  milestoneMeasureShape,
  qualitativeMeasureShape,
  shareMeasureShape,
  targetShape,
  yearTargetShape,
} from "../../src/model/measure.js";
import type {
  municipalityValueShape,
  observationSetShape,
  observationShape,
  sexBreakdownShape,
  unitBreakdownValuesShape,
  unitValueShape,
} from "../../src/model/observation.js";
import type { organisationBodyShape } from "../../src/model/organisation-body.js";
import type {
  adoptionShape,
  crimePreventionGoalsShape,
  followUpSourceShape,
  narrativeSectionShape,
  nationalGoalNotFollowedShape,
  planFollowUpShape,
  planOwnerShape,
  planShape,
  referenceShape,
  signatoryShape,
  territoryShape,
} from "../../src/model/plan.js";
import type { regionalRefShape } from "../../src/model/regional-ref.js";
import type { nationalGoalShape, prioritisedGoalShape, strategyShape } from "../../src/model/strategy.js";
import type { subGoalShape, textVariantShape } from "../../src/model/sub-goal.js";

type Inferred<S extends z.core.$ZodLooseShape> = z.infer<z.ZodMiniObject<S>>;

test("every exported model type equals the type its zod shape infers", () => {
  expectTypeOf<Inferred<typeof planShape>>().toEqualTypeOf<Plan>();
  expectTypeOf<Inferred<typeof strategyShape>>().toEqualTypeOf<Strategy>();
  expectTypeOf<Inferred<typeof nationalGoalShape>>().toEqualTypeOf<NationalGoal>();
  expectTypeOf<Inferred<typeof prioritisedGoalShape>>().toEqualTypeOf<PrioritisedGoal>();
  expectTypeOf<Inferred<typeof subGoalShape>>().toEqualTypeOf<SubGoal>();
  expectTypeOf<Inferred<typeof textVariantShape>>().toEqualTypeOf<TextVariant>();
  expectTypeOf<Inferred<typeof collaborationAreaShape>>().toEqualTypeOf<CollaborationArea>();
  expectTypeOf<Inferred<typeof activityShape>>().toEqualTypeOf<Activity>();
  expectTypeOf<Inferred<typeof scheduleShape>>().toEqualTypeOf<Schedule>();
  expectTypeOf<Inferred<typeof followUpShape>>().toEqualTypeOf<FollowUp>();
  expectTypeOf<Inferred<typeof indicatorShape>>().toEqualTypeOf<Indicator>();
  expectTypeOf<Inferred<typeof actorCellShape>>().toEqualTypeOf<ActorCell>();
  expectTypeOf<Inferred<typeof organisationShape>>().toEqualTypeOf<Organisation>();
  expectTypeOf<Inferred<typeof actorGroupShape>>().toEqualTypeOf<ActorGroup>();
  expectTypeOf<Inferred<typeof organisationBodyShape>>().toEqualTypeOf<OrganisationBody>();
  expectTypeOf<Inferred<typeof regionalRefShape>>().toEqualTypeOf<RegionalRef>();
  expectTypeOf<Inferred<typeof goalRefShape>>().toEqualTypeOf<GoalRef>();
  expectTypeOf<Inferred<typeof periodShape>>().toEqualTypeOf<Period>();
  expectTypeOf<Inferred<typeof textCorrectionShape>>().toEqualTypeOf<TextCorrection>();
  expectTypeOf<Inferred<typeof territoryShape>>().toEqualTypeOf<Territory>();
  expectTypeOf<Inferred<typeof planOwnerShape>>().toEqualTypeOf<PlanOwner>();
  expectTypeOf<Inferred<typeof signatoryShape>>().toEqualTypeOf<Signatory>();
  expectTypeOf<Inferred<typeof adoptionShape>>().toEqualTypeOf<Adoption>();
  expectTypeOf<Inferred<typeof crimePreventionGoalsShape>>().toEqualTypeOf<CrimePreventionGoals>();
  expectTypeOf<Inferred<typeof followUpSourceShape>>().toEqualTypeOf<FollowUpSource>();
  expectTypeOf<Inferred<typeof planFollowUpShape>>().toEqualTypeOf<PlanFollowUp>();
  expectTypeOf<Inferred<typeof referenceShape>>().toEqualTypeOf<Reference>();
  expectTypeOf<Inferred<typeof narrativeSectionShape>>().toEqualTypeOf<NarrativeSection>();
  expectTypeOf<Inferred<typeof nationalGoalNotFollowedShape>>().toEqualTypeOf<NationalGoalNotFollowed>();
  expectTypeOf<Inferred<typeof countMeasureShape>>().toEqualTypeOf<CountMeasure>();
  expectTypeOf<Inferred<typeof shareMeasureShape>>().toEqualTypeOf<ShareMeasure>();
  expectTypeOf<Inferred<typeof milestoneMeasureShape>>().toEqualTypeOf<MilestoneMeasure>();
  expectTypeOf<Inferred<typeof coverageMeasureShape>>().toEqualTypeOf<CoverageMeasure>();
  expectTypeOf<Inferred<typeof frequencyMeasureShape>>().toEqualTypeOf<FrequencyMeasure>();
  expectTypeOf<Inferred<typeof cycleMeasureShape>>().toEqualTypeOf<CycleMeasure>();
  expectTypeOf<Inferred<typeof qualitativeMeasureShape>>().toEqualTypeOf<QualitativeMeasure>();
  expectTypeOf<Inferred<typeof targetShape>>().toEqualTypeOf<Target>();
  expectTypeOf<Inferred<typeof yearTargetShape>>().toEqualTypeOf<YearTarget>();
  expectTypeOf<Inferred<typeof baselineShape>>().toEqualTypeOf<Baseline>();
  expectTypeOf<Inferred<typeof observationShape>>().toEqualTypeOf<Observation>();
  expectTypeOf<Inferred<typeof observationSetShape>>().toEqualTypeOf<ObservationSet>();
  expectTypeOf<Inferred<typeof sexBreakdownShape>>().toEqualTypeOf<SexBreakdown>();
  expectTypeOf<Inferred<typeof municipalityValueShape>>().toEqualTypeOf<MunicipalityValue>();
  expectTypeOf<Inferred<typeof breakdownUnitsShape>>().toEqualTypeOf<BreakdownUnits>();
  expectTypeOf<Inferred<typeof unitValueShape>>().toEqualTypeOf<UnitValue>();
  expectTypeOf<Inferred<typeof unitBreakdownValuesShape>>().toEqualTypeOf<UnitBreakdownValues>();
});

test("a measure is a union discriminated on type, so a switch over it is exhaustive", () => {
  expectTypeOf<z.infer<typeof MeasureSchema>>().toEqualTypeOf<Measure>();
  expectTypeOf<Measure["type"]>().toEqualTypeOf<
    "count" | "share" | "percent" | "milestone" | "coverage" | "frequency" | "cycle" | "qualitative"
  >();
});

test("each level has a literal kind, so a switch over PlanNode is exhaustive", () => {
  expectTypeOf<Plan["kind"]>().toEqualTypeOf<"plan">();
  expectTypeOf<SubGoal["kind"]>().toEqualTypeOf<"sub_goal">();
  expectTypeOf<CollaborationArea["kind"]>().toEqualTypeOf<"collaboration_area">();
  expectTypeOf<Activity["kind"]>().toEqualTypeOf<"activity">();
  expectTypeOf<Indicator["kind"]>().toEqualTypeOf<"indicator">();
});

test("substances, owners and signatories are typed as the format allows", () => {
  expectTypeOf<NonNullable<Plan["scope"]>[number]>().toEqualTypeOf<
    "alcohol" | "narcotics" | "doping" | "tobacco" | "nicotine" | "gambling"
  >();
  expectTypeOf<PlanOwner["name"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Signatory["name"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<NationalGoalNotFollowed["decision"]>().toEqualTypeOf<"left_out" | "replaced">();
  expectTypeOf<"municipal_committee" | "association_of_municipalities" | "programme">().toMatchTypeOf<Organisation["type"]>();
});

test("parse results are typed", async () => {
  const { safeParsePlan } = await import("../../src/index.js");
  const result = safeParsePlan("{}");
  if (result.success) expectTypeOf(result.data).toEqualTypeOf<Plan>();
  else expectTypeOf(result).not.toHaveProperty("data");
});

test("the public schemas are zod/mini schemas of exactly the model's types, any input, the type as output", () => {
  expectTypeOf<typeof schemas.PlanSchema>().toEqualTypeOf<z.ZodMiniType<Plan>>();
  expectTypeOf<z.infer<typeof schemas.PlanSchema>>().toEqualTypeOf<Plan>();
  // As on classic zod, where they were z.ZodType<Plan>: any input, a Plan out.
  expectTypeOf<z.input<typeof schemas.PlanSchema>>().toEqualTypeOf<unknown>();
  expectTypeOf<z.infer<typeof schemas.StrategySchema>>().toEqualTypeOf<Strategy>();
  expectTypeOf<z.infer<typeof schemas.ObservationSetSchema>>().toEqualTypeOf<ObservationSet>();
  expectTypeOf<z.infer<typeof schemas.ObservationSchema>>().toEqualTypeOf<Observation>();
  expectTypeOf<z.infer<typeof schemas.SubGoalSchema>>().toEqualTypeOf<SubGoal>();
  expectTypeOf<z.infer<typeof schemas.CollaborationAreaSchema>>().toEqualTypeOf<CollaborationArea>();
  expectTypeOf<z.infer<typeof schemas.ActivitySchema>>().toEqualTypeOf<Activity>();
  expectTypeOf<z.infer<typeof schemas.IndicatorSchema>>().toEqualTypeOf<Indicator>();
  expectTypeOf<z.infer<typeof schemas.MeasureSchema>>().toEqualTypeOf<Measure>();
  expectTypeOf<z.infer<typeof schemas.PeriodSchema>>().toEqualTypeOf<Period>();
  expectTypeOf<z.infer<typeof schemas.TextSchema>>().toEqualTypeOf<string>();
  expectTypeOf<z.infer<typeof schemas.CalendarDateSchema>>().toEqualTypeOf<string>();
});

import * as z from "zod/mini";
import { type Activity, ActivitySchema } from "./activity.js";
import { type CollaborationArea, CollaborationAreaSchema } from "./collaboration-area.js";
import {
  annotationShape,
  type Extensions,
  type GoalRef,
  GoalRefSchema,
  type Substance,
  SubstanceSchema,
  type TextCorrection,
  TextSchema,
} from "./common.js";
import { looseObject } from "./internal/loose-object.js";
import { type RegionalRef, RegionalRefSchema } from "./regional-ref.js";

/**
 * Another wording of the same text that the source prints elsewhere, kept so that no wording is lost.
 *
 * @example
 * ```ts
 * const variant: TextVariant = { text: "Antalet pojkar och flickor och unga kvinnor och män …", where: "rubrik i aktivitetsplanen" };
 * ```
 */
export interface TextVariant {
  /** The other wording, verbatim. */
  text: string;
  /** Where the source prints this wording. */
  where: string;
}

export const textVariantShape = { text: TextSchema, where: TextSchema };

/** Zod schema of {@link TextVariant}. */
export const TextVariantSchema: z.ZodMiniType<TextVariant> = looseObject(textVariantShape);

/**
 * A sub-goal (*delmål*, short term) of a plan, with its activities: under areas of collaboration
 * (*områden för samhandling*, as in Kronoberg's plan) or directly (*aktiviteter direkt under delmålet*, for a
 * plan without an area level). A sub-goal uses one of the two: the rule `sub_goal_areas_and_activities`
 * reports one that has both. Kronoberg's sub-goal F (*Förutsättningar*) is regional; sub-goals 1–5 are taken
 * from the national strategy.
 *
 * @example
 * ```ts
 * const subGoal: SubGoal = {
 *   kind: "sub_goal",
 *   code: "1",
 *   text: "Tillgången till narkotika, dopningsmedel, alkohol och tobak ska minska.",
 *   nationalGoalRef: { strategy: "andt-2016-2020", goal: "1" },
 *   areas: [],
 * };
 * // A plan without an area level: the activities directly under the sub-goal.
 * const goal: SubGoal = { kind: "sub_goal", code: "2", text: "Färre ska börja använda tobak.", activities: [] };
 * ```
 */
export interface SubGoal {
  /** Always `"sub_goal"` (*delmål*). */
  kind: "sub_goal";
  /** Code as the plan uses it: `"F"`, `"1"` … `"5"`. Activity codes start with it. */
  code: string;
  /** A short name, where the plan gives one (*Förutsättningar*). */
  name?: string;
  /** The sub-goal's wording as printed in the plan's list of goals. */
  text: string;
  /** Other wordings of the same sub-goal elsewhere in the source. */
  textVariants?: TextVariant[];
  /** The national long-term goal the sub-goal is taken from (*nationellt mål*); its wording is compared with the sub-goal's. */
  nationalGoalRef?: GoalRef;
  /** Further national goals the sub-goal follows, besides `nationalGoalRef` (a plan's goal may serve several). */
  nationalGoalRefs?: GoalRef[];
  /** The substances or areas the sub-goal concerns (*ämnen*), where narrower than the plan's `scope`. */
  substances?: Substance[];
  /** Its areas of collaboration (*områden för samhandling*), for a plan with an area level. */
  areas?: CollaborationArea[];
  /** Its activities (*aktiviteter*) directly under it, for a plan without an area level. */
  activities?: Activity[];
  /** For a sub-goal of a local plan: the element of the regional plan it follows. */
  regionalRef?: RegionalRef;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const subGoalShape = {
  kind: z.literal("sub_goal"),
  code: TextSchema,
  name: z.optional(TextSchema),
  text: TextSchema,
  textVariants: z.optional(z.array(TextVariantSchema)),
  nationalGoalRef: z.optional(GoalRefSchema),
  nationalGoalRefs: z.optional(z.array(GoalRefSchema)),
  substances: z.optional(z.array(SubstanceSchema)),
  areas: z.optional(z.array(CollaborationAreaSchema)),
  activities: z.optional(z.array(ActivitySchema)),
  regionalRef: z.optional(RegionalRefSchema),
  ...annotationShape,
};

/** Zod schema of {@link SubGoal}. */
export const SubGoalSchema: z.ZodMiniType<SubGoal> = looseObject(subGoalShape);

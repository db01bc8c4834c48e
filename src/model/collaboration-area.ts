import * as z from "zod/mini";
import { type Activity, ActivitySchema } from "./activity.js";
import {
  annotationShape,
  type Extensions,
  type GoalRef,
  GoalRefSchema,
  IdSchema,
  type Substance,
  SubstanceSchema,
  type TextCorrection,
  TextSchema,
} from "./common.js";
import { looseObject } from "./internal/loose-object.js";
import { type RegionalRef, RegionalRefSchema } from "./regional-ref.js";

/**
 * An area of collaboration (*område för samhandling*, *samhandlingsområde*): a theme under a sub-goal, with
 * its activities and its tips for local activities (*tips på lokala aktiviteter*).
 *
 * @example
 * ```ts
 * const area: CollaborationArea = {
 *   kind: "collaboration_area",
 *   id: "1-a",
 *   title: "EN EFFEKTIV OCH SAMORDNAD ALKOHOL- OCH TOBAKSTILLSYN",
 *   nationalGoalRef: { strategy: "andt-2011-2015", goal: "1.1" },
 *   activities: [],
 *   localTips: ["Årlig tillsyn av rökfria miljöer."],
 * };
 * ```
 */
export interface CollaborationArea {
  /** Always `"collaboration_area"` (*samhandlingsområde*). */
  kind: "collaboration_area";
  /** Id, unique in the plan (the source prints no codes for areas). */
  id: string;
  /** Title as printed. */
  title: string;
  /** The national prioritised goal or focus area (*prioriterat mål*, *insatsområde*) the title takes up. */
  nationalGoalRef?: GoalRef;
  /** Further national goals or focus areas the area follows, besides `nationalGoalRef`. */
  nationalGoalRefs?: GoalRef[];
  /** The substances or areas the area concerns (*ämnen*), where narrower than the plan's `scope`. */
  substances?: Substance[];
  /** The activities (*aktiviteter*) of the area, in the order printed. */
  activities: Activity[];
  /** Tips for local activities (*tips på lokala aktiviteter*), as printed. */
  localTips: string[];
  /** For an area of a local plan: the element of the regional plan it follows. */
  regionalRef?: RegionalRef;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const collaborationAreaShape = {
  kind: z.literal("collaboration_area"),
  id: IdSchema,
  title: TextSchema,
  nationalGoalRef: z.optional(GoalRefSchema),
  nationalGoalRefs: z.optional(z.array(GoalRefSchema)),
  substances: z.optional(z.array(SubstanceSchema)),
  activities: z.array(ActivitySchema),
  localTips: z.array(TextSchema),
  regionalRef: z.optional(RegionalRefSchema),
  ...annotationShape,
};

/** Zod schema of {@link CollaborationArea}. */
export const CollaborationAreaSchema: z.ZodMiniType<CollaborationArea> = looseObject(collaborationAreaShape);

import * as z from "zod/mini";
import { type ActorCell, ActorCellSchema } from "./actor.js";
import { annotationShape, type Extensions, IdSchema, type TextCorrection, TextSchema } from "./common.js";
import { looseObject } from "./internal/loose-object.js";

/**
 * The role of a body in the plan's organisation: *ledningsgrupp* (decides, prioritises, funds),
 * *beredningsgrupp* (prepares, reports, follows up), *samrådsgrupp* (operational, shares the follow-up),
 * *arbetsgrupp* (thematic, some temporary).
 */
export type BodyType = "management_group" | "preparatory_group" | "consultation_group" | "working_group" | "other";

/** All {@link BodyType} values. */
export const BODY_TYPES = [
  "management_group",
  "preparatory_group",
  "consultation_group",
  "working_group",
  "other",
] as const satisfies readonly BodyType[];

/**
 * A body of the plan's organisation (*organ*): ledningsgrupp, beredningsgrupp, samrådsgrupp or arbetsgrupp.
 *
 * @example
 * ```ts
 * const body: OrganisationBody = {
 *   kind: "body",
 *   id: "ledningsgruppen",
 *   type: "management_group",
 *   name: "Ledningsgruppen",
 *   members: { text: "landshövding, regiondirektör och polisområdeschef", actors: [] },
 *   mandate: ["Prioriterar utifrån nationella och regionala mål och riktlinjer."],
 * };
 * ```
 */
export interface OrganisationBody {
  /** Always `"body"` (*organ*, *grupp* of the plan's organisation). */
  kind: "body";
  /** Id, unique in the plan; the same as the actor's id where the body is also an actor. */
  id: string;
  /** What kind of body: `management_group` (*ledningsgrupp*), `preparatory_group` (*beredningsgrupp*), `consultation_group` (*samrådsgrupp*), `working_group` (*arbetsgrupp*) or `other`. */
  type: BodyType;
  /** Name as the plan prints it. */
  name: string;
  /** Who sits in it: the wording as printed and the actors it names. */
  members?: ActorCell;
  /** What it does and decides, one statement per item, as printed. */
  mandate?: string[];
  /** False for a group formed for a limited time. */
  permanent?: boolean;
  /** The source's own description, verbatim. */
  description?: string;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const organisationBodyShape = {
  kind: z.literal("body"),
  id: IdSchema,
  type: z.enum(BODY_TYPES),
  name: TextSchema,
  members: z.optional(ActorCellSchema),
  mandate: z.optional(z.array(TextSchema)),
  permanent: z.optional(z.boolean()),
  description: z.optional(TextSchema),
  ...annotationShape,
};

/** Zod schema of {@link OrganisationBody}. */
export const OrganisationBodySchema: z.ZodMiniType<OrganisationBody> = looseObject(organisationBodyShape);

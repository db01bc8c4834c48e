import * as z from "zod/mini";
import { annotationShape, type Extensions, IdSchema, type TextCorrection, TextSchema } from "./common.js";
import { looseObject } from "./internal/loose-object.js";

/**
 * What kind of organisation an actor is. Swedish: länsstyrelse, region, polis, kommun, kommunförbund, kommunal
 * nämnd, kommunal förvaltning, universitet, skola, myndighet, ideell organisation (idéburen organisation,
 * förening), brukarorganisation, näringsliv, nätverk, program, övrigt. `municipality` is the municipality itself;
 * its committees (*nämnder*) and departments (*förvaltningar*) have their own types, linked to it by `parent` or
 * `municipalityCode`.
 *
 * @example
 * ```ts
 * const type: OrganisationType = "association_of_municipalities"; // kommunförbund
 * ```
 */
export type OrganisationType =
  | "county_administrative_board"
  | "region"
  | "police"
  | "municipality"
  | "association_of_municipalities"
  | "municipal_committee"
  | "municipal_department"
  | "university"
  | "school"
  | "government_agency"
  | "non_profit"
  | "user_organisation"
  | "business"
  | "network"
  | "programme"
  | "other";

/** All {@link OrganisationType} values, in documentation order. */
export const ORGANISATION_TYPES = [
  "county_administrative_board",
  "region",
  "police",
  "municipality",
  "association_of_municipalities",
  "municipal_committee",
  "municipal_department",
  "university",
  "school",
  "government_agency",
  "non_profit",
  "user_organisation",
  "business",
  "network",
  "programme",
  "other",
] as const satisfies readonly OrganisationType[];

/**
 * An organisation that acts in a plan (*aktör*, *organisation*): Länsstyrelsen, Region Kronoberg,
 * Polismyndigheten, a kommun, a university, an association.
 *
 * @example
 * ```ts
 * const vaxjo: Organisation = {
 *   kind: "organisation", id: "vaxjo-kommun", name: "Växjö kommun", type: "municipality", municipalityCode: "0780",
 * };
 * const committee: Organisation = {
 *   kind: "organisation", id: "vaxjo-socialnamnden", name: "Socialnämnden i Växjö kommun", type: "municipal_committee",
 *   parent: "vaxjo-kommun",
 * };
 * ```
 */
export interface Organisation {
  /** Always `"organisation"`: a single organisation (*organisation*, *aktör*). */
  kind: "organisation";
  /** Id by which activities and groups refer to the organisation. */
  id: string;
  /** Name as the plan prints it. */
  name: string;
  /** What kind of organisation it is (*länsstyrelse*, *region*, *polis*, *kommun* …). */
  type: OrganisationType;
  /**
   * SCB municipality code (*kommunkod*), four digits: for a municipality, and for a committee, department or
   * school of one.
   */
  municipalityCode?: string;
  /** SCB county code (*länskod*), two digits, for a county-level organisation. */
  countyCode?: string;
  /**
   * Id of the organisation this one belongs to (*tillhör*): a committee's or department's municipality, a
   * department's committee, a school's municipality or department.
   */
  parent?: string;
  /** Other names the source uses for the same organisation. */
  aliases?: string[];
  /** What the source says about the organisation, verbatim. */
  description?: string;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const organisationShape = {
  kind: z.literal("organisation"),
  id: IdSchema,
  name: TextSchema,
  type: z.enum(ORGANISATION_TYPES),
  municipalityCode: z.optional(z.string().check(z.regex(/^\d{4}$/, { error: "invalid_municipality_code" }))),
  countyCode: z.optional(z.string().check(z.regex(/^\d{2}$/, { error: "invalid_county_code" }))),
  parent: z.optional(IdSchema),
  aliases: z.optional(z.array(TextSchema)),
  description: z.optional(TextSchema),
  ...annotationShape,
};

const organisationObject = looseObject(organisationShape);

/** Zod schema of {@link Organisation}. */
export const OrganisationSchema: z.ZodMiniType<Organisation> = organisationObject;

/**
 * A named set of organisations (*grupp*), such as the Beredningsgruppen (Länsstyrelsen, Region Kronoberg and
 * Polismyndigheten) or "Kommunerna" (every municipality of the county). Members are actor ids, and may be
 * groups themselves.
 *
 * @example
 * ```ts
 * const group: ActorGroup = {
 *   kind: "group", id: "beredningsgruppen", name: "Beredningsgruppen",
 *   members: ["lansstyrelsen-kronoberg", "region-kronoberg", "polismyndigheten"],
 * };
 * ```
 */
export interface ActorGroup {
  /** Always `"group"`: a named group of actors (*grupp*). */
  kind: "group";
  /** Id by which activities refer to the group. */
  id: string;
  /** Name as the plan prints it. */
  name: string;
  /** Ids of the member actors. */
  members: string[];
  /** Other names the source uses for the same group. */
  aliases?: string[];
  /** What the source says about the group, verbatim. */
  description?: string;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const actorGroupShape = {
  kind: z.literal("group"),
  id: IdSchema,
  name: TextSchema,
  members: z.array(IdSchema),
  aliases: z.optional(z.array(TextSchema)),
  description: z.optional(TextSchema),
  ...annotationShape,
};

const actorGroupObject = looseObject(actorGroupShape);

/** Zod schema of {@link ActorGroup}. */
export const ActorGroupSchema: z.ZodMiniType<ActorGroup> = actorGroupObject;

/** An entry of a plan's actor registry (*aktörer*): an organisation or a group. */
export type Actor = Organisation | ActorGroup;

/** Zod schema of {@link Actor}, discriminated on `kind`. */
export const ActorSchema: z.ZodMiniType<Actor> = z.discriminatedUnion("kind", [organisationObject, actorGroupObject]);

/**
 * A cell of the activity table that names actors (*ansvar*, *samverkansparter*): the text as printed, and the
 * ids of the actors it names.
 *
 * @example
 * ```ts
 * const responsible: ActorCell = {
 *   text: "Länsstyrelsen, Region Kronoberg och Polismyndigheten (Beredningsgruppen)",
 *   actors: ["beredningsgruppen"],
 * };
 * ```
 */
export interface ActorCell {
  /** The cell exactly as printed. */
  text: string;
  /** Ids of the actors the cell names, in the order printed. */
  actors: string[];
}

export const actorCellShape = { text: TextSchema, actors: z.array(IdSchema) };

/** Zod schema of {@link ActorCell}. */
export const ActorCellSchema: z.ZodMiniType<ActorCell> = looseObject(actorCellShape);

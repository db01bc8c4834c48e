import * as z from "zod/mini";
import { type Actor, ActorSchema } from "./actor.js";
import {
  annotationShape,
  type CalendarDate,
  CalendarDateSchema,
  type Extensions,
  type GoalRef,
  goalRefShape,
  IdSchema,
  type Period,
  PeriodSchema,
  type Substance,
  SubstanceSchema,
  type TextCorrection,
  TextSchema,
} from "./common.js";
import { looseObject } from "./internal/loose-object.js";
import { type LevelNames, LevelNamesSchema } from "./level-names.js";
import { type OrganisationBody, OrganisationBodySchema } from "./organisation-body.js";
import { type SubGoal, SubGoalSchema } from "./sub-goal.js";

/** The version of the plan file format that this library reads and writes. */
export const FORMAT_VERSION = 1;

/**
 * The geographic area a plan covers: a county (*län*) by its SCB code, and for a local plan the municipality
 * (*kommun*) too.
 *
 * @example
 * ```ts
 * const territory: Territory = { countyCode: "07" };
 * ```
 */
export interface Territory {
  /** SCB county code (*länskod*), two digits: `"07"` for Kronobergs län. */
  countyCode: string;
  /** SCB municipality code (*kommunkod*), four digits, for a local plan. */
  municipalityCode?: string;
}

export const territoryShape = {
  countyCode: z.string().check(z.regex(/^\d{2}$/, { error: "invalid_county_code" })),
  municipalityCode: z.optional(z.string().check(z.regex(/^\d{4}$/, { error: "invalid_municipality_code" }))),
};

/** Zod schema of {@link Territory}. */
export const TerritorySchema: z.ZodMiniType<Territory> = looseObject(territoryShape);

/**
 * Who owns the plan (*huvudman*, *ägare*): for Kronoberg, Livsstil Kronoberg and its three principals. A plan
 * that several organisations adopt jointly, with no single owner, leaves out `name` and lists them as principals.
 *
 * @example
 * ```ts
 * const owner: PlanOwner = { name: "Livsstil Kronoberg", principals: ["lansstyrelsen-kronoberg", "region-kronoberg", "polismyndigheten"] };
 * const joint: PlanOwner = { principals: ["lansstyrelsen", "region", "polisen", "kommunforbundet", "folktandvarden"] };
 * ```
 */
export interface PlanOwner {
  /** The owner's name as the plan prints it; absent for a joint plan without a single owner. */
  name?: string;
  /** Id of the owner in the actor registry, where it is listed there. */
  actor?: string;
  /** Ids of the principals (*huvudmän*). */
  principals: string[];
}

export const planOwnerShape = { name: z.optional(TextSchema), actor: z.optional(IdSchema), principals: z.array(IdSchema) };

/** Zod schema of {@link PlanOwner}. */
export const PlanOwnerSchema: z.ZodMiniType<PlanOwner> = looseObject(planOwnerShape);

/**
 * A person who signed the plan (*undertecknare*), by name and role, or by role only where the plan prints no name.
 *
 * @example
 * ```ts
 * const signatory: Signatory = { name: "Ingrid Burman", role: "Landshövding", organisation: "lansstyrelsen-kronoberg" };
 * const byRole: Signatory = { role: "Kommunstyrelsens ordförande" };
 * ```
 */
export interface Signatory {
  /** The signatory's name, where the plan prints it. */
  name?: string;
  /** Title as printed (*Landshövding*, *Regiondirektör*, *Polisområdeschef*). */
  role: string;
  /** Id of the organisation the person signed for. */
  organisation?: string;
}

export const signatoryShape = { name: z.optional(TextSchema), role: TextSchema, organisation: z.optional(IdSchema) };

/** Zod schema of {@link Signatory}. */
export const SignatorySchema: z.ZodMiniType<Signatory> = looseObject(signatoryShape);

/**
 * How the plan was adopted (*fastställande*): by whom, when, and who signed.
 *
 * @example
 * ```ts
 * const adoption: Adoption = { by: "Livsstil Kronobergs ledningsgrupp", body: "ledningsgruppen", signatories: [] };
 * ```
 */
export interface Adoption {
  /** The adopting body as the plan names it. */
  by: string;
  /** Id of the adopting body in the plan's organisation. */
  body?: string;
  /** When it was adopted, where the source says. */
  date?: CalendarDate;
  /** Who signed (*undertecknare*); absent where the plan names no signatories. */
  signatories?: Signatory[];
  /** The sentence of adoption, verbatim. */
  text?: string;
}

export const adoptionShape = {
  by: TextSchema,
  body: z.optional(IdSchema),
  date: z.optional(CalendarDateSchema),
  signatories: z.optional(z.array(SignatorySchema)),
  text: z.optional(TextSchema),
};

/** Zod schema of {@link Adoption}. */
export const AdoptionSchema: z.ZodMiniType<Adoption> = looseObject(adoptionShape);

/**
 * The crime-prevention goals (*mål för det brottsförebyggande arbetet*) that run beside the ANDT goals.
 *
 * @example
 * ```ts
 * const goals: CrimePreventionGoals = {
 *   overarchingGoals: ["Målet för kriminalpolitiken är att minska brottsligheten och öka människors trygghet"],
 *   specificGoals: [],
 * };
 * ```
 */
export interface CrimePreventionGoals {
  /** *Övergripande mål (lång sikt)*. */
  overarchingGoals: string[];
  /** *Specifika mål*. */
  specificGoals: string[];
  /** Where the goals are stated. */
  source?: string;
}

export const crimePreventionGoalsShape = {
  overarchingGoals: z.array(TextSchema),
  specificGoals: z.array(TextSchema),
  source: z.optional(TextSchema),
};

/** Zod schema of {@link CrimePreventionGoals}. */
export const CrimePreventionGoalsSchema: z.ZodMiniType<CrimePreventionGoals> = looseObject(crimePreventionGoalsShape);

/**
 * A source of follow-up data (*uppföljningskälla*), such as Indikatorlabbet or Länsrapporten.
 *
 * @example
 * ```ts
 * const source: FollowUpSource = { id: "lansrapporten", name: "Länsrapporten", publisher: "Länsstyrelserna" };
 * ```
 */
export interface FollowUpSource {
  /** Machine id of the source, unique in the plan (`lansrapporten`). */
  id: string;
  /** Name as printed. */
  name: string;
  /** Who publishes the data (*utgivare*), where the plan says. */
  publisher?: string;
  /** What the plan says about the source, verbatim. */
  description?: string;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
}

export const followUpSourceShape = {
  id: IdSchema,
  name: TextSchema,
  publisher: z.optional(TextSchema),
  description: z.optional(TextSchema),
  corrections: annotationShape.corrections,
};

/** Zod schema of {@link FollowUpSource}. */
export const FollowUpSourceSchema: z.ZodMiniType<FollowUpSource> = looseObject(followUpSourceShape);

/**
 * How the plan as a whole is followed up (*uppföljning*): the sources of its indicators and how results are
 * reported.
 *
 * @example
 * ```ts
 * const followUp: PlanFollowUp = { sources: [], reporting: ["Resultaten förankras årligen för ledningsgruppen samt samrådsgruppen."] };
 * ```
 */
export interface PlanFollowUp {
  /** The source's description, verbatim. */
  description?: string;
  /** The sources of follow-up data the plan names (*källor*), in the order printed. */
  sources: FollowUpSource[];
  /** Who gets the results and how often, one statement per item. */
  reporting?: string[];
}

export const planFollowUpShape = {
  description: z.optional(TextSchema),
  sources: z.array(FollowUpSourceSchema),
  reporting: z.optional(z.array(TextSchema)),
};

/** Zod schema of {@link PlanFollowUp}. */
export const PlanFollowUpSchema: z.ZodMiniType<PlanFollowUp> = looseObject(planFollowUpShape);

/**
 * An entry of the plan's reference list (*referenser*).
 *
 * @example
 * ```ts
 * const ref: Reference = { text: "Socialdepartementet, 2015/16:86", author: "Socialdepartementet", year: "2016" };
 * ```
 */
export interface Reference {
  /** The entry as printed. */
  text: string;
  /** The entry's author or issuer, a part of `text`. */
  author?: string;
  /** The entry's title, a part of `text`. */
  title?: string;
  /** The entry's year, a part of `text`. */
  year?: string;
  /** The entry's web address, a part of `text`. */
  url?: string;
}

export const referenceShape = {
  text: TextSchema,
  author: z.optional(TextSchema),
  title: z.optional(TextSchema),
  year: z.optional(TextSchema),
  url: z.optional(TextSchema),
};

/** Zod schema of {@link Reference}. */
export const ReferenceSchema: z.ZodMiniType<Reference> = looseObject(referenceShape);

/**
 * A section of the plan's running text (*avsnitt*) that the structured fields do not hold: a foreword,
 * starting points, success factors. Kept verbatim so nothing the plan says is lost.
 *
 * @example
 * ```ts
 * const section: NarrativeSection = { title: "Förord", text: "En god hälsa för alla …" };
 * ```
 */
export interface NarrativeSection {
  /** The section's heading as printed. */
  title: string;
  /** The section's text verbatim; paragraphs separated by a blank line. */
  text: string;
}

export const narrativeSectionShape = { title: TextSchema, text: TextSchema };

/** Zod schema of {@link NarrativeSection}. */
export const NarrativeSectionSchema: z.ZodMiniType<NarrativeSection> = looseObject(narrativeSectionShape);

/**
 * A national long-term goal that the plan does not follow as such (*bortvalt* or *ersatt nationellt mål*): left
 * out on purpose (*utelämnat*), or replaced by a regional goal of the plan (*ersatt av ett regionalt mål*).
 *
 * @example
 * ```ts
 * const leftOut: NationalGoalNotFollowed = {
 *   strategy: "andt-2016-2020", goal: "6", decision: "left_out",
 *   reason: "Det internationella arbetet sköts på nationell nivå.",
 * };
 * const replaced: NationalGoalNotFollowed = { strategy: "andt-2016-2020", goal: "4", decision: "replaced", replacedBy: "O" };
 * ```
 */
export interface NationalGoalNotFollowed extends GoalRef {
  /** `left_out`: left out on purpose (*utelämnat*); `replaced`: a regional goal takes its place (*ersatt*). */
  decision: "left_out" | "replaced";
  /** For `replaced`: the code of the plan's sub-goal (*delmål*) that takes its place. */
  replacedBy?: string;
  /** Why, in the plan's words (Swedish text). */
  reason?: string;
}

export const nationalGoalNotFollowedShape = {
  ...goalRefShape,
  decision: z.enum(["left_out", "replaced"]),
  replacedBy: z.optional(TextSchema),
  reason: z.optional(TextSchema),
};

/** Zod schema of {@link NationalGoalNotFollowed}. */
export const NationalGoalNotFollowedSchema: z.ZodMiniType<NationalGoalNotFollowed> = looseObject(nationalGoalNotFollowedShape);

/** Whether a plan is a county's regional plan or a municipality's local plan. */
export type PlanLevel = "regional" | "local";

/**
 * An action plan (*handlingsplan*): a county's regional plan (*regional handlingsplan*) or a municipality's
 * local plan (*kommunal handlingsplan*, *verksamhetsplan*), with its purposes, goals, sub-goals, areas of
 * collaboration and activities, its actors and its organisation. This is the root of a plan file.
 *
 * @example
 * ```ts
 * const plan: Plan = {
 *   formatVersion: 1,
 *   kind: "plan",
 *   level: "regional",
 *   id: "kronoberg-2017-2021",
 *   title: "Regional handlingsplan ANDT 2017–2021",
 *   owner: { name: "Livsstil Kronoberg", principals: [] },
 *   territory: { countyCode: "07" },
 *   period: { start: "2017", end: "2021" },
 *   strategies: ["andt-2016-2020"],
 *   purposes: [],
 *   longTermGoals: [],
 *   subGoals: [],
 *   actors: [],
 *   organisation: [],
 *   references: [],
 * };
 * ```
 */
export interface Plan {
  /** Where editors find the JSON Schema of the file format. */
  $schema?: string;
  /** Version of the file format (1); this library writes {@link FORMAT_VERSION}. */
  formatVersion: 1;
  /** Always `"plan"`: marks the file as a plan file. */
  kind: "plan";
  /** `regional` for a county's plan (*regional handlingsplan*), `local` for a municipality's (*kommunal handlingsplan*). */
  level: PlanLevel;
  /** Machine id of the plan, unique among the plans a tool holds (`kronoberg-2017-2021`). */
  id: string;
  /** Title as printed on the plan (*rubrik*). */
  title: string;
  /** Who owns the plan (*huvudman*, *ägare*). */
  owner: PlanOwner;
  /** The county (*län*), and for a local plan the municipality (*kommun*), the plan covers. */
  territory: Territory;
  /** The years the plan runs (*planperiod*), inclusive. */
  period: Period;
  /** How the plan was adopted (*fastställande*): by whom, when, and who signed. */
  adoption?: Adoption;
  /** Ids of the national strategies the plan implements. */
  strategies: string[];
  /**
   * The substances and areas the plan covers (*omfattning*): ANDT is alcohol, narcotics, doping and tobacco; an
   * ANDTS plan adds nicotine and gambling (*spel om pengar*).
   */
  scope?: Substance[];
  /** National long-term goals of its strategies that the plan leaves out on purpose or replaces with its own. */
  nationalGoalsNotFollowed?: NationalGoalNotFollowed[];
  /** For a local plan: the id of the regional plan it follows. */
  parentPlan?: string;
  /** Purposes (*syfte*), as printed. */
  purposes: string[];
  /** Overarching long-term goals (*övergripande mål, lång sikt*), as printed. */
  longTermGoals: string[];
  /** The crime-prevention goals (*brottsförebyggande mål*) that run beside the ANDT goals. */
  crimePrevention?: CrimePreventionGoals;
  /** Sub-goals (*delmål, kort sikt*) in the order printed. */
  subGoals: SubGoal[];
  /** What the plan calls its levels (*nivåernas namn*) where it does not say *delmål*, *område* and *aktivitet*. */
  levelNames?: LevelNames;
  /** The actor registry: every organisation and group the plan names. */
  actors: Actor[];
  /** Bodies of the plan's organisation (*organisation*). */
  organisation: OrganisationBody[];
  /** How the plan's work is funded (*finansiering*), as printed. */
  funding?: string;
  /** How the plan as a whole is followed up (*uppföljning*). */
  followUp?: PlanFollowUp;
  /** The plan's reference list (*referenser*), in the order printed. */
  references: Reference[];
  /** Running text the structured fields do not hold. */
  narrative?: NarrativeSection[];
  /** The plan's or its owner's web address, as printed. */
  website?: string;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const planShape = {
  $schema: z.optional(z.string()),
  formatVersion: z.literal(FORMAT_VERSION),
  kind: z.literal("plan"),
  level: z.enum(["regional", "local"]),
  id: IdSchema,
  title: TextSchema,
  owner: PlanOwnerSchema,
  territory: TerritorySchema,
  period: PeriodSchema,
  adoption: z.optional(AdoptionSchema),
  strategies: z.array(IdSchema),
  scope: z.optional(z.array(SubstanceSchema)),
  nationalGoalsNotFollowed: z.optional(z.array(NationalGoalNotFollowedSchema)),
  parentPlan: z.optional(IdSchema),
  purposes: z.array(TextSchema),
  longTermGoals: z.array(TextSchema),
  crimePrevention: z.optional(CrimePreventionGoalsSchema),
  subGoals: z.array(SubGoalSchema),
  levelNames: z.optional(LevelNamesSchema),
  actors: z.array(ActorSchema),
  organisation: z.array(OrganisationBodySchema),
  funding: z.optional(TextSchema),
  followUp: z.optional(PlanFollowUpSchema),
  references: z.array(ReferenceSchema),
  narrative: z.optional(z.array(NarrativeSectionSchema)),
  website: z.optional(TextSchema),
  ...annotationShape,
};

/** Zod schema of {@link Plan}: the structure of a plan file. */
export const PlanSchema: z.ZodMiniType<Plan> = looseObject(planShape);

import * as z from "zod/mini";
import {
  annotationShape,
  type Extensions,
  IdSchema,
  type Period,
  PeriodSchema,
  type Substance,
  SubstanceSchema,
  type TextCorrection,
  TextSchema,
} from "./common.js";
import { looseObject } from "./internal/loose-object.js";
import { FORMAT_VERSION } from "./plan.js";

/**
 * How far a piece of a strategy's wording is confirmed by a source: `verified` (wording confirmed),
 * `topic_only` (only the subject is known), `unverified` (found in a secondary source only).
 */
export type VerificationStatus = "verified" | "topic_only" | "unverified";

const VERIFICATION = ["verified", "topic_only", "unverified"] as const satisfies readonly VerificationStatus[];

/**
 * A prioritised goal (*prioriterat mål*, ANDT 2011–2015) or focus area (*insatsområde*, 2016–2020; *prioriterat
 * område*, ANDTS 2022–2025) under a long-term goal, numbered like `"1.1"`.
 *
 * @example
 * ```ts
 * const goal: PrioritisedGoal = {
 *   kind: "prioritised_goal", number: "1.1", type: "prioritised_goal",
 *   text: "En effektiv och samordnad alkohol- och tobakstillsyn", status: "verified",
 * };
 * ```
 */
export interface PrioritisedGoal {
  /** Always `"prioritised_goal"`. */
  kind: "prioritised_goal";
  /** Number under the long-term goal: `"1.1"`, `"1.2"` … */
  number: string;
  /** `prioritised_goal` (*prioriterat mål*, ANDT 2011–2015) or `focus_area` (*insatsområde*, *prioriterat insatsområde*). */
  type: "prioritised_goal" | "focus_area";
  /** Official wording, where verified. */
  text?: string;
  /** Subject in a few words, where the wording is not known. */
  topic?: string;
  /** How far the wording is confirmed: `verified`, `topic_only` or `unverified`. */
  status: VerificationStatus;
}

export const prioritisedGoalShape = {
  kind: z.literal("prioritised_goal"),
  number: z.string().check(z.regex(/^\d+\.\d+$/, { error: "invalid_goal_number" })),
  type: z.enum(["prioritised_goal", "focus_area"]),
  text: z.optional(TextSchema),
  topic: z.optional(TextSchema),
  status: z.enum(VERIFICATION),
};

/** Zod schema of {@link PrioritisedGoal}; requires `text` or `topic`. */
export const PrioritisedGoalSchema: z.ZodMiniType<PrioritisedGoal> = looseObject(prioritisedGoalShape).check(requireTextOrTopic);

/**
 * A long-term goal of a national strategy (*långsiktigt mål*), numbered `"1"`, `"2"` …
 *
 * @example
 * ```ts
 * const goal: NationalGoal = {
 *   kind: "national_goal", number: "1", status: "verified",
 *   text: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.",
 * };
 * ```
 */
export interface NationalGoal {
  /** Always `"national_goal"` (*långsiktigt mål*). */
  kind: "national_goal";
  /** Number of the goal in the strategy: `"1"`, `"2"` … */
  number: string;
  /** Official wording, where verified. */
  text?: string;
  /** Subject in a few words, where the wording is not known. */
  topic?: string;
  /** How far the wording is confirmed: `verified`, `topic_only` or `unverified`. */
  status: VerificationStatus;
  /** The prioritised goals or focus areas under the goal, where transcribed. */
  prioritisedGoals?: PrioritisedGoal[];
}

export const nationalGoalShape = {
  kind: z.literal("national_goal"),
  number: z.string().check(z.regex(/^\d+$/, { error: "invalid_goal_number" })),
  text: z.optional(TextSchema),
  topic: z.optional(TextSchema),
  status: z.enum(VERIFICATION),
  prioritisedGoals: z.optional(z.array(PrioritisedGoalSchema)),
};

/** Zod schema of {@link NationalGoal}; requires `text` or `topic`. */
export const NationalGoalSchema: z.ZodMiniType<NationalGoal> = looseObject(nationalGoalShape).check(requireTextOrTopic);

function requireTextOrTopic(ctx: { value: { text?: string | undefined; topic?: string | undefined }; issues: unknown[] }): void {
  if (ctx.value.text === undefined && ctx.value.topic === undefined) {
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      path: ["text"],
      message: "text_or_topic_required",
      params: { code: "text_or_topic_required" },
    });
  }
}

/**
 * A national strategy (*nationell strategi*), such as ANDT 2016–2020 (skr. 2015/16:86): its overarching goal
 * (*övergripande mål*) and long-term goals (*långsiktiga mål*). `status` says whether every wording in it is
 * verified against a source; a partial strategy says what is missing in `notes`.
 *
 * @example
 * ```ts
 * const strategy: Strategy = {
 *   formatVersion: 1, kind: "strategy", id: "andt-2016-2020",
 *   title: "En samlad strategi för alkohol-, narkotika-, dopnings- och tobakspolitiken 2016–2020",
 *   issuer: "Socialdepartementet", reference: "skr. 2015/16:86", period: { start: "2016", end: "2020" },
 *   scope: ["alcohol", "narcotics", "doping", "tobacco"],
 *   overarchingGoal: "Ett samhälle fritt från narkotika och dopning, minskade medicinska och sociala skador orsakade av alkohol och ett minskat tobaksbruk.",
 *   longTermGoals: [], status: "partial",
 * };
 * ```
 */
export interface Strategy {
  /** Where editors find the JSON Schema of the file format. */
  $schema?: string;
  /** Version of the file format (1). */
  formatVersion: 1;
  /** Always `"strategy"`: marks the file as a strategy file. */
  kind: "strategy";
  /** Machine id of the strategy, by which plans refer to it (`andt-2016-2020`). */
  id: string;
  /** The strategy's title (*rubrik*) as the government gives it. */
  title: string;
  /** Who issued it (*Socialdepartementet*, *regeringen*). */
  issuer: string;
  /** The parliamentary reference: `"prop. 2010/11:47"`, `"skr. 2015/16:86"`. */
  reference: string;
  /** The years the strategy covers (*strategiperiod*), inclusive. */
  period: Period;
  /** What the strategy covers (*omfattning*): `alcohol`, `narcotics`, `doping`, `tobacco`, and since ANDTS `nicotine` and `gambling` (*spel om pengar*). */
  scope: Substance[];
  /** The overarching goal (*övergripande mål*); absent where no source confirms its wording. */
  overarchingGoal?: string;
  /** The long-term goals (*långsiktiga mål*) in number order. */
  longTermGoals: NationalGoal[];
  /** `verified` when every goal's wording is confirmed; `partial` or `unverified` otherwise. */
  status: "verified" | "partial" | "unverified";
  /** What is incomplete or uncertain, and why. */
  notes?: string[];
  /** The sources the wording was checked against. */
  sources?: string[];
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const strategyShape = {
  $schema: z.optional(z.string()),
  formatVersion: z.literal(FORMAT_VERSION),
  kind: z.literal("strategy"),
  id: IdSchema,
  title: TextSchema,
  issuer: TextSchema,
  reference: TextSchema,
  period: PeriodSchema,
  scope: z.array(SubstanceSchema),
  overarchingGoal: z.optional(TextSchema),
  longTermGoals: z.array(NationalGoalSchema),
  status: z.enum(["verified", "partial", "unverified"]),
  notes: z.optional(z.array(TextSchema)),
  sources: z.optional(z.array(TextSchema)),
  ...annotationShape,
};

/** Zod schema of {@link Strategy}: the structure of a strategy file. */
export const StrategySchema: z.ZodMiniType<Strategy> = looseObject(strategyShape);

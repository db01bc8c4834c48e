import * as z from "zod/mini";
import { type ActorCell, ActorCellSchema } from "./actor.js";
import {
  annotationShape,
  type CalendarDate,
  CalendarDateSchema,
  type Extensions,
  type Substance,
  SubstanceSchema,
  type TextCorrection,
  TextSchema,
} from "./common.js";
import { type FollowUp, FollowUpSchema } from "./indicator.js";
import { looseObject } from "./internal/loose-object.js";
import { SCHEDULE_PERS, type SchedulePer } from "./measure.js";
import { type RegionalRef, RegionalRefSchema } from "./regional-ref.js";

/**
 * When an activity is to be done, as its own text says (*tidplan*, *deadline*): "Under 2017",
 * "10 gånger per år", "vartannat år", "vid ny mandatperiods början (2019)".
 *
 * @example
 * ```ts
 * const schedule: Schedule = { text: "10 gånger per år", timesPerYear: 10 };
 * const yearly: Schedule = { text: "varje läsår", timesPerYear: 1, per: "school_year" };
 * ```
 */
export interface Schedule {
  /** The words of the activity text that state the schedule. */
  text: string;
  /** Years the text names. */
  years?: number[];
  /** Date by which the activity is to be done. */
  deadline?: CalendarDate;
  /** How many times a year the activity recurs. */
  timesPerYear?: number;
  /** Every how many years the activity recurs (2 for *vartannat år*). */
  everyYears?: number;
  /**
   * What `timesPerYear` and `everyYears` count in: calendar years (the default) or school years (*varje
   * läsår*, August to June).
   */
  per?: SchedulePer;
}

export const scheduleShape = {
  text: TextSchema,
  years: z.optional(z.array(z.number().check(z.int(), z.gte(1900), z.lte(2200)))),
  deadline: z.optional(CalendarDateSchema),
  timesPerYear: z.optional(z.number().check(z.int(), z.positive())),
  everyYears: z.optional(z.number().check(z.int(), z.positive())),
  per: z.optional(z.enum(SCHEDULE_PERS)),
};

/** Zod schema of {@link Schedule}. */
export const ScheduleSchema: z.ZodMiniType<Schedule> = looseObject(scheduleShape);

/**
 * An activity (*aktivitet*, *insats*): one row of an area's activity table, with what is to be done, who is
 * responsible (*ansvar*), who takes part (*samverkansparter*) and how it is followed up (*uppföljning*).
 *
 * @example
 * ```ts
 * const activity: Activity = {
 *   kind: "activity",
 *   code: "F.2",
 *   text: "Beredningsgruppen ska träffas 10 gånger per år för att planera och bereda insatser utifrån den regionala handlingsplanen ANDT.",
 *   responsible: { text: "Länsstyrelsen, Region Kronoberg och Polismyndigheten (Beredningsgruppen)", actors: ["beredningsgruppen"] },
 *   followUp: {
 *     text: "Antal genomförda träffar/år.",
 *     indicators: [{ kind: "indicator", id: "F.2-1", text: "Antal genomförda träffar/år." }],
 *   },
 *   schedule: { text: "10 gånger per år", timesPerYear: 10 },
 * };
 * ```
 */
export interface Activity {
  /** Always `"activity"` (*aktivitet*, *insats*). */
  kind: "activity";
  /** Code as printed, e.g. `"F.1"`, `"1.13"`: the sub-goal's code, a dot, a running number. */
  code: string;
  /** What is to be done, as printed (without the code). */
  text: string;
  /** The *ansvar* cell. */
  responsible: ActorCell;
  /** The *samverkansparter* cell; absent where the plan leaves it empty. */
  partners?: ActorCell;
  /** The *uppföljning* cell and the indicators read from it. */
  followUp: FollowUp;
  /** When or how often the activity is done (*tidplan*), where its text says. */
  schedule?: Schedule;
  /** The substances or areas the activity concerns (*ämnen*), where narrower than the plan's `scope`. */
  substances?: Substance[];
  /** For an activity of a local plan: the element of the regional plan it carries out. */
  regionalRef?: RegionalRef;
  /** Corrections of typos in this element's text (*rättelser*), kept beside the verbatim wording. */
  corrections?: TextCorrection[];
  /** Free-form data a county adds (*tillägg*); kept through load and save, never interpreted. */
  extensions?: Extensions;
}

export const activityShape = {
  kind: z.literal("activity"),
  code: TextSchema,
  text: TextSchema,
  responsible: ActorCellSchema,
  partners: z.optional(ActorCellSchema),
  followUp: FollowUpSchema,
  schedule: z.optional(ScheduleSchema),
  substances: z.optional(z.array(SubstanceSchema)),
  regionalRef: z.optional(RegionalRefSchema),
  ...annotationShape,
};

/** Zod schema of {@link Activity}. */
export const ActivitySchema: z.ZodMiniType<Activity> = looseObject(activityShape);

import * as z from "zod/mini";
import { IdSchema, TextSchema } from "./common.js";
import { looseObject } from "./internal/loose-object.js";

/**
 * Where an element of a local (municipal) plan points into the regional plan it follows: a sub-goal
 * (*delmål*), an area of collaboration (*område för samhandling*) or an activity.
 *
 * @example
 * ```ts
 * const ref: RegionalRef = { plan: "kronoberg-2017-2021", subGoal: "2", area: "2-a" };
 * ```
 */
export interface RegionalRef {
  /** Id of the regional plan. */
  plan: string;
  /** Code of a sub-goal of that plan. */
  subGoal?: string;
  /** Id of an area of collaboration of that plan. */
  area?: string;
  /** Code of an activity of that plan. */
  activity?: string;
}

export const regionalRefShape = {
  plan: IdSchema,
  subGoal: z.optional(TextSchema),
  area: z.optional(IdSchema),
  activity: z.optional(TextSchema),
};

/** Zod schema of {@link RegionalRef}. */
export const RegionalRefSchema: z.ZodMiniType<RegionalRef> = looseObject(regionalRefShape);

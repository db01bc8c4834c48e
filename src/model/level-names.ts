import * as z from "zod/mini";
import type { Lang } from "../core/lang.js";
import { TextSchema } from "./common.js";
import { looseObject } from "./internal/loose-object.js";

/**
 * The plan's own name for one level of its tree (*nivåns namn*), in Swedish and optionally in English:
 * "Målområde", "Mål", "Insatsområde", "Fokusområde", "Prioriterat område".
 *
 * @example
 * ```ts
 * const name: LevelName = { sv: "Insatsområde", en: "Focus area" };
 * ```
 */
export interface LevelName {
  /** The name as the plan prints it, in the singular and capitalised as a heading: "Mål". */
  sv: string;
  /** The English name; without it, English texts use the library's own term ("Sub-goal", "Area", "Activity"). */
  en?: string;
}

export const levelNameShape = { sv: TextSchema, en: z.optional(TextSchema) };

/** Zod schema of {@link LevelName}. */
export const LevelNameSchema: z.ZodMiniType<LevelName> = looseObject(levelNameShape);

/**
 * What the plan calls its levels (*nivåernas namn*), where it does not use the library's terms *delmål*,
 * *område för samhandling* and *aktivitet*. Reports and messages print these names; a level left out keeps
 * the library's term.
 *
 * @example
 * ```ts
 * const levelNames: LevelNames = { subGoal: { sv: "Mål", en: "Goal" }, activity: { sv: "Insatsområde" } };
 * ```
 */
export interface LevelNames {
  /** The name of the sub-goal level (*delmål*): "Målområde", "Mål". */
  subGoal?: LevelName;
  /** The name of the area level (*område för samhandling*): "Fokusområde", "Prioriterat område". */
  area?: LevelName;
  /** The name of the activity level (*aktivitet*): "Insatsområde", "Insats". */
  activity?: LevelName;
}

export const levelNamesShape = {
  subGoal: z.optional(LevelNameSchema),
  area: z.optional(LevelNameSchema),
  activity: z.optional(LevelNameSchema),
};

/** Zod schema of {@link LevelNames}. */
export const LevelNamesSchema: z.ZodMiniType<LevelNames> = looseObject(levelNamesShape);

/** A level of the plan tree that a plan may name in its own words. */
export type Level = keyof LevelNames;

/** The plan's own name of a level in a language, if it gives one: its `en` in English, else none. */
export function ownLevelName(levelNames: LevelNames | undefined, level: Level, lang: Lang): string | undefined {
  const name = levelNames?.[level];
  return lang === "sv" ? name?.sv : name?.en;
}

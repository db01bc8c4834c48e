import type { Patch } from "immer";
import { en } from "zod/locales";
import type { z } from "zod/mini";
import type { Path } from "../../core/issue.js";
import { ActivitySchema } from "../../model/activity.js";
import { ActorSchema } from "../../model/actor.js";
import { CollaborationAreaSchema } from "../../model/collaboration-area.js";
import { IndicatorSchema } from "../../model/indicator.js";
import { PlanSchema } from "../../model/plan.js";
import { SubGoalSchema } from "../../model/sub-goal.js";

/** The elements of the tree by the shape of their path, deepest first, with their schemas. */
const ELEMENTS: { shape: readonly (string | null)[]; schema: z.ZodMiniType }[] = [
  { shape: ["subGoals", null, "areas", null, "activities", null, "followUp", "indicators", null], schema: IndicatorSchema },
  { shape: ["subGoals", null, "activities", null, "followUp", "indicators", null], schema: IndicatorSchema },
  { shape: ["subGoals", null, "areas", null, "activities", null], schema: ActivitySchema },
  { shape: ["subGoals", null, "activities", null], schema: ActivitySchema },
  { shape: ["subGoals", null, "areas", null], schema: CollaborationAreaSchema },
  { shape: ["subGoals", null], schema: SubGoalSchema },
  { shape: ["actors", null], schema: ActorSchema },
];

const fits = (path: readonly (string | number)[], shape: readonly (string | null)[]): boolean =>
  path.length >= shape.length && shape.every((s, i) => (s === null ? typeof path[i] === "number" : path[i] === s));

/** The element a patch changes (the deepest element whose path it runs through), or the plan itself. */
function elementOf(path: readonly (string | number)[]): { path: Path; schema: z.ZodMiniType } {
  for (const { shape, schema } of ELEMENTS) if (fits(path, shape)) return { path: path.slice(0, shape.length), schema };
  return { path: [], schema: PlanSchema };
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

/**
 * The first place where the elements an edit changed do not fit the file format, with the schema's code, or
 * `undefined`. Only the changed elements are checked, so an edit of a large plan costs what the edit touches.
 */
export function firstStructureProblem(next: unknown, patches: readonly Patch[]): { path: Path; reason: string } | undefined {
  const seen = new Set<string>();
  for (const patch of patches) {
    const element = elementOf(patch.path);
    const key = element.path.join("/");
    if (seen.has(key)) continue;
    seen.add(key);
    const value = valueAt(next, element.path);
    if (value === undefined) continue;
    // The reason quotes zod's English wording, which zod/mini does not load by itself: asked for here, so that
    // only the bundles that edit carry it.
    const result = element.schema.safeParse(value, { error: en().localeError });
    if (!result.success) {
      const first = result.error.issues[0];
      const inner = (first?.path ?? []).map((s) => (typeof s === "number" ? s : String(s)));
      return { path: [...element.path, ...inner], reason: first?.message ?? "" };
    }
  }
  return undefined;
}

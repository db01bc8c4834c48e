import type { Path } from "../core/issue.js";
import type { RuleNeeds } from "./types.js";

/** Whether `path` is `prefix` or lies below it. */
export const within = (path: Path, prefix: Path): boolean => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * A path into the readable part of a plan file turned into a path into the file: each array index moves past
 * the elements left out before it (`unreadable` holds their paths in the file).
 */
export function documentPath(path: Path, unreadable: readonly Path[]): Path {
  const out: Path = [];
  for (const key of path) {
    if (typeof key !== "number") {
      out.push(key);
      continue;
    }
    const gone = unreadable
      .filter((part) => part.length === out.length + 1 && within(part, out) && typeof part[out.length] === "number")
      .map((part) => part[out.length] as number)
      .sort((a, b) => a - b);
    let index = key;
    for (const removed of gone) if (removed <= index) index += 1;
    out.push(index);
  }
  return out;
}

type Level = Exclude<RuleNeeds, "actors" | "nationalGoals">;

/**
 * Whether a part left out could hold a link to a national goal: a sub-goal or an area (or a field of one), or a
 * goal declared not followed. An activity holds none, so a part inside one does not count.
 */
const holdsNationalGoals = (part: Path): boolean =>
  within(part, ["nationalGoalsNotFollowed"]) || (within(part, ["subGoals"]) && !part.includes("activities"));

/**
 * The paths of the plan nodes (sub-goal, area, activity, indicator) along a path. An activity directly under
 * its sub-goal (a plan without areas) has no area above it.
 */
function nodesAlong(path: Path): Partial<Record<Level, Path>> {
  const step = (at: Path, keys: Path): Path | undefined => {
    const next = [...at, ...keys];
    const index = path[next.length];
    return within(path, next) && typeof index === "number" ? [...next, index] : undefined;
  };
  const subGoal = step([], ["subGoals"]);
  if (subGoal === undefined) return {};
  const area = step(subGoal, ["areas"]);
  const activity = step(area ?? subGoal, ["activities"]);
  const indicator = activity === undefined ? undefined : step(activity, ["followUp", "indicators"]);
  return { subGoal, ...(area && { area }), ...(activity && { activity }), ...(indicator && { indicator }) };
}

/**
 * The part of the plan whose every element a rule with {@link RuleNeeds} `needs` looks at, for an issue or a
 * part at `path`: the sub-goal, area, activity or indicator it lies in, or the actor registry.
 */
export function neededWhole(needs: RuleNeeds, path: Path): Path | undefined {
  if (needs === "actors") return ["actors"];
  if (needs === "nationalGoals") return [];
  return nodesAlong(path)[needs];
}

/**
 * The whole that a part left out leaves incomplete for a rule with {@link RuleNeeds} `needs`, or `undefined`
 * when the part is not inside such a whole (a whole sub-goal left out leaves no sub-goal incomplete).
 */
export function incompleteWhole(needs: RuleNeeds, part: Path): Path | undefined {
  const whole = partWhole(needs, part);
  return whole !== undefined && whole.length < part.length ? whole : undefined;
}

function partWhole(needs: RuleNeeds, part: Path): Path | undefined {
  if (needs === "actors") return within(part, ["actors"]) ? ["actors"] : undefined;
  if (needs === "nationalGoals") return holdsNationalGoals(part) ? [] : undefined;
  return neededWhole(needs, part);
}

const samePath = (a: Path, b: Path): boolean => a.length === b.length && within(a, b);

/** Whether an issue at `path` of a rule with {@link RuleNeeds} `needs` is about a whole that a left-out part made incomplete. */
export function aboutIncompleteWhole(needs: RuleNeeds, path: Path, unreadable: readonly Path[]): boolean {
  const whole = neededWhole(needs, path);
  return (
    whole !== undefined &&
    unreadable.some((part) => {
      const incomplete = incompleteWhole(needs, part);
      return incomplete !== undefined && samePath(incomplete, whole);
    })
  );
}

import type { ChangedElement, ChangeKind, EditElement, PlanChange } from "../types.js";
import { type FieldChange, fieldChanges } from "./diff-fields.js";
import { type Entry, keptInOrder, matchEntries, type Pass } from "./match.js";

/** A change before its summary is written. */
export type ChangeData = { [K in ChangeKind]: Omit<Extract<PlanChange, { kind: K }>, "summary"> }[ChangeKind];

/** The changes of one level of the tree, and how its keys map from the old version to the new. */
export interface LevelDiff {
  changes: ChangeData[];
  /** Old key → new key of every element found in both versions. */
  keys: Map<string, string>;
  /** Keys of the elements removed (old keys) and added (new keys), whose children are then not listed. */
  removed: Set<string>;
  added: Set<string>;
}

/** How one level of elements is compared. */
export interface Level<T> {
  element: EditElement;
  passes: readonly Pass<T>[];
  /** `false` pairs by the passes only, not by similar text anywhere in the plan. */
  similar?: boolean;
  /** Old key → new key of the parents, for elements that have one. */
  parents?: ReadonlyMap<string, string>;
  /** The parent level's removed and added keys: their children go with them, unlisted. */
  parentsGone?: { removed: ReadonlySet<string>; added: ReadonlySet<string> };
  fields: (a: T, b: T) => FieldChange[];
}

const keyed = (element: ChangedElement, a: Entry<unknown> | undefined, b: Entry<unknown> | undefined) => ({
  element,
  key: (b ?? a)!.key,
  ...(a !== undefined && b !== undefined && a.key !== b.key ? { oldKey: a.key } : {}),
  ...(a === undefined ? {} : { pathBefore: a.path }),
  ...(b === undefined ? {} : { pathAfter: b.path }),
});

/** The pairs that went to another parent, and of the rest those that left their order among their siblings. */
function movedPairs<T>(
  pairs: readonly [Entry<T>, Entry<T>][],
  parents: ReadonlyMap<string, string> | undefined,
): Set<[Entry<T>, Entry<T>]> {
  const moved = new Set<[Entry<T>, Entry<T>]>();
  const groups = new Map<string, [Entry<T>, Entry<T>][]>();
  for (const pair of pairs) {
    const [a, b] = pair;
    if (a.parent !== undefined && b.parent !== undefined && parents?.get(a.parent.key) !== b.parent.key) moved.add(pair);
    else groups.set(b.parent?.key ?? "", [...(groups.get(b.parent?.key ?? "") ?? []), pair]);
  }
  for (const group of groups.values()) {
    group.sort((x, y) => x[1].index - y[1].index);
    const kept = keptInOrder(group.map(([a]) => a.index));
    group.forEach((pair, i) => {
      if (!kept.has(i)) moved.add(pair);
    });
  }
  return moved;
}

/** What was removed, added, changed and moved at one level of the tree. */
export function diffLevel<T extends object>(level: Level<T>, a: readonly Entry<T>[], b: readonly Entry<T>[]): LevelDiff {
  const { pairs, removed, added } = matchEntries(a, b, level.passes, level.similar);
  const listed = (e: Entry<T>, gone: ReadonlySet<string> | undefined): boolean => e.parent === undefined || !gone?.has(e.parent.key);
  const changes: ChangeData[] = removed
    .filter((e) => listed(e, level.parentsGone?.removed))
    .map((e) => ({ kind: "removed", ...keyed(level.element, e, undefined) }) as ChangeData);
  const moved = movedPairs(pairs, level.parents);
  const sorted = [...pairs].sort((x, y) => x[1].path.join("/").localeCompare(y[1].path.join("/"), "en", { numeric: true }));
  const found: ChangeData[] = added
    .filter((e) => listed(e, level.parentsGone?.added))
    .map((e) => ({ kind: "added", ...keyed(level.element, undefined, e) }) as ChangeData);
  for (const pair of sorted) {
    const [ea, eb] = pair;
    for (const field of level.fields(ea.item, eb.item))
      found.push({ kind: "changed", ...keyed(level.element, ea, eb), ...field } as ChangeData);
    if (moved.has(pair)) {
      const from = ea.parent === undefined ? {} : { fromParent: ea.parent };
      const to = eb.parent === undefined ? {} : { toParent: eb.parent };
      found.push({ kind: "moved", ...keyed(level.element, ea, eb), ...from, ...to, fromIndex: ea.index, toIndex: eb.index } as ChangeData);
    }
  }
  found.sort((x, y) => (x.pathAfter ?? []).join("/").localeCompare((y.pathAfter ?? []).join("/"), "en", { numeric: true }));
  return {
    changes: [...changes, ...found],
    keys: new Map(pairs.map(([x, y]) => [x.key, y.key])),
    removed: new Set(removed.map((e) => e.key)),
    added: new Set(added.map((e) => e.key)),
  };
}

/** The fields of two versions of an element that differ, leaving out its children. */
export const ownFields =
  <T extends object>(...exclude: string[]) =>
  (a: T, b: T): FieldChange[] =>
    fieldChanges(a, b, ["kind", ...exclude]);

import type { Path } from "../../core/issue.js";
import type { ParentRef } from "../types.js";
import { similarity } from "./similarity.js";

/** An element of one version, as matching sees it: its key (code or id), its text, where it is. */
export interface Entry<T> {
  item: T;
  key: string;
  text: string;
  path: Path;
  parent?: ParentRef;
  /** Position among its siblings. */
  index: number;
}

/** A way to pair elements: equal non-undefined keys pair; with `unique`, only keys that occur once on each side. */
export interface Pass<T> {
  keyOfA: (entry: Entry<T>) => string | undefined;
  keyOfB: (entry: Entry<T>) => string | undefined;
  unique?: boolean;
}

/** The elements of two versions paired, and the ones of each that found no partner. */
export interface Matching<T> {
  pairs: [Entry<T>, Entry<T>][];
  removed: Entry<T>[];
  added: Entry<T>[];
}

const MIN_SIMILARITY = 0.75;

function byKey<T>(entries: readonly Entry<T>[], keyOf: (e: Entry<T>) => string | undefined): Map<string, Entry<T>[]> {
  const map = new Map<string, Entry<T>[]>();
  for (const e of entries) {
    const key = keyOf(e);
    if (key !== undefined) map.set(key, [...(map.get(key) ?? []), e]);
  }
  return map;
}

function runPass<T>(left: Entry<T>[], right: Entry<T>[], pass: Pass<T>, pairs: [Entry<T>, Entry<T>][]): void {
  const inA = byKey(left, pass.keyOfA);
  const inB = byKey(right, pass.keyOfB);
  const taken = new Set<Entry<T>>();
  for (const [key, as] of inA) {
    const bs = inB.get(key);
    if (bs === undefined || (pass.unique === true && (as.length > 1 || bs.length > 1))) continue;
    as.forEach((a, k) => {
      const b = bs[k];
      if (b === undefined) return;
      pairs.push([a, b]);
      taken.add(a).add(b);
    });
  }
  remove(left, taken);
  remove(right, taken);
}

function remove<T>(list: Entry<T>[], taken: ReadonlySet<Entry<T>>): void {
  const kept = list.filter((e) => !taken.has(e));
  list.splice(0, list.length, ...kept);
}

/** Pairs what is left by text similarity, most alike first, at least {@link MIN_SIMILARITY}. */
function bySimilarity<T>(left: Entry<T>[], right: Entry<T>[], pairs: [Entry<T>, Entry<T>][]): void {
  const scored: { a: Entry<T>; b: Entry<T>; score: number }[] = [];
  for (const a of left) for (const b of right) scored.push({ a, b, score: similarity(a.text, b.text) });
  scored.sort((x, y) => y.score - x.score || x.a.index - y.a.index);
  const taken = new Set<Entry<T>>();
  for (const { a, b, score } of scored) {
    if (score < MIN_SIMILARITY || taken.has(a) || taken.has(b)) continue;
    pairs.push([a, b]);
    taken.add(a).add(b);
  }
  remove(left, taken);
  remove(right, taken);
}

/** Pairs the elements of two versions by the passes in order, then (unless `similar` is `false`) by text similarity. */
export function matchEntries<T>(a: readonly Entry<T>[], b: readonly Entry<T>[], passes: readonly Pass<T>[], similar = true): Matching<T> {
  const left = [...a];
  const right = [...b];
  const pairs: [Entry<T>, Entry<T>][] = [];
  for (const pass of passes) runPass(left, right, pass, pairs);
  if (similar) bySimilarity(left, right, pairs);
  return { pairs, removed: left, added: right };
}

/**
 * The indexes of a longest increasing run in `values` (a longest increasing subsequence): the elements that
 * kept their order; the others moved.
 */
export function keptInOrder(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

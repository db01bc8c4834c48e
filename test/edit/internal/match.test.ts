import { describe, expect, it } from "vitest";
import { type Entry, keptInOrder, matchEntries } from "../../../src/edit/internal/match.js";

const entry = (key: string, text: string, index: number): Entry<null> => ({ item: null, key, text, path: [index], index });

describe("matchEntries", () => {
  it("pairs by the passes in order, then by similar text, and leaves the rest added or removed", () => {
    const a = [entry("1", "Tillsyn av handel", 0), entry("2", "Utbildning för personal", 1), entry("3", "Helt annat", 2)];
    const b = [entry("1", "Tillsyn av handel", 0), entry("9", "Utbildning för all personal", 1), entry("4", "Något nytt", 2)];
    const { pairs, removed, added } = matchEntries(a, b, [{ keyOfA: (e) => e.key, keyOfB: (e) => e.key }]);
    expect(pairs.map(([x, y]) => [x.key, y.key])).toEqual([
      ["1", "1"],
      ["2", "9"],
    ]);
    expect([removed.map((e) => e.key), added.map((e) => e.key)]).toEqual([["3"], ["4"]]);
  });

  it("pairs by a unique key only when it occurs once on each side", () => {
    const a = [entry("1", "Samma", 0), entry("2", "Samma", 1)];
    const b = [entry("3", "Samma", 0)];
    const unique = matchEntries(a, b, [{ keyOfA: (e) => e.text, keyOfB: (e) => e.text, unique: true }]);
    // Not by the text pass (it occurs twice in a), but the similarity pass pairs the first equal text.
    expect(unique.pairs.map(([x, y]) => [x.key, y.key])).toEqual([["1", "3"]]);
  });
});

describe("keptInOrder", () => {
  it("finds a longest increasing run", () => {
    // By hand: 0, 1, 3 is the longest increasing run of [0, 4, 1, 3] (indexes 0, 2, 3); 4 moved.
    expect([...keptInOrder([0, 4, 1, 3])].sort()).toEqual([0, 2, 3]);
    expect([...keptInOrder([])]).toEqual([]);
  });
});

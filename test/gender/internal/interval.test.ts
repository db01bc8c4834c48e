import { describe, expect, it } from "vitest";
import { intervalOf, maxFlow, movesIn, network, reset, type Table } from "../../../src/gender/internal/interval.js";

/** By sex only: every cell joins the total (node 0) and the free node (1). */
const bySex = (values: number[]): Table => ({ nodes: 2, ends: values.map(() => [0, 1] as const), values });

/** A full grid: rows 0 … r − 1, columns r … r + c − 1, values row by row. */
const grid = (rows: number[][]): Table => {
  const r = rows.length;
  const ends = rows.flatMap((row, i) => row.map((_, j) => [i, r + j] as const));
  return { nodes: r + (rows[0]?.length ?? 0), ends, values: rows.flat() };
};

describe("intervalOf (checked by hand)", () => {
  it("by sex only: hidden cells share their sum; a lone hidden cell is exact", () => {
    const t = bySex([3, 2, 10]);
    // 3 and 2 hidden: each can be anything from 0 to 3 + 2 = 5.
    expect(intervalOf(t, [true, true, false], 0)).toEqual({ lower: 0, upper: 5 });
    expect(intervalOf(t, [true, true, false], 1)).toEqual({ lower: 0, upper: 5 });
    expect(intervalOf(t, [true, false, false], 0)).toEqual({ lower: 3, upper: 3 });
  });

  it("a rectangle moves by t from −(smallest + cell) to the smallest − cell", () => {
    // 2, 30 / 25, 35 all hidden: 2 + t, 30 − t, 25 − t, 35 + t, so t from −2 to 25 and the 2 lies in [0, 27].
    const t = grid([
      [2, 30],
      [25, 35],
    ]);
    const all = [true, true, true, true];
    expect(intervalOf(t, all, 0)).toEqual({ lower: 0, upper: 27 });
    expect(intervalOf(t, all, 3)).toEqual({ lower: 33, upper: 60 });
  });

  it("issue 14, case 2: zeros cannot fall, so a rectangle through them pins the 1", () => {
    // K 0, 11, 0 / M 0, 1, 53 with the 0–17 and 18–29 columns hidden: M 18–29 = 1 + t, M 0–17 = 0 − t and
    // K 0–17 = 0 + t force t = 0.
    const t = grid([
      [0, 11, 0],
      [0, 1, 53],
    ]);
    expect(intervalOf(t, [true, true, false, true, true, false], 4)).toEqual({ lower: 1, upper: 1 });
    // The 18–29 and 30+ columns instead: t from 0 to 11, so [1, 12].
    expect(intervalOf(t, [false, true, true, false, true, true], 4)).toEqual({ lower: 1, upper: 12 });
  });

  it("stops at the limit on each side", () => {
    const t = grid([
      [2, 30],
      [25, 35],
    ]);
    // Up by at most 4, down by at most min(2, 4) = 2.
    expect(intervalOf(t, [true, true, true, true], 0, 4)).toEqual({ lower: 0, upper: 6 });
  });
});

describe("maxFlow and movesIn", () => {
  it("adds parallel paths and honours the limit", () => {
    // Up for the 5: column 2 → row 1 (the 25) → column 3 → row 0 (the 30) carries 25; down is capped at the 5.
    const t = grid([
      [5, 30],
      [25, 35],
    ]);
    const net = network(t, [true, true, true, true]);
    reset(net, 0);
    expect(maxFlow(net, 2, 0, Number.POSITIVE_INFINITY)).toBe(25);
    reset(net, 0);
    expect(maxFlow(net, 2, 0, 7)).toBe(7);
    expect(movesIn(net, t, 0, 100)).toEqual({ up: 25, down: 5 });
  });
});

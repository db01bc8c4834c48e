import { describe, expect, it } from "vitest";
import type { Table } from "../../../src/gender/internal/interval.js";
import { network } from "../../../src/gender/internal/interval.js";
import { isProtectedIn, protect } from "../../../src/gender/internal/protect.js";

const grid = (rows: number[][]): Table => {
  const r = rows.length;
  const ends = rows.flatMap((row, i) => row.map((_, j) => [i, r + j] as const));
  return { nodes: r + (rows[0]?.length ?? 0), ends, values: rows.flat() };
};

describe("protect", () => {
  it("adds the cheapest cycle: F 9, 4, 57 / M 10, 10, 2 needs the rectangle 4, 57 / 10, 2", () => {
    const t = grid([
      [9, 4, 57],
      [10, 10, 2],
    ]);
    const primary = [false, true, false, false, false, true];
    const hidden = [...primary];
    expect(protect(t, hidden, [5, 5, 5, 5, 5, 5], primary)).toBeUndefined();
    expect(hidden).toEqual([false, true, true, false, true, true]);
  });

  it("names the cell it cannot protect, with its interval when every cell is hidden", () => {
    // One column: each row holds one cell, so its row sum gives it.
    const t = grid([[30], [2]]);
    const hidden = [false, true];
    expect(protect(t, hidden, [5, 2], hidden)).toEqual({ cell: 1, interval: { lower: 2, upper: 2 } });
  });

  it("publishes again a secondary cell that is not needed", () => {
    // By sex only, 3 and 4 (primary) and 9 hidden: [0, 16] each. Without the 9 they still have [0, 7] ≥ 5.
    const t: Table = {
      nodes: 2,
      ends: [
        [0, 1],
        [0, 1],
        [0, 1],
      ],
      values: [3, 4, 9],
    };
    const hidden = [true, true, true];
    expect(protect(t, hidden, [5, 5, 5], [true, true, false])).toBeUndefined();
    expect(hidden).toEqual([true, true, false]);
  });
});

describe("isProtectedIn", () => {
  it("compares up + down moves with the width; a width of 0 always holds", () => {
    // 2, 30 / 25, 35 hidden: the 2 moves up 25 and down 2, so 27 ≥ 27 but not ≥ 28.
    const t = grid([
      [2, 30],
      [25, 35],
    ]);
    const net = network(t, [true, true, true, true]);
    expect(isProtectedIn(net, t, 0, 27)).toBe(true);
    expect(isProtectedIn(net, t, 0, 28)).toBe(false);
    expect(isProtectedIn(network(t, [true, false, false, false]), t, 0, 0)).toBe(true);
  });
});

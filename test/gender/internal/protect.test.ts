import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Table } from "../../../src/gender/internal/interval.js";
import { protect } from "../../../src/gender/internal/protect.js";
import { protect as previousProtect } from "./previous-protect.js";

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

/**
 * A table of 1–`rows` rows × 1–`cols` columns (by sex only when `rows` is 0: every cell joins the total and the
 * free node), each cell absent with probability 1/`freq`, values small or large; the primary cells are the small
 * ones and a few more at random, the widths those of suppressSmallCounts (the threshold, or a smaller margin) or
 * any from 0 to 8.
 */
const cases = (rows: number, cols: number, freq: number) =>
  fc
    .record({
      nRows: fc.integer({ min: rows === 0 ? 0 : 1, max: rows }),
      nCols: fc.integer({ min: 1, max: cols }),
      threshold: fc.integer({ min: 1, max: 8 }),
      anyWidths: fc.boolean(),
      seed: fc.integer(),
    })
    .chain(({ nRows, nCols, threshold, anyWidths }) => {
      const n = (nRows === 0 ? 1 : nRows) * nCols;
      const cell = fc.option(
        fc.record({
          value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })),
          extra: fc.boolean(),
          width: fc.nat(8),
        }),
        { freq, nil: undefined },
      );
      return fc.array(cell, { minLength: n, maxLength: n }).map((xs) => {
        const present = xs.flatMap((x, k) => (x === undefined ? [] : [{ ...x, k }]));
        const ends = present.map(({ k }) => (nRows === 0 ? ([0, 1] as const) : ([Math.floor(k / nCols), nRows + (k % nCols)] as const)));
        const table: Table = { nodes: nRows === 0 ? 2 : nRows + nCols, ends, values: present.map((x) => x.value) };
        const sums = new Array<number>(table.nodes).fill(0);
        present.forEach((x, e) => {
          for (const node of ends[e] as readonly number[]) sums[node] = (sums[node] as number) + x.value;
        });
        if (nRows === 0) sums[1] = Number.POSITIVE_INFINITY;
        const primary = present.map((x) => (x.value > 0 && x.value < threshold) || (x.extra && x.width === 0));
        const widths = present.map((x, e) =>
          anyWidths ? x.width : Math.min(threshold, ...(ends[e] as readonly number[]).map((node) => sums[node] as number)),
        );
        return { table, primary, widths };
      });
    });

describe("protect, against the version that built its networks anew for every check", () => {
  const same = ({ table, primary, widths }: { table: Table; primary: boolean[]; widths: number[] }): void => {
    const hidden = [...primary];
    const before = [...primary];
    expect(protect(table, hidden, widths, primary)).toEqual(previousProtect(table, before, widths, primary));
    expect(hidden).toEqual(before);
  };

  it("suppresses the same cells, or names the same cell and interval, on 3 000 random tables of up to 4 × 6", () => {
    fc.assert(fc.property(cases(4, 6, 7), same), { numRuns: 3000 });
  });

  it("the same on 500 sparse tables (half the cells absent) and 500 values by sex only", () => {
    fc.assert(fc.property(cases(4, 6, 2), same), { numRuns: 500 });
    fc.assert(fc.property(cases(0, 6, 7), same), { numRuns: 500 });
  });

  it("the same on 100 wide tables of 2–4 rows × up to 60 columns", () => {
    fc.assert(fc.property(cases(4, 60, 7), same), { numRuns: 100 });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, Disaggregated } from "../../src/gender/index.js";
import { disaggregated, suppressSmallCounts } from "../../src/gender/index.js";
import { bySexAgeCounts, bySexCounts, caught, counts, deepFreeze, HLV_BANDS } from "./helpers.js";

const hiddenOf = (v: Disaggregated): boolean[] => v.cells.map((c) => "suppressed" in c);

/**
 * Independent oracle: is some suppressed cell derivable from the margins? By sex only, the one margin is the
 * total: a lone suppressed cell is derivable. By sex × age, a suppressed cell (row r, column c) is derivable
 * exactly when, without it, the other suppressed cells do not link r and c (it lies on no cycle).
 */
function someDerivable(v: Disaggregated, hidden: readonly boolean[]): boolean {
  if (v.cells[0]?.age === undefined) return hidden.filter(Boolean).length === 1;
  const edges = v.cells.map((c, i) => ({ r: `s:${c.sex}`, c: `a:${c.age}`, i })).filter(({ i }) => hidden[i]);
  return edges.some((e) => {
    const others = edges.filter((x) => x.i !== e.i);
    const reached = new Set([e.r]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const x of others) {
        if (reached.has(x.r) !== reached.has(x.c)) {
          reached.add(x.r);
          reached.add(x.c);
          grew = true;
        }
      }
    }
    return !reached.has(e.c);
  });
}

const value = (c: CellValue): number => ("value" in c ? c.value : Number.NaN);

describe("suppressSmallCounts, worked examples", () => {
  it("3 women and 40 men of 43: both are withheld, since 43 − 40 gives 3; the total stays", () => {
    const input = deepFreeze(counts(3, 40, 43));
    expect(suppressSmallCounts(input)).toEqual({
      ...input,
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", suppressed: true },
      ],
    });
  });

  it("two small cells protect each other; nothing more is withheld", () => {
    const v = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", value: 3 },
        { sex: "male", value: 2 },
        { sex: "other", value: 10 },
      ],
      total: 15,
    });
    expect(suppressSmallCounts(v).cells).toEqual([
      { sex: "female", suppressed: true },
      { sex: "male", suppressed: true },
      { sex: "other", value: 10 },
    ]);
  });

  it("prefers a non-zero complement to a zero, and publishes zeros", () => {
    const v = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", value: 3 },
        { sex: "male", value: 0 },
        { sex: "unknown", value: 10 },
      ],
    });
    expect(suppressSmallCounts(v).cells).toEqual([
      { sex: "female", suppressed: true },
      { sex: "male", value: 0 },
      { sex: "unknown", suppressed: true },
    ]);
    expect(suppressSmallCounts(counts(0, 12)).cells).toEqual([
      { sex: "female", value: 0 },
      { sex: "male", value: 12 },
    ]);
    // With only a zero left, the zero must go too, or the total gives the 3 away.
    expect(suppressSmallCounts(counts(3, 0, 3)).cells).toEqual([
      { sex: "female", suppressed: true },
      { sex: "male", suppressed: true },
    ]);
  });

  it("takes another threshold", () => {
    expect(suppressSmallCounts(counts(3, 40), { threshold: 3 }).cells).toEqual([
      { sex: "female", value: 3 },
      { sex: "male", value: 40 },
    ]);
  });

  it("keeps cells that came suppressed, and protects them", () => {
    const v = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 40 },
        { sex: "other", value: 12 },
      ],
      total: 55,
    });
    expect(suppressSmallCounts(v).cells).toEqual([
      { sex: "female", suppressed: true },
      { sex: "male", value: 40 },
      { sex: "other", suppressed: true },
    ]);
  });

  it("by sex and age: one small cell costs a rectangle of four", () => {
    const v = disaggregated({
      unit: "count",
      ageGroups: HLV_BANDS.slice(0, 3),
      cells: [
        { sex: "female", age: "16-29", value: 2 },
        { sex: "female", age: "30-44", value: 30 },
        { sex: "female", age: "45-64", value: 40 },
        { sex: "male", age: "16-29", value: 25 },
        { sex: "male", age: "30-44", value: 35 },
        { sex: "male", age: "45-64", value: 45 },
      ],
      total: 177,
    });
    expect(suppressSmallCounts(v).cells).toEqual([
      { sex: "female", age: "16-29", suppressed: true },
      { sex: "female", age: "30-44", suppressed: true },
      { sex: "female", age: "45-64", value: 40 },
      { sex: "male", age: "16-29", suppressed: true },
      { sex: "male", age: "30-44", suppressed: true },
      { sex: "male", age: "45-64", value: 45 },
    ]);
  });

  it("refuses what it cannot protect, rates, and bad thresholds", () => {
    const alone = disaggregated({ unit: "count", cells: [{ sex: "female", value: 3 }], total: 3 });
    expect(caught(() => suppressSmallCounts(alone, { lang: "en" }))).toEqual({
      code: "cannot_protect",
      path: ["cells", 0],
      details: { cell: "female" },
      message: "The cell female is alone in its row or column and cannot be protected while the sum is published.",
    });
    const oneBand = disaggregated({
      unit: "count",
      ageGroups: [{ id: "all", from: 0 }],
      cells: [
        { sex: "female", age: "all", value: 30 },
        { sex: "male", age: "all", value: 2 },
      ],
    });
    expect(caught(() => suppressSmallCounts(oneBand))).toMatchObject({ code: "cannot_protect", path: ["cells", 1] });
    const rate = disaggregated({ unit: "rate", cells: [{ sex: "female", value: 1 }] });
    expect(caught(() => suppressSmallCounts(rate))).toMatchObject({ code: "not_counts", path: ["unit"] });
    expect(caught(() => suppressSmallCounts(counts(1, 1), { threshold: 0 }))).toMatchObject({
      code: "invalid_threshold",
      path: ["threshold"],
    });
    expect(caught(() => suppressSmallCounts(counts(1, 1), { threshold: 2.5 }))).toMatchObject({
      code: "invalid_threshold",
      path: ["threshold"],
    });
  });
});

describe("suppressSmallCounts, laws", () => {
  const anyValue = fc.oneof(bySexCounts(), bySexAgeCounts());
  const threshold = fc.integer({ min: 1, max: 8 });

  it("withholds every small non-zero count, changes no published number, keeps the total", () => {
    fc.assert(
      fc.property(anyValue, threshold, (v, t) => {
        const out = suppressSmallCounts(deepFreeze(v), { threshold: t });
        expect(out.total).toBe(v.total);
        out.cells.forEach((c, i) => {
          const before = v.cells[i] as CellValue;
          expect({ sex: c.sex, age: c.age }).toEqual({ sex: before.sex, age: before.age });
          if (value(before) > 0 && value(before) < t) expect(c).toEqual({ ...before, value: undefined, suppressed: true });
          if ("value" in c) expect(c.value).toBe(value(before));
        });
      }),
    );
  });

  it("leaves no suppressed cell derivable from the total, the margins and the published cells", () => {
    fc.assert(
      fc.property(anyValue, threshold, (v, t) => {
        expect(someDerivable(v, hiddenOf(suppressSmallCounts(v, { threshold: t })))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("never withholds a cell at or above the threshold without need: publishing any one of them again exposes a cell", () => {
    fc.assert(
      fc.property(anyValue, threshold, (v, t) => {
        const hidden = hiddenOf(suppressSmallCounts(v, { threshold: t }));
        hidden.forEach((h, i) => {
          const x = value(v.cells[i] as CellValue);
          if (!h || (x > 0 && x < t)) return;
          const again = hidden.map((y, j) => (j === i ? false : y));
          expect(someDerivable(v, again)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("by sex only: one small cell costs exactly one more, two or more cost nothing", () => {
    fc.assert(
      fc.property(bySexCounts(), threshold, (v, t) => {
        const primary = v.cells.filter((c) => value(c) > 0 && value(c) < t).length;
        const hidden = hiddenOf(suppressSmallCounts(v, { threshold: t })).filter(Boolean).length;
        expect(hidden - primary).toBe(primary === 1 ? 1 : 0);
      }),
    );
  });
});

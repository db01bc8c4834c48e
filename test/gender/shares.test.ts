import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disaggregated, shares, totalOf } from "../../src/gender/index.js";
import { bySexAgeCounts, bySexCounts, caught, counts, deepFreeze } from "./helpers.js";

describe("shares", () => {
  it("divides each cell by the total: 47 and 53 of 100", () => {
    expect(shares(counts(47, 53))).toEqual({
      cells: [
        { sex: "female", share: 0.47 },
        { sex: "male", share: 0.53 },
      ],
      unattributed: 0,
    });
  });

  it("uses the reported total, and shows what the cells leave over", () => {
    expect(shares(counts(47, 53, 103))).toEqual({
      cells: [
        { sex: "female", share: 47 / 103 },
        { sex: "male", share: 53 / 103 },
      ],
      unattributed: 3 / 103,
    });
  });

  it("keeps a suppressed cell suppressed; its part is in unattributed", () => {
    const v = deepFreeze(
      disaggregated({
        unit: "count",
        cells: [
          { sex: "female", suppressed: true },
          { sex: "male", value: 40 },
        ],
        total: 43,
      }),
    );
    expect(shares(v)).toEqual({
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", share: 40 / 43 },
      ],
      unattributed: 3 / 43,
    });
  });

  it("refuses parts above the total, a zero total, and rates", () => {
    expect(caught(() => shares(counts(60, 50, 100)))).toEqual({
      code: "parts_exceed_total",
      path: ["total"],
      details: { parts: 110, total: 100 },
      message: "Delarna (110) är större än den rapporterade totalen (100).",
    });
    expect(caught(() => shares(counts(0, 0)))).toMatchObject({ code: "zero_total", path: ["total"] });
    const rate = disaggregated({ unit: "rate", cells: [{ sex: "female", value: 1 }], total: 1 });
    expect(caught(() => shares(rate))).toMatchObject({ code: "not_counts", path: ["unit"], details: { unit: "rate" } });
  });

  it("law: where the total is known and positive, the shares and the unattributed part sum to 1", () => {
    fc.assert(
      fc.property(fc.oneof(bySexCounts(), bySexAgeCounts()), (v) => {
        fc.pre(totalOf(v) > 0);
        const s = shares(v);
        const sum = s.cells.reduce((acc, c) => acc + ("share" in c ? c.share : 0), 0);
        // The generated cells add up to the total, so nothing is unattributed.
        expect(s.unattributed).toBe(0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
      }),
    );
  });
});

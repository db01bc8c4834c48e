import { describe, expect, it } from "vitest";
import { disaggregated, formatShares } from "../../src/gender/index.js";
import { caught, counts, deepFreeze, HLV_BANDS } from "./helpers.js";

describe("formatShares", () => {
  it("47 % kvinnor, 53 % män / 47% women, 53% men", () => {
    const v = deepFreeze(counts(47, 53));
    expect(formatShares(v)).toBe("47 % kvinnor, 53 % män");
    expect(formatShares(v, { lang: "en" })).toBe("47% women, 53% men");
  });

  it("rounds each share on its own, half away from zero, from the counts", () => {
    // 285 of 1000 is exactly 28.5 %, which rounds to 29; 0.285 × 100 would be 28.499… and round to 28.
    expect(formatShares(counts(285, 715))).toBe("29 % kvinnor, 72 % män");
    expect(formatShares(counts(1, 2), { decimals: 1 })).toBe("33,3 % kvinnor, 66,7 % män");
    expect(formatShares(counts(1, 2), { decimals: 1, lang: "en" })).toBe("33.3% women, 66.7% men");
  });

  it("prints suppressed cells as .., and by age with the age words", () => {
    const hidden = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", suppressed: true },
        { sex: "other", value: 10 },
      ],
      total: 15,
    });
    expect(formatShares(hidden)).toBe(".. kvinnor, .. män, 67 % annat kön");
    const byAge = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", age: "children", value: 10 },
        { sex: "male", age: "children", value: 15 },
        { sex: "female", age: "adults", value: 40 },
        { sex: "male", age: "adults", value: 35 },
      ],
    });
    expect(formatShares(byAge)).toBe("10 % flickor, 15 % pojkar, 40 % kvinnor, 35 % män");
    const bands = disaggregated({
      unit: "count",
      ageGroups: HLV_BANDS,
      cells: [
        { sex: "female", age: "16-29", value: 1 },
        { sex: "male", age: "16-29", value: 3 },
      ],
    });
    expect(formatShares(bands, { lang: "en" })).toBe("25% women aged 16–29, 75% men aged 16–29");
  });

  it("refuses what shares refuses", () => {
    expect(caught(() => formatShares(counts(60, 50, 100)))).toMatchObject({
      code: "parts_exceed_total",
      path: ["total"],
    });
    expect(caught(() => formatShares(counts(1, 2), { decimals: -1 }))).toMatchObject({
      code: "invalid_decimals",
      path: ["decimals"],
    });
  });
});

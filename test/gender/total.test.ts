import { describe, expect, it } from "vitest";
import { disaggregated, totalOf } from "../../src/gender/index.js";
import { caught, counts } from "./helpers.js";

describe("totalOf", () => {
  it("is the reported total when there is one, else the sum of the cells", () => {
    expect(totalOf(counts(47, 53))).toBe(100);
    expect(totalOf(counts(47, 53, 103))).toBe(103);
    expect(totalOf(disaggregated({ unit: "rate", cells: [{ sex: "female", value: 310 }], total: 380 }))).toBe(380);
  });

  it("refuses to guess: no reported total and a suppressed cell, or rates without a total", () => {
    const hidden = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", value: 40 },
      ],
    });
    expect(caught(() => totalOf(hidden))).toMatchObject({ code: "unknown_total", path: ["total"] });
    const rates = disaggregated({
      unit: "rate",
      cells: [
        { sex: "female", value: 310 },
        { sex: "male", value: 450 },
      ],
    });
    expect(caught(() => totalOf(rates, { lang: "en" }))).toMatchObject({ code: "unknown_total", path: ["total"] });
  });

  it("checks hand-built values too", () => {
    const bad = {
      kind: "disaggregated",
      unit: "count",
      ageGroups: [],
      cells: [{ sex: "female", value: Number.NaN }],
    } as never;
    expect(caught(() => totalOf(bad))).toMatchObject({ code: "invalid_age_group", path: ["ageGroups"] });
  });
});

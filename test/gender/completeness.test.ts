import { describe, expect, it } from "vitest";
import { breakdownCompleteness, disaggregated } from "../../src/gender/index.js";
import { caught, counts, deepFreeze, HLV_BANDS } from "./helpers.js";

describe("breakdownCompleteness", () => {
  it("complete, partial, none and not applicable, by sex", () => {
    expect(breakdownCompleteness(deepFreeze(counts(4, 5, 9)))).toBe("complete");
    expect(breakdownCompleteness(disaggregated({ unit: "count", cells: [{ sex: "female", value: 4 }], total: 9 }))).toBe("partial");
    expect(breakdownCompleteness(disaggregated({ unit: "count", cells: [], total: 9 }))).toBe("none");
    expect(breakdownCompleteness(disaggregated({ unit: "count", cells: [{ sex: "unknown", value: 9 }], total: 9 }))).toBe("none");
    expect(breakdownCompleteness(counts(4, 5, 9), { applicable: false })).toBe("not_applicable");
  });

  it("counts a suppressed cell as broken down", () => {
    const v = disaggregated({
      unit: "count",
      cells: [
        { sex: "female", suppressed: true },
        { sex: "male", suppressed: true },
      ],
      total: 7,
    });
    expect(breakdownCompleteness(v)).toBe("complete");
  });

  it("by sex and age, needs women and men in every band of the scheme", () => {
    const bands = HLV_BANDS.slice(0, 2);
    const some = disaggregated({
      unit: "percent",
      ageGroups: bands,
      cells: [
        { sex: "female", age: "16-29", value: 1 },
        { sex: "male", age: "16-29", value: 1 },
      ],
    });
    expect(breakdownCompleteness(some)).toBe("partial");
    const all = disaggregated({
      unit: "percent",
      ageGroups: bands,
      cells: ["female", "male"].flatMap((sex) => bands.map((b) => ({ sex: sex as "female" | "male", age: b.id, value: 1 }))),
    });
    expect(breakdownCompleteness(all)).toBe("complete");
  });

  it("checks the value", () => {
    expect(caught(() => breakdownCompleteness({ unit: "count", cells: [{ sex: "female", value: -1 }] } as never))).toMatchObject({
      code: "negative_count",
      path: ["cells", 0, "value"],
    });
  });
});

import { describe, expect, it } from "vitest";
import type { Completeness } from "../../src/gender/index.js";
import { indicatorCompleteness, summarizeCompleteness } from "../../src/gender/index.js";
import { caught, deepFreeze } from "./helpers.js";

describe("indicatorCompleteness", () => {
  it("combines the statuses of an indicator's values", () => {
    expect(indicatorCompleteness(["complete", "complete", "not_applicable"])).toBe("complete");
    expect(indicatorCompleteness(["complete", "none"])).toBe("partial");
    expect(indicatorCompleteness(["partial"])).toBe("partial");
    expect(indicatorCompleteness(["none", "not_applicable"])).toBe("none");
    expect(indicatorCompleteness(["not_applicable", "not_applicable"])).toBe("not_applicable");
    expect(indicatorCompleteness([])).toBe("none");
  });

  it("refuses unknown statuses", () => {
    expect(caught(() => indicatorCompleteness(["complete", "full" as Completeness]))).toMatchObject({
      code: "unknown_code",
      path: [1],
    });
  });
});

describe("summarizeCompleteness", () => {
  it("counts the statuses and the share complete of the applicable ones", () => {
    expect(summarizeCompleteness(deepFreeze(["complete", "complete", "partial", "not_applicable"] as Completeness[]))).toStrictEqual({
      complete: 2,
      partial: 1,
      none: 0,
      notApplicable: 1,
      applicable: 3,
      shareComplete: 2 / 3,
    });
  });

  it("has no share of nothing", () => {
    expect(summarizeCompleteness(["not_applicable"])).toStrictEqual({
      complete: 0,
      partial: 0,
      none: 0,
      notApplicable: 1,
      applicable: 0,
    });
    expect(caught(() => summarizeCompleteness(["x" as Completeness]))).toMatchObject({
      code: "unknown_code",
      path: [0],
    });
  });
});

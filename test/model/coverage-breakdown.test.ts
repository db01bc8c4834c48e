import { describe, expect, it } from "vitest";
import { coverageBreakdown } from "../../src/index.js";

describe("coverageBreakdown", () => {
  it("lists schools under school, the other declared sets under unit, municipalities in byMunicipality", () => {
    expect(coverageBreakdown({ type: "coverage", of: "schools", total: 20 })).toBe("school");
    expect(coverageBreakdown({ type: "coverage", of: "retailers", total: 9 })).toBe("unit");
    expect(coverageBreakdown({ type: "coverage", of: "licensed_premises", total: 9 })).toBe("unit");
    expect(coverageBreakdown({ type: "coverage", of: "units", total: 9 })).toBe("unit");
    expect(coverageBreakdown({ type: "coverage", of: "county_municipalities" })).toBeUndefined();
  });
});

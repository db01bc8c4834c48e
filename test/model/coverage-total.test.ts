import { describe, expect, it } from "vitest";
import { coverageTotal } from "../../src/index.js";

describe("coverageTotal", () => {
  it("takes total first, then the number of members, then for municipalities the county's number", () => {
    expect(coverageTotal({ type: "coverage", of: "schools", total: 20, members: ["A", "B"] }, 8)).toBe(20);
    expect(coverageTotal({ type: "coverage", of: "schools", members: ["A", "B"] }, 8)).toBe(2);
    expect(coverageTotal({ type: "coverage", of: "county_municipalities" }, 8)).toBe(8);
    expect(coverageTotal({ type: "coverage", of: "county_municipalities", total: 7 }, 8)).toBe(7);
  });

  it("does not know the size of a declared set without total or members, nor of municipalities without reference data", () => {
    expect(coverageTotal({ type: "coverage", of: "retailers" }, 8)).toBeUndefined();
    expect(coverageTotal({ type: "coverage", of: "county_municipalities" }, undefined)).toBeUndefined();
  });
});

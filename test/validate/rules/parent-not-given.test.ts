import { describe, expect, it } from "vitest";
import { type Plan, validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const local = (): Plan => ({ ...minimalPlan(), level: "local", id: "vaxjo", parentPlan: "test-2017-2021" });

describe("parent_not_given", () => {
  it("says the regional plan named by parentPlan is not given, so its checks are skipped", () => {
    expect(issuesOf(local(), "parent_not_given")).toEqual([
      { code: "parent_not_given", severity: "info", path: ["parentPlan"], parent: "test-2017-2021" },
    ]);
    expect(validatePlan(local(), {}, { lang: "en" }).issues.find((f) => f.code === "parent_not_given")?.message).toBe(
      "Regional plan test-2017-2021 is not given, so the references to it (regionalRef) and the plan's period are not checked against it.",
    );
  });

  it("is quiet with a parent given, and on a plan without parentPlan", () => {
    expect(issuesOf(local(), "parent_not_given", { parent: minimalPlan() })).toEqual([]);
    expect(issuesOf(minimalPlan(), "parent_not_given")).toEqual([]);
  });
});

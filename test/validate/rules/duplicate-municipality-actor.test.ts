import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("duplicate_municipality_actor", () => {
  it("reports a second organisation of type municipality with the same code: a department typed as its municipality", () => {
    const plan = minimalPlan();
    plan.actors.push(
      { kind: "organisation", id: "vaxjo-kommun", name: "Växjö kommun", type: "municipality", municipalityCode: "0780" },
      { kind: "organisation", id: "ljungby-kommun", name: "Ljungby kommun", type: "municipality", municipalityCode: "0781" },
      { kind: "organisation", id: "vaxjo-soc", name: "Socialförvaltningen, Växjö kommun", type: "municipality", municipalityCode: "0780" },
    );
    expect(issuesOf(plan, "duplicate_municipality_actor")).toEqual([
      {
        code: "duplicate_municipality_actor",
        severity: "warning",
        path: ["actors", 3, "municipalityCode"],
        municipality: "0780",
        actor: "vaxjo-soc",
        firstActor: "vaxjo-kommun",
      },
    ]);
    expect(validatePlan(plan).issues.find((f) => f.code === "duplicate_municipality_actor")?.message).toBe(
      "Både vaxjo-kommun och vaxjo-soc är av typen kommun med kommunkod 0780; bara kommunen själv är det, en nämnd eller förvaltning har en egen typ.",
    );
    expect(validatePlan(plan, {}, { lang: "en" }).issues.find((f) => f.code === "duplicate_municipality_actor")?.message).toBe(
      "Both vaxjo-kommun and vaxjo-soc are of type municipality with code 0780; only the municipality itself is, a committee or department has its own type.",
    );
  });

  it("passes a municipality with its department and committee typed as such", () => {
    const plan = minimalPlan();
    plan.actors.push(
      { kind: "organisation", id: "vaxjo-kommun", name: "Växjö kommun", type: "municipality", municipalityCode: "0780" },
      { kind: "organisation", id: "vaxjo-soc", name: "Socialförvaltningen", type: "municipal_department", municipalityCode: "0780" },
      { kind: "organisation", id: "vaxjo-sn", name: "Socialnämnden", type: "municipal_committee", parent: "vaxjo-kommun" },
    );
    expect(issuesOf(plan, "duplicate_municipality_actor")).toEqual([]);
  });
});

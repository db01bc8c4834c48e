import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const vaxjo = { kind: "organisation", id: "vaxjo-kommun", name: "Växjö kommun", type: "municipality", municipalityCode: "0780" } as const;

describe("municipal_body_without_municipality", () => {
  it("reports a committee or department whose code and parents lead to no municipality", () => {
    const plan = minimalPlan();
    plan.actors.push(
      vaxjo,
      { kind: "organisation", id: "namndlos", name: "Socialnämnden", type: "municipal_committee" },
      // Its parent is a network without a municipality code.
      { kind: "organisation", id: "stad", name: "STAD", type: "programme" },
      { kind: "organisation", id: "forvaltning", name: "Förvaltningen", type: "municipal_department", parent: "stad" },
      // A loop of two departments, neither with a code.
      { kind: "organisation", id: "a", name: "A", type: "municipal_department", parent: "b" },
      { kind: "organisation", id: "b", name: "B", type: "municipal_department", parent: "a" },
    );
    expect(issuesOf(plan, "municipal_body_without_municipality")).toEqual([
      {
        code: "municipal_body_without_municipality",
        severity: "warning",
        path: ["actors", 2],
        actor: "namndlos",
        type: "municipal_committee",
      },
      {
        code: "municipal_body_without_municipality",
        severity: "warning",
        path: ["actors", 4],
        actor: "forvaltning",
        type: "municipal_department",
      },
      { code: "municipal_body_without_municipality", severity: "warning", path: ["actors", 5], actor: "a", type: "municipal_department" },
      { code: "municipal_body_without_municipality", severity: "warning", path: ["actors", 6], actor: "b", type: "municipal_department" },
    ]);
    expect(validatePlan(plan).issues.find((f) => f.code === "municipal_body_without_municipality")?.message).toBe(
      "Aktören namndlos är en kommunal nämnd men anger inte sin kommun (municipalityCode eller parent).",
    );
    expect(validatePlan(plan, {}, { lang: "en" }).issues.find((f) => f.code === "municipal_body_without_municipality")?.message).toBe(
      "Actor namndlos is a municipal committee but does not name its municipality (municipalityCode or parent).",
    );
  });

  it("passes a code of its own, a parent chain to the municipality, and leaves an unknown parent to unknown_actor", () => {
    const plan = minimalPlan();
    plan.actors.push(
      vaxjo,
      { kind: "organisation", id: "sn", name: "Socialnämnden", type: "municipal_committee", parent: "vaxjo-kommun" },
      { kind: "organisation", id: "sf", name: "Socialförvaltningen", type: "municipal_department", parent: "sn" },
      { kind: "organisation", id: "uf", name: "Utbildningsförvaltningen", type: "municipal_department", municipalityCode: "0780" },
      { kind: "organisation", id: "okand", name: "Okänd förvaltning", type: "municipal_department", parent: "finns-inte" },
    );
    expect(issuesOf(plan, "municipal_body_without_municipality")).toEqual([]);
    expect(issuesOf(plan, "unknown_actor")).toEqual([
      { code: "unknown_actor", severity: "error", path: ["actors", 5, "parent"], actor: "finns-inte" },
    ]);
  });
});

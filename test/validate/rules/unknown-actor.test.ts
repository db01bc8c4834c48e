import { describe, expect, it } from "vitest";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("unknown_actor", () => {
  it("reports every kind of actor reference that is not in the registry", () => {
    const plan = minimalPlan();
    plan.owner = { name: "Ägare", actor: "agare", principals: ["lst", "region"] };
    plan.adoption = { by: "Ledningsgruppen", signatories: [{ name: "N N", role: "Landshövding", organisation: "lansstyrelsen" }] };
    plan.actors.push({ kind: "group", id: "grupp", name: "Grupp", members: ["lst", "polis"] });
    plan.subGoals[0]!.areas![0]!.activities[0] = activity("F.1", {
      responsible: { text: "X", actors: ["x"] },
      partners: { text: "Y", actors: ["lst", "y"] },
    });
    plan.organisation = [
      { kind: "body", id: "lg", type: "management_group", name: "Ledningsgruppen", members: { text: "Z", actors: ["z"] } },
    ];
    expect(issuesOf(plan, "unknown_actor")).toEqual([
      { code: "unknown_actor", severity: "error", path: ["owner", "actor"], actor: "agare" },
      { code: "unknown_actor", severity: "error", path: ["owner", "principals", 1], actor: "region" },
      {
        code: "unknown_actor",
        severity: "error",
        path: ["subGoals", 0, "areas", 0, "activities", 0, "responsible", "actors", 0],
        actor: "x",
      },
      { code: "unknown_actor", severity: "error", path: ["subGoals", 0, "areas", 0, "activities", 0, "partners", "actors", 1], actor: "y" },
      { code: "unknown_actor", severity: "error", path: ["actors", 1, "members", 1], actor: "polis" },
      { code: "unknown_actor", severity: "error", path: ["organisation", 0, "members", "actors", 0], actor: "z" },
      { code: "unknown_actor", severity: "error", path: ["adoption", "signatories", 0, "organisation"], actor: "lansstyrelsen" },
    ]);
  });

  it("checks an organisation's parent, and signatories by role only or none at all", () => {
    const plan = minimalPlan();
    plan.actors.push({ kind: "organisation", id: "sn", name: "Socialnämnden", type: "municipal_committee", parent: "kommunen" });
    plan.adoption = { by: "Kommunfullmäktige", signatories: [{ role: "Kommunstyrelsens ordförande" }] };
    expect(issuesOf(plan, "unknown_actor")).toEqual([
      { code: "unknown_actor", severity: "error", path: ["actors", 1, "parent"], actor: "kommunen" },
    ]);
    expect(issuesOf({ ...plan, adoption: { by: "Kommunfullmäktige" } }, "unknown_actor")).toHaveLength(1);
  });

  it("passes references that resolve", () => {
    expect(issuesOf(minimalPlan(), "unknown_actor")).toEqual([]);
  });
});

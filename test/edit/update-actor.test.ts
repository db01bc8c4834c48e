import { describe, expect, it } from "vitest";
import { updateActor } from "../../src/edit/update-actor.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("updateActor", () => {
  it("renames an actor and gives it an alias", () => {
    const plan = deepFreeze(minimalPlan());
    const result = updateActor(plan, { id: "lst", changes: { name: "Länsstyrelsen i Kronobergs län", aliases: ["Länsstyrelsen"] } });
    expect(result.issues).toEqual([]);
    expect(result.plan.actors[0]).toMatchObject({ id: "lst", name: "Länsstyrelsen i Kronobergs län", aliases: ["Länsstyrelsen"] });
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown id and a type the format does not know", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(updateActor(plan, { id: "x", changes: {} }))).toEqual([["not_found", "error", [], "Det finns ingen aktör med id x."]]);
    const bad = updateActor(plan, { id: "lst", changes: { type: "church" as "region" } }, { lang: "en" });
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([["invalid_value", ["actors", 0, "type"]]]);
  });
});

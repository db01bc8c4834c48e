import { describe, expect, it } from "vitest";
import { removeActor } from "../../src/edit/remove-actor.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("removeActor", () => {
  it("removes an actor nothing names", () => {
    const base = minimalPlan();
    base.actors.push({ kind: "organisation", id: "region", name: "Region", type: "region" });
    const plan = deepFreeze(base);
    const result = removeActor(plan, { id: "region" });
    expect(result.issues).toEqual([]);
    expect(result.patches).toEqual([{ op: "remove", path: "/actors/1" }]);
    expectRoundTrip(plan, result);
  });

  it("refuses an actor still named, with the path of the first reference, and an unknown one", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(removeActor(plan, { id: "lst" }, { lang: "en" }))).toEqual([
      ["actor_in_use", "error", ["actors", 0], 'The actor "lst" cannot be removed: it is named at owner.principals.0.'],
    ]);
    expect(removeActor(plan, { id: "lst" }).issues[0]).toMatchObject({ actor: "lst", usedAt: ["owner", "principals", 0] });
    expect(brief(removeActor(plan, { id: "polis" }))).toEqual([["not_found", "error", [], "Det finns ingen aktör med id polis."]]);
  });
});

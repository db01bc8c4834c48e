import { describe, expect, it } from "vitest";
import { addActor } from "../../src/edit/add-actor.js";
import type { ActorGroup } from "../../src/index.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("addActor", () => {
  it("adds an organisation to the registry", () => {
    const plan = deepFreeze(minimalPlan());
    const region = { kind: "organisation", id: "region", name: "Region Kronoberg", type: "region" } as const;
    const result = addActor(plan, { actor: region });
    expect(result.issues).toEqual([]);
    expect(result.patches).toEqual([{ op: "add", path: "/actors/1", value: region }]);
    expectRoundTrip(plan, result);
  });

  it("refuses a taken id and a group with a member not in the registry", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(addActor(plan, { actor: { kind: "group", id: "lst", name: "X", members: [] } }, { lang: "en" }))).toEqual([
      ["duplicate_code", "error", ["actor", "id"], 'The same id "lst" of actor is already used at actors.0.'],
    ]);
    const group: ActorGroup = { kind: "group", id: "grupp", name: "Grupp", members: ["lst", "polis"] };
    expect(brief(addActor(plan, { actor: group }))).toEqual([
      [
        "validation",
        "error",
        ["actors", 1, "members", 1],
        'Ändringen ger en ny anmärkning vid validering: Aktören "polis" finns inte i planens aktörsregister.',
      ],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import type { Plan } from "../../src/index.js";
import { chainView } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

const KRONOBERG = "kronoberg-2017-2021";

/** An invented local plan (påhittad) of a municipality, whose one area has `refs` as regionalRef, one per activity. */
function localPlan(id: string, code: string, refs: Plan["subGoals"][number]["regionalRef"][]): Plan {
  const plan: Plan = { ...minimalPlan(), level: "local", id, title: `Plan ${id} (påhittad)`, parentPlan: KRONOBERG };
  plan.territory = { countyCode: "07", municipalityCode: code };
  plan.subGoals = [
    {
      kind: "sub_goal",
      code: "1",
      text: "Mål.",
      areas: [
        {
          kind: "collaboration_area",
          id: "a",
          title: "Område",
          localTips: [],
          activities: refs.map((regionalRef, i) => activity(`1.${i + 1}`, { regionalRef })),
        },
      ],
    },
  ];
  return plan;
}

describe("chainView", () => {
  it("lists what each municipality's plan takes up, the municipalities without one and the sub-goals nobody follows", () => {
    const vaxjo = localPlan("vaxjo", "0780", [
      // An activity implies its area and sub-goal; a sub-goal alone adds only itself.
      { plan: KRONOBERG, activity: "2.6" },
      { plan: KRONOBERG, subGoal: "F" },
      // Unknown elements and other plans are left out.
      { plan: KRONOBERG, area: "x-z" },
      { plan: "annan", subGoal: "3" },
    ]);
    const ljungby = localPlan("ljungby", "0781", [{ plan: KRONOBERG, area: "1-b" }]);
    const other = { ...localPlan("annan-lokal", "0764", [{ plan: KRONOBERG, subGoal: "4" }]), parentPlan: "annan" };
    const view = chainView(deepFreeze(kronoberg2017), deepFreeze([vaxjo, ljungby, other]));
    expect(view.plan).toEqual({ id: KRONOBERG, title: "Regional handlingsplan ANDT 2017–2021", countyCode: "07" });
    // Kronoberg's 8 municipalities in code order; Alvesta (0764) has only a plan of another parent.
    expect(view.municipalities.map((m) => [m.municipalityCode, m.name, m.plans.map((p) => p.id)])).toEqual([
      ["0760", "Uppvidinge", []],
      ["0761", "Lessebo", []],
      ["0763", "Tingsryd", []],
      ["0764", "Alvesta", []],
      ["0765", "Älmhult", []],
      ["0767", "Markaryd", []],
      ["0780", "Växjö", ["vaxjo"]],
      ["0781", "Ljungby", ["ljungby"]],
    ]);
    expect(view.municipalities[6]?.plans[0]).toEqual({
      id: "vaxjo",
      title: "Plan vaxjo (påhittad)",
      subGoals: ["F", "2"],
      areas: ["2-b"],
      activities: ["2.6"],
    });
    expect(view.municipalities[7]?.plans[0]).toEqual({
      id: "ljungby",
      title: "Plan ljungby (påhittad)",
      subGoals: ["1"],
      areas: ["1-b"],
      activities: [],
    });
    expect(view.subGoals.map((s) => [s.code, s.followedBy])).toEqual([
      ["F", ["0780"]],
      ["1", ["0781"]],
      ["2", ["0780"]],
      ["3", []],
      ["4", []],
      ["5", []],
    ]);
    expect(view.withoutPlan).toEqual(["0760", "0761", "0763", "0764", "0765", "0767"]);
    expect(view.notFollowed).toEqual(["3", "4", "5"]);
  });

  it("adds a row for a local plan of a municipality the reference data does not know, named by its code", () => {
    const view = chainView(kronoberg2017, [localPlan("ny", "0799", [])], { reference: { counties: [], municipalities: [] } });
    expect(view.municipalities).toEqual([
      {
        municipalityCode: "0799",
        name: "0799",
        plans: [{ id: "ny", title: "Plan ny (påhittad)", subGoals: [], areas: [], activities: [] }],
      },
    ]);
    expect(view.notFollowed).toEqual(["F", "1", "2", "3", "4", "5"]);
  });
});

describe("chainView of a regional plan without areas", () => {
  it("takes up an activity and its sub-goal, and no area, when the activity lies directly under the sub-goal", () => {
    const regional = planWithoutAreas();
    const local: Plan = {
      ...localPlan("vaxjo", "0780", [{ plan: "exempel-2013-2015", activity: "1.2" }]),
      parentPlan: "exempel-2013-2015",
    };
    const view = chainView(deepFreeze(regional), deepFreeze([local]));
    expect(view.municipalities.find((m) => m.municipalityCode === "0780")?.plans).toEqual([
      { id: "vaxjo", title: "Plan vaxjo (påhittad)", subGoals: ["1"], areas: [], activities: ["1.2"] },
    ]);
    expect(view.notFollowed).toEqual(["2"]);
  });
});

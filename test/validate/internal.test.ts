import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/index.js";
import { municipalities } from "../../src/reference/index.js";
import { actorReferences, followedGoalRefsOf, goalRefsOf, municipalityLookup, normaliseSpace } from "../../src/validate/internal.js";
import { minimalPlan } from "../support/plans.js";

describe("actorReferences", () => {
  it("lists every actor reference with its path, or only those `keep` keeps", () => {
    const plan: Plan = minimalPlan();
    const activity = plan.subGoals[0]?.areas?.[1]?.activities[0];
    if (activity === undefined) throw new Error("the minimal plan has activity F.3");
    activity.partners = { text: "Kommunerna", actors: ["kommun", "lst"] };
    plan.organisation.push({
      kind: "body",
      id: "lg",
      type: "management_group",
      name: "Ledningsgrupp",
      members: { text: "Kommunen", actors: ["kommun"] },
    });
    const all = actorReferences(plan);
    // The owner's principal, the four activities' responsible, F.3's two partners, the body's member.
    expect(all.map(({ id }) => id)).toEqual(["lst", "lst", "lst", "lst", "kommun", "lst", "lst", "kommun"]);
    expect(actorReferences(plan, undefined, (id) => id === "kommun")).toEqual([
      { id: "kommun", path: ["subGoals", 0, "areas", 1, "activities", 0, "partners", "actors", 0] },
      { id: "kommun", path: ["organisation", 0, "members", "actors", 0] },
    ]);
    expect(actorReferences(plan, undefined, (id) => id === "kommun")).toEqual(all.filter(({ id }) => id === "kommun"));
  });
});

describe("goalRefsOf and followedGoalRefsOf", () => {
  it("list the goals not followed, then those of sub-goals, then those of areas, each with its path", () => {
    const plan: Plan = {
      ...minimalPlan(),
      nationalGoalsNotFollowed: [{ strategy: "andt-2016-2020", goal: "6", decision: "left_out" }],
    };
    const [first, second] = plan.subGoals;
    if (first === undefined || second === undefined) throw new Error("the minimal plan has two sub-goals");
    first.nationalGoalRefs = [{ strategy: "andt-2016-2020", goal: "2" }];
    const area = second.areas?.[0];
    if (area === undefined) throw new Error("sub-goal 1 has an area");
    area.nationalGoalRef = { strategy: "andt-2016-2020", goal: "1.1" };
    const followed = [
      { ref: { strategy: "andt-2016-2020", goal: "2" }, path: ["subGoals", 0, "nationalGoalRefs", 0] },
      { ref: { strategy: "andt-2016-2020", goal: "1" }, path: ["subGoals", 1, "nationalGoalRef"] },
      { ref: { strategy: "andt-2016-2020", goal: "1.1" }, path: ["subGoals", 1, "areas", 0, "nationalGoalRef"] },
    ];
    expect(followedGoalRefsOf(plan)).toEqual(followed);
    expect(goalRefsOf(plan)).toEqual([
      { ref: { strategy: "andt-2016-2020", goal: "6", decision: "left_out" }, path: ["nationalGoalsNotFollowed", 0] },
      ...followed,
    ]);
  });
});

describe("municipalityLookup", () => {
  it("counts the municipalities of each county and finds them by code, the same lookup for the shipped list", () => {
    const lookup = municipalityLookup(municipalities());
    // Kronoberg (07) has 8 municipalities, Stockholm (01) 26; 290 in all.
    expect(lookup.countInCounty.get("07")).toBe(8);
    expect(lookup.countInCounty.get("01")).toBe(26);
    expect([...lookup.countInCounty.values()].reduce((a, b) => a + b)).toBe(290);
    expect(lookup.byCode.get("0780")?.name).toBe("Växjö");
    expect(municipalityLookup(municipalities())).toBe(lookup);
  });

  it("makes a list that can change anew on each call, keeping the last municipality of a code", () => {
    const list = [
      { code: "0780", name: "Växjö", longName: "Växjö kommun", countyCode: "07" },
      { code: "0780", name: "Annan", longName: "Annan kommun", countyCode: "08" },
    ];
    const first = municipalityLookup(list);
    expect(first.byCode.get("0780")?.name).toBe("Annan");
    expect([...first.countInCounty]).toEqual([
      ["07", 1],
      ["08", 1],
    ]);
    list.pop();
    expect(municipalityLookup(list).byCode.get("0780")?.name).toBe("Växjö");
  });
});

describe("normaliseSpace", () => {
  it("makes runs of white space one space and trims, and returns a text already so unchanged", () => {
    expect(normaliseSpace("  Barn\u00a0och \n unga\t")).toBe("Barn och unga");
    expect(normaliseSpace("Barn  och unga")).toBe("Barn och unga");
    expect(normaliseSpace("Barn\u2003och unga")).toBe("Barn och unga");
    expect(normaliseSpace(" ")).toBe("");
    const text = "Barn och unga";
    expect(normaliseSpace(text)).toBe(text);
  });

  it("gives what replacing every run and trimming gives, for any text of spaces, white space and letters", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "\u2028", "a", "ö", "1");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(normaliseSpace(text)).toBe(text.replace(/\s+/gu, " ").trim());
      }),
    );
  });
});

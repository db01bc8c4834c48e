import { describe, expect, it } from "vitest";
import { diffPlans } from "../../src/edit/diff-plans.js";
import { moveActivity } from "../../src/edit/move-activity.js";
import { updateActivity } from "../../src/edit/update-activity.js";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { OptionError } from "../../src/index.js";
import { thrown } from "../support/errors.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

const summaries = (a: Parameters<typeof diffPlans>[0], b: Parameters<typeof diffPlans>[1], lang: "sv" | "en" = "sv") =>
  diffPlans(a, b, { lang }).changes.map((c) => c.summary);

describe("diffPlans", () => {
  it("finds nothing between a plan and itself, or an equal copy", () => {
    expect(diffPlans(kronoberg2017, kronoberg2017)).toEqual({ equal: true, changes: [] });
    expect(diffPlans(minimalPlan(), minimalPlan()).equal).toBe(true);
  });

  it("tells a change of responsibility in the issue's words, with the path in both versions", () => {
    const revised = updateActivity(kronoberg2017, {
      code: "2.3",
      changes: { responsible: { text: "Region Kronoberg", actors: ["region-kronoberg"] } },
    }).plan;
    const diff = diffPlans(kronoberg2017, revised);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      kind: "changed",
      element: "activity",
      key: "2.3",
      field: "responsible",
      pathBefore: ["subGoals", 2, "areas", 0, "activities", 2],
      pathAfter: ["subGoals", 2, "areas", 0, "activities", 2],
      summary:
        "Aktivitet 2.3: ansvar ändrat från Länsstyrelsen, Region Kronoberg och Polismyndigheten (Beredningsgruppen) till Region Kronoberg",
    });
  });

  it("matches a renumbered activity by its text and reports the move and the code change", () => {
    const plan = deepFreeze(minimalPlan());
    const moved = moveActivity(plan, { code: "F.1", toArea: "1-a" }).plan;
    expect(summaries(plan, moved, "en")).toEqual([
      "Activity F.1 (formerly F.2): code changed from F.2 to F.1",
      "Activity F.2 (formerly F.3): code changed from F.3 to F.2",
      "Activity 1.2 (formerly F.1): code changed from F.1 to 1.2",
      "Activity 1.2 (formerly F.1): moved from area of collaboration f-a to area of collaboration 1-a",
      "Indicator F.1-1 (formerly F.2-1): id changed from F.2-1 to F.1-1",
      "Indicator F.2-1 (formerly F.3-1): id changed from F.3-1 to F.2-1",
      "Indicator 1.2-1 (formerly F.1-1): id changed from F.1-1 to 1.2-1",
    ]);
  });

  it("finds an activity whose code and wording both changed by similar text", () => {
    const a = minimalPlan();
    a.subGoals[1]!.areas![0]!.activities[0]!.text = "Tillsyn av tobaksförsäljning i länets kommuner.";
    const b = minimalPlan();
    b.subGoals[1]!.areas![0]!.activities[0] = activity("1.7", { text: "Tillsyn av tobaks- och alkoholförsäljning i länets kommuner." });
    expect(diffPlans(a, b).changes.map((c) => [c.kind, c.key, c.oldKey, c.kind === "changed" && c.field])).toEqual([
      ["changed", "1.7", "1.1", "code"],
      ["changed", "1.7", "1.1", "text"],
      // Its indicator's id follows the code by the convention (1.1-1 → 1.7-1).
      ["changed", "1.7-1", "1.1-1", "id"],
    ]);
  });

  it("does not pair texts that are only alike in their pattern", () => {
    const b = minimalPlan();
    b.subGoals[1]!.areas![0]!.activities = [activity("1.2")];
    // By hand: "Aktivitet 1.1." and "Aktivitet 1.2." share 11 of their 13 character pairs each: 22/26 ≈ 0.85, so they
    // pair; "Aktivitet F.3." and "Aktivitet 1.2." share 9: 18/26 ≈ 0.69, below 0.75, so they do not.
    expect(summaries(minimalPlan(), b)).toEqual([
      "Aktivitet 1.2 (tidigare 1.1): kod ändrad från 1.1 till 1.2",
      "Aktivitet 1.2 (tidigare 1.1): text ändrad från Aktivitet 1.1. till Aktivitet 1.2.",
      "Indikator 1.2-1 (tidigare 1.1-1): id ändrat från 1.1-1 till 1.2-1",
    ]);
  });

  it("lists an added or removed activity once, not its indicators too, and reorders within an area", () => {
    const b = minimalPlan();
    const [first, second] = b.subGoals[0]!.areas![0]!.activities;
    b.subGoals[0]!.areas![0]!.activities = [second!, first!];
    b.subGoals[1]!.areas![0]!.activities.push(activity("1.2"));
    b.subGoals[0]!.areas![1]!.activities = [];
    expect(summaries(minimalPlan(), b)).toEqual([
      "Aktivitet F.3: borttagen",
      // Either of the two swapped activities moved; the one kept in place is the first of a longest run.
      "Aktivitet F.2: flyttad från område för samhandling f-a till område för samhandling f-a",
      "Aktivitet 1.2: tillagd",
    ]);
  });

  it("reports plan fields, sub-goals, areas and actors", () => {
    const b = minimalPlan();
    b.period = { start: "2018", end: "2022" };
    b.subGoals.reverse();
    b.subGoals[0]!.areas![0]!.title = "Nytt område";
    b.actors.push({ kind: "organisation", id: "region", name: "Region", type: "region" });
    expect(summaries(minimalPlan(), b)).toEqual([
      "Planen: period ändrad från 2017–2021 till 2018–2022",
      "Delmål 1: flyttat från plats 2 till plats 1",
      "Område 1-a: rubrik ändrad från Område 1A till Nytt område",
      "Aktör region: tillagd",
    ]);
  });

  it("names the scope, substances, further national goals and an actor's parent in both languages", () => {
    const a = minimalPlan();
    a.actors.push({ kind: "organisation", id: "sn", name: "Socialnämnden", type: "municipal_committee" });
    const b = structuredClone(a);
    b.scope = ["alcohol", "gambling"];
    b.subGoals[1]!.nationalGoalRefs = [{ strategy: "andt-2016-2020", goal: "3" }];
    b.subGoals[0]!.areas![0]!.activities[0]!.substances = ["gambling"];
    b.actors[1] = { ...(b.actors[1] as Extract<(typeof b.actors)[number], { kind: "organisation" }>), parent: "lst" };
    expect(summaries(a, b)).toEqual([
      'Planen: omfattning ändrad från (inget) till ["alcohol","gambling"]',
      'Delmål 1: fler nationella mål ändrade från (inget) till [{"strategy":"andt-2016-2020","goal":"3"}]',
      'Aktivitet F.1: ämnen ändrade från (inget) till ["gambling"]',
      "Aktör sn: tillhörighet ändrad från (inget) till lst",
    ]);
    expect(summaries(a, b, "en")).toEqual([
      'The plan: scope changed from (none) to ["alcohol","gambling"]',
      'Sub-goal 1: further national goals changed from (none) to [{"strategy":"andt-2016-2020","goal":"3"}]',
      'Activity F.1: substances changed from (none) to ["gambling"]',
      "Actor sn: parent organisation changed from (none) to lst",
    ]);
  });

  it("throws OptionError for an unusable language", () => {
    expect(thrown(OptionError, () => diffPlans(minimalPlan(), minimalPlan(), { lang: "de" as "sv" })).code).toBe("invalid_lang");
  });
});

describe("diffPlans of a plan without areas", () => {
  it("finds an activity moved from one sub-goal to another, with the sub-goals as its parents", () => {
    const before = planWithoutAreas();
    const after = planWithoutAreas();
    after.subGoals[1]!.activities!.push(after.subGoals[0]!.activities!.pop()!);
    const moved = diffPlans(before, after).changes.filter((c) => c.kind === "moved");
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      kind: "moved",
      element: "activity",
      key: "1.2",
      pathBefore: ["subGoals", 0, "activities", 1],
      pathAfter: ["subGoals", 1, "activities", 1],
      fromParent: { element: "sub_goal", key: "1" },
      toParent: { element: "sub_goal", key: "2" },
      summary: "Aktivitet 1.2: flyttad från delmål 1 till delmål 2",
    });
  });

  it("finds nothing between a plan without areas and an equal copy", () => {
    expect(diffPlans(planWithoutAreas(), planWithoutAreas())).toEqual({ equal: true, changes: [] });
  });
});

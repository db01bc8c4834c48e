import { describe, expect, it } from "vitest";
import { andt2011, andt2016, andts2022, kronoberg2017 } from "../../src/fixtures/index.js";
import {
  CANDIDATE_ACTIVITIES,
  type Plan,
  parsePlan,
  ScaffoldError,
  scaffoldLocalPlan,
  scaffoldRegionalPlan,
  serializePlan,
  validatePlan,
  validatePlanSet,
} from "../../src/index.js";
import { codesAt } from "../support/validate.js";

describe("scaffoldLocalPlan", () => {
  const vaxjo = scaffoldLocalPlan(kronoberg2017, { municipalityCode: "0780" });

  it("starts Växjö's plan under Kronoberg's: linked by parentPlan and territory, Växjö kommun as owner and actor", () => {
    expect(vaxjo).toMatchObject({
      $schema: "./node_modules/andt-plan/dist/plan.schema.json",
      formatVersion: 1,
      kind: "plan",
      level: "local",
      id: "vaxjo-kommun-2017-2021",
      title: "Lokal handlingsplan för Växjö kommun 2017–2021",
      owner: { name: "Växjö kommun", actor: "vaxjo-kommun", principals: [] },
      territory: { countyCode: "07", municipalityCode: "0780" },
      period: { start: "2017", end: "2021" },
      strategies: ["andt-2016-2020"],
      scope: ["alcohol", "narcotics", "doping", "tobacco"],
      parentPlan: "kronoberg-2017-2021",
      purposes: [],
      longTermGoals: [],
      organisation: [],
      references: [],
    });
    expect(vaxjo.actors).toEqual([
      { kind: "organisation", id: "vaxjo-kommun", name: "Växjö kommun", type: "municipality", municipalityCode: "0780" },
    ]);
  });

  it("follows each regional sub-goal and area by regionalRef, with the same code, id and wording", () => {
    expect(vaxjo.subGoals.map((g) => [g.code, g.regionalRef, g.areas!.map((a) => a.id).join(" ")])).toEqual(
      kronoberg2017.subGoals.map((g) => [g.code, { plan: "kronoberg-2017-2021", subGoal: g.code }, g.areas!.map((a) => a.id).join(" ")]),
    );
    expect(vaxjo.subGoals[0]).toMatchObject({ code: "F", name: "Förutsättningar", text: kronoberg2017.subGoals[0]?.text });
    expect(vaxjo.subGoals[1]?.areas?.[0]).toMatchObject({
      kind: "collaboration_area",
      id: "1-a",
      title: "EN EFFEKTIV OCH SAMORDNAD ALKOHOL- OCH TOBAKSTILLSYN",
      activities: [],
      localTips: [],
      regionalRef: { plan: "kronoberg-2017-2021", subGoal: "1", area: "1-a" },
    });
  });

  it("offers the regional tips as candidates under extensions, not as activities", () => {
    const regional = kronoberg2017.subGoals[1]!.areas![0]!.localTips;
    expect(regional).toHaveLength(7);
    expect(vaxjo.subGoals[1]?.areas?.[0]?.extensions).toEqual({ [CANDIDATE_ACTIVITIES]: regional });
    const candidates = vaxjo.subGoals.flatMap((g) => g.areas!.flatMap((a) => (a.extensions?.[CANDIDATE_ACTIVITIES] as string[]) ?? []));
    // 4 + 3 + 7 + 2 + 6 + 2 + 8 + 2 + 2 + 3 + 2 + 2 tips, the Kronoberg plan's 43.
    expect(candidates).toHaveLength(43);
    expect(vaxjo.subGoals.flatMap((g) => g.areas!.flatMap((a) => a.activities))).toEqual([]);
  });

  it("validates with its parent and strategies: one area_without_activities warning per area, and the parent's own period warning and goal-6 info", () => {
    const report = validatePlan(vaxjo, { strategies: [andt2016, andt2011], parent: kronoberg2017 });
    expect(report.counts).toEqual({ error: 0, warning: 13, info: 1 });
    const areas = ["0.0", "0.1", "1.0", "1.1", "2.0", "2.1", "3.0", "3.1", "4.0", "4.1", "5.0", "5.1"];
    // Goals 1–5 are followed through Kronoberg's sub-goals that Växjö's mirror; goal 6 by neither plan.
    expect(report.issues.filter((i) => i.code === "national_goal_not_covered").map((i) => "goal" in i && i.goal)).toEqual(["6"]);
    expect(codesAt(report.issues)).toEqual([
      "period_outside_strategy period",
      "national_goal_not_covered strategies.0",
      ...areas.map((at) => `area_without_activities subGoals.${at.replace(".", ".areas.")}`),
    ]);
  });

  it("validates with a regional scaffold of another county as parent: Malmö under Skåne's ANDTS plan", () => {
    const skane = scaffoldRegionalPlan(andts2022, { countyCode: "12" });
    const malmo = scaffoldLocalPlan(skane, { municipalityCode: "1280" });
    expect([malmo.id, malmo.title, malmo.territory]).toEqual([
      "malmo-kommun-2022-2025",
      "Lokal handlingsplan för Malmö kommun 2022–2025",
      { countyCode: "12", municipalityCode: "1280" },
    ]);
    const report = validatePlan(malmo, { strategies: [andts2022], parent: skane });
    // The regional scaffold has no areas yet, so each sub-goal of the local one has none either.
    expect(codesAt(report.issues)).toEqual([
      "sub_goal_without_areas subGoals.0",
      "sub_goal_without_areas subGoals.1",
      "ungendered_people_text subGoals.1.text",
      "sub_goal_without_areas subGoals.2",
      "sub_goal_without_areas subGoals.3",
      "sub_goal_without_areas subGoals.4",
      "sub_goal_without_areas subGoals.5",
      "sub_goal_without_areas subGoals.6",
    ]);
  });

  it("is found to follow its parent when validated in a set with it", () => {
    const files = [
      { file: "kronoberg.json", content: serializePlan(kronoberg2017) },
      { file: "vaxjo.json", content: serializePlan(vaxjo) },
    ];
    const report = validatePlanSet(files, { strategies: [andt2016, andt2011] });
    const local = report.files[1]!.issues;
    expect(local.filter((i) => i.severity === "error")).toEqual([]);
    expect(local.some((i) => i.code === "parent_not_given" || i.code === "unknown_regional_ref")).toBe(false);
  });

  it("round-trips through serializePlan and parsePlan byte for byte, and leaves the parent unchanged", () => {
    const parent: Plan = structuredClone(kronoberg2017);
    const before = serializePlan(parent);
    const plan = scaffoldLocalPlan(parent, { municipalityCode: "0780" });
    (plan.subGoals[1]!.areas![0]!.extensions![CANDIDATE_ACTIVITIES] as string[]).push("Egen idé");
    expect(serializePlan(parent)).toBe(before);
    const text = serializePlan(vaxjo);
    expect(serializePlan(parsePlan(text))).toBe(text);
  });

  it("refuses a municipality outside the parent's county, naming both counties", () => {
    const error = thrown(() => scaffoldLocalPlan(kronoberg2017, { municipalityCode: "1280", lang: "en" }));
    expect([error.code, error.path, error.details]).toEqual([
      "municipality_outside_county",
      ["municipalityCode"],
      { municipality: "1280", municipalityName: "Malmö", municipalityCountyCode: "12", countyCode: "07", parent: "kronoberg-2017-2021" },
    ]);
    expect(error.message).toBe("Malmö (1280) lies in county 12, not in county 07 of the regional plan kronoberg-2017-2021.");
    expect(error.messages.sv).toBe("Malmö (1280) ligger i län 12, inte i län 07 som den regionala planen kronoberg-2017-2021 gäller.");
  });

  it("refuses a municipality code that names none, and a local plan as parent", () => {
    const unknown = thrown(() => scaffoldLocalPlan(kronoberg2017, { municipalityCode: "0799" }));
    expect([unknown.code, unknown.path, unknown.message]).toEqual([
      "unknown_municipality",
      ["municipalityCode"],
      'Det finns ingen kommun med koden "0799"; en kommunkod är fyra siffror, t.ex. "0780".',
    ]);
    const local = thrown(() => scaffoldLocalPlan(vaxjo, { municipalityCode: "0780", lang: "en" }));
    expect([local.code, local.path, local.message]).toEqual([
      "parent_not_regional",
      [],
      "The plan vaxjo-kommun-2017-2021 is a local plan; a local plan follows a regional plan.",
    ]);
  });
});

function thrown(run: () => unknown): ScaffoldError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScaffoldError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

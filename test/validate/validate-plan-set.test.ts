import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/index.js";
import { serializePlan, validatePlanSet } from "../../src/index.js";
import { deepFreeze, inventedLocalPlan, repoRoot } from "../support/plans.js";

const fixture = (name: string) => ({ file: `fixtures/${name}`, content: readFileSync(resolve(repoRoot, "fixtures", name), "utf8") });
const KRONOBERG = "kronoberg-2017-2021";

const asFile = (plan: Plan, file = `${plan.id}.json`) => ({ file, content: serializePlan(plan) });
const strategies = [fixture("andt-2016-2020.json"), fixture("andt-2011-2015.json")];

describe("validatePlanSet", () => {
  it("validates Kronoberg, the two strategies and two invented local plans without an error", () => {
    const files = deepFreeze([
      fixture("kronoberg-2017-2021.json"),
      ...strategies,
      asFile(inventedLocalPlan("vaxjo-2018-2020", "Växjö", "0780")),
      asFile(inventedLocalPlan("ljungby-2018-2020", "Ljungby", "0781")),
    ]);
    const report = validatePlanSet(files, {}, { lang: "en" });
    expect(report.files.map((f) => [f.file, f.kind, f.counts.error])).toEqual([
      ["fixtures/kronoberg-2017-2021.json", "plan", 0],
      ["fixtures/andt-2016-2020.json", "strategy", 0],
      ["fixtures/andt-2011-2015.json", "strategy", 0],
      ["vaxjo-2018-2020.json", "plan", 0],
      ["ljungby-2018-2020.json", "plan", 0],
    ]);
    // The local plans' only issues: they follow national goal 1 alone, and their one indicator has no measure.
    expect(report.issues.filter((issue) => issue.file === "vaxjo-2018-2020.json").map((issue) => issue.code)).toEqual([
      ...["2", "3", "4", "5", "6"].map(() => "national_goal_not_covered"),
      "indicator_without_measure",
    ]);
    expect(report.counts.error).toBe(0);
  });

  it("checks each local plan against its parent found by id in the set, naming the file", () => {
    const wrongCounty = {
      ...inventedLocalPlan("kalmar-lokal", "Kalmar", "0880"),
      territory: { countyCode: "08", municipalityCode: "0880" },
    };
    const report = validatePlanSet(
      [fixture("kronoberg-2017-2021.json"), ...strategies, asFile(wrongCounty, "kalmar.json")],
      {},
      { lang: "en" },
    );
    expect(report.issues.filter((issue) => issue.code === "parent_mismatch")).toEqual([
      {
        code: "parent_mismatch",
        severity: "error",
        path: ["territory", "countyCode"],
        parent: KRONOBERG,
        parentTitle: "Regional handlingsplan ANDT 2017–2021",
        field: "countyCode",
        expected: "08",
        received: "07",
        message:
          'The plan given, "Regional handlingsplan ANDT 2017–2021" (kronoberg-2017-2021), covers county 07, not the plan\'s county 08.',
        file: "kalmar.json",
      },
    ]);
  });

  it("reports a parent that is a local plan, a regionalRef at odds with the regional plan, and a parent not in the set", () => {
    const child = { ...inventedLocalPlan("alvesta-2018-2020", "Alvesta", "0764"), parentPlan: "vaxjo-2018-2020" };
    const odd = inventedLocalPlan("ljungby-2018-2020", "Ljungby", "0781");
    // Area 2-a lies under Kronoberg's sub-goal 2, not under 1.
    odd.subGoals[0]!.areas![0]!.regionalRef = { plan: KRONOBERG, subGoal: "1", area: "2-a" };
    const orphan = { ...inventedLocalPlan("tingsryd-2018-2020", "Tingsryd", "0763"), parentPlan: "kronoberg-2022-2025" };
    const files = [fixture("kronoberg-2017-2021.json"), ...strategies, asFile(inventedLocalPlan("vaxjo-2018-2020", "Växjö", "0780"))];
    const report = validatePlanSet([...files, asFile(child), asFile(odd), asFile(orphan)]);
    const chain = report.issues
      .filter((issue) => ["parent_mismatch", "regional_ref_mismatch", "parent_not_given", "unknown_regional_ref"].includes(issue.code))
      .map((issue) => [issue.file, issue.code, issue.path]);
    expect(chain).toEqual([
      ["alvesta-2018-2020.json", "parent_mismatch", ["parentPlan"]],
      // Alvesta's regionalRefs name Kronoberg, not the Växjö plan it was given as parent.
      // In document order: a canonical file writes regionalRef after the areas and activities it holds.
      ["alvesta-2018-2020.json", "unknown_regional_ref", ["subGoals", 0, "areas", 0, "activities", 0, "regionalRef", "plan"]],
      ["alvesta-2018-2020.json", "unknown_regional_ref", ["subGoals", 0, "areas", 0, "regionalRef", "plan"]],
      ["alvesta-2018-2020.json", "unknown_regional_ref", ["subGoals", 0, "regionalRef", "plan"]],
      ["ljungby-2018-2020.json", "regional_ref_mismatch", ["subGoals", 0, "areas", 0, "regionalRef", "area"]],
      ["tingsryd-2018-2020.json", "parent_not_given", ["parentPlan"]],
    ]);
    expect(report.issues.find((issue) => issue.code === "parent_not_given")?.message).toBe(
      "Den regionala planen kronoberg-2022-2025 är inte given, så hänvisningarna till den (regionalRef) och planens period kontrolleras inte mot den.",
    );
  });

  it("reports a second file of the same id as an error on that file", () => {
    const plan = inventedLocalPlan("vaxjo-2018-2020", "Växjö", "0780");
    const report = validatePlanSet(
      [fixture("kronoberg-2017-2021.json"), ...strategies, asFile(plan, "a.json"), asFile(plan, "b.json")],
      {},
      { lang: "en" },
    );
    expect(report.issues.filter((issue) => issue.code === "duplicate_plan_id")).toEqual([
      {
        code: "duplicate_plan_id",
        severity: "error",
        path: ["id"],
        id: "vaxjo-2018-2020",
        firstFile: "a.json",
        message: "The id vaxjo-2018-2020 is already that of file a.json.",
        file: "b.json",
      },
    ]);
  });

  it("checks follow-up data in the set for its structure only, instead of reading it as a broken plan", () => {
    const observations = fixture("kronoberg-2017-2019.observations.invented.json");
    const broken = {
      file: "broken.observations.json",
      content: '{"kind":"observation_set","formatVersion":1,"plan":"x","observations":[{"year":2019}]}',
    };
    const report = validatePlanSet([fixture("kronoberg-2017-2021.json"), observations, broken], {}, { lang: "en" });
    expect(report.files.map((f) => [f.file, f.kind, f.counts])).toEqual([
      ["fixtures/kronoberg-2017-2021.json", "plan", expect.any(Object)],
      ["fixtures/kronoberg-2017-2019.observations.invented.json", "observations", { error: 0, warning: 0, info: 0 }],
      ["broken.observations.json", "observations", { error: 1, warning: 0, info: 0 }],
    ]);
    expect(report.files[2]!.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["required", "observations.0.indicator"]]);
  });
});

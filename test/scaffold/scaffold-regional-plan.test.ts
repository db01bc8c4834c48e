import { describe, expect, it } from "vitest";
import { andt2016, andts2022 } from "../../src/fixtures/index.js";
import { OptionError, parsePlan, ScaffoldError, scaffoldRegionalPlan, serializePlan, validatePlan } from "../../src/index.js";
import type { Strategy } from "../../src/model/strategy.js";
import { codesAt } from "../support/validate.js";

describe("scaffoldRegionalPlan", () => {
  it("starts Kronoberg's plan under ANDT 2016–2020: the board as owner, 8 municipalities, one sub-goal per national goal", () => {
    const plan = scaffoldRegionalPlan(andt2016, { countyCode: "07" });
    expect(plan).toMatchObject({
      $schema: "./node_modules/andt-plan/dist/plan.schema.json",
      formatVersion: 1,
      kind: "plan",
      level: "regional",
      id: "kronoberg-2016-2020",
      title: "Regional handlingsplan ANDT 2016–2020",
      owner: { name: "Länsstyrelsen i Kronobergs län", actor: "lansstyrelsen-kronoberg", principals: [] },
      territory: { countyCode: "07" },
      period: { start: "2016", end: "2020" },
      strategies: ["andt-2016-2020"],
      scope: ["alcohol", "narcotics", "doping", "tobacco"],
      purposes: [],
      longTermGoals: [],
      organisation: [],
      references: [],
    });
    // Named and identified as the Kronoberg plan names its municipalities.
    expect(plan.actors.map((a) => a.id)).toEqual([
      "lansstyrelsen-kronoberg",
      "uppvidinge-kommun",
      "lessebo-kommun",
      "tingsryds-kommun",
      "alvesta-kommun",
      "almhults-kommun",
      "markaryds-kommun",
      "vaxjo-kommun",
      "ljungby-kommun",
      "kommunerna",
    ]);
    expect(plan.actors[7]).toEqual({
      kind: "organisation",
      id: "vaxjo-kommun",
      name: "Växjö kommun",
      type: "municipality",
      municipalityCode: "0780",
    });
    expect(plan.actors[9]).toMatchObject({ kind: "group", name: "Kommunerna", members: plan.actors.slice(1, 9).map((a) => a.id) });
    expect(plan.subGoals.map((g) => [g.code, g.nationalGoalRef?.goal, g.areas!.length])).toEqual([
      ["1", "1", 0],
      ["2", "2", 0],
      ["3", "3", 0],
      ["4", "4", 0],
      ["5", "5", 0],
      ["6", "6", 0],
    ]);
    expect(plan.subGoals[0]).toEqual({
      kind: "sub_goal",
      code: "1",
      text: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.",
      nationalGoalRef: { strategy: "andt-2016-2020", goal: "1" },
      areas: [],
    });
  });

  it("validates against its strategy with one sub_goal_without_areas warning per sub-goal and nothing else", () => {
    const report = validatePlan(scaffoldRegionalPlan(andt2016, { countyCode: "07" }), { strategies: [andt2016] });
    expect(report.counts).toEqual({ error: 0, warning: 6, info: 0 });
    expect(codesAt(report.issues)).toEqual([0, 1, 2, 3, 4, 5].map((g) => `sub_goal_without_areas subGoals.${g}`));
  });

  it("starts Skåne's ANDTS plan: 33 municipalities, seven sub-goals worded by the goals' topics", () => {
    const plan = scaffoldRegionalPlan(andts2022, { countyCode: "12" });
    expect([plan.id, plan.title, plan.actors.length]).toEqual(["skane-2022-2025", "Regional handlingsplan ANDTS 2022–2025", 35]);
    expect(plan.actors.filter((a) => a.kind === "organisation" && a.type === "municipality")).toHaveLength(33);
    expect(plan.subGoals.map((g) => g.text)).toEqual(andts2022.longTermGoals.map((g) => g.topic));
    const report = validatePlan(plan, { strategies: [andts2022] });
    // The topic "barn och unga ska skyddas" is no national wording, so the gender rule notes it.
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

  it("takes id, title, period and schema from the options, and the id's years from the period", () => {
    const period = { start: "2017", end: "2021" };
    expect(scaffoldRegionalPlan(andt2016, { countyCode: "07", period })).toMatchObject({
      id: "kronoberg-2017-2021",
      title: "Regional handlingsplan ANDT 2017–2021",
      period,
    });
    const named = scaffoldRegionalPlan(andt2016, { countyCode: "07", id: "livsstil", title: "Livsstil", schema: "plan.schema.json" });
    expect([named.id, named.title, named.$schema]).toEqual(["livsstil", "Livsstil", "plan.schema.json"]);
  });

  it("round-trips through serializePlan and parsePlan byte for byte", () => {
    const text = serializePlan(scaffoldRegionalPlan(andt2016, { countyCode: "07" }));
    expect(serializePlan(parsePlan(text))).toBe(text);
  });

  it("does not change the strategy, and shares nothing with it", () => {
    const strategy: Strategy = structuredClone(andt2016);
    const before = JSON.stringify(strategy);
    const plan = scaffoldRegionalPlan(strategy, { countyCode: "07" });
    plan.period.start = "1999";
    expect(JSON.stringify(strategy)).toBe(before);
  });

  it("refuses a county code that names no county, in the language asked for", () => {
    const error = thrown(() => scaffoldRegionalPlan(andt2016, { countyCode: "02", lang: "en" }));
    expect(error).toBeInstanceOf(ScaffoldError);
    expect([error.code, error.path, error.details]).toEqual(["unknown_county", ["countyCode"], { received: "02" }]);
    expect(error.message).toBe('No county has the code "02"; a county code is two digits, e.g. "07".');
    expect(error.messages.sv).toBe('Det finns inget län med koden "02"; en länskod är två siffror, t.ex. "07".');
    expect(thrown(() => scaffoldRegionalPlan(andt2016, { countyCode: "7" })).code).toBe("unknown_county");
  });

  it("refuses an id, a title or a period the format refuses", () => {
    const id = thrown(() => scaffoldRegionalPlan(andt2016, { countyCode: "07", id: "Kronoberg 2017" }));
    expect([id.code, id.path, id.message]).toEqual([
      "invalid_id",
      ["id"],
      'Ogiltigt id "Kronoberg 2017": använd gemena bokstäver a–z, siffror, ".", "_" och "-".',
    ]);
    expect([thrown(() => scaffoldRegionalPlan(andt2016, { countyCode: "07", title: " " })).code]).toEqual(["empty_title"]);
    const period = thrown(() => scaffoldRegionalPlan(andt2016, { countyCode: "07", period: { start: "2021", end: "2017" } }));
    expect([period.code, period.path, period.details]).toEqual(["invalid_period", ["period"], { start: "2021", end: "2017" }]);
  });

  it("refuses a language other than sv or en with an OptionError", () => {
    expect(() => scaffoldRegionalPlan(andt2016, { countyCode: "07", lang: "de" as "sv" })).toThrow(OptionError);
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

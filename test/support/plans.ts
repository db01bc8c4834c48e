import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Activity, Plan } from "../../src/index.js";

export const repoRoot = resolve(import.meta.dirname, "../..");

/** The hand-written plan that uses every field of the format, as canonical text. */
export const everyFieldPlanText = readFileSync(resolve(repoRoot, "test/parse/data/every-field.plan.json"), "utf8");
export const everyFieldStrategyText = readFileSync(resolve(repoRoot, "test/parse/data/every-field.strategy.json"), "utf8");

/** Deep-freezes a value so a test proves a function does not mutate its input. */
export { deepFreeze } from "../../src/internal/deep-freeze.js";

export function activity(code: string, overrides: Partial<Activity> = {}): Activity {
  return {
    kind: "activity",
    code,
    text: `Aktivitet ${code}.`,
    responsible: { text: "Länsstyrelsen", actors: ["lst"] },
    followUp: { text: "Antal insatser.", indicators: [{ kind: "indicator", id: `${code}-1`, text: "Antal insatser." }] },
    ...overrides,
  };
}

/** A small valid regional plan: two sub-goals, three areas, four activities. */
export function minimalPlan(): Plan {
  return {
    formatVersion: 1,
    kind: "plan",
    level: "regional",
    id: "test-2017-2021",
    title: "Testplan",
    owner: { name: "Testägare", principals: ["lst"] },
    territory: { countyCode: "07" },
    period: { start: "2017", end: "2021" },
    strategies: ["andt-2016-2020"],
    purposes: ["Syfte."],
    longTermGoals: ["Mål."],
    subGoals: [
      {
        kind: "sub_goal",
        code: "F",
        text: "Förutsättningar.",
        areas: [
          { kind: "collaboration_area", id: "f-a", title: "Område FA", activities: [activity("F.1"), activity("F.2")], localTips: [] },
          { kind: "collaboration_area", id: "f-b", title: "Område FB", activities: [activity("F.3")], localTips: ["Tips."] },
        ],
      },
      {
        kind: "sub_goal",
        code: "1",
        text: "Tillgången ska minska.",
        nationalGoalRef: { strategy: "andt-2016-2020", goal: "1" },
        areas: [{ kind: "collaboration_area", id: "1-a", title: "Område 1A", activities: [activity("1.1")], localTips: [] }],
      },
    ],
    actors: [{ kind: "organisation", id: "lst", name: "Länsstyrelsen", type: "county_administrative_board", countyCode: "07" }],
    organisation: [],
    references: [],
  };
}

/**
 * An invented local plan (påhittad: no municipality has adopted it) following Kronoberg's sub-goal 1, area 1-a,
 * with one activity taking up Kronoberg's 1.1 (the activity codes are the local plan's own).
 */
export function inventedLocalPlan(id: string, municipality: string, code: string): Plan {
  const KRONOBERG = "kronoberg-2017-2021";
  const actor = `${id}-kommun`;
  const ref = { plan: KRONOBERG, subGoal: "1", area: "1-a" };
  return {
    formatVersion: 1,
    kind: "plan",
    level: "local",
    id,
    title: `${municipality}s ANDT-plan 2018–2020 (påhittad)`,
    parentPlan: KRONOBERG,
    owner: { name: `${municipality} kommun`, principals: [actor] },
    territory: { countyCode: "07", municipalityCode: code },
    period: { start: "2018", end: "2020" },
    strategies: ["andt-2016-2020"],
    purposes: ["Påhittad plan för tester."],
    longTermGoals: ["Mål."],
    subGoals: [
      {
        kind: "sub_goal",
        code: "1",
        text: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.",
        nationalGoalRef: { strategy: "andt-2016-2020", goal: "1" },
        regionalRef: { plan: KRONOBERG, subGoal: "1" },
        areas: [
          {
            kind: "collaboration_area",
            id: "tillsyn",
            title: "Tillsyn",
            localTips: [],
            regionalRef: ref,
            activities: [activity("1.1", { responsible: { text: "Kommunen", actors: [actor] }, regionalRef: { ...ref, activity: "1.1" } })],
          },
        ],
      },
    ],
    actors: [{ kind: "organisation", id: actor, name: `${municipality} kommun`, type: "municipality", municipalityCode: code }],
    organisation: [],
    references: [],
  };
}

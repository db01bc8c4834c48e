import { evaluatePlan, type ObservationSet, type Plan, type PlanEvaluation } from "../../src/index.js";
import { activity } from "./plans.js";

/**
 * An invented regional plan without an area level, in the style of a 2013–2015 county plan: activities directly
 * under its goals, which it calls *Mål*, and its activities *Insatsområde* (no English name, so English texts
 * say "Activity"). Goal 2's name is its label, "Mål 2", which a heading must not print twice. Not a real plan.
 */
export function planWithoutAreas(): Plan {
  return {
    formatVersion: 1,
    kind: "plan",
    level: "regional",
    id: "exempel-2013-2015",
    title: "Exempelplan 2013–2015 (påhittad)",
    owner: { name: "Exempelägare", principals: ["lst"] },
    territory: { countyCode: "07" },
    period: { start: "2013", end: "2015" },
    strategies: ["andt-2011-2015"],
    purposes: ["Påhittat syfte."],
    longTermGoals: ["Påhittat mål."],
    levelNames: { subGoal: { sv: "Mål", en: "Goal" }, activity: { sv: "Insatsområde" } },
    subGoals: [
      {
        kind: "sub_goal",
        code: "1",
        text: "Tillgången ska minska.",
        activities: [
          activity("1.1", {
            followUp: {
              text: "Antal tillsynsbesök.",
              indicators: [
                {
                  kind: "indicator",
                  id: "1.1-1",
                  text: "Antal tillsynsbesök.",
                  measure: { type: "count", aggregation: "sum", higherIsBetter: true },
                  target: { per: "year", value: 10 },
                },
              ],
            },
          }),
          activity("1.2"),
        ],
      },
      { kind: "sub_goal", code: "2", name: "Mål 2", text: "Färre ska börja använda tobak.", activities: [activity("2.1")] },
    ],
    actors: [{ kind: "organisation", id: "lst", name: "Länsstyrelsen", type: "county_administrative_board", countyCode: "07" }],
    organisation: [],
    references: [],
  };
}

/** Follow-up data for {@link planWithoutAreas}: 1.1-1 at 8 of its yearly target 10 in 2013. */
export const observationsWithoutAreas: ObservationSet = {
  formatVersion: 1,
  kind: "observation_set",
  note: "Påhittade värden.",
  plan: "exempel-2013-2015",
  observations: [{ indicator: "1.1-1", year: 2013, value: 8 }],
};

/** The evaluation of {@link planWithoutAreas} as of 2014-03-01: 2013 is due, 2014 and 2015 are not. */
export const evaluationWithoutAreas = (): PlanEvaluation =>
  evaluatePlan(planWithoutAreas(), observationsWithoutAreas, { asOf: "2014-03-01" });

import { evaluatePlan, type Indicator, type Observation, type Plan, type PlanEvaluation } from "../../src/index.js";
import { measuredPlan } from "./observations.js";

/** Visits to fritidsgårdar, by sex and by district (Centrum, Norr, Söder). */
export const VISITS: Indicator = {
  kind: "indicator",
  id: "F.1-1",
  text: "Antal besökare, flickor och pojkar, per stadsdel.",
  breakdowns: ["sex", "district"],
  breakdownUnits: { district: ["Centrum", "Norr", "Söder"] },
  measure: { type: "count", aggregation: "sum", countsPeople: true },
};

/** Schools with a tobacco-free school day, of 20. */
export const SCHOOLS: Indicator = {
  kind: "indicator",
  id: "F.3-3",
  text: "Antal skolor med tobaksfri skoltid.",
  measure: { type: "coverage", of: "schools", total: 20 },
  target: { per: "period", value: 20, text: "alla 20 skolor" },
};

/**
 * The measured plan (invented, 2017–2021) with a count broken down by district (F.1-1), a coverage of 20
 * schools (F.3-3) and parent meetings four times every school year (F.2-1, scheduled "varje läsår").
 */
export function unitsPlan(): Plan {
  const plan = measuredPlan();
  const area = plan.subGoals[0]?.areas?.[0];
  const f1 = area?.activities[0];
  const f2 = area?.activities[1];
  const f3 = plan.subGoals[0]?.areas?.[1]?.activities[0];
  if (f1 === undefined || f2 === undefined || f3 === undefined) throw new Error("measuredPlan has changed");
  f1.followUp.indicators[0] = structuredClone(VISITS);
  f2.schedule = { text: "fyra gånger varje läsår", timesPerYear: 4, per: "school_year" };
  f2.followUp.indicators[0] = {
    kind: "indicator",
    id: "F.2-1",
    text: "Antal föräldramöten per läsår.",
    measure: { type: "frequency", timesPerYear: 4, per: "school_year" },
  };
  f3.followUp.indicators.push(structuredClone(SCHOOLS));
  return plan;
}

/** Invented values for {@link unitsPlan}: visits by district in 2019 (Söder's 3 a small count), 12 of the 20 schools. */
export const UNIT_OBSERVATIONS: Observation[] = [
  {
    indicator: "F.1-1",
    year: 2019,
    value: 40,
    byUnit: {
      district: [
        { unit: "Centrum", value: 22 },
        { unit: "Norr", value: 15 },
        { unit: "Söder", value: 3 },
      ],
    },
  },
  { indicator: "F.3-3", year: 2019, value: 12 },
];

/** {@link unitsPlan} evaluated with {@link UNIT_OBSERVATIONS} on 2020-03-31. */
export function unitsEvaluation(): PlanEvaluation {
  return evaluatePlan(unitsPlan(), UNIT_OBSERVATIONS, { asOf: "2020-03-31" });
}

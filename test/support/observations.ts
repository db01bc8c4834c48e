import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CollaborationArea, Indicator, Measure, ObservationSet, Plan } from "../../src/index.js";
import { activity, minimalPlan, repoRoot } from "./plans.js";

const indicator = (id: string, text: string, measure?: Measure): Indicator => ({
  kind: "indicator",
  id,
  text,
  ...(measure === undefined ? {} : { measure }),
});

/**
 * The minimal plan (Kronoberg, 2017–2021) with typed indicators, one of each measure:
 * F.1-1 count of people, F.1-2 written account, F.2-1 frequency, F.3-1 share, F.3-2 coverage,
 * 1.1-1 milestone, 1.1-2 untyped, 1.1-3 cycle.
 */
export function measuredPlan(): Plan {
  const plan = minimalPlan();
  const [f, one] = plan.subGoals as [Plan["subGoals"][number], Plan["subGoals"][number]];
  const [fa, fb] = f.areas as [CollaborationArea, CollaborationArea];
  fa.activities = [
    activity("F.1", {
      followUp: {
        text: "Antal deltagare. Sammanställning.",
        indicators: [
          indicator("F.1-1", "Antal deltagare.", { type: "count", aggregation: "sum", countsPeople: true }),
          indicator("F.1-2", "Sammanställning.", { type: "qualitative" }),
        ],
      },
    }),
    activity("F.2", {
      followUp: {
        text: "Antal träffar/år.",
        indicators: [indicator("F.2-1", "Antal träffar/år.", { type: "frequency", timesPerYear: 10 })],
      },
    }),
  ];
  fb.activities = [
    activity("F.3", {
      followUp: {
        text: "Andel skolor. Antal kommuner.",
        indicators: [
          indicator("F.3-1", "Andel skolor.", { type: "share" }),
          indicator("F.3-2", "Antal kommuner.", { type: "coverage", of: "county_municipalities" }),
        ],
      },
    }),
  ];
  (one.areas![0] as CollaborationArea).activities = [
    activity("1.1", {
      followUp: {
        text: "Arbetsordning beslutad. Statistik. Enkät vartannat år.",
        indicators: [
          indicator("1.1-1", "Arbetsordning beslutad.", { type: "milestone", deadline: "2017-12-31" }),
          indicator("1.1-2", "Statistik."),
          indicator("1.1-3", "Enkät vartannat år.", { type: "cycle", everyYears: 2 }),
        ],
      },
    }),
  ];
  return plan;
}

/** The directory of the CSV and JSON test files. */
export const dataDir = resolve(repoRoot, "test/observations/data");

/** A file of test/observations/data, as bytes. */
export function dataBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(dataDir, name)));
}

/** A small observation set for the minimal plan, every value field used once. */
export function sampleSet(): ObservationSet {
  return {
    kind: "observation_set",
    formatVersion: 1,
    plan: "test-2017-2021",
    title: "Uppföljning 2018",
    note: "Påhittade värden för test.",
    observations: [
      {
        indicator: "F.1-1",
        activity: "F.1",
        year: 2018,
        value: 23,
        bySex: {
          cells: [
            { sex: "female", value: 14 },
            { sex: "male", value: 9 },
          ],
        },
        source: "Deltagarlistor",
        comment: "Två utbildningstillfällen",
      },
      { indicator: "F.1-1", year: 2019 },
      { indicator: "F.2-1", year: 2018, period: { start: "2018-01", end: "2018-06" }, value: 4 },
      {
        indicator: "F.3-1",
        year: 2018,
        numerator: 3,
        denominator: 8,
        byMunicipality: [{ municipality: "0780", numerator: 1, denominator: 2 }],
      },
      { indicator: "1.1-1", year: 2017, done: true, doneOn: "2017-11-20" },
      { indicator: "F.1-2", year: 2018, text: "Sammanställningen är klar." },
    ],
  };
}

/**
 * The measured plan with 1.1-2 (untyped there) a per cent, "Andel elever som röker (%)", lower is better,
 * with `target` when given.
 */
export function percentPlan(target?: Indicator["target"]): Plan {
  const plan = measuredPlan();
  const indicators = (plan.subGoals[1]?.areas?.[0]?.activities[0]?.followUp?.indicators ?? []) as Indicator[];
  const found = indicators.find((i) => i.id === "1.1-2") as Indicator;
  found.text = "Andel elever som röker (%).";
  found.measure = { type: "percent", higherIsBetter: false, of: "elever i åk 9" };
  if (target !== undefined) found.target = target;
  return plan;
}

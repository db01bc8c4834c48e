import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluatePlan, type Indicator, type Measure, type Observation, STATUSES } from "../../src/index.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

const measures: fc.Arbitrary<Measure> = fc.oneof(
  fc.record({
    type: fc.constant("count" as const),
    aggregation: fc.constantFrom("sum" as const, "latest" as const),
    higherIsBetter: fc.boolean(),
  }),
  fc.record({ type: fc.constant("frequency" as const), timesPerYear: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ type: fc.constant("coverage" as const), of: fc.constant("county_municipalities" as const) }),
  fc.record({ type: fc.constant("milestone" as const) }),
  fc.record({ type: fc.constant("cycle" as const), everyYears: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ type: fc.constant("qualitative" as const) }),
);

const observation = (ids: string[]): fc.Arbitrary<Observation> =>
  fc.record(
    {
      indicator: fc.constantFrom(...ids),
      year: fc.integer({ min: 2016, max: 2022 }),
      value: fc.integer({ min: 0, max: 30 }),
      done: fc.boolean(),
      text: fc.constant("Redovisning."),
    },
    { requiredKeys: ["indicator", "year"] },
  );

const scenario = fc.array(measures, { minLength: 1, maxLength: 4 }).chain((ms) => {
  const indicators: Indicator[] = ms.map((measure, i) => ({ kind: "indicator", id: `F.1-${i + 1}`, text: "I.", measure }));
  return fc.record({
    indicators: fc.constant(indicators),
    observations: fc.array(observation(indicators.map((i) => i.id)), { maxLength: 20 }),
    asOf: fc.date({ min: new Date(2016, 0, 1), max: new Date(2023, 0, 1), noInvalidDate: true }),
  });
});

describe("laws of evaluatePlan", () => {
  test("shares sum to 1, coverage never exceeds what was due, a year not ended is never missing, inputs stay as they were", () => {
    fc.assert(
      fc.property(scenario, ({ indicators, observations, asOf }) => {
        const plan = minimalPlan();
        plan.subGoals[0]!.areas![0]!.activities[0] = activity("F.1", { followUp: { text: "U.", indicators } });
        const evaluation = evaluatePlan(deepFreeze(plan), deepFreeze(observations), { asOf });
        for (const s of [...evaluation.summary, ...evaluation.indicatorSummary]) {
          const total = STATUSES.reduce((sum, status) => sum + s.shares[status], 0);
          expect(Math.abs(total - 1)).toBeLessThan(1e-9);
        }
        for (const c of evaluation.coverage) expect(c.reported).toBeLessThanOrEqual(c.expected);
        const lastEnded = asOf.getFullYear() - 1;
        const f1 = evaluation.subGoals[0]!.areas[0]!.activities[0]!;
        for (const i of f1.indicators)
          for (const y of i.years) {
            if (y.year > lastEnded) expect(y.status).toBe("not_yet_due");
            if (y.status === "missing") expect(y.year).toBeLessThanOrEqual(lastEnded);
          }
        const counted = evaluation.subGoals
          .flatMap((sg) => sg.areas.flatMap((a) => a.activities))
          .flatMap((a) => a.indicators)
          .flatMap((i) => i.years.flatMap((y) => y.observations));
        expect(counted.length + evaluation.unmatched.length).toBe(observations.length);
      }),
    );
  });
});

/**
 * Laws of the safe functions and readers on hostile input (docs/robustness.md): whatever the input and whatever
 * the options, they return issues and never throw; object input gives what its JSON text gives; a reader's output
 * passes the schema it claims.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  lenientParsePlan,
  type ObservationSet,
  observationsFromCsv,
  observationsFromKolada,
  safeParseObservations,
  safeParsePlan,
  safeParseStrategy,
  serializePlan,
  validatePlanDocument,
} from "../../src/index.js";
import {
  anything,
  csvDialects,
  csvFileOf,
  koladaCases,
  mutateText,
  mutateValue,
  observationSetOf,
  wrongOptions,
} from "../support/arbitraries.js";
import { sampleSet } from "../support/observations.js";
import { everyFieldPlanText, everyFieldStrategyText, minimalPlan } from "../support/plans.js";

const planText = serializePlan(minimalPlan());
const observationsText = JSON.stringify(sampleSet());

/** Inputs of every kind: any value, a mutated plan, strategy or observation file as text or as a value. */
const inputs: fc.Arbitrary<unknown> = fc.oneof(
  anything,
  mutateText(planText),
  mutateText(everyFieldStrategyText),
  mutateText(observationsText),
  mutateValue(JSON.parse(everyFieldPlanText)),
  mutateValue(sampleSet()),
);

/** Every safe function and reader, called on an input with options that may be of any type. */
const SAFE: Record<string, (input: unknown, options: unknown) => { issues: readonly unknown[] }> = {
  safeParsePlan: (input, options) => safeParsePlan(input, options as never),
  safeParseStrategy: (input, options) => safeParseStrategy(input, options as never),
  safeParseObservations: (input, options) => safeParseObservations(input, options as never),
  lenientParsePlan: (input, options) => lenientParsePlan(input, options as never),
  observationsFromCsv: (input, options) => observationsFromCsv(input as string, options as never),
  observationsFromKolada: (input, options) => observationsFromKolada(input as never, options as never),
};

/** Observations a reader returned, checked as a file of follow-up data for the test plan would be. */
const asObservationSet = (observations: ObservationSet["observations"]) =>
  safeParseObservations({ kind: "observation_set", formatVersion: 1, plan: "test-2017-2021", observations });

describe("safe functions on hostile input", () => {
  for (const [name, call] of Object.entries(SAFE))
    test(`${name} returns issues and never throws, whatever the input and options`, () => {
      fc.assert(
        fc.property(inputs, wrongOptions, (input, options) => {
          const result = call(input, options);
          expect(Array.isArray(result.issues)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });

  // Not a safe function (a wrong option is an OptionError, as for validatePlan), but any input is issues.
  test("validatePlanDocument reports any input as issues and never throws", () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom("sv" as const, "en" as const), (input, lang) => {
        expect(Array.isArray(validatePlanDocument(input, {}, { lang }).issues)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("a failed parse always says why: an error issue with a code, a path and a message", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = safeParsePlan(input);
        if (result.success) return;
        const errors = result.issues.filter((i) => i.severity === "error");
        expect(errors.length).toBeGreaterThan(0);
        for (const issue of errors) {
          expect(typeof issue.code).toBe("string");
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Whether a value holds -0 anywhere. JSON.stringify writes it as "0", so its text does not stand for it (the plan
 * keeps -0 and writes "-0"); looking for "-0" in the text cannot find it.
 */
const holdsNegativeZero = (value: unknown): boolean =>
  Object.is(value, -0) || (typeof value === "object" && value !== null && Object.values(value).some(holdsNegativeZero));

describe("object input is read as its JSON text", () => {
  test("safeParsePlan(value) and safeParsePlan(JSON.stringify(value)) agree on issues and data", () => {
    // JSON values only (a value JSON cannot write, undefined, NaN or -0, has no text to compare with), and no
    // string, which is read as the text itself.
    const values = fc.oneof(
      mutateValue(JSON.parse(planText), fc.jsonValue()),
      mutateValue(JSON.parse(everyFieldPlanText), fc.jsonValue()),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(values, (value) => {
        const text = JSON.stringify(value);
        fc.pre(typeof value !== "string" && text !== undefined && !holdsNegativeZero(value) && JSON.stringify(JSON.parse(text)) === text);
        const fromValue = safeParsePlan(value);
        const fromText = safeParsePlan(text);
        expect(fromValue.issues.map((i) => [i.code, i.path, i.message])).toEqual(fromText.issues.map((i) => [i.code, i.path, i.message]));
        expect(fromValue.success).toBe(fromText.success);
        if (fromValue.success && fromText.success) expect(serializePlan(fromValue.data)).toBe(serializePlan(fromText.data));
      }),
      { numRuns: 200 },
    );
  });
});

describe("readers give what their schema accepts", () => {
  test("observationsFromCsv: a file in any dialect gives back its observations, which safeParseObservations accepts", () => {
    const plan = minimalPlan();
    fc.assert(
      fc.property(
        observationSetOf(plan).map((s) => s.observations),
        csvDialects,
        (observations, dialect) => {
          const { input, options } = csvFileOf(observations, dialect);
          const read = observationsFromCsv(input, options);
          expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
          expect(read.observations).toEqual(observations);
          const checked = asObservationSet(read.observations);
          expect(checked.issues.filter((i) => i.severity === "error")).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("observationsFromCsv: whatever it reads from mangled text passes safeParseObservations", () => {
    const text = "indicator;activity;year;value;women;men;comment\r\nF.1-1;F.1;2018;23;14;9;Två\r\n1.1-2;;2019;12,5;;;\r\n";
    fc.assert(
      fc.property(fc.oneof(mutateText(text), fc.string({ unit: "binary" })), (input) => {
        const read = observationsFromCsv(input);
        const checked = asObservationSet(read.observations);
        expect(checked.issues.filter((i) => i.severity === "error")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test("observationsFromKolada: every observation it returns passes safeParseObservations", () => {
    const plan = minimalPlan();
    fc.assert(
      fc.property(
        fc.oneof(
          koladaCases,
          koladaCases.chain((c) => mutateValue(c.response).map((response) => ({ ...c, response }))),
        ),
        (c) => {
          const read = observationsFromKolada(c.response as never, { indicators: c.indicators, plan });
          const checked = asObservationSet(read.observations);
          expect(checked.issues.filter((i) => i.severity === "error")).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

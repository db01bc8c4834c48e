import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Observation, type ObservationSet, parseObservations, serializeObservations } from "../../src/index.js";
import { dataDir, sampleSet } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";

const everyField = readFileSync(resolve(dataDir, "every-field.observations.json"), "utf8");

describe("serializeObservations", () => {
  it("writes a canonical file back byte for byte after parsing it", () => {
    expect(serializeObservations(parseObservations(everyField))).toBe(everyField);
    expect(serializeObservations(parseObservations(new TextEncoder().encode(everyField)))).toBe(everyField);
  });

  it("orders keys as the format does, the note first, unknown keys last", () => {
    const { observations, kind, ...rest } = sampleSet();
    const shuffled = { zeta: 1, observations, ...rest, kind } as ObservationSet;
    expect(Object.keys(JSON.parse(serializeObservations(shuffled)) as object)).toEqual([
      "note",
      "kind",
      "formatVersion",
      "plan",
      "title",
      "observations",
      "zeta",
    ]);
    const first = { comment: "c", value: 1, year: 2018, indicator: "F.1-1" } as Observation;
    const text = serializeObservations({ ...sampleSet(), observations: [first] });
    expect(text).toContain('{\n      "indicator": "F.1-1",\n      "year": 2018,\n      "value": 1,\n      "comment": "c"\n    }');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("does not mutate the set", () => {
    const set = deepFreeze(sampleSet());
    const before = structuredClone(set);
    serializeObservations(set);
    expect(set).toEqual(before);
  });
});

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\S/.test(s));
const count = fc.nat({ max: 100_000 });
const cell = fc.oneof(
  fc.record({ sex: fc.constantFrom("female" as const, "male" as const), value: count }),
  fc.record({ sex: fc.constantFrom("other" as const, "unknown" as const), suppressed: fc.constant(true as const) }),
);
const observation: fc.Arbitrary<Observation> = fc.record(
  {
    indicator: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,6}$/),
    activity: text,
    year: fc.integer({ min: 1900, max: 2200 }),
    period: fc.constant({ start: "2018-01", end: "2018-06-30" }),
    value: fc.oneof(count, fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
    numerator: count,
    denominator: count,
    done: fc.boolean(),
    doneOn: fc.constantFrom("2018", "2018-05", "2018-05-02"),
    text,
    bySex: fc.record({ cells: fc.array(cell, { minLength: 1, maxLength: 3 }) }),
    byMunicipality: fc.array(
      fc.record({ municipality: fc.constantFrom("0780", "0781"), value: count }, { requiredKeys: ["municipality"] }),
      { maxLength: 2 },
    ),
    source: text,
    comment: text,
    extensions: fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }).filter(roundTrips), { maxKeys: 2 }),
  },
  { requiredKeys: ["indicator", "year"] },
);
const observationSet: fc.Arbitrary<ObservationSet> = fc.record(
  {
    note: text,
    kind: fc.constant("observation_set" as const),
    formatVersion: fc.constant(1 as const),
    plan: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}$/),
    title: text,
    observations: fc.array(observation, { maxLength: 4 }),
  },
  { requiredKeys: ["kind", "formatVersion", "plan", "observations"] },
);

/**
 * Whether a value is one the comparison below can expect back: fast-check sometimes makes a "__proto__" key, which
 * a file may not have (forbidden_key), and a -0, which the library keeps but JSON.parse(JSON.stringify()) does not.
 */
function roundTrips(value: unknown): boolean {
  if (Object.is(value, -0)) return false;
  if (typeof value !== "object" || value === null) return true;
  return Object.entries(value).every(([key, item]) => key !== "__proto__" && roundTrips(item));
}

describe("serializeObservations and parseObservations", () => {
  it("round-trip: parsing what was written gives the same set, and writing it again the same text", () => {
    fc.assert(
      fc.property(observationSet, (set) => {
        const written = serializeObservations(set);
        const parsed = parseObservations(written);
        expect(parsed).toEqual(JSON.parse(JSON.stringify(set)));
        expect(serializeObservations(parsed)).toBe(written);
      }),
      { numRuns: 200 },
    );
  });
});

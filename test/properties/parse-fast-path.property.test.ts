/**
 * The proof that the checker compiled from the schemas (src/parse/internal/compiled-check.ts) changes nothing:
 * for every input, the parse with it gives the same success, the same issues and the same data, keys in the same
 * order, as the parse by zod alone. Inputs: valid strategies, regional and local plans and observation files (as
 * values and as texts, with their keys shuffled), the same broken by values a check must refuse, any value,
 * mutated texts, and every file of test/corpus and fixtures/.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import type { z } from "zod/mini";
import { ObservationSetSchema } from "../../src/model/observation.js";
import { PlanSchema } from "../../src/model/plan.js";
import { StrategySchema } from "../../src/model/strategy.js";
import type { ParseOptions } from "../../src/parse/options.js";
import { runParse } from "../../src/parse/run-parse.js";
import { anything, linkedPlans, mutateText, mutateValue, observationSetOf, regionalPlans, strategies } from "../support/arbitraries.js";
import { sampleSet } from "../support/observations.js";
import { everyFieldPlanText, everyFieldStrategyText } from "../support/plans.js";

const SCHEMAS: Record<string, z.ZodMiniType> = { plan: PlanSchema, strategy: StrategySchema, observations: ObservationSetSchema };

/** A value written with its keys in order, `undefined` and `-0` told apart from an absent key and from 0. */
function ordered(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) => (item === undefined ? "<undefined>" : Object.is(item, -0) ? "<-0>" : item)) ??
    "<undefined>"
  );
}

/** Both parses of one input with one schema, compared: a failure names the schema and what differs. */
function expectSameParse(name: string, input: unknown, options?: ParseOptions): void {
  const schema = SCHEMAS[name] as z.ZodMiniType;
  const compiled = runParse(schema, input, options, "compiled");
  const zod = runParse(schema, input, options, "zod");
  expect({ name, success: compiled.success, issues: ordered(compiled.issues) }).toEqual({
    name,
    success: zod.success,
    issues: ordered(zod.issues),
  });
  if (compiled.success && zod.success) expect(ordered(compiled.data)).toBe(ordered(zod.data));
}

/** Every schema, on the input as it is and, for a value, as its JSON text. */
function expectSameParses(input: unknown, options?: ParseOptions): void {
  for (const name of Object.keys(SCHEMAS)) {
    expectSameParse(name, input, options);
    const text = typeof input === "object" && input !== null ? JSON.stringify(input) : undefined;
    if (text !== undefined) expectSameParse(name, text, options);
  }
}

/** The same value with the keys of some of its objects in another order (reversed or rotated). */
function shuffled(value: unknown, choices: readonly number[]): unknown {
  let turn = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== "object" || node === null) return node;
    const entries = Object.entries(node).map(([key, item]) => [key, walk(item)] as const);
    const choice = choices[turn++ % Math.max(choices.length, 1)] ?? 0;
    if (choice === 1) entries.reverse();
    else if (choice === 2) entries.push(...entries.splice(0, 1));
    return Object.fromEntries(entries);
  };
  return walk(value);
}

/** Values a check must refuse (out of a range, outside an enum, not a date, blank, of another type) and some it accepts. */
const edgeValues = fc.constantFrom(
  -1,
  -0,
  0,
  1.5,
  1899,
  2201,
  2 ** 53,
  1e308,
  "",
  " ",
  "x",
  "2017-02-29",
  "2016-02-29",
  "2017-13",
  "2017",
  "regional",
  "county",
  "female",
  "okänd",
  "Ab.1",
  "0780",
  "07",
  true,
  false,
  null,
  [],
  {},
  { sex: "female", value: 1 },
  { sex: "male", suppressed: true },
  { type: "count", aggregation: "sum" },
  { type: "cycle" },
);

/** Numbers and texts at and beyond the bounds and patterns of the schemas, for a leaf of the same type. */
const EDGE_NUMBERS = [-1, -0, 0, 0.5, 1, 1.5, 1899, 1900, 2200, 2201, 2 ** 53, -(2 ** 53), 1e308];
const EDGE_TEXTS = [
  "",
  " ",
  "\t",
  "x",
  "X",
  "2017-02-29",
  "2016-02-29",
  "2017-13",
  "2017-00",
  "201",
  "2021-06-31",
  "Ab.1",
  "a b",
  ".a",
  "0780",
  "078",
  "1.1",
  "1.",
  "female",
  "okänd",
  "county",
];

/** A document with one number, text or boolean (chosen by `pick`) replaced by an edge value of the same type. */
function withEdgeLeaf(value: unknown, pick: number, edge: number): unknown {
  const copy = structuredClone(value);
  const leaves: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    for (const [key, item] of Object.entries(node)) {
      const at = Array.isArray(node) ? Number(key) : key;
      if (typeof item === "object" && item !== null) walk(item);
      else leaves.push([node as Record<string | number, unknown>, at]);
    }
  };
  walk(copy);
  const leaf = leaves[pick % Math.max(leaves.length, 1)];
  if (leaf === undefined) return copy;
  const [holder, key] = leaf;
  const old = holder[key];
  if (typeof old === "number") holder[key] = EDGE_NUMBERS[edge % EDGE_NUMBERS.length];
  else if (typeof old === "string") holder[key] = EDGE_TEXTS[edge % EDGE_TEXTS.length];
  else holder[key] = old !== true;
  return copy;
}

const validValues = fc.oneof(
  strategies,
  regionalPlans(),
  linkedPlans.map(({ local }) => local),
  regionalPlans().chain((plan) => observationSetOf(plan)),
);

const shuffles = fc.array(fc.nat(3), { minLength: 1, maxLength: 6 });

describe("the compiled checker gives what zod alone gives", () => {
  test("on valid strategies, plans and observation files, with keys in any order", () => {
    fc.assert(
      fc.property(validValues, shuffles, (value, choices) => expectSameParses(shuffled(value, choices))),
      { numRuns: 150 },
    );
  });

  test("on valid documents with one number or text replaced by one at or beyond a bound or pattern", () => {
    fc.assert(
      fc.property(validValues, fc.nat(), fc.nat(), shuffles, (value, pick, edge, choices) =>
        expectSameParses(shuffled(withEdgeLeaf(value, pick, edge), choices)),
      ),
      { numRuns: 400 },
    );
  });

  test("on valid documents with one value replaced by one a check may refuse", () => {
    const broken = validValues.chain((value) => mutateValue(value, edgeValues));
    fc.assert(
      fc.property(broken, shuffles, (value, choices) => expectSameParses(shuffled(value, choices))),
      { numRuns: 300 },
    );
  });

  test("on hostile values and mutated texts, with the default and with small limits", () => {
    const inputs = fc.oneof(
      anything,
      mutateValue(JSON.parse(everyFieldPlanText)),
      mutateValue(JSON.parse(everyFieldStrategyText)),
      mutateValue(sampleSet()),
      mutateText(everyFieldPlanText),
      mutateText(JSON.stringify(sampleSet())),
    );
    const options = fc.constantFrom<ParseOptions | undefined>(
      undefined,
      { lang: "en" },
      { maxStringLength: 20, maxDepth: 6, maxKeyLength: 8 },
    );
    fc.assert(
      fc.property(inputs, options, (input, parseOptions) => expectSameParses(input, parseOptions)),
      { numRuns: 300 },
    );
  });
});

const FILES = [
  ...readdirSync(new URL("../corpus/", import.meta.url))
    .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"))
    .map((name) => new URL(`../corpus/${name}`, import.meta.url)),
  ...readdirSync(new URL("../../fixtures/", import.meta.url))
    .filter((name) => name.endsWith(".json"))
    .map((name) => new URL(`../../fixtures/${name}`, import.meta.url)),
  ...readdirSync(new URL("../../fixtures/examples/", import.meta.url))
    .filter((name) => name.endsWith(".json"))
    .map((name) => new URL(`../../fixtures/examples/${name}`, import.meta.url)),
];

describe("the compiled checker on every file of the corpus and the fixtures", () => {
  it("has files to read", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILES.map((url) => [url.pathname.split("/").slice(-2).join("/"), url] as const))(
    "%s, as bytes, as text and as a value",
    (_name, url) => {
      const bytes = new Uint8Array(readFileSync(url));
      for (const name of Object.keys(SCHEMAS)) expectSameParse(name, bytes);
      const text = new TextDecoder().decode(bytes);
      let value: unknown;
      try {
        value = JSON.parse(text.replace(/^\uFEFF/, ""));
      } catch {
        value = undefined;
      }
      if (value !== undefined) expectSameParses(value);
    },
  );
});

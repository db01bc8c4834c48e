/**
 * The JSON Schema shipped for editors is generated from the zod schemas (scripts/json-schemas.mjs, which the
 * build runs on the built ones); this runs the same generator on the sources and proves the result accepts the
 * same good files and refuses the same structurally bad ones.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../scripts/json-schemas.mjs";
import { ObservationSetSchema, PlanSchema, StrategySchema, safeParseObservations, safeParsePlan } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { everyFieldPlanText, everyFieldStrategyText, minimalPlan, repoRoot } from "../support/plans.js";
import { unitsPlan } from "../support/units.js";

const schemas = jsonSchemas({ PlanSchema, StrategySchema, ObservationSetSchema });
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validatePlan = ajv.compile(schemas["plan.schema.json"]);
const validateStrategy = ajv.compile(schemas["strategy.schema.json"]);
const validateObservations = ajv.compile(schemas["observations.schema.json"]);

const observationFile = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(repoRoot, path), "utf8")) as Record<string, unknown>;
const KRONOBERG_OBSERVATIONS = "fixtures/kronoberg-2017-2019.observations.invented.json";
const EVERY_FIELD_OBSERVATIONS = "test/observations/data/every-field.observations.json";

/** Changes to the first observation of the every-field file (or to the file) that zod refuses. */
const badObservations: [string, (file: Record<string, unknown>, first: Record<string, unknown>) => void][] = [
  ["a missing kind", (f) => delete f["kind"]],
  ["a wrong format version", (f) => (f["formatVersion"] = 2)],
  ["a plan id with capitals", (f) => (f["plan"] = "Kronoberg-2017-2021")],
  ["observations that are not a list", (f) => (f["observations"] = { indicator: "F.1-1", year: 2018 })],
  ["an observation without an indicator", (_f, o) => delete o["indicator"]],
  ["a year as text", (_f, o) => (o["year"] = "2018")],
  ["a year that is not whole", (_f, o) => (o["year"] = 2018.5)],
  ["a negative value", (_f, o) => (o["value"] = -4)],
  ["done as text", (_f, o) => (o["done"] = "ja")],
  ["a date in the wrong form", (_f, o) => (o["doneOn"] = "20/11/2017")],
  ["a cell of unknown sex", (_f, o) => (o["bySex"] = { cells: [{ sex: "both", value: 3 }] })],
  ["a cell with neither value nor suppressed", (_f, o) => (o["bySex"] = { cells: [{ sex: "female" }] })],
  ["a municipality code of three digits", (_f, o) => (o["byMunicipality"] = [{ municipality: "780", value: 1 }])],
  ["a unit's part without its unit", (_f, o) => (o["byUnit"] = { district: [{ value: 1 }] })],
  ["a breakdown by units with no part", (_f, o) => (o["byUnit"] = { school: [] })],
];

const bad: [string, (plan: Record<string, unknown>) => void][] = [
  ["a missing title", (p) => delete p["title"]],
  ["an empty title", (p) => (p["title"] = " ")],
  ["a wrong level", (p) => (p["level"] = "national")],
  ["a county code of one digit", (p) => (p["territory"] = { countyCode: "7" })],
  ["a date in the wrong form", (p) => (p["period"] = { start: "2017", end: "21" })],
  ["purposes that are not a list", (p) => (p["purposes"] = "Syfte")],
  ["an actor of unknown kind", (p) => (p["actors"] = [{ kind: "person", id: "x", name: "X" }])],
  ["a wrong format version", (p) => (p["formatVersion"] = 2)],
];

describe("the generated JSON Schema", () => {
  it("is one file per format, each titled for editors", () => {
    expect(Object.entries(schemas).map(([file, schema]) => [file, schema.title])).toEqual([
      ["plan.schema.json", "andt-plan: plan file (regional or local action plan)"],
      ["strategy.schema.json", "andt-plan: national strategy file"],
      ["observations.schema.json", "andt-plan: observation file (follow-up values of a plan)"],
    ]);
  });

  it("accepts the good files zod accepts", () => {
    expect(validatePlan(JSON.parse(everyFieldPlanText))).toBe(true);
    expect(validatePlan(unitsPlan())).toBe(true);
    expect(validatePlan(minimalPlan())).toBe(true);
    expect(validatePlan(planWithoutAreas())).toBe(true);
    expect(validateStrategy(JSON.parse(everyFieldStrategyText))).toBe(true);
  });

  it.each(bad)("refuses %s, as zod does", (_name, change) => {
    const plan = structuredClone(minimalPlan()) as unknown as Record<string, unknown>;
    change(plan);
    expect(safeParsePlan(plan).success).toBe(false);
    expect(validatePlan(plan)).toBe(false);
  });
});

describe("the generated JSON Schema of observation files", () => {
  it.each([KRONOBERG_OBSERVATIONS, EVERY_FIELD_OBSERVATIONS])("accepts %s, as zod does", (path) => {
    const file = observationFile(path);
    expect(safeParseObservations(file).success).toBe(true);
    expect(validateObservations(file)).toBe(true);
  });

  it.each(badObservations)("refuses %s, as zod does", (_name, change) => {
    const file = observationFile(EVERY_FIELD_OBSERVATIONS);
    change(file, (file["observations"] as Record<string, unknown>[])[0] as Record<string, unknown>);
    expect(safeParseObservations(file).success).toBe(false);
    expect(validateObservations(file)).toBe(false);
  });
});

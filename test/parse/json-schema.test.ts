/**
 * The JSON Schema shipped for editors is generated from the zod schemas (scripts/build-json-schema.mjs);
 * this proves it accepts the same good files and refuses the same structurally bad ones.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PlanSchema, StrategySchema, safeParsePlan } from "../../src/index.js";
import { everyFieldPlanText, everyFieldStrategyText, minimalPlan } from "../support/plans.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validatePlan = ajv.compile(z.toJSONSchema(PlanSchema, { io: "input" }));
const validateStrategy = ajv.compile(z.toJSONSchema(StrategySchema, { io: "input" }));

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
  it("accepts the good files zod accepts", () => {
    expect(validatePlan(JSON.parse(everyFieldPlanText))).toBe(true);
    expect(validatePlan(minimalPlan())).toBe(true);
    expect(validateStrategy(JSON.parse(everyFieldStrategyText))).toBe(true);
  });

  it.each(bad)("refuses %s, as zod does", (_name, change) => {
    const plan = structuredClone(minimalPlan()) as unknown as Record<string, unknown>;
    change(plan);
    expect(safeParsePlan(plan).success).toBe(false);
    expect(validatePlan(plan)).toBe(false);
  });
});

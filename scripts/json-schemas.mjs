// The JSON Schemas of the plan, strategy and observation file formats, generated from the zod schemas given:
// the build passes the built ones (scripts/build-json-schema.mjs), the tests the sources', so the tests check
// the very generator that makes the shipped files without needing a build.
import { z } from "zod";

export function jsonSchemas({ PlanSchema, StrategySchema, ObservationSetSchema }) {
  const targets = [
    ["plan.schema.json", PlanSchema, "andt-plan: plan file (regional or local action plan)"],
    ["strategy.schema.json", StrategySchema, "andt-plan: national strategy file"],
    ["observations.schema.json", ObservationSetSchema, "andt-plan: observation file (follow-up values of a plan)"],
  ];
  return Object.fromEntries(targets.map(([file, schema, title]) => [file, { title, ...z.toJSONSchema(schema, { io: "input" }) }]));
}

// Writes the JSON Schemas of the plan, strategy and observation file formats into dist/, generated from the
// zod schemas of the build that just ran, so editors can validate and complete a file as it is typed.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { ObservationSetSchema, PlanSchema, StrategySchema } from "../dist/index.js";

const targets = [
  ["plan.schema.json", PlanSchema, "andt-plan: plan file (regional or local action plan)"],
  ["strategy.schema.json", StrategySchema, "andt-plan: national strategy file"],
  ["observations.schema.json", ObservationSetSchema, "andt-plan: observation file (follow-up values of a plan)"],
];

for (const [file, schema, title] of targets) {
  const json = { title, ...z.toJSONSchema(schema, { io: "input" }) };
  writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
}

// Writes the JSON Schemas of the plan, strategy and observation file formats into dist/, generated from the
// zod schemas of the build that just ran, so editors can validate and complete a file as it is typed, and show
// each field's description (from the model's TSDoc in src/) on hover.
import { writeFileSync } from "node:fs";
import * as built from "../dist/index.js";
import { jsonSchemas } from "./json-schemas.mjs";

for (const [file, json] of Object.entries(jsonSchemas(built))) {
  writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
}

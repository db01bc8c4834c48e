// Types of scripts/json-schemas.mjs, for the tests that import it (the scripts themselves are plain JavaScript).
import type { z } from "zod";

export type JsonSchemaFile = "plan.schema.json" | "strategy.schema.json" | "observations.schema.json";

export function jsonSchemas(schemas: {
  PlanSchema: z.ZodType;
  StrategySchema: z.ZodType;
  ObservationSetSchema: z.ZodType;
}): Record<JsonSchemaFile, { title: string } & Record<string, unknown>>;

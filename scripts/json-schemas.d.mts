// Types of scripts/json-schemas.mjs, for the tests that import it (the scripts themselves are plain JavaScript).
import type { z } from "zod";

export type JsonSchemaFile = "plan.schema.json" | "strategy.schema.json" | "observations.schema.json";

/** A generated JSON Schema, as plain JSON. */
export type JsonSchema = Record<string, unknown>;

/** Exported types of a set of TypeScript files, read with the compiler; opaque to callers. */
export interface TypeDocs {
  type(name: string): unknown;
}

export function jsonSchemas(schemas: {
  PlanSchema: z.core.$ZodType;
  StrategySchema: z.core.$ZodType;
  ObservationSetSchema: z.core.$ZodType;
}): Record<JsonSchemaFile, { title: string; description: string } & JsonSchema>;

export function typeDocs(files: string[]): TypeDocs;

export function describedJsonSchema(schema: z.core.$ZodType, type: unknown, docs: TypeDocs): JsonSchema;

import type { z } from "zod";
import type { Path } from "../../core/issue.js";
import type { ParseIssueData } from "../issue.js";
import { elementSchema, objectSchemaFor } from "./schema-walk.js";

/**
 * Infos for keys the format does not define. They are kept (nothing a county adds is lost), but a reader
 * should learn of them, since a misspelt optional field would otherwise pass unnoticed. `extensions` is the
 * documented place for additions and is not reported; nor is anything inside an unknown key.
 */
export function unknownFields(value: unknown, schema: z.ZodType | undefined, path: Path = []): ParseIssueData[] {
  if (Array.isArray(value)) {
    const element = elementSchema(schema);
    return value.flatMap((item, index) => unknownFields(item, element, [...path, index]));
  }
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const objectDef = objectSchemaFor(schema, record);
  if (objectDef?.shape === undefined) return [];
  const shape = objectDef.shape;
  return Object.keys(record).flatMap((key): ParseIssueData[] => {
    // Own keys only: a field named like an Object.prototype member ("toString") is still unknown.
    if (!Object.hasOwn(shape, key)) return [{ code: "unknown_field", severity: "info", path: [...path, key], key }];
    return key === "extensions" ? [] : unknownFields(record[key], shape[key], [...path, key]);
  });
}

import type { z } from "zod/mini";
import type { ParseIssueData } from "../issue.js";
import { elementSchema, objectSchemaFor } from "./schema-walk.js";

/**
 * Infos for keys the format does not define. They are kept (nothing a county adds is lost), but a reader
 * should learn of them, since a misspelt optional field would otherwise pass unnoticed. `extensions` is the
 * documented place for additions and is not reported; nor is anything inside an unknown key.
 */
export function unknownFields(value: unknown, schema: z.ZodMiniType | undefined): ParseIssueData[] {
  const issues: ParseIssueData[] = [];
  walk(value, schema, [], issues);
  return issues;
}

// One path, grown and shrunk as the walk goes: it is copied only into an issue, not for every value visited.
function walk(value: unknown, schema: z.ZodMiniType | undefined, path: (string | number)[], issues: ParseIssueData[]): void {
  if (Array.isArray(value)) {
    const element = elementSchema(schema);
    // Without an element schema nothing below can be known or unknown.
    if (element === undefined) return;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item !== "object" || item === null) continue;
      path.push(index);
      walk(item, element, path, issues);
      path.pop();
    }
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  const shape = objectSchemaFor(schema, record)?.shape;
  if (shape === undefined) return;
  for (const key of Object.keys(record)) {
    // Own keys only: a field named like an Object.prototype member ("toString") is still unknown.
    if (!Object.hasOwn(shape, key)) {
      issues.push({ code: "unknown_field", severity: "info", path: [...path, key], key });
      continue;
    }
    const item = record[key];
    if (key === "extensions" || typeof item !== "object" || item === null) continue;
    path.push(key);
    walk(item, shape[key], path, issues);
    path.pop();
  }
}

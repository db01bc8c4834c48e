import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { TextSchema } from "../../../src/model/common.js";
import { looseObject } from "../../../src/model/internal/loose-object.js";

const shape = { title: TextSchema, pages: z.optional(z.number().check(z.int(), z.gte(1))), tags: z.array(TextSchema) };
// zod's own wording depends on the locale some other module may have set; our schemas' formats carry our codes.
const summary = (result: { error?: { issues: readonly z.core.$ZodIssue[] } }) =>
  result.error?.issues.map((issue) => [issue.code, issue.path.join("."), issue.code === "invalid_format" ? issue.message : ""]);

describe("looseObject", () => {
  it("is zod/mini's loose object: the same definition, an instance of ZodMiniObject, unknown keys kept", () => {
    const schema = looseObject(shape);
    expect(schema).toBeInstanceOf(z.ZodMiniObject);
    expect(Object.entries(schema.shape).every(([key, field]) => field === shape[key as keyof typeof shape])).toBe(true);
    expect(Object.keys(schema.shape)).toEqual(Object.keys(shape));
    expect(schema._zod.def.type).toBe("object");
    expect(schema._zod.def.catchall?._zod.def.type).toBe("unknown");
    expect(schema.parse({ title: "Förord", tags: [], page: 3 })).toEqual({ title: "Förord", tags: [], page: 3 });
  });

  it("reports the very issues zod/mini's own looseObject reports", () => {
    const bad = [{}, { title: " ", pages: 0.5, tags: ["", 3] }, { title: 1, pages: "2", tags: {} }, null];
    for (const input of bad) {
      expect(summary(looseObject(shape).safeParse(input))).toEqual(summary(z.looseObject(shape).safeParse(input)));
    }
    expect(summary(looseObject(shape).safeParse({ title: " ", pages: 0.5, tags: ["", 3] }))).toEqual([
      ["invalid_format", "title", "empty_text"],
      ["invalid_type", "pages", ""],
      ["invalid_format", "tags.0", "empty_text"],
      ["invalid_type", "tags.1", ""],
    ]);
  });

  it("reports 130 000 issues of one field without overflowing the stack", () => {
    const result = looseObject({ tags: z.array(z.string()) }).safeParse({ tags: Array.from({ length: 130_000 }, () => 1) });
    expect(result.error?.issues.length).toBe(130_000);
    expect(result.error?.issues[129_999]?.path).toEqual(["tags", 129_999]);
  });

  it("stays a compiled loose object when extended with zod/mini", () => {
    const extended = z.extend(looseObject(shape), { note: z.optional(TextSchema) });
    expect(extended).toBeInstanceOf(z.ZodMiniObject);
    expect(extended.safeParse({ title: "Förord", tags: [], note: "" }).error?.issues.map((i) => i.path)).toEqual([["note"]]);
    const list = Array.from({ length: 130_000 }, () => 1);
    expect(z.extend(looseObject({}), { tags: z.array(z.string()) }).safeParse({ tags: list }).error?.issues.length).toBe(130_000);
  });
});

/**
 * The exported schemas are zod/mini schemas (see test/model/schemas.test-d.ts); an app composes them with zod/mini's
 * functions or with classic zod's, as the changeset (.changeset/schemas-zod-mini.md) says.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import * as classic from "zod";
import * as z from "zod/mini";
import { type Activity, ActivitySchema, PlanSchema } from "../../src/index.js";
import { minimalPlan } from "../support/plans.js";

describe("the exported schemas in an app's own schemas", () => {
  it("compose with zod/mini's functions", () => {
    const list = z.array(ActivitySchema).check(z.minLength(1));
    expect(list.safeParse([]).error?.issues.map((issue) => [issue.code, issue.path])).toEqual([["too_small", []]]);
    const withPlan = z.object({ plan: z.optional(PlanSchema) });
    expect(withPlan.parse({}).plan).toBeUndefined();
    expect(withPlan.parse({ plan: minimalPlan() }).plan?.id).toBe(minimalPlan().id);
  });

  it("compose with classic zod's, issues and types included", () => {
    const withPlan = classic.object({ plan: PlanSchema, activities: classic.array(ActivitySchema).optional() });
    expect(withPlan.parse({ plan: minimalPlan() }).plan.id).toBe(minimalPlan().id);
    const bad = withPlan.safeParse({ plan: { ...minimalPlan(), id: "Kronoberg 2017" } });
    expect(bad.error?.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ["invalid_format", ["plan", "id"], "invalid_id"],
    ]);
    expectTypeOf<classic.infer<typeof withPlan>["activities"]>().toEqualTypeOf<Activity[] | undefined>();
  });
});

import { describe, expect, expectTypeOf, it } from "vitest";
import type { Path, ValidationContext, ValidationIssueCode } from "../../src/index.js";
import type { AndtPlanMatchers } from "../../src/testing/index.js";
import { andtPlanMatchers } from "../../src/testing/index.js";

describe("andtPlanMatchers", () => {
  it("is what vitest's expect.extend takes", () => {
    expectTypeOf(andtPlanMatchers).toExtend<Parameters<typeof expect.extend>[0]>();
  });

  it("augments vitest's Assertion with typed arguments", () => {
    expectTypeOf<Parameters<AndtPlanMatchers["toBeValidPlan"]>>().toEqualTypeOf<[context?: ValidationContext]>();
    expectTypeOf<Parameters<AndtPlanMatchers["toHaveIssue"]>>().toEqualTypeOf<[code: ValidationIssueCode, path?: Path]>();
    expectTypeOf(expect({}).toHaveIssue).parameter(0).toEqualTypeOf<ValidationIssueCode>();
  });
});

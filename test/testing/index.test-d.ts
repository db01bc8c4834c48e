import { describe, expect, expectTypeOf, it } from "vitest";
import type { Path } from "../../src/index.js";
import type { FindingCode, ValidationContext } from "../../src/index.js";
import { andtPlanMatchers } from "../../src/testing/index.js";
import type { AndtPlanMatchers } from "../../src/testing/index.js";

describe("andtPlanMatchers", () => {
  it("is what vitest's expect.extend takes", () => {
    expectTypeOf(andtPlanMatchers).toExtend<Parameters<typeof expect.extend>[0]>();
  });

  it("augments vitest's Assertion with typed arguments", () => {
    expectTypeOf<Parameters<AndtPlanMatchers["toBeValidPlan"]>>().toEqualTypeOf<[context?: ValidationContext]>();
    expectTypeOf<Parameters<AndtPlanMatchers["toHaveFinding"]>>().toEqualTypeOf<[code: FindingCode, path?: Path]>();
    expectTypeOf(expect({}).toHaveFinding).parameter(0).toEqualTypeOf<FindingCode>();
  });
});

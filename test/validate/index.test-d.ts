import { describe, expectTypeOf, it } from "vitest";
import type { Finding, FindingCode, RuleInfo } from "../../src/index.js";

describe("Finding", () => {
  it("narrows on code to the details of that code", () => {
    expectTypeOf<Extract<Finding, { code: "activity_code_sequence" }>["expected"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Finding, { code: "areas_per_sub_goal" }>["received"]>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Finding, { code: "ungendered_people_text" }>["suggestion"]>().toEqualTypeOf<string>();
  });

  it("has a rule id for every code", () => {
    expectTypeOf<RuleInfo["id"]>().toEqualTypeOf<FindingCode>();
    expectTypeOf<Finding["code"]>().toEqualTypeOf<FindingCode>();
  });
});

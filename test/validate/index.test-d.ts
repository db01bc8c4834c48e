import { describe, expectTypeOf, it } from "vitest";
import type { OrganisationType, RuleInfo, Substance, SubstanceElement, ValidationIssue, ValidationIssueCode } from "../../src/index.js";

describe("ValidationIssue", () => {
  it("narrows on code to the details of that code", () => {
    expectTypeOf<Extract<ValidationIssue, { code: "activity_code_sequence" }>["expected"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<ValidationIssue, { code: "areas_per_sub_goal" }>["received"]>().toEqualTypeOf<number>();
    expectTypeOf<Extract<ValidationIssue, { code: "ungendered_people_text" }>["suggestion"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<ValidationIssue, { code: "substance_outside_scope" }>["substance"]>().toEqualTypeOf<Substance>();
    expectTypeOf<Extract<ValidationIssue, { code: "substance_outside_scope" }>["element"]>().toEqualTypeOf<SubstanceElement>();
    expectTypeOf<Extract<ValidationIssue, { code: "municipal_body_without_municipality" }>["type"]>().toEqualTypeOf<OrganisationType>();
  });

  it("has a rule id for every code but unreadable_part and duplicate_plan_id, which no rule reports", () => {
    expectTypeOf<RuleInfo["id"]>().toEqualTypeOf<Exclude<ValidationIssueCode, "unreadable_part" | "duplicate_plan_id">>();
    expectTypeOf<ValidationIssue["code"]>().toEqualTypeOf<ValidationIssueCode>();
  });
});

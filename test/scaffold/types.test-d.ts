import { describe, expectTypeOf, it } from "vitest";
import {
  type ParseIssue,
  type Plan,
  ScaffoldError,
  type ScaffoldLocalPlanOptions,
  type ScaffoldRegionalPlanOptions,
  scaffoldLocalPlan,
  scaffoldRegionalPlan,
  type TextEncoding,
} from "../../src/index.js";

describe("scaffold types", () => {
  it("returns a Plan from a strategy or a plan, and requires the county or municipality code", () => {
    expectTypeOf(scaffoldRegionalPlan).returns.toEqualTypeOf<Plan>();
    expectTypeOf(scaffoldLocalPlan).parameter(0).toEqualTypeOf<Plan>();
    expectTypeOf<ScaffoldRegionalPlanOptions["countyCode"]>().toEqualTypeOf<string>();
    expectTypeOf<ScaffoldLocalPlanOptions["municipalityCode"]>().toEqualTypeOf<string>();
    expectTypeOf<{ municipalityCode: string }>().toExtend<ScaffoldLocalPlanOptions>();
    expectTypeOf<{ countyCode?: string }>().not.toExtend<ScaffoldRegionalPlanOptions>();
  });

  it("builds a ScaffoldError only with the details of its code", () => {
    expectTypeOf(new ScaffoldError("unknown_county", ["countyCode"], { received: "02" })).toExtend<ScaffoldError>();
    // @ts-expect-error: unknown_county carries what was received, not a municipality
    new ScaffoldError("unknown_county", ["countyCode"], { municipality: "0780" });
  });

  it("names the encoding found on an invalid_encoding parse issue", () => {
    expectTypeOf<Extract<ParseIssue, { code: "invalid_encoding" }>["detected"]>().toEqualTypeOf<TextEncoding>();
  });
});

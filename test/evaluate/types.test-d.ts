/**
 * Type tests of the follow-up API: statuses and reasons are closed unions, so code over them can be exhaustive,
 * and the public functions take and give exactly the documented types.
 */
import { expectTypeOf, test } from "vitest";
import {
  evaluatePlan,
  type Measure,
  type Observation,
  type ObservationSet,
  type Plan,
  type PlanEvaluation,
  reportCsv,
  reportHtml,
  type STATUSES,
  type Status,
  type StatusReason,
} from "../../src/index.js";

test("STATUSES lists exactly the Status union", () => {
  expectTypeOf<(typeof STATUSES)[number]>().toEqualTypeOf<Status>();
});

test("a switch over a measure's type or a reason's code is exhaustive", () => {
  const label = (m: Measure): string => {
    switch (m.type) {
      case "count":
      case "share":
      case "percent":
      case "milestone":
      case "coverage":
      case "frequency":
      case "cycle":
      case "qualitative":
        return m.type;
      default:
        return m satisfies never;
    }
  };
  expectTypeOf(label).returns.toBeString();
  expectTypeOf<Extract<StatusReason, { code: "target_reached" }>>().toEqualTypeOf<{
    code: "target_reached";
    value: number;
    target: number;
  }>();
});

test("evaluatePlan takes observations or a set and gives a PlanEvaluation; reports take that and give text", () => {
  expectTypeOf(evaluatePlan).parameter(0).toEqualTypeOf<Plan>();
  expectTypeOf(evaluatePlan).parameter(1).toEqualTypeOf<readonly Observation[] | ObservationSet>();
  expectTypeOf(evaluatePlan).returns.toEqualTypeOf<PlanEvaluation>();
  expectTypeOf(reportHtml).parameter(0).toEqualTypeOf<PlanEvaluation>();
  expectTypeOf(reportCsv).returns.toBeString();
  // @ts-expect-error: the language is "sv" or "en"
  evaluatePlan({} as Plan, [], { lang: "fi" });
});

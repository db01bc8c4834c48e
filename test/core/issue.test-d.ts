import { describe, expectTypeOf, it } from "vitest";
import type {
  CsvLocation,
  EvaluationError,
  EvaluationErrorDetails,
  IssueOf,
  ObservationDataIssueDetails,
  ObservationIssue,
  ParseIssue,
  ParseIssueDetails,
  Path,
  ReportErrorDetails,
  Severity,
  ValidationIssue,
  ValidationIssueDetails,
} from "../../src/index.js";

// What `if (issue.code === C)` leaves of a union: the members whose code can be C.
type Narrowed<I extends { code: string }, C extends string> = I extends unknown ? (C extends I["code"] ? I : never) : never;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The one member a code should narrow to: the shared fields, the family's base, and exactly that code's details.
type Expected<D, C extends keyof D, Base> = { code: C; path: Path; message: string } & Base &
  (D[C] extends { severity: Severity } ? unknown : { severity: Severity }) &
  D[C];

// For every code of a family: does narrowing give exactly one member, equal to what its details say?
type EveryCodeNarrows<I extends { code: string }, D, Base = unknown> = {
  [C in keyof D & string]: Equal<Narrowed<I, C>, Expected<D, C, Base>>;
};
type AllTrue<D> = { [C in keyof D & string]: true };

describe("narrowing an issue on its code gives exactly that code's details", () => {
  it("in every family", () => {
    expectTypeOf<EveryCodeNarrows<ParseIssue, ParseIssueDetails>>().toEqualTypeOf<AllTrue<ParseIssueDetails>>();
    expectTypeOf<EveryCodeNarrows<ValidationIssue, ValidationIssueDetails>>().toEqualTypeOf<AllTrue<ValidationIssueDetails>>();
    expectTypeOf<EveryCodeNarrows<ObservationIssue, ObservationDataIssueDetails, CsvLocation>>().toEqualTypeOf<
      AllTrue<ObservationDataIssueDetails>
    >();
  });

  it("for a code parsing and reading observations share: one member, the same details", () => {
    type Shared = keyof ParseIssueDetails & keyof ObservationDataIssueDetails;
    expectTypeOf<Shared>().toEqualTypeOf<
      | "byte_order_mark"
      | "invalid_date"
      | "invalid_encoding"
      | "invalid_id"
      | "invalid_option"
      | "invalid_type"
      | "period_reversed"
      | "unicode_normalized"
    >();
    expectTypeOf<{ [C in Shared]: Equal<ParseIssueDetails[C], ObservationDataIssueDetails[C]> }>().toEqualTypeOf<{ [C in Shared]: true }>();
    // An observation file's parse issue of another code keeps its own fields.
    expectTypeOf<Narrowed<ObservationIssue, "invalid_json">>().toEqualTypeOf<Narrowed<ParseIssue, "invalid_json">>();
  });

  it("in a switch, as a user writes it", () => {
    const describe = (issue: ValidationIssue): string => {
      switch (issue.code) {
        case "activity_code_sequence":
          expectTypeOf(issue.expected).toEqualTypeOf<string>();
          return issue.received;
        case "unknown_municipality":
          expectTypeOf(issue).toHaveProperty("municipality");
          // @ts-expect-error: another code's detail is not there
          return issue.expected;
        default:
          return issue.message;
      }
    };
    expectTypeOf(describe).returns.toEqualTypeOf<string>();
  });

  it("IssueOf builds the same union for a details map of one's own", () => {
    type Mine = IssueOf<{ too_long: { length: number }; empty: { severity: "error" } }>;
    expectTypeOf<Narrowed<Mine, "too_long">["length"]>().toEqualTypeOf<number>();
    expectTypeOf<Narrowed<Mine, "empty">["severity"]>().toEqualTypeOf<"error">();
    expectTypeOf<Narrowed<Mine, "too_long">["severity"]>().toEqualTypeOf<Severity>();
  });
});

describe("an error's constructor takes a code with that code's details only", () => {
  it("for errors with typed details", () => {
    expectTypeOf<ConstructorParameters<typeof EvaluationError>>().toEqualTypeOf<
      {
        [C in keyof EvaluationErrorDetails]: [code: C, path: Path, details: EvaluationErrorDetails[C], lang?: "sv" | "en"];
      }[keyof EvaluationErrorDetails]
    >();
    expectTypeOf<keyof ReportErrorDetails>().toEqualTypeOf<
      "no_years" | "unknown_year" | "invalid_threshold" | "invalid_delimiter" | "invalid_compact"
    >();
  });
});

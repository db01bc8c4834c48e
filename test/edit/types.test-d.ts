import { describe, expectTypeOf, it } from "vitest";
import type {
  EditErrorDetails,
  EditIssue,
  EditIssueDetails,
  ErrorArgs,
  Path,
  PlanChange,
  Severity,
  ValidationIssueDetails,
} from "../../src/index.js";

type Narrowed<I extends { code: string }, C extends string> = I extends unknown ? (C extends I["code"] ? I : never) : never;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expected<D, C extends keyof D> = { code: C; path: Path; message: string } & (D[C] extends { severity: Severity }
  ? unknown
  : { severity: Severity }) &
  D[C];

describe("EditIssue", () => {
  it("narrows on its code to exactly that code's details", () => {
    type EveryCode = { [C in keyof EditIssueDetails & string]: Equal<Narrowed<EditIssue, C>, Expected<EditIssueDetails, C>> };
    expectTypeOf<EveryCode>().toEqualTypeOf<{ [C in keyof EditIssueDetails & string]: true }>();
  });

  it("shares duplicate_code with validation, with the same details", () => {
    type Shared = keyof EditIssueDetails & keyof ValidationIssueDetails;
    expectTypeOf<Shared>().toEqualTypeOf<"duplicate_code">();
    expectTypeOf<Equal<EditIssueDetails["duplicate_code"], ValidationIssueDetails["duplicate_code"]>>().toEqualTypeOf<true>();
  });

  it("refusals of an edit's own checks are errors", () => {
    expectTypeOf<Narrowed<EditIssue, "not_found">["severity"]>().toEqualTypeOf<"error">();
    expectTypeOf<Narrowed<EditIssue, "validation">["severity"]>().toEqualTypeOf<Severity>();
  });
});

describe("EditError and PlanChange", () => {
  it("an EditError takes a code with that code's details only", () => {
    expectTypeOf<["path_not_found", Path, { index: number; pointer: string }]>().toMatchTypeOf<ErrorArgs<EditErrorDetails>>();
    expectTypeOf<["path_not_found", Path, { op: string }]>().not.toMatchTypeOf<ErrorArgs<EditErrorDetails>>();
  });

  it("a change narrows on its kind", () => {
    expectTypeOf<Extract<PlanChange, { kind: "moved" }>["fromIndex"]>().toEqualTypeOf<number>();
    expectTypeOf<Extract<PlanChange, { kind: "changed" }>["field"]>().toEqualTypeOf<string>();
  });
});

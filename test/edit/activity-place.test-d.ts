import { describe, expectTypeOf, it } from "vitest";
import type { Activity, AddActivityArgs, MoveActivityArgs } from "../../src/index.js";

type Extends<A, B> = A extends B ? true : false;

describe("the place of an activity in addActivity and moveActivity", () => {
  it("is an area or a sub-goal, never both and never neither", () => {
    expectTypeOf<Extends<{ area: string; activity: Activity }, AddActivityArgs>>().toEqualTypeOf<true>();
    expectTypeOf<Extends<{ subGoal: string; activity: Activity }, AddActivityArgs>>().toEqualTypeOf<true>();
    expectTypeOf<Extends<{ area: string; subGoal: string; activity: Activity }, AddActivityArgs>>().toEqualTypeOf<false>();
    expectTypeOf<Extends<{ activity: Activity }, AddActivityArgs>>().toEqualTypeOf<false>();
    expectTypeOf<Extends<{ code: string; toSubGoal: string }, MoveActivityArgs>>().toEqualTypeOf<true>();
    expectTypeOf<Extends<{ code: string; toArea: string; toSubGoal: string }, MoveActivityArgs>>().toEqualTypeOf<false>();
  });
});

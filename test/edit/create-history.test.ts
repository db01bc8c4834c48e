import { describe, expect, it } from "vitest";
import { createHistory } from "../../src/edit/create-history.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("createHistory", () => {
  it("starts with the plan and no revisions", () => {
    const plan = deepFreeze(minimalPlan());
    expect(createHistory(plan)).toEqual({ plan, revisions: [], position: 0 });
  });
});

import { describe, expect, it } from "vitest";
import { applyPatches } from "../../src/edit/apply-patches.js";
import { EditError } from "../../src/edit/edit-error.js";
import { updateActivity } from "../../src/edit/update-activity.js";
import type { JsonPatchOperation } from "../../src/index.js";
import { thrown } from "../support/errors.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("applyPatches", () => {
  it("applies add, replace and remove, with ~0 and ~1 in keys, and shares what it does not touch", () => {
    const plan = deepFreeze(minimalPlan());
    const patches: JsonPatchOperation[] = deepFreeze([
      { op: "add", path: "/extensions", value: {} },
      { op: "add", path: "/extensions/a~1b~0c", value: 1 },
      { op: "replace", path: "/title", value: "Ny titel" },
      { op: "add", path: "/purposes/-", value: "Andra syftet." },
      { op: "remove", path: "/longTermGoals/0" },
    ]);
    const next = applyPatches(plan, patches);
    expect(next.extensions).toEqual({ "a/b~c": 1 });
    expect([next.title, next.purposes, next.longTermGoals]).toEqual(["Ny titel", ["Syfte.", "Andra syftet."], []]);
    expect(next.subGoals).toBe(plan.subGoals);
  });

  it("does not tie the plan to the patch's values", () => {
    const value = { text: "Region", actors: ["lst"] };
    const next = applyPatches(minimalPlan(), [{ op: "replace", path: "/subGoals/0/areas/0/activities/0/responsible", value }]);
    expect(next.subGoals[0]!.areas![0]!.activities[0]!.responsible).toEqual(value);
    expect(next.subGoals[0]!.areas![0]!.activities[0]!.responsible).not.toBe(value);
    expect(Object.isFrozen(value)).toBe(false);
  });

  it("replaces the whole document at the root pointer", () => {
    const other = minimalPlan();
    other.id = "other";
    expect(applyPatches(minimalPlan(), [{ op: "replace", path: "", value: other }])).toEqual(other);
  });

  it("applies an edit's patches to an equal plan that is not the same object", () => {
    const result = updateActivity(minimalPlan(), { code: "F.1", changes: { text: "Ny." } });
    expect(applyPatches(minimalPlan(), result.patches)).toEqual(result.plan);
  });

  it("throws EditError with the index of the operation that does not fit", () => {
    const plan = deepFreeze(minimalPlan());
    const missing = thrown(EditError, () =>
      applyPatches(plan, [
        { op: "replace", path: "/title", value: "x" },
        { op: "remove", path: "/subGoals/5" },
      ]),
    );
    expect([missing.code, missing.path, missing.details, missing.messages]).toEqual([
      "path_not_found",
      [1, "path"],
      { index: 1, pointer: "/subGoals/5" },
      { sv: 'Ändring 1: "/subGoals/5" finns inte i dokumentet.', en: 'Patch operation 1: "/subGoals/5" is not in the document.' },
    ]);
    const pointer = thrown(EditError, () => applyPatches(plan, [{ op: "add", path: "title", value: "x" }], { lang: "en" }));
    expect([pointer.code, pointer.message]).toEqual(["invalid_pointer", 'Patch operation 0: "title" is not a valid JSON Pointer.']);
    const index = thrown(EditError, () => applyPatches(plan, [{ op: "remove", path: "/subGoals/01" }]));
    expect(index.code).toBe("invalid_pointer");
    const parent = thrown(EditError, () => applyPatches(plan, [{ op: "add", path: "/nothing/here", value: 1 }]));
    expect(parent.code).toBe("path_not_found");
    const op = thrown(EditError, () => applyPatches(plan, [{ op: "move" as "add", path: "/title" }], { lang: "en" }));
    expect([op.code, op.path, op.message]).toEqual([
      "invalid_operation",
      [0, "op"],
      'Patch operation 0: the operation "move" cannot be used here.',
    ]);
    expect(thrown(EditError, () => applyPatches(plan, [{ op: "remove", path: "" }])).code).toBe("invalid_operation");
  });
});

import { describe, expect, it } from "vitest";
import { createHistory } from "../../src/edit/create-history.js";
import { EditError } from "../../src/edit/edit-error.js";
import { moveActivity } from "../../src/edit/move-activity.js";
import { recordEdit } from "../../src/edit/record-edit.js";
import { redo } from "../../src/edit/redo.js";
import { undo } from "../../src/edit/undo.js";
import { serializePlan } from "../../src/index.js";
import { thrown } from "../support/errors.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("redo", () => {
  it("redoes an undone revision", () => {
    const plan = deepFreeze(minimalPlan());
    const edited = recordEdit(createHistory(plan), moveActivity(plan, { code: "F.1", toArea: "1-a" }), { by: "a" });
    const again = redo(undo(edited));
    expect(again.position).toBe(1);
    expect(serializePlan(again.plan)).toBe(serializePlan(edited.plan));
  });

  it("throws nothing_to_redo when nothing was undone", () => {
    const error = thrown(EditError, () => redo(createHistory(minimalPlan())));
    expect([error.code, error.message]).toEqual(["nothing_to_redo", "Det finns ingen ångrad ändring att göra om."]);
  });
});

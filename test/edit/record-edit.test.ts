import { describe, expect, it } from "vitest";
import { createHistory } from "../../src/edit/create-history.js";
import { moveActivity } from "../../src/edit/move-activity.js";
import { recordEdit } from "../../src/edit/record-edit.js";
import { removeActor } from "../../src/edit/remove-actor.js";
import { undo } from "../../src/edit/undo.js";
import { updateActivity } from "../../src/edit/update-activity.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("recordEdit", () => {
  it("adds a revision with its audit entry, and serialises as JSON", () => {
    const history = deepFreeze(createHistory(deepFreeze(minimalPlan())));
    const result = moveActivity(history.plan, { code: "F.3", toArea: "f-a", index: 0 });
    const next = recordEdit(history, result, { by: "anna", why: "Samlat under ett område", at: "2026-03-01T10:00:00.000Z" });
    expect(next.position).toBe(1);
    expect(next.plan).toBe(result.plan);
    expect(next.revisions).toEqual([
      {
        patches: result.patches,
        inversePatches: result.inversePatches,
        audit: {
          at: "2026-03-01T10:00:00.000Z",
          by: "anna",
          why: "Samlat under ett område",
          operation: "move_activity",
          element: "activity",
          key: "F.3",
        },
      },
    ]);
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
  });

  it("stamps the time when none is given", () => {
    const history = createHistory(minimalPlan());
    const before = Date.now();
    const next = recordEdit(history, updateActivity(history.plan, { code: "F.1", changes: { text: "Ny." } }), { by: "anna" });
    const at = Date.parse(next.revisions[0]!.audit.at);
    expect(at >= before && at <= Date.now()).toBe(true);
    expect("why" in next.revisions[0]!.audit).toBe(false);
  });

  it("leaves the history as it was for a refused edit, and drops undone revisions for a new one", () => {
    const history = createHistory(minimalPlan());
    expect(recordEdit(history, removeActor(history.plan, { id: "lst" }), { by: "anna" })).toBe(history);
    const one = recordEdit(history, updateActivity(history.plan, { code: "F.1", changes: { text: "Ett." } }), { by: "a", at: "1" });
    const back = undo(one);
    const other = recordEdit(back, updateActivity(back.plan, { code: "F.2", changes: { text: "Två." } }), { by: "b", at: "2" });
    expect(other.revisions.map((r) => r.audit.key)).toEqual(["F.2"]);
    expect(other.position).toBe(1);
  });
});

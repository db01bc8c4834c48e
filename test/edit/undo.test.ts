import { describe, expect, it } from "vitest";
import { createHistory } from "../../src/edit/create-history.js";
import { EditError } from "../../src/edit/edit-error.js";
import { recordEdit } from "../../src/edit/record-edit.js";
import { setTarget } from "../../src/edit/set-target.js";
import { undo } from "../../src/edit/undo.js";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { serializePlan } from "../../src/index.js";
import { thrown } from "../support/errors.js";

describe("undo", () => {
  it("undoes the last revision byte for byte and keeps it for redo", () => {
    const history = createHistory(kronoberg2017);
    const edited = recordEdit(history, setTarget(kronoberg2017, { indicator: "F.2-1", target: { per: "year", value: 12 } }), { by: "a" });
    const back = undo(edited);
    expect(back.position).toBe(0);
    expect(back.revisions).toBe(edited.revisions);
    expect(serializePlan(back.plan)).toBe(serializePlan(kronoberg2017));
  });

  it("throws nothing_to_undo at the start", () => {
    const error = thrown(EditError, () => undo(createHistory(kronoberg2017), { lang: "en" }));
    expect([error.code, error.path, error.message]).toEqual(["nothing_to_undo", ["position"], "There is no revision to undo."]);
  });
});

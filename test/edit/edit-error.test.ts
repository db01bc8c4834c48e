import { describe, expect, it } from "vitest";
import { EditError } from "../../src/edit/edit-error.js";
import { AndtPlanError } from "../../src/index.js";

describe("EditError", () => {
  it("is an AndtPlanError with its code, path, details and both messages", () => {
    const error = new EditError("nothing_to_redo", ["position"], {}, "en");
    expect(error).toBeInstanceOf(AndtPlanError);
    expect([error.name, error.code, error.path, error.message, error.messages.sv]).toEqual([
      "EditError",
      "nothing_to_redo",
      ["position"],
      "There is no undone revision to redo.",
      "Det finns ingen ångrad ändring att göra om.",
    ]);
  });
});

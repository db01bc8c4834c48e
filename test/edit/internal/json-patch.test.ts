import { describe, expect, it } from "vitest";
import { escapeSegment, pointerSegments, toJsonPatch } from "../../../src/edit/internal/json-patch.js";

describe("JSON Pointer", () => {
  it("escapes ~ before / and reads them back (RFC 6901)", () => {
    expect(escapeSegment("a/b~c")).toBe("a~1b~0c");
    expect(escapeSegment("~1")).toBe("~01");
    expect(pointerSegments("/a~1b~0c/0/~01")).toEqual(["a/b~c", "0", "~1"]);
    expect(pointerSegments("")).toEqual([]);
  });

  it("turns immer's patches into RFC 6902 operations, without a value for remove", () => {
    expect(
      toJsonPatch([
        { op: "replace", path: ["subGoals", 0, "x/y"], value: 1 },
        { op: "remove", path: ["actors", 2] },
      ]),
    ).toEqual([
      { op: "replace", path: "/subGoals/0/x~1y", value: 1 },
      { op: "remove", path: "/actors/2" },
    ]);
  });
});

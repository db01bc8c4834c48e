import { describe, expect, it } from "vitest";
import { append } from "../../src/internal/append.js";

describe("append", () => {
  it("appends 200 000 items where push(...items) overflows the call stack", () => {
    const items = Array.from({ length: 200_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const target = [-1];
    expect(append(target, items)).toBe(target);
    expect(target).toHaveLength(200_001);
    expect([target[0], target[1], target[200_000]]).toEqual([-1, 0, 199_999]);
  });

  it("leaves the items as they were", () => {
    const items = Object.freeze(["a", "b"]);
    expect(append(["x"], items)).toEqual(["x", "a", "b"]);
  });
});

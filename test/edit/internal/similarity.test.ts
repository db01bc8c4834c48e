import { describe, expect, it } from "vitest";
import { similarity } from "../../../src/edit/internal/similarity.js";

describe("similarity", () => {
  it("is 1 for equal texts and the Dice coefficient of character pairs otherwise", () => {
    expect(similarity("Tillsyn", "Tillsyn")).toBe(1);
    // By hand: "abcd" has ab, bc, cd; "abce" has ab, bc, ce; two shared of six → 2·2/6.
    expect(similarity("abcd", "abce")).toBeCloseTo(4 / 6, 10);
    // Case and runs of white space do not count: "Ab  c" reads as "ab c".
    expect(similarity("Ab  c", "ab c")).toBe(1);
    expect(similarity("a", "b")).toBe(0);
  });
});

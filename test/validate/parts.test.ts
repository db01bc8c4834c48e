import { describe, expect, it } from "vitest";
import { aboutIncompleteWhole, documentPath, incompleteWhole } from "../../src/validate/parts.js";

describe("documentPath", () => {
  it("moves each index past the elements left out before it, at every level", () => {
    // Elements 1 and 3 of `a` left out: the readable 0, 1, 2 are the file's 0, 2, 4.
    const unreadable = [
      ["a", 1],
      ["a", 3],
      ["a", 4, "b", 0],
    ];
    expect(documentPath(["a", 0], unreadable)).toEqual(["a", 0]);
    expect(documentPath(["a", 1], unreadable)).toEqual(["a", 2]);
    expect(documentPath(["a", 2, "x"], unreadable)).toEqual(["a", 4, "x"]);
    // Inside the file's a.4, element 0 of b is left out: readable b.0 is the file's b.1.
    expect(documentPath(["a", 2, "b", 0], unreadable)).toEqual(["a", 4, "b", 1]);
    // A field left out moves no index.
    expect(documentPath(["c", 0], [["c"], ["d", "e"]])).toEqual(["c", 0]);
  });
});

describe("incompleteWhole and aboutIncompleteWhole", () => {
  const activity = ["subGoals", 1, "areas", 0, "activities", 2];
  it("finds the whole around a part left out, never the part itself", () => {
    expect(incompleteWhole("area", activity)).toEqual(["subGoals", 1, "areas", 0]);
    expect(incompleteWhole("subGoal", activity)).toEqual(["subGoals", 1]);
    expect(incompleteWhole("activity", activity)).toBeUndefined();
    expect(incompleteWhole("actors", activity)).toBeUndefined();
    expect(incompleteWhole("actors", ["actors", 3])).toEqual(["actors"]);
  });

  it("says an issue is about that whole only when it lies in the same whole", () => {
    expect(aboutIncompleteWhole("area", ["subGoals", 1, "areas", 0], [activity])).toBe(true);
    expect(aboutIncompleteWhole("area", ["subGoals", 1, "areas", 1], [activity])).toBe(false);
    expect(aboutIncompleteWhole("actors", ["owner", "principals", 0], [["actors", 0]])).toBe(true);
    expect(aboutIncompleteWhole("actors", ["owner", "principals", 0], [activity])).toBe(false);
  });
});

describe("incompleteWhole in a plan without areas", () => {
  it("finds the sub-goal and activity around a part directly under a sub-goal, and no area", () => {
    const indicator = ["subGoals", 0, "activities", 1, "followUp", "indicators", 0];
    expect(incompleteWhole("activity", indicator)).toEqual(["subGoals", 0, "activities", 1]);
    expect(incompleteWhole("subGoal", ["subGoals", 0, "activities", 1])).toEqual(["subGoals", 0]);
    expect(incompleteWhole("area", indicator)).toBeUndefined();
    expect(aboutIncompleteWhole("subGoal", ["subGoals", 0, "activities", 0, "code"], [["subGoals", 0, "activities", 1]])).toBe(true);
  });
});

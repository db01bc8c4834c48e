import { describe, expect, it } from "vitest";
import { counties } from "../../src/reference/counties.js";
import type { County } from "../../src/reference/types.js";

describe("counties", () => {
  it("lists exactly the 21 counties, sorted by code", () => {
    const codes = counties().map((c) => c.code);
    expect(codes).toEqual([
      "01",
      "03",
      "04",
      "05",
      "06",
      "07",
      "08",
      "09",
      "10",
      "12",
      "13",
      "14",
      "17",
      "18",
      "19",
      "20",
      "21",
      "22",
      "23",
      "24",
      "25",
    ]);
  });

  it("holds name and short name", () => {
    expect(counties().find((c) => c.code === "07")).toEqual({ code: "07", name: "Kronobergs län", shortName: "Kronoberg" });
    expect(counties().find((c) => c.code === "14")).toEqual({
      code: "14",
      name: "Västra Götalands län",
      shortName: "Västra Götaland",
    });
  });

  it("returns the same frozen array of frozen counties", () => {
    const list = counties();
    expect(counties()).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every((c) => Object.isFrozen(c))).toBe(true);
    expect(() => (list as County[]).push(list[0] as County)).toThrow(TypeError);
    expect(() => {
      (list[0] as { name: string }).name = "Changed";
    }).toThrow(TypeError);
    expect(list[0]?.name).toBe("Stockholms län");
    expect(list).toHaveLength(21);
  });
});

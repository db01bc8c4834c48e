import { describe, expect, it } from "vitest";
import { counties } from "../../src/reference/counties.js";
import { municipalities } from "../../src/reference/municipalities.js";

describe("municipalities", () => {
  it("lists exactly 290 municipalities with unique codes, sorted by code", () => {
    const codes = municipalities().map((m) => m.code);
    expect(codes).toHaveLength(290);
    expect(new Set(codes).size).toBe(290);
    expect(codes).toEqual([...codes].sort());
  });

  it("puts every municipality in a county that exists, under that county's code prefix", () => {
    const countyCodes = new Set(counties().map((c) => c.code));
    for (const m of municipalities()) {
      expect(countyCodes.has(m.countyCode), m.code).toBe(true);
      expect(m.code.slice(0, 2), m.code).toBe(m.countyCode);
      expect(m.code, m.name).toMatch(/^\d{4}$/);
    }
  });

  it("gives every county at least one municipality", () => {
    const used = new Set(municipalities().map((m) => m.countyCode));
    expect([...used].sort()).toEqual(counties().map((c) => c.code));
  });

  it("keeps the source's long name beside the short name", () => {
    const byCode = new Map(municipalities().map((m) => [m.code, m]));
    expect(byCode.get("0780")).toEqual({ code: "0780", name: "Växjö", longName: "Växjö kommun", countyCode: "07" });
    // The source's rule-made long names are kept as they are (documented as a convenience only).
    expect(byCode.get("0880")).toEqual({ code: "0880", name: "Kalmar", longName: "Kalmars kommun", countyCode: "08" });
    expect(byCode.get("1280")).toEqual({ code: "1280", name: "Malmö", longName: "Malmö kommun", countyCode: "12" });
    expect(byCode.get("0180")).toEqual({ code: "0180", name: "Stockholm", longName: "Stockholms kommun", countyCode: "01" });
  });

  it("stores names in Unicode NFC without stray white space", () => {
    for (const m of municipalities()) {
      for (const text of [m.name, m.longName]) {
        expect(text).toBe(text.normalize("NFC"));
        expect(text).toBe(text.trim());
      }
    }
  });

  it("returns the same frozen array of frozen municipalities", () => {
    const list = municipalities();
    expect(municipalities()).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every((m) => Object.isFrozen(m))).toBe(true);
    expect(() => (list as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (list[0] as { countyCode: string }).countyCode = "99";
    }).toThrow(TypeError);
    expect(list).toHaveLength(290);
    expect(list[0]?.countyCode).toBe("01");
  });
});

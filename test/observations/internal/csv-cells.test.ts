import { describe, expect, it } from "vitest";
import { fieldOfHeader, readBoolean, readNumber } from "../../../src/observations/internal/csv-cells.js";

describe("readNumber", () => {
  it("reads numbers as Swedish and English spreadsheets write them", () => {
    const cases: [string, number][] = [
      ["12", 12],
      [" 7 ", 7],
      ["0", 0],
      ["12,5", 12.5],
      ["12.5", 12.5],
      ["1 234", 1234],
      ["1\u00a0234,5", 1234.5],
      ["12\u202f345\u202f678", 12345678],
      ["-3", -3],
      ["\u22123,5", -3.5],
    ];
    for (const [cell, value] of cases) expect(readNumber(cell), cell).toEqual({ kind: "number", value });
    expect(Object.is((readNumber("-0") as { value: number }).value, 0)).toBe(true);
  });

  it("tells missing from suppressed from zero", () => {
    expect(readNumber("")).toEqual({ kind: "empty" });
    expect(readNumber("   ")).toEqual({ kind: "empty" });
    expect(readNumber("..")).toEqual({ kind: "suppressed" });
  });

  it("reads SCB's dash as zero, as SCB defines it (issue 14)", () => {
    for (const dash of ["\u2013", "-", "\u2212", " \u2013 "]) expect(readNumber(dash), dash).toEqual({ kind: "number", value: 0 });
  });

  it("refuses what it would have to guess", () => {
    for (const cell of ["1,234.5", "1.234,5", "12 %", "—", "--", "1 23", "12 345 6", "1e3", "0x10", "12 st", "Infinity", ",5", "5,"]) {
      expect(readNumber(cell), cell).toEqual({ kind: "invalid" });
    }
  });
});

describe("readBoolean", () => {
  it("reads yes and no, and nothing else", () => {
    expect(["Ja", "yes", "TRUE", "sant", "1", "X"].map(readBoolean)).toEqual([true, true, true, true, true, true]);
    expect(["nej", "No", "false", "FALSKT", "0"].map(readBoolean)).toEqual([false, false, false, false, false]);
    expect(["kanske", "", "2", "j"].map(readBoolean)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("fieldOfHeader", () => {
  it("knows each column by its Swedish and English names", () => {
    expect(
      [
        "Indikator",
        "AKTIVITET",
        "år",
        "Från",
        "till",
        "Värde",
        "antal",
        "Täljare",
        "nämnare",
        "genomförd",
        "Genomförd datum",
        "done-on",
        "Redovisning",
        "kvinnor",
        "Män",
        "flickor",
        "pojkar",
        "Kommun",
        "Källa",
        "Kommentar",
      ].map(fieldOfHeader),
    ).toEqual([
      "indicator",
      "activity",
      "year",
      "start",
      "end",
      "value",
      "value",
      "numerator",
      "denominator",
      "done",
      "doneOn",
      "doneOn",
      "text",
      "women",
      "men",
      "girls",
      "boys",
      "municipality",
      "source",
      "comment",
    ]);
    expect(fieldOfHeader("Område")).toBeUndefined();
  });
});

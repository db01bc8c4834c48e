import { describe, expect, it } from "vitest";
import { formatCellValue, formatNumber } from "../../src/gender/index.js";
import { caught } from "./helpers.js";

const NBSP = "\u00a0";

describe("formatNumber", () => {
  it("writes Swedish and British numbers", () => {
    expect(formatNumber(1234.5, { decimals: 1 })).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234.5, { lang: "en", decimals: 1 })).toBe("1,234.5");
    expect(formatNumber(1234567.891)).toBe(`1${NBSP}234${NBSP}567,891`);
    expect(formatNumber(-3.25)).toBe("\u22123,25");
    expect(formatNumber(28.5, { decimals: 0 })).toBe("29");
    expect(formatNumber(-0)).toBe("0");
  });

  it("refuses NaN and bad decimals", () => {
    expect(caught(() => formatNumber(Number.NaN))).toMatchObject({
      code: "not_a_number",
      path: [],
      details: { value: "NaN" },
    });
    expect(caught(() => formatNumber(Infinity, { lang: "en" })).message).toBe("Expected a finite number, got Infinity.");
    expect(caught(() => formatNumber(1, { decimals: 1.5 }))).toMatchObject({
      code: "invalid_decimals",
      path: ["decimals"],
    });
    expect(caught(() => formatNumber(1, { decimals: 21 }))).toMatchObject({
      code: "invalid_decimals",
      path: ["decimals"],
    });
  });
});

describe("formatCellValue", () => {
  it("prints a suppressed cell as two dots, others as numbers", () => {
    expect(formatCellValue({ sex: "female", suppressed: true })).toBe("..");
    expect(formatCellValue({ sex: "male", value: 1200 }, { lang: "en" })).toBe("1,200");
    expect(formatCellValue({ sex: "male", value: 26.6667 }, { decimals: 1 })).toBe("26,7");
    expect(formatCellValue({ sex: "female", age: "16-29", value: 3 })).toBe("3");
  });

  it("refuses a NaN cell", () => {
    expect(caught(() => formatCellValue({ sex: "male", value: Number.NaN }))).toMatchObject({
      code: "not_a_number",
      path: ["value"],
    });
    expect(caught(() => formatCellValue(null as never))).toMatchObject({ code: "invalid_cell", path: [] });
  });
});

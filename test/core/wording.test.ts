import { describe, expect, it } from "vitest";
import { numberText, pathText, percentSign, percentText, periodText, quoted } from "../../src/core/wording.js";

describe("the shared wording", () => {
  it("writes numbers as each language does, -0 as 0", () => {
    expect([numberText(1234.5, "sv"), numberText(1234.5, "en"), numberText(-2, "sv"), numberText(-0, "en")]).toEqual([
      "1\u00a0234,5",
      "1,234.5",
      "\u22122",
      "0",
    ]);
    expect(numberText(2, "sv", 1)).toBe("2,0");
  });

  it("writes per cent with a space in Swedish and none in English, rounding half away from zero", () => {
    expect([percentText(0.78, "sv"), percentText(0.78, "en"), percentText(0.3333, "sv", 1), percentText(-0.625, "en")]).toEqual([
      "78 %",
      "78%",
      "33,3 %",
      "-63%",
    ]);
    expect(percentSign("12", "sv")).toBe("12 %");
  });

  it("writes a period, a path and a quoted value", () => {
    expect([periodText({ start: "2017", end: "2021" }), periodText({ start: "2019", end: "2019" })]).toEqual(["2017–2021", "2019"]);
    expect([pathText(["subGoals", 0, "code"], "sv"), pathText([], "sv"), pathText([], "en")]).toEqual([
      "subGoals.0.code",
      "(roten)",
      "(root)",
    ]);
    expect([quoted("x"), quoted(3), quoted(null)]).toEqual(['"x"', "3", "null"]);
    // Text from a file cannot end the quote or break the line.
    expect([quoted('a"b'), quoted("rad\nny"), quoted("\\"), quoted("<b>Växjö</b>")]).toEqual([
      '"a\\"b"',
      '"rad\\nny"',
      '"\\\\"',
      '"<b>Växjö</b>"',
    ]);
  });
});

describe("percentText, as the reports use it", () => {
  it("writes a share as Swedish or English percent, rounding half away from zero", () => {
    expect(percentText(0.875, "sv")).toBe("88 %");
    expect(percentText(0.875, "en")).toBe("88%");
    expect(percentText(-0.625, "sv")).toBe("\u221263 %");
    expect(percentText(2 / 3, "sv", 1)).toBe("66,7 %");
  });
});

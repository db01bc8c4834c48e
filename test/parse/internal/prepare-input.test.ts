import { describe, expect, it } from "vitest";
import { prepareInput } from "../../../src/parse/internal/prepare-input.js";
import { deepFreeze, everyFieldPlanText } from "../../support/plans.js";

const limits = { maxStringLength: 20, maxDepth: 4, maxKeyLength: 10 };

// JSON texts are made safe in place, values are copied: both must give the same value and the same issues.
const TEXTS = [
  everyFieldPlanText,
  '{"a":1,"Cafe\u0301":"x","b":{"c":"Ve\u0301xjo\u0308"}}',
  '{"a":"e\u0301","__proto__":{"b":1},"c":[1e400,-1e400,"ok"]}',
  '{"x":{"y":{"z":{"w":{"v":1}}}},"long":"aaaaaaaaaaaaaaaaaaaaaaaaa","keytoolongforlimit":1}',
  '{"Cafe\u0301":1,"Caf\u00e9":2,"list":[{"constructor":1},"e\u0301"]}',
  '[["a"],[["b",["c",["d"]]]]]',
];

describe("prepareInput", () => {
  it.each(TEXTS.map((text, i) => [i, text]))("gives the same value and issues for text %i as for its parsed value", (_i, text) => {
    const big = text === everyFieldPlanText ? { maxStringLength: 100_000, maxDepth: 64, maxKeyLength: 1_000 } : limits;
    const fromText = prepareInput(text, big, undefined);
    const value = deepFreeze(JSON.parse(text) as object);
    const fromValue = prepareInput(value, big, undefined);
    expect(fromText).toEqual(fromValue);
    expect(JSON.stringify(fromText.value)).toBe(JSON.stringify(fromValue.value));
  });

  it("keeps the order of keys where one is put in NFC, and reports each change at its path", () => {
    const { value, issues } = prepareInput('{"a":1,"Cafe\u0301":"x","b":{"c":"Ve\u0301xjo\u0308"}}', limits, undefined);
    expect(Object.keys(value as object)).toEqual(["a", "Caf\u00e9", "b"]);
    expect(value).toEqual({ a: 1, "Caf\u00e9": "x", b: { c: "V\u00e9xj\u00f6" } });
    expect(issues).toEqual([
      { code: "unicode_normalized", severity: "info", path: ["Caf\u00e9"] },
      { code: "unicode_normalized", severity: "info", path: ["b", "c"] },
    ]);
  });

  it("refuses too deep a value and numbers JSON cannot hold, with fresh paths", () => {
    const { value, issues } = prepareInput('{"x":{"y":{"z":{"w":{"v":1}}}},"n":[1e400]}', limits, undefined);
    expect(value).toEqual({ x: { y: { z: { w: undefined } } }, n: [Number.POSITIVE_INFINITY] });
    expect(issues).toEqual([
      { code: "too_deep", severity: "error", path: ["x", "y", "z", "w"], maximum: 4 },
      { code: "number_out_of_range", severity: "error", path: ["n", 0], received: "Infinity" },
    ]);
  });
});

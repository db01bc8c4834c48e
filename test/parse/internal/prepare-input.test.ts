import { describe, expect, it } from "vitest";
import { PlanSchema } from "../../../src/model/plan.js";
import { prepareInput } from "../../../src/parse/internal/prepare-input.js";
import { deepFreeze, everyFieldPlanText, minimalPlan } from "../../support/plans.js";

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

describe("prepareInput's unknown_field infos", () => {
  it("come in the order of zod's output: integer keys, then the shape's fields, then the other keys", () => {
    const plan = { zz: 1, ...minimalPlan(), 5: true } as Record<string, unknown>;
    const subGoals = plan.subGoals as Record<string, unknown>[];
    subGoals[0] = { yy: 2, ...subGoals[0] };
    const text = JSON.stringify(plan);
    expect(Object.keys(JSON.parse(text) as object).slice(0, 2)).toEqual(["5", "zz"]);
    for (const input of [text, plan]) {
      const { unknownFields } = prepareInput(input, { maxStringLength: 100, maxDepth: 64, maxKeyLength: 100 }, undefined, PlanSchema);
      expect(unknownFields).toEqual([
        { code: "unknown_field", severity: "info", path: ["5"], key: "5" },
        { code: "unknown_field", severity: "info", path: ["subGoals", 0, "yy"], key: "yy" },
        { code: "unknown_field", severity: "info", path: ["zz"], key: "zz" },
      ]);
    }
  });

  it("read a discriminator given by a getter once, and report nothing inside extensions or an unknown key", () => {
    let reads = 0;
    const actor = { id: "a", name: "A", type: "municipality", extra: { deeper: 1 }, extensions: { x: { y: 1 } } };
    Object.defineProperty(actor, "kind", {
      enumerable: true,
      get: () => {
        reads++;
        return "organisation";
      },
    });
    const { unknownFields } = prepareInput(
      { ...minimalPlan(), actors: [actor] },
      { maxStringLength: 100, maxDepth: 64, maxKeyLength: 100 },
      undefined,
      PlanSchema,
    );
    expect(reads).toBe(1);
    expect(unknownFields).toEqual([{ code: "unknown_field", severity: "info", path: ["actors", 0, "extra"], key: "extra" }]);
  });
});

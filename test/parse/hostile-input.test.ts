import { describe, expect, it } from "vitest";
import {
  OptionError,
  type ParseIssue,
  parsePlan,
  parseStrategy,
  safeParsePlan,
  safeParseStrategy,
  serializePlan,
} from "../../src/index.js";
import { thrown } from "../support/errors.js";
import { everyFieldPlanText, minimalPlan } from "../support/plans.js";

// Regression tests of issue #17 (hostile and broken input), parse side: each holds its minimal input.

const bare = (issues: readonly ParseIssue[]): Omit<ParseIssue, "message">[] => issues.map(({ message: _m, ...rest }) => rest);

describe("a file that yields more issues than a call can take arguments", () => {
  it("reports all 130 000 of a purposes list of numbers, without overflowing the stack", () => {
    const result = safeParsePlan(`{"purposes":[${Array(130_000).fill(0).join(",")}]}`);
    expect(result.success).toBe(false);
    // 130 000 purposes of the wrong type, and the 14 required fields of a plan besides purposes that are missing.
    expect(result.issues.filter((i) => i.code === "invalid_type")).toHaveLength(130_000);
    expect(result.issues).toHaveLength(130_014);
    expect(result.issues.find((i) => i.code === "invalid_type")).toEqual({
      code: "invalid_type",
      severity: "error",
      path: ["purposes", 0],
      expected: "string",
      received: "number",
      message: "Fel typ: väntade string, fick number.",
    });
  });
});

describe("a safe parse never throws on its options", () => {
  const text = JSON.stringify(minimalPlan());

  it.each([
    [{ lang: "de" }, "lang", "de", 'Språket ska vara "sv" eller "en", inte "de".'],
    [null, "options", "null", "Valen ska vara ett objekt, inte null."],
    ["en", "options", '"en"', 'Valen ska vara ett objekt, inte "en".'],
    [{ maxDepth: Number.NaN }, "maxDepth", "NaN", "Valet maxDepth ska vara ett positivt heltal, inte NaN."],
    [{ maxStringLength: -1 }, "maxStringLength", "-1", "Valet maxStringLength ska vara ett positivt heltal, inte -1."],
    [{ maxDepth: 1.5 }, "maxDepth", "1.5", "Valet maxDepth ska vara ett positivt heltal, inte 1.5."],
    [{ maxDepth: 0 }, "maxDepth", "0", "Valet maxDepth ska vara ett positivt heltal, inte 0."],
    [
      { maxKeyLength: Number.POSITIVE_INFINITY },
      "maxKeyLength",
      "Infinity",
      "Valet maxKeyLength ska vara ett positivt heltal, inte Infinity.",
    ],
    [{ maxStringLength: "100" }, "maxStringLength", '"100"', 'Valet maxStringLength ska vara ett positivt heltal, inte "100".'],
  ])("refuses %j with one invalid_option issue", (options, option, received, message) => {
    const result = safeParsePlan(text, options as never);
    expect(result).toEqual({
      success: false,
      issues: [{ code: "invalid_option", severity: "error", path: [], option, received, message }],
    });
    expect(safeParseStrategy(text, options as never).issues[0]?.code).toBe("invalid_option");
  });

  it("refuses options whose getter throws", () => {
    const options = {
      get lang(): string {
        throw new Error("boom");
      },
    };
    expect(bare(safeParsePlan(text, options as never).issues)).toEqual([
      { code: "invalid_option", severity: "error", path: [], option: "options", received: "object" },
    ]);
  });

  it("reads undefined options as none, and a valid limit as given", () => {
    expect(safeParsePlan(text, undefined).success).toBe(true);
    expect(bare(safeParsePlan('{"a":{"b":1}}', { maxDepth: 1 }).issues).filter((i) => i.code === "too_deep")).toEqual([
      { code: "too_deep", severity: "error", path: ["a"], maximum: 1 },
    ]);
  });

  it("while parsePlan and parseStrategy throw an OptionError for the same options", () => {
    const error = thrown(OptionError, () => parsePlan(text, { maxDepth: Number.NaN }));
    expect([error.code, error.path, error.message]).toEqual([
      "invalid_option",
      ["maxDepth"],
      "Valet maxDepth ska vara ett positivt heltal, inte NaN.",
    ]);
    expect(error.messages.en).toBe("The option maxDepth must be a positive whole number, not NaN.");
    expect(thrown(OptionError, () => parseStrategy(text, { lang: "de" as "sv" })).code).toBe("invalid_lang");
  });
});

describe("object input that throws when read", () => {
  it("reports a throwing getter at its path", () => {
    const plan = { ...minimalPlan() } as Record<string, unknown>;
    Object.defineProperty(plan, "title", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(safeParsePlan(plan).issues).toEqual([
      {
        code: "unreadable_value",
        severity: "error",
        path: ["title"],
        message: "Värdet kunde inte läsas (en egenskap eller proxy kastade ett fel).",
      },
    ]);
  });

  it("reports a proxy whose keys cannot be listed, and a revoked proxy, at their paths", () => {
    const keys = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(bare(safeParsePlan({ a: keys, b: [revoked.proxy] }).issues)).toEqual([
      { code: "unreadable_value", severity: "error", path: ["a"] },
      { code: "unreadable_value", severity: "error", path: ["b", 0] },
    ]);
  });
});

describe("object input is read as its JSON text is", () => {
  class Holder {
    constructor(readonly title: string) {}
  }
  const withPrototype = Object.assign(Object.create({ inherited: "not data" }) as object, minimalPlan());
  const withNullPrototype = Object.assign(Object.create(null) as object, minimalPlan());
  const withKey = (key: string, at: "root" | "owner"): object => {
    const plan = minimalPlan() as unknown as Record<string, Record<string, unknown>>;
    const target = at === "root" ? plan : (plan.owner as Record<string, unknown>);
    Object.defineProperty(target, key, { value: { polluted: 1 }, enumerable: true, writable: true, configurable: true });
    return plan;
  };
  const decomposed = { ...minimalPlan(), title: "Va\u0308xjo\u0308", extensions: { "na\u0308mnd": 1 } };
  const classInstance = Object.assign(new Holder("Testplan"), minimalPlan(), { constructor: "x" });

  it.each([
    ["a custom prototype (inherited properties are not data)", withPrototype],
    ["a null prototype", withNullPrototype],
    ["__proto__ at the root", withKey("__proto__", "root")],
    ["constructor in a nested object", withKey("constructor", "owner")],
    ["prototype in a nested object", withKey("prototype", "owner")],
    ["decomposed Unicode in a text and a key", decomposed],
    ["a class instance with an own constructor key", classInstance],
  ])("%s", (_name, input) => {
    expect(safeParsePlan(input)).toEqual(safeParsePlan(JSON.stringify(input)));
  });

  it("refuses own __proto__ and constructor keys, and normalises keys to NFC, by both paths", () => {
    expect(bare(safeParsePlan(withKey("__proto__", "root")).issues)).toEqual([
      { code: "forbidden_key", severity: "error", path: ["__proto__"], key: "__proto__" },
    ]);
    expect(bare(safeParsePlan(classInstance).issues)).toEqual([
      { code: "forbidden_key", severity: "error", path: ["constructor"], key: "constructor" },
    ]);
    const result = safeParsePlan(JSON.stringify(decomposed));
    expect(bare(result.issues)).toEqual([
      { code: "unicode_normalized", severity: "info", path: ["title"] },
      { code: "unicode_normalized", severity: "info", path: ["extensions", "nämnd"] },
    ]);
    expect(result.success && Object.keys(result.data.extensions ?? {})).toEqual(["nämnd"]);
  });

  it("refuses two keys that are one after NFC", () => {
    const text = `{"extensions":{"n\u00e4mnd":1,"na\u0308mnd":2}}`;
    expect(bare(safeParsePlan(text).issues).filter((i) => i.path[0] === "extensions")).toEqual([
      { code: "duplicate_key", severity: "error", path: ["extensions", "nämnd"], key: "nämnd" },
    ]);
    expect(safeParsePlan(text, { lang: "en" }).issues.find((i) => i.code === "duplicate_key")?.message).toBe(
      'The key "nämnd" occurs twice (after normalisation to NFC).',
    );
  });
});

describe("fields named like Object.prototype members", () => {
  it.each(["isPrototypeOf", "__defineGetter__", "toString", "hasOwnProperty", "valueOf"])("%s gets its unknown_field info", (key) => {
    const result = safeParsePlan({ ...minimalPlan(), [key]: 1 });
    expect(bare(result.issues)).toEqual([{ code: "unknown_field", severity: "info", path: [key], key }]);
    expect(result.success && JSON.parse(serializePlan(result.data))[key]).toBe(1);
  });
});

describe("numbers and keys on a round trip", () => {
  it("writes -0 in a target back as -0", () => {
    const text = everyFieldPlanText.replace('"value": 12,', '"value": -0,');
    expect(text).not.toBe(everyFieldPlanText);
    expect(serializePlan(parsePlan(text))).toBe(text);
  });

  it("refuses 1e400 in an unknown field and in extensions rather than turn it into Infinity and then null", () => {
    const text = JSON.stringify({ ...minimalPlan(), extra: 1, extensions: { big: 2 } })
      .replace('"extra":1', '"extra":1e400')
      .replace('"big":2', '"big":-1e400');
    expect(safeParsePlan(text, { lang: "en" }).issues).toEqual([
      {
        code: "number_out_of_range",
        severity: "error",
        path: ["extra"],
        received: "Infinity",
        message: "The number does not fit a floating-point number and would be read as Infinity; write it as text to keep it.",
      },
      {
        code: "number_out_of_range",
        severity: "error",
        path: ["extensions", "big"],
        received: "-Infinity",
        message: "The number does not fit a floating-point number and would be read as -Infinity; write it as text to keep it.",
      },
    ]);
    expect(bare(safeParsePlan({ ...minimalPlan(), extensions: { nan: Number.NaN } }).issues)).toEqual([
      { code: "number_out_of_range", severity: "error", path: ["extensions", "nan"], received: "NaN" },
    ]);
  });

  it("refuses a key longer than maxKeyLength (1 000 by default), at the object that holds it", () => {
    const text = `{"extensions":{"${"k".repeat(1_001)}":1}}`;
    expect(bare(safeParsePlan(text).issues).filter((i) => i.path[0] === "extensions")).toEqual([
      { code: "key_too_long", severity: "error", path: ["extensions"], length: 1_001, maximum: 1_000 },
    ]);
    expect(safeParsePlan(text).issues.find((i) => i.code === "key_too_long")?.message).toBe(
      "En nyckel är 1001 tecken lång; högst 1000 tillåts.",
    );
    expect(
      safeParsePlan(`{"extensions":{"${"k".repeat(1_001)}":1}}`, { maxKeyLength: 2_000 }).issues.some((i) => i.code === "key_too_long"),
    ).toBe(false);
  });
});

describe("the position of invalid JSON", () => {
  it.each([
    ["[1,2,,]", 1, 6],
    ['{"a":"position 5",}', 1, 19],
    ['{\n  "a": tru\n}', 2, 11],
    ["", 1, 1],
    ['{"a":1} x', 1, 9],
  ])("%j is at line %i, column %i", (text, line, column) => {
    expect(safeParsePlan(text, { lang: "en" }).issues).toEqual([
      { code: "invalid_json", severity: "error", path: [], line, column, message: `Invalid JSON at line ${line}, column ${column}.` },
    ]);
  });
});

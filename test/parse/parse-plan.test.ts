import { describe, expect, it } from "vitest";
import { ParseError, type ParseIssue, parsePlan, safeParsePlan } from "../../src/index.js";
import { utf16, windows1252 } from "../support/encodings.js";
import { deepFreeze, everyFieldPlanText, minimalPlan } from "../support/plans.js";

/** The issues of a failed parse, without messages, for exact comparison. */
function issuesOf(input: unknown, lang: "sv" | "en" = "sv"): Omit<ParseIssue, "message">[] {
  const result = safeParsePlan(input, { lang });
  return result.issues.map(({ message: _message, ...rest }) => rest);
}

function withChange(change: (plan: Record<string, unknown>) => void): unknown {
  const plan = structuredClone(minimalPlan()) as unknown as Record<string, unknown>;
  change(plan);
  return plan;
}

describe("parsePlan", () => {
  it("parses the hand-written plan that uses every field, from text, bytes and value", () => {
    const fromText = parsePlan(everyFieldPlanText);
    expect(fromText.id).toBe("vaxjo-2018-2021");
    expect(parsePlan(new TextEncoder().encode(everyFieldPlanText))).toEqual(fromText);
    expect(parsePlan(JSON.parse(everyFieldPlanText))).toEqual(fromText);
    // Its one field outside the format is kept and reported as info.
    expect(issuesOf(everyFieldPlanText)).toEqual([{ code: "unknown_field", severity: "info", path: ["countyExtra"], key: "countyExtra" }]);
  });

  it("keeps fields it does not know, at every level", () => {
    const plan = parsePlan(everyFieldPlanText) as unknown as Record<string, unknown>;
    expect(plan["countyExtra"]).toEqual({ anything: [1, 2, 3] });
    const input = withChange((p) => {
      ((p["subGoals"] as Record<string, unknown>[])[0] as Record<string, unknown>)["x-note"] = "lokal anteckning";
    });
    const parsed = parsePlan(input) as unknown as { subGoals: Record<string, unknown>[] };
    expect(parsed.subGoals[0]?.["x-note"]).toBe("lokal anteckning");
    expect(issuesOf(input)).toEqual([{ code: "unknown_field", severity: "info", path: ["subGoals", 0, "x-note"], key: "x-note" }]);
  });

  it("reports a misspelt optional field as unknown, but nothing under extensions or inside an unknown field", () => {
    const input = withChange((p) => {
      const act = (p["subGoals"] as { areas: { activities: Record<string, unknown>[] }[] }[])[0]!.areas[0]!.activities[0]!;
      act["partner"] = { text: "Kommunerna", actors: [] };
      act["extensions"] = { anything: { goes: true } };
    });
    const result = safeParsePlan(input, { lang: "en" });
    expect(result.success).toBe(true);
    expect(result.issues).toEqual([
      {
        code: "unknown_field",
        severity: "info",
        path: ["subGoals", 0, "areas", 0, "activities", 0, "partner"],
        key: "partner",
        message: 'The field "partner" is not part of the format; it is kept but not interpreted (put your own fields under "extensions").',
      },
    ]);
  });

  it("does not mutate its input", () => {
    const input = deepFreeze(JSON.parse(everyFieldPlanText) as unknown);
    const before = structuredClone(input);
    parsePlan(input);
    expect(input).toEqual(before);
  });

  it("throws a ParseError listing every issue, with a Swedish summary by default", () => {
    const input = withChange((p) => {
      delete p["title"];
      p["level"] = "national";
    });
    let caught: unknown;
    try {
      parsePlan(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ParseError);
    const error = caught as ParseError;
    expect(error.document).toBe("plan");
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_value", ["level"]],
      ["required", ["title"]],
    ]);
    expect(error.message).toBe('Ogiltig plan: 2 fel. level: Ogiltigt värde "national": tillåtna är "regional", "local".');
  });

  it("writes messages in English when asked", () => {
    const result = safeParsePlan(
      withChange((p) => delete p["title"]),
      { lang: "en" },
    );
    expect(result.issues).toEqual([{ code: "required", severity: "error", path: ["title"], message: "Required field is missing." }]);
  });
});

describe("safeParsePlan on bad input", () => {
  it("refuses a value that is not an object", () => {
    expect(issuesOf(42)).toEqual([{ code: "invalid_type", severity: "error", path: [], expected: "object", received: "number" }]);
    expect(issuesOf(null)).toEqual([{ code: "invalid_type", severity: "error", path: [], expected: "object", received: "null" }]);
    expect(issuesOf([])).toEqual([{ code: "invalid_type", severity: "error", path: [], expected: "object", received: "array" }]);
  });

  it("reports invalid JSON with line and column", () => {
    expect(issuesOf('{\n  "kind": "plan",\n  oops\n}')).toEqual([
      { code: "invalid_json", severity: "error", path: [], line: 3, column: 3 },
    ]);
  });

  it("reports bytes that are not UTF-8", () => {
    expect(issuesOf(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual([
      { code: "invalid_encoding", severity: "error", path: [], detected: "windows-1252" },
    ]);
  });

  it("reports wrong types with what was expected and received", () => {
    expect(issuesOf(withChange((p) => (p["purposes"] = "Syfte.")))).toEqual([
      { code: "invalid_type", severity: "error", path: ["purposes"], expected: "array", received: "string" },
    ]);
  });

  it("reports every missing field, not only the first", () => {
    const input = withChange((p) => {
      delete p["title"];
      delete p["period"];
      const goal = (p["subGoals"] as Record<string, unknown>[])[1] as Record<string, unknown>;
      delete goal["text"];
    });
    expect(issuesOf(input).map((i) => [i.code, i.path])).toEqual([
      ["required", ["title"]],
      ["required", ["period"]],
      ["required", ["subGoals", 1, "text"]],
    ]);
  });

  it("refuses empty text where text is required", () => {
    const input = withChange((p) => {
      const area = (p["subGoals"] as { areas: Record<string, unknown>[] }[])[0]?.areas[1] as Record<string, unknown>;
      area["title"] = "   ";
    });
    expect(issuesOf(input)).toEqual([{ code: "empty_text", severity: "error", path: ["subGoals", 0, "areas", 1, "title"] }]);
  });

  it("refuses dates that do not exist and dates in the wrong form", () => {
    const input = withChange((p) => {
      p["adoption"] = { by: "Ledningsgruppen", date: "2017-02-30", signatories: [] };
      p["period"] = { start: "2017", end: "21" };
    });
    expect(issuesOf(input)).toEqual([
      { code: "invalid_date", severity: "error", path: ["period", "end"], received: "21" },
      { code: "invalid_date", severity: "error", path: ["adoption", "date"], received: "2017-02-30" },
    ]);
  });

  it("refuses a period that ends before it starts", () => {
    expect(issuesOf(withChange((p) => (p["period"] = { start: "2021", end: "2017-06" })))).toEqual([
      { code: "period_reversed", severity: "error", path: ["period", "end"], start: "2021", end: "2017-06" },
    ]);
  });

  it("accepts a period of one year and one that ends in the month it starts", () => {
    expect(safeParsePlan(withChange((p) => (p["period"] = { start: "2017", end: "2017" }))).success).toBe(true);
    expect(safeParsePlan(withChange((p) => (p["period"] = { start: "2017-06-15", end: "2017-06" }))).success).toBe(true);
  });

  it("refuses __proto__, constructor and prototype keys without touching any prototype", () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": 1, "subGoals": [{"prototype": 2}]}';
    const issues = issuesOf(text).filter((i) => i.code === "forbidden_key");
    expect(issues).toEqual([
      { code: "forbidden_key", severity: "error", path: ["__proto__"], key: "__proto__" },
      { code: "forbidden_key", severity: "error", path: ["constructor"], key: "constructor" },
      { code: "forbidden_key", severity: "error", path: ["subGoals", 0, "prototype"], key: "prototype" },
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("normalises decomposed Unicode (NFD) to NFC and reports it as info", () => {
    const nfd = "Älmhult".normalize("NFD");
    const result = safeParsePlan(withChange((p) => (p["title"] = nfd)));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.title).toBe("Älmhult".normalize("NFC"));
    expect(result.issues.map(({ message: _m, ...i }) => i)).toEqual([{ code: "unicode_normalized", severity: "info", path: ["title"] }]);
  });

  it("ignores a byte-order mark and reports it as info", () => {
    const result = safeParsePlan(`\uFEFF${JSON.stringify(minimalPlan())}`);
    expect(result.success).toBe(true);
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([["byte_order_mark", "info", []]]);
  });

  it("refuses very long strings", () => {
    const input = withChange((p) => (p["title"] = "x".repeat(101)));
    expect(safeParsePlan(input, { maxStringLength: 100 }).issues.map(({ message: _m, ...i }) => i)).toEqual([
      { code: "string_too_long", severity: "error", path: ["title"], length: 101, maximum: 100 },
    ]);
    expect(issuesOf(withChange((p) => (p["title"] = "x".repeat(100_001))))).toEqual([
      { code: "string_too_long", severity: "error", path: ["title"], length: 100_001, maximum: 100_000 },
    ]);
  });

  it("refuses circular and too deep input instead of overflowing the stack", () => {
    const circular = minimalPlan() as unknown as Record<string, unknown>;
    circular["extensions"] = { self: circular };
    expect(issuesOf(circular)).toEqual([{ code: "circular_reference", severity: "error", path: ["extensions", "self"] }]);
    let deep: unknown = "bottom";
    for (let i = 0; i < 100; i += 1) deep = { d: deep };
    const tooDeep = issuesOf(withChange((p) => (p["extensions"] = deep)));
    expect(tooDeep).toEqual([{ code: "too_deep", severity: "error", path: ["extensions", ...Array<string>(63).fill("d")], maximum: 64 }]);
  });

  it("reports identifiers, codes and enum values in the wrong form", () => {
    const input = withChange((p) => {
      p["id"] = "Kronoberg 2017";
      p["territory"] = { countyCode: "7", municipalityCode: "780" };
      (p["subGoals"] as Record<string, unknown>[])[1]!["nationalGoalRef"] = { strategy: "andt-2016-2020", goal: "två" };
      (p["actors"] as Record<string, unknown>[])[0]!["type"] = "church";
      (p["actors"] as Record<string, unknown>[])[0]!["kind"] = "person";
    });
    expect(issuesOf(input)).toEqual([
      { code: "invalid_id", severity: "error", path: ["id"], received: "Kronoberg 2017" },
      { code: "invalid_county_code", severity: "error", path: ["territory", "countyCode"], received: "7" },
      { code: "invalid_municipality_code", severity: "error", path: ["territory", "municipalityCode"], received: "780" },
      { code: "invalid_goal_number", severity: "error", path: ["subGoals", 1, "nationalGoalRef", "goal"], received: "två" },
      { code: "invalid_value", severity: "error", path: ["actors", 0, "kind"], expected: ["organisation", "group"], received: "person" },
    ]);
  });

  it("refuses a substance or area outside the list, and a national goal not followed without its decision", () => {
    const input = withChange((p) => {
      p["scope"] = ["alcohol", "cannabis"];
      (p["subGoals"] as Record<string, unknown>[])[1]!["substances"] = ["spel"];
      p["nationalGoalsNotFollowed"] = [{ strategy: "andt-2016-2020", goal: "6" }];
    });
    const substances = ["alcohol", "narcotics", "doping", "tobacco", "nicotine", "gambling"];
    expect(issuesOf(input)).toEqual([
      { code: "invalid_value", severity: "error", path: ["scope", 1], expected: substances, received: "cannabis" },
      { code: "required", severity: "error", path: ["nationalGoalsNotFollowed", 0, "decision"] },
      { code: "invalid_value", severity: "error", path: ["subGoals", 1, "substances", 0], expected: substances, received: "spel" },
    ]);
  });

  it("reads a joint plan without a single owner, adopted without named signatories", () => {
    const input = withChange((p) => {
      p["owner"] = { principals: ["lst"] };
      p["adoption"] = { by: "Länsstyrelsen, Region och Polisen", signatories: [{ role: "Landshövding", organisation: "lst" }] };
    });
    expect(issuesOf(input)).toEqual([]);
    expect(parsePlan(input).owner).toEqual({ principals: ["lst"] });
    expect(issuesOf(withChange((p) => (p["adoption"] = { by: "Kommunfullmäktige" })))).toEqual([]);
  });

  it("reports a wrong format version", () => {
    expect(issuesOf(withChange((p) => (p["formatVersion"] = 2)))).toEqual([
      { code: "invalid_value", severity: "error", path: ["formatVersion"], expected: [1], received: 2 },
    ]);
  });

  it("reports a number out of range", () => {
    const input = withChange((p) => {
      const act = (p["subGoals"] as { areas: { activities: Record<string, unknown>[] }[] }[])[0]!.areas[0]!.activities[0]!;
      act["schedule"] = { text: "0 gånger per år", timesPerYear: 0 };
    });
    expect(issuesOf(input)).toEqual([
      {
        code: "out_of_range",
        severity: "error",
        path: ["subGoals", 0, "areas", 0, "activities", 0, "schedule", "timesPerYear"],
        received: 0,
        minimum: 0,
        inclusive: false,
      },
    ]);
    expect(safeParsePlan(input, { lang: "en" }).issues[0]?.message).toBe("Value 0 is out of range (greater than 0).");
  });
});

describe("parsePlan on a file that is not UTF-8", () => {
  const plan = { ...minimalPlan(), title: "Åtgärder för äldre – på öar" };
  const text = JSON.stringify(plan);

  it("names the encoding the bytes seem to be in, and how to read them, in both languages", () => {
    const result = safeParsePlan(windows1252(text), { lang: "en" });
    expect(result.issues).toEqual([
      {
        code: "invalid_encoding",
        severity: "error",
        path: [],
        detected: "windows-1252",
        message:
          "The file is not valid UTF-8 but seems to be saved as Windows-1252: save it as UTF-8, or read it with --encoding windows-1252 (the encoding option).",
      },
    ]);
    expect(safeParsePlan(windows1252(text)).issues[0]?.message).toBe(
      "Filen är inte giltig UTF-8 utan verkar vara sparad som Windows-1252: spara den som UTF-8, eller läs den med --encoding windows-1252 (alternativet encoding).",
    );
  });

  it("names UTF-16 for what it is, with or without a BOM, rather than as broken JSON", () => {
    expect(issuesOf(utf16(text, "le", true))).toEqual([{ code: "invalid_encoding", severity: "error", path: [], detected: "utf-16le" }]);
    expect(issuesOf(utf16(text, "be", false))).toEqual([{ code: "invalid_encoding", severity: "error", path: [], detected: "utf-16be" }]);
  });

  it("reads the file in the encoding given, to the same plan as from UTF-8", () => {
    const expected = parsePlan(text);
    expect(parsePlan(windows1252(text), { encoding: "windows-1252" })).toEqual(expected);
    expect(parsePlan(windows1252(text.replace("–", "-")), { encoding: "latin1" })).toEqual(parsePlan(text.replace("–", "-")));
    expect(parsePlan(utf16(text, "be", false), { encoding: "utf-16be" })).toEqual(expected);
    // A UTF-16 BOM is reported like a UTF-8 one.
    const withBom = safeParsePlan(utf16(text, "le", true), { encoding: "utf-16le" });
    expect([withBom.success, withBom.issues.map((i) => i.code)]).toEqual([true, ["byte_order_mark"]]);
  });

  it("refuses an encoding it does not know with an OptionError naming the ones it does", () => {
    expect(() => parsePlan(text, { encoding: "ebcdic" as "utf-8" })).toThrow(
      'Valet encoding ska vara "utf-8", "windows-1252", "latin1", "utf-16le" eller "utf-16be", inte "ebcdic".',
    );
  });
});

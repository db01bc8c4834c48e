import { describe, expect, it } from "vitest";
import { ParseError, parseStrategy, safeParseStrategy, serializeStrategy } from "../../src/index.js";
import { everyFieldStrategyText } from "../support/plans.js";

describe("parseStrategy", () => {
  it("parses the hand-written strategy that uses every field, and writes it back byte for byte", () => {
    const strategy = parseStrategy(everyFieldStrategyText);
    expect(strategy.longTermGoals.map((goal) => goal.number)).toEqual(["1", "4"]);
    expect(serializeStrategy(strategy)).toBe(everyFieldStrategyText);
  });

  it("requires a text or a topic for every goal", () => {
    const input = JSON.parse(everyFieldStrategyText) as { longTermGoals: Record<string, unknown>[] };
    delete input.longTermGoals[1]!["topic"];
    const result = safeParseStrategy(input, { lang: "en" });
    expect(result.issues).toEqual([
      { code: "text_or_topic_required", severity: "error", path: ["longTermGoals", 1, "text"], message: "Give a text or a topic." },
    ]);
  });

  it("refuses an unknown substance and names the allowed ones", () => {
    const input = JSON.parse(everyFieldStrategyText) as { scope: string[] };
    input.scope = ["alcohol", "cannabis"];
    expect(() => parseStrategy(input)).toThrow(ParseError);
    const issue = safeParseStrategy(input).issues[0];
    expect(issue).toMatchObject({
      code: "invalid_value",
      path: ["scope", 1],
      expected: ["alcohol", "narcotics", "doping", "tobacco", "nicotine", "gambling"],
      received: "cannabis",
    });
  });

  it("throws a ParseError naming the strategy", () => {
    try {
      parseStrategy("{}", { lang: "en" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).document).toBe("strategy");
      expect((error as ParseError).message).toBe("Invalid strategy: 10 error(s). formatVersion: Required field is missing.");
    }
  });
});

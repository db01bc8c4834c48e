import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ParseError, type ParseIssue, parseObservations, safeParseObservations } from "../../src/index.js";
import { dataDir, sampleSet } from "../support/observations.js";
import { deepFreeze } from "../support/plans.js";

const everyField = readFileSync(resolve(dataDir, "every-field.observations.json"), "utf8");

function issuesOf(input: unknown): Omit<ParseIssue, "message">[] {
  return safeParseObservations(input).issues.map(({ message: _message, ...rest }) => rest);
}

describe("parseObservations", () => {
  it("parses the same set from text, bytes and value, keeping and reporting the unknown field", () => {
    const fromText = parseObservations(everyField);
    expect(fromText.plan).toBe("test-2017-2021");
    expect(fromText.observations).toHaveLength(6);
    expect(parseObservations(new TextEncoder().encode(everyField))).toEqual(fromText);
    expect(parseObservations(JSON.parse(everyField))).toEqual(fromText);
    expect((fromText as unknown as Record<string, unknown>)["x-länsstyrelsen"]).toEqual({ diarienummer: "701-1234-2018" });
    expect(issuesOf(everyField)).toEqual([{ code: "unknown_field", severity: "info", path: ["x-länsstyrelsen"], key: "x-länsstyrelsen" }]);
  });

  it("keeps a missing value missing: no value field is added", () => {
    const set = parseObservations(sampleSet());
    expect(set.observations[1]).toEqual({ indicator: "F.1-1", year: 2019 });
  });

  it("does not mutate its input", () => {
    const input = deepFreeze(JSON.parse(everyField) as unknown);
    const before = structuredClone(input);
    parseObservations(input);
    expect(input).toEqual(before);
  });

  it("throws a ParseError for document 'observations' listing every issue", () => {
    const input = sampleSet() as unknown as { observations: Record<string, unknown>[] };
    (input.observations[0] as Record<string, unknown>)["value"] = -1;
    delete (input.observations[2] as Record<string, unknown>)["year"];
    const error = (() => {
      try {
        parseObservations(input);
      } catch (e) {
        return e;
      }
      return undefined;
    })() as ParseError;
    expect(error).toBeInstanceOf(ParseError);
    expect(error.document).toBe("observations");
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["out_of_range", ["observations", 0, "value"]],
      ["required", ["observations", 2, "year"]],
    ]);
    expect(error.message).toBe("Ogiltig uppföljningsfil: 2 fel. observations.0.value: Värdet -1 ligger utanför det tillåtna (minst 0).");
  });

  it("writes the summary in English when asked", () => {
    expect(() => parseObservations("[]", { lang: "en" })).toThrow(
      "Invalid observation file: 1 error(s). (root): Wrong type: expected object, received array.",
    );
  });
});

describe("safeParseObservations", () => {
  it("reports invalid JSON with line and column", () => {
    expect(issuesOf('{\n  "kind": "observation_set",\n  nope\n}')).toEqual([
      { code: "invalid_json", severity: "error", path: [], line: 3, column: 3 },
    ]);
  });

  it("ignores a byte-order mark and reports it as info", () => {
    const result = safeParseObservations(`\uFEFF${everyField}`);
    expect(result.success).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(["byte_order_mark", "unknown_field"]);
  });

  it("reports bytes that are not UTF-8", () => {
    expect(issuesOf(new Uint8Array([0x7b, 0xe5, 0x7d]))).toEqual([
      { code: "invalid_encoding", severity: "error", path: [], detected: "windows-1252" },
    ]);
  });

  it("refuses a wrong kind, an invalid municipality code and a reversed period", () => {
    const input = sampleSet() as unknown as Record<string, unknown> & { observations: Record<string, unknown>[] };
    input["kind"] = "plan";
    (input.observations[3] as Record<string, unknown>)["byMunicipality"] = [{ municipality: "780" }];
    (input.observations[2] as Record<string, unknown>)["period"] = { start: "2018-06", end: "2018-01" };
    expect(issuesOf(input)).toEqual([
      { code: "invalid_value", severity: "error", path: ["kind"], expected: ["observation_set"], received: "plan" },
      { code: "period_reversed", severity: "error", path: ["observations", 2, "period", "end"], start: "2018-06", end: "2018-01" },
      {
        code: "invalid_municipality_code",
        severity: "error",
        path: ["observations", 3, "byMunicipality", 0, "municipality"],
        received: "780",
      },
    ]);
  });
});

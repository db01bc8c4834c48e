import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../../src/parse/internal/json-error-offset.js";

describe("jsonErrorOffset", () => {
  it.each([
    ["[1,2,,]", 5],
    ['{"a":"position 5",}', 18],
    ["", 0],
    ["[", 1],
    ['{"a" 1}', 5],
    ["{1:2}", 1],
    ["01", 1],
    ["-", 1],
    ["1.", 2],
    ["1e+", 3],
    ["tru", 3],
    ["nul1", 3],
    ['"\\x"', 2],
    ['"\\u12G4"', 5],
    ['"a\nb"', 2],
    ['"abc', 4],
    ['{"a":1}}', 7],
    ["[1 2]", 3],
  ])("%j breaks at offset %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it.each([["{}"], ["[]"], [' { "a" : [ 1 , -0.5e+3 , true , false , null , "\\u00e4\\n" ] } '], ["0"], ['"x"']])("%j is valid", (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  it("finds 10 000 levels of nesting valid without recursion", () => {
    expect(jsonErrorOffset(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)).toBe(-1);
    expect(jsonErrorOffset(`${"[".repeat(10_000)}${"]".repeat(9_999)}`)).toBe(19_999);
    expect(jsonErrorOffset(`${'{"a":['.repeat(1_000_000)}x`)).toBe(6_000_000);
  });

  it("agrees with JSON.parse on what is JSON, for JSON texts and their mutations", () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "]", "}", ":", '"', "x", "-", ".", "e", "\\", "\n", "0"), fc.nat(3))
      .map(([json, at, insert, cut]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
      }),
      { numRuns: 2_000 },
    );
  });
});

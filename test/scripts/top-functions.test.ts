import { describe, expect, it } from "vitest";
import { topFunctions } from "../../scripts/bench/top-functions.mjs";

const frame = (functionName: string, file: string, lineNumber: number) => ({ functionName, url: `file:///work/repo/${file}`, lineNumber });

describe("topFunctions", () => {
  it("ranks functions by their own samples over all samples, adding nodes of the same function, without idle and program", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "", -1) },
        { id: 2, callFrame: frame("stringsOf", "dist/chunk-A.js", 119) },
        { id: 3, callFrame: frame("parseISO", "node_modules/date-fns/parseISO.js", 9) },
        // The same function reached through another caller: its samples add up.
        { id: 4, callFrame: frame("stringsOf", "dist/chunk-A.js", 119) },
        { id: 5, callFrame: frame("(idle)", "", -1) },
        { id: 6, callFrame: frame("", "dist/index.js", 4) },
      ],
      // 10 samples: stringsOf 2 + 3, parseISO 2, an anonymous function 1, idle 2 (counted in the total only).
      samples: [2, 2, 4, 4, 4, 3, 3, 6, 5, 5],
    };
    expect(topFunctions(profile, 2)).toEqual([
      { name: "stringsOf", where: "dist/chunk-A.js:120", share: 0.5 },
      { name: "parseISO", where: "node_modules/date-fns/parseISO.js:10", share: 0.2 },
    ]);
    expect(topFunctions(profile, 5).at(-1)).toEqual({ name: "(anonymous)", where: "dist/index.js:5", share: 0.1 });
  });
});

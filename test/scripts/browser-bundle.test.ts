import { describe, expect, it } from "vitest";
import budgets from "../../scripts/browser-budget.json" with { type: "json" };
import { ALLOWED_ZOD_LOCALES, bundleContents, bundleProblems } from "../../scripts/browser-bundle.mjs";

describe("bundleContents", () => {
  it("counts only what is in the output, by package and by dist file", () => {
    const contents = bundleContents({
      "node_modules/zod/v4/core/schemas.js": { bytesInOutput: 50_000 },
      "node_modules/zod/v4/core/util.js": { bytesInOutput: 8_000 },
      "node_modules/zod/v4/locales/en.js": { bytesInOutput: 2_700 },
      "node_modules/zod/v4/locales/de.js": { bytesInOutput: 0 },
      "node_modules/papaparse/papaparse.min.js": { bytesInOutput: 0 },
      "node_modules/date-fns/parseISO.js": { bytesInOutput: 2_600 },
      "dist/index.js": { bytesInOutput: 22_000 },
    });
    expect(contents).toEqual({
      papaparse: false,
      zodClassic: false,
      zodLocales: ["en"],
      bytes: { "zod/v4/core": 58_000, "zod/v4/locales": 2_700, "date-fns": 2_600, "dist/index.js": 22_000 },
    });
  });

  it("finds papaparse and every zod locale, sorted", () => {
    const contents = bundleContents({
      "node_modules/zod/v4/locales/sv.js": { bytesInOutput: 10 },
      "node_modules/zod/v4/locales/en.js": { bytesInOutput: 10 },
      "node_modules/papaparse/papaparse.min.js": { bytesInOutput: 19_200 },
    });
    expect(contents.papaparse).toBe(true);
    expect(contents.zodLocales).toEqual(["en", "sv"]);
  });

  it("finds zod's classic API by a module of it with bytes in the output", () => {
    expect(bundleContents({ "node_modules/zod/v4/classic/schemas.js": { bytesInOutput: 0 } }).zodClassic).toBe(false);
    expect(bundleContents({ "node_modules/zod/v4/classic/schemas.js": { bytesInOutput: 13_294 } }).zodClassic).toBe(true);
  });
});

describe("bundleProblems", () => {
  const bundle = {
    name: "parse+validate+evaluate",
    gzip: 60_000,
    papaparse: false,
    zodClassic: false,
    zodLocales: ["en"],
    expectPapaparse: false,
  };

  it("passes a bundle at its budget", () => {
    expect(bundleProblems(bundle, { "parse+validate+evaluate": "60 kB" })).toEqual([]);
  });

  it("fails a bundle one byte over its budget, and one without a budget", () => {
    expect(bundleProblems({ ...bundle, gzip: 60_001 }, { "parse+validate+evaluate": "60 kB" })).toEqual([
      "parse+validate+evaluate is 60.0 kB gzipped, over its budget of 60.0 kB",
    ]);
    expect(bundleProblems(bundle, {})).toEqual(["parse+validate+evaluate has no budget"]);
  });

  it("fails a zod locale the library does not speak, and papaparse where the CSV reader is not", () => {
    expect(bundleProblems({ ...bundle, zodLocales: ["de", "en", "sv"], papaparse: true }, { "parse+validate+evaluate": "60 kB" })).toEqual([
      "parse+validate+evaluate holds zod locales the library does not speak: de",
      "parse+validate+evaluate holds papaparse, which only the CSV reader needs",
    ]);
    expect(ALLOWED_ZOD_LOCALES).toEqual(["en", "sv"]);
  });

  it("fails zod's classic API in any bundle", () => {
    expect(bundleProblems({ ...bundle, name: "csv", zodClassic: true, papaparse: true, expectPapaparse: true }, { csv: "60 kB" })).toEqual([
      "csv holds zod's classic API, where the library's schemas are zod/mini's",
    ]);
  });

  it("lets the CSV bundle hold papaparse", () => {
    expect(bundleProblems({ ...bundle, name: "csv", papaparse: true, expectPapaparse: true }, { csv: "60 kB" })).toEqual([]);
  });
});

describe("scripts/browser-budget.json", () => {
  it("has a budget for each bundle the check makes", () => {
    expect(Object.keys(budgets).sort()).toEqual(["csv", "parse+validate+evaluate"]);
  });
});

import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { esmEntries, formatSize, gzipSize, importClosure, measureEntries, parseSize, staticImports } from "../../scripts/size.mjs";
import budgets from "../../scripts/size-budget.json" with { type: "json" };

/** A reader over files held in memory; an unknown path fails the test as reading dist/ would. */
function reader(files: Record<string, string>): (path: string) => string {
  return (path) => {
    const text = files[path];
    if (text === undefined) throw new Error(`no file ${path}`);
    return text;
  };
}

const gz = (text: string): number => gzipSync(Buffer.from(text, "utf8")).length;

describe("staticImports", () => {
  it("finds imports, re-exports and bare imports of relative modules, in order and once", () => {
    const source = [
      "import { a, b as c } from './chunk-A.js';",
      'export { d } from "./chunk-B.js";',
      "import './chunk-C.js';",
      'export * from "./chunk-D.js";',
      'import * as ns from "./chunk-E.js";',
      'import def, { e } from "../shared/chunk-F.js";',
      "import { again } from './chunk-A.js';",
    ].join("\n");
    expect(staticImports(source)).toEqual([
      "./chunk-A.js",
      "./chunk-B.js",
      "./chunk-C.js",
      "./chunk-D.js",
      "./chunk-E.js",
      "../shared/chunk-F.js",
    ]);
  });

  it("reads an import spread over several lines and one without spaces", () => {
    expect(staticImports('import {\n  a,\n  b\n} from "./chunk-A.js";import{c}from"./chunk-B.js";')).toEqual([
      "./chunk-A.js",
      "./chunk-B.js",
    ]);
  });

  it("leaves out packages, dynamic imports and import.meta", () => {
    const source = [
      'import { z } from "zod";',
      'import "node:fs";',
      'const later = await import("./chunk-lazy.js");',
      'const url = new URL("./data.json", import.meta.url);',
    ].join("\n");
    expect(staticImports(source)).toEqual([]);
  });
});

describe("importClosure", () => {
  it("lists the entry first, then every module it reaches, breadth first and each once", () => {
    const read = reader({
      "dist/index.js": 'import "./chunk-A.js";\nimport "./chunk-B.js";',
      "dist/chunk-A.js": 'import "./chunk-C.js";',
      "dist/chunk-B.js": 'import "./chunk-C.js";',
      "dist/chunk-C.js": "export const c = 1;",
    });
    expect(importClosure("./dist/index.js", read)).toEqual(["dist/index.js", "dist/chunk-A.js", "dist/chunk-B.js", "dist/chunk-C.js"]);
  });

  it("follows a cycle once and resolves paths relative to the importing file", () => {
    const read = reader({
      "dist/entry.js": 'import "./lib/a.js";',
      "dist/lib/a.js": 'import "../entry.js";\nimport "./b.js";',
      "dist/lib/b.js": 'import "./a.js";',
    });
    expect(importClosure("dist/entry.js", read)).toEqual(["dist/entry.js", "dist/lib/a.js", "dist/lib/b.js"]);
  });

  it("fails when an imported file cannot be read", () => {
    expect(() => importClosure("dist/index.js", reader({ "dist/index.js": 'import "./gone.js";' }))).toThrow("no file dist/gone.js");
  });
});

describe("gzipSize", () => {
  it("is the length of zlib's gzip of the UTF-8 bytes", () => {
    expect(gzipSize("a".repeat(1000))).toBe(29);
    expect(gzipSize("Länsstyrelsen i Kronobergs län")).toBe(gz("Länsstyrelsen i Kronobergs län"));
  });
});

describe("parseSize and formatSize", () => {
  it("reads B, kB and MB with 1 kB = 1000 B", () => {
    expect(parseSize("900 B")).toBe(900);
    expect(parseSize("40 kB")).toBe(40_000);
    expect(parseSize("13.5 kB")).toBe(13_500);
    expect(parseSize("1.5 MB")).toBe(1_500_000);
    expect(parseSize("75kB")).toBe(75_000);
  });

  it.each(["40 KB", "40 KiB", "40", "", "-1 kB", "1,5 kB", "kB"])("refuses %j", (text) => {
    expect(() => parseSize(text)).toThrow(`size budget "${text}" is not a size like "40 kB", "1.5 MB" or "900 B"`);
  });

  it("writes kB with one decimal", () => {
    expect(formatSize(40_960)).toBe("41.0 kB");
    expect(formatSize(950)).toBe("0.9 kB");
  });
});

describe("measureEntries", () => {
  const files = {
    "dist/index.js": 'import { a } from "./chunk-A.js";\nexport const index = a + "å";',
    "dist/chunk-A.js": "export const a = 'Kronoberg';",
    "dist/small.js": "export const s = 1;",
  };
  const indexGzip = gz(files["dist/index.js"]) + gz(files["dist/chunk-A.js"]);

  it("sums the raw bytes and the gzip of each file of an entry and compares the sum with the budget", () => {
    const { rows, problems } = measureEntries(
      { index: "dist/index.js", small: "dist/small.js" },
      { index: `${indexGzip - 1} B`, small: `${gz(files["dist/small.js"])} B` },
      reader(files),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        entry: "index",
        files: ["dist/index.js", "dist/chunk-A.js"],
        // "å" is two bytes in UTF-8.
        raw: files["dist/index.js"].length + 1 + files["dist/chunk-A.js"].length,
        gzip: indexGzip,
        budget: indexGzip - 1,
        over: true,
      },
      // Exactly at the budget is within it.
      {
        entry: "small",
        files: ["dist/small.js"],
        raw: 19,
        gzip: gz(files["dist/small.js"]),
        budget: gz(files["dist/small.js"]),
        over: false,
      },
    ]);
  });

  it("reports an entry without a budget and a budget without an entry", () => {
    const { rows, problems } = measureEntries({ small: "dist/small.js" }, { gone: "1 kB" }, reader(files));
    expect(rows).toEqual([
      { entry: "small", files: ["dist/small.js"], raw: 19, gzip: gz(files["dist/small.js"]), budget: undefined, over: false },
    ]);
    expect(problems).toEqual(['entry "small" (dist/small.js) has no size budget', 'size budget "gone" names no entry']);
  });
});

describe("esmEntries", () => {
  it("names each ESM file of the exports by its base name, skipping plain files and require-only entries", () => {
    const exports = {
      ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: { default: "./dist/index.cjs" } },
      "./node": { import: { default: "./dist/node.js" } },
      "./legacy": { require: { default: "./dist/legacy.cjs" } },
      "./plan.schema.json": "./dist/plan.schema.json",
    };
    expect(esmEntries({ exports })).toEqual({ index: "dist/index.js", node: "dist/node.js" });
  });

  it("finds the package's seven entries, each with a valid budget in scripts/size-budget.json", () => {
    const entries = esmEntries(pkg);
    expect(entries).toEqual({
      index: "dist/index.js",
      node: "dist/node.js",
      gender: "dist/gender.js",
      reference: "dist/reference.js",
      fixtures: "dist/fixtures.js",
      testing: "dist/testing.js",
      csv: "dist/csv.js",
    });
    expect(Object.keys(budgets).sort()).toEqual(Object.keys(entries).sort());
    for (const budget of Object.values(budgets)) expect(parseSize(budget)).toBeGreaterThan(0);
  });
});

// What each package entry costs a user who imports it: the entry's ESM file and every chunk it imports statically,
// each gzipped as it would be served. Pure functions over a `read(path)` callback, so tests need no dist/;
// scripts/check-size.mjs applies them to dist/ and the budgets in scripts/size-budget.json.
import { posix } from "node:path";
import { gzipSync } from "node:zlib";

// `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"`, across lines; not `import("./x.js")`,
// which loads on demand. Only relative specifiers: packages (zod, date-fns …) are dependencies, not this bundle.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The relative specifiers a module imports or re-exports statically, in order of appearance, without repeats.
 *
 * @example
 * staticImports('import { a } from "./chunk-A.js";\nexport { b } from "./chunk-B.js";\nimport "zod";');
 * // ["./chunk-A.js", "./chunk-B.js"]
 */
export function staticImports(source) {
  const found = [];
  for (const match of source.matchAll(STATIC_IMPORT)) {
    if (!found.includes(match[1])) found.push(match[1]);
  }
  return found;
}

/**
 * The files an entry loads: the entry first, then every module reached through static relative imports
 * (breadth first, each once, cycles allowed). Paths are POSIX, relative to the same root as `entry`.
 *
 * @example
 * importClosure("dist/index.js", (path) => readFileSync(path, "utf8"));
 * // ["dist/index.js", "dist/chunk-Q275EQGT.js", …]
 */
export function importClosure(entry, read) {
  const seen = [posix.normalize(entry)];
  for (let i = 0; i < seen.length; i++) {
    const file = seen[i];
    for (const specifier of staticImports(read(file))) {
      const target = posix.join(posix.dirname(file), specifier);
      if (!seen.includes(target)) seen.push(target);
    }
  }
  return seen;
}

/**
 * Gzipped size in bytes of a text (zlib's default level, as a web server or bundle analyser would use).
 *
 * @example
 * gzipSize("a".repeat(1000)); // 29
 */
export function gzipSize(text) {
  return gzipSync(Buffer.from(text, "utf8")).length;
}

const UNITS = { B: 1, kB: 1000, MB: 1000 * 1000 };

/**
 * Bytes of a budget written as `"40 kB"`, `"1.5 MB"` or `"900 B"` (1 kB = 1000 B). Throws on anything else.
 *
 * @example
 * parseSize("40 kB"); // 40000
 */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?) ?(B|kB|MB)$/.exec(String(text));
  if (match === null) throw new Error(`size budget "${text}" is not a size like "40 kB", "1.5 MB" or "900 B"`);
  return Math.round(Number(match[1]) * UNITS[match[2]]);
}

/**
 * A size in kB with one decimal (1 kB = 1000 B), as the budgets are written.
 *
 * @example
 * formatSize(40_960); // "41.0 kB"
 */
export function formatSize(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * Measures every entry against its budget. `entries` maps an entry's name to its file, `budgets` maps names to
 * sizes such as `"40 kB"`. Each row has the entry's files, raw and gzipped bytes (the sum over its files, each
 * gzipped on its own), the budget and whether it is over. `problems` lists entries without a budget and budgets
 * without an entry, so neither can be forgotten.
 *
 * @example
 * const { rows, problems } = measureEntries({ index: "dist/index.js" }, { index: "40 kB" }, read);
 * rows[0]; // { entry: "index", files: [...], raw: 75536, gzip: 39050, budget: 40000, over: false }
 */
export function measureEntries(entries, budgets, read) {
  const rows = [];
  const problems = [];
  for (const [entry, file] of Object.entries(entries)) {
    const files = importClosure(file, read);
    const texts = files.map((f) => read(f));
    const raw = texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
    const gzip = texts.reduce((sum, text) => sum + gzipSize(text), 0);
    if (budgets[entry] === undefined) {
      problems.push(`entry "${entry}" (${file}) has no size budget`);
      rows.push({ entry, files, raw, gzip, budget: undefined, over: false });
      continue;
    }
    const budget = parseSize(budgets[entry]);
    rows.push({ entry, files, raw, gzip, budget, over: gzip > budget });
  }
  for (const entry of Object.keys(budgets)) {
    if (entries[entry] === undefined) problems.push(`size budget "${entry}" names no entry`);
  }
  return { rows, problems };
}

/**
 * The package's ESM entries from its `exports`: a name (the file's base name) for each `import` file under dist/.
 *
 * @example
 * esmEntries({ exports: { ".": { import: { default: "./dist/index.js" } } } }); // { index: "dist/index.js" }
 */
export function esmEntries(pkg) {
  const entries = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    const file = typeof target === "object" && target !== null ? target.import?.default : undefined;
    if (typeof file !== "string" || !file.endsWith(".js")) continue;
    const path = posix.normalize(file);
    entries[posix.basename(path, ".js")] = path;
  }
  return entries;
}

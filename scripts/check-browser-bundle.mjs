// The browser bundle budget: what a web app pays for the library in a browser. esbuild bundles, from the built
// dist/, minified, for the browser, with zod and date-fns in it (an app ships them too):
// - parse + validate + evaluate from the main entry, which must leave papaparse and the CSV reader out;
// - the CSV reader from andt-plan/csv, which brings papaparse.
// Each is gzipped and checked against scripts/browser-budget.json; no bundle may hold zod's classic API (the
// schemas are zod/mini's) nor a zod locale but English or Swedish. Run by check:package (CI); exits 1 on any problem. `--budget <file>` reads other budgets (for tests).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { bundleContents, bundleProblems } from "./browser-bundle.mjs";
import { formatSize, parseSize } from "./size.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const budgetArg = process.argv.indexOf("--budget");
const budgetFile = budgetArg === -1 ? join(ROOT, "scripts/browser-budget.json") : resolve(process.argv[budgetArg + 1]);
const budgets = JSON.parse(readFileSync(budgetFile, "utf8"));
const dist = (file) => JSON.stringify(join(ROOT, "dist", file));

const BUNDLES = [
  {
    name: "parse+validate+evaluate",
    expectPapaparse: false,
    contents: `
import { evaluatePlan, safeParsePlan, validatePlan } from ${dist("index.js")};
export function run(input) {
  const parsed = safeParsePlan(input);
  return parsed.success ? [validatePlan(parsed.data), evaluatePlan(parsed.data, [])] : parsed.issues;
}`,
  },
  {
    name: "csv",
    expectPapaparse: true,
    contents: `
import { observationsFromCsv } from ${dist("csv.js")};
export function run(text, plan) {
  return observationsFromCsv(text, { plan });
}`,
  },
];

let failed = false;
for (const bundle of BUNDLES) {
  const result = await build({
    stdin: { contents: bundle.contents, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const contents = bundleContents(Object.values(result.metafile.outputs)[0].inputs);
  const budget = budgets[bundle.name];
  console.log(
    `browser bundle ${bundle.name} (minified, gzip): ${formatSize(gzip)} of ${budget === undefined ? "no budget" : formatSize(parseSize(budget))}, ` +
      `${formatSize(code.length)} raw, papaparse ${contents.papaparse ? "included" : "left out"}, ` +
      `zod classic ${contents.zodClassic ? "included" : "left out"}, ` +
      `zod locales: ${contents.zodLocales.join(", ") || "none"}`,
  );
  for (const problem of bundleProblems({ ...bundle, gzip, ...contents }, budgets)) {
    console.error(`check-browser-bundle: ${problem} (${budgetFile})`);
    failed = true;
  }
}
if (failed) process.exitCode = 1;

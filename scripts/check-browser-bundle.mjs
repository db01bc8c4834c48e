// The browser bundle budget: what a web app pays for the library's main job in a browser. esbuild bundles
// parse + validate + evaluate from the built dist/index.js for the browser, minified, with zod and date-fns in it
// (an app ships them too), and the result is gzipped. Fails when it is over its budget in
// scripts/browser-budget.json. It says whether papaparse (the CSV reader's parser) is in the bundle: today it is, since
// dist/ puts the CSV reader in a chunk with code the main entry needs. Run by check:package.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { formatSize, parseSize } from "./size.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = `
import { evaluatePlan, safeParsePlan, validatePlan } from ${JSON.stringify(join(ROOT, "dist/index.js"))};
export function run(input) {
  const parsed = safeParsePlan(input);
  return parsed.success ? [validatePlan(parsed.data), evaluatePlan(parsed.data, [])] : parsed.issues;
}`;
const result = await build({
  stdin: { contents: entry, resolveDir: ROOT, loader: "js" },
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
const budget = parseSize(JSON.parse(readFileSync(join(ROOT, "scripts/browser-budget.json"), "utf8"))["parse+validate+evaluate"]);
const inputs = Object.keys(result.metafile.inputs);
const papaparse = inputs.some((path) => path.includes("node_modules/papaparse/"));
console.log(
  `browser bundle (parse + validate + evaluate, minified, gzip): ${formatSize(gzip)} of ${formatSize(budget)}, ${formatSize(code.length)} raw` +
    `, papaparse ${papaparse ? "included" : "left out"}`,
);
if (gzip > budget) {
  console.error(`check-browser-bundle: ${formatSize(gzip)} gzipped, over its budget of ${formatSize(budget)}`);
  process.exitCode = 1;
}

// npm run fuzz [-- --runs N | --seconds S] [--seed S] [--target parse,readers,reports,files,cli]: the fuzzer of
// test/support/fuzz.ts, run on the sources (bundled with esbuild, the library's own code and fast-check as they
// are in the repository; no build of dist/ needed). Prints a one-line summary; on a failure, its seed, the command
// that replays it and the shrunk input, and exits 1. docs/robustness.md.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { runs: { type: "string" }, seconds: { type: "string" }, seed: { type: "string" }, target: { type: "string" } },
});
const number = (name, text) => {
  const n = Number(text);
  if (text !== undefined && !(Number.isSafeInteger(n) && (name === "seed" || n > 0))) {
    process.stderr.write(`fuzz: --${name} must be a whole number${name === "seed" ? "" : " above 0"}, not ${text}\n`);
    process.exit(2);
  }
  return text === undefined ? undefined : n;
};
const runs = number("runs", values.runs);
const seconds = number("seconds", values.seconds);
const seed = number("seed", values.seed) ?? Date.now() % 2 ** 31;

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outDir = join(root, "node_modules/.cache/andt-plan-fuzz");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, "fuzz.mjs");
await build({
  entryPoints: [join(root, "test/support/fuzz.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  packages: "external",
  define: { __ANDT_PLAN_VERSION__: JSON.stringify(pkg.version), "import.meta.dirname": JSON.stringify(join(root, "test/support")) },
  logLevel: "warning",
});
const { runFuzz, fuzzReport } = await import(pathToFileURL(outfile).href);
let told = 0;
let toldFailures = 0;
const result = await runFuzz({
  seed,
  // A line every 5 000 inputs, so a long run shows it is alive, and each failure as soon as it is found.
  progress: (inputs, failures) => {
    for (const failure of failures.slice(toldFailures))
      process.stderr.write(`fuzz: FAIL ${failure.target} (seed ${failure.seed}): ${failure.error}\n`);
    toldFailures = failures.length;
    if (inputs - told < 5000) return;
    told = inputs;
    process.stderr.write(`fuzz: ${inputs} inputs, ${failures.length} failures so far\n`);
  },
  ...(runs === undefined && seconds === undefined ? { seconds: 10 } : {}),
  ...(runs === undefined ? {} : { runs }),
  ...(seconds === undefined ? {} : { seconds }),
  ...(values.target === undefined ? {} : { targets: values.target.split(",") }),
});
process.stdout.write(`${fuzzReport(result)}\n`);
process.exitCode = result.failures.length === 0 ? 0 : 1;

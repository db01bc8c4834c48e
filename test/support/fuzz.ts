/**
 * The fuzzer (`npm run fuzz`, docs/robustness.md): mutates the fixtures, the corpus (test/corpus/) and generated
 * plans and runs every loader, reader, validation, evaluation, report and the command line on them. Each target
 * is a fast-check property run in chunks of seeded runs, so that a failure is told with the seed that replays it
 * and the input fast-check shrank it to. Run by scripts/fuzz.mjs (bundled with esbuild) and, bounded, by
 * test/scripts/fuzz.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { runCli } from "../../src/cli/run.js";
import {
  AndtPlanError,
  evaluatePlan,
  lenientParsePlan,
  observationsFromCsv,
  observationsFromKolada,
  type Plan,
  parsePlan,
  reportCsv,
  reportHtml,
  reportJson,
  reportMarkdown,
  safeParseObservations,
  safeParsePlan,
  safeParseStrategy,
  serializePlan,
  validatePlan,
  validatePlanDocument,
} from "../../src/index.js";
import { loadObservations, loadPlan, loadStrategy } from "../../src/node/index.js";
import { anything, hostileStrings, koladaCases, mutateText, mutateValue, regionalPlans, wrongOptions } from "./arbitraries.js";

const root = resolve(import.meta.dirname, "../..");

/** The texts mutated: every fixture, the hand-written every-field files, and the corpus's small files. */
function seedTexts(): string[] {
  const files = [
    ...["fixtures", "fixtures/examples"].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith(".json"))
        .map((name) => join(root, dir, name)),
    ),
    join(root, "test/parse/data/every-field.plan.json"),
    join(root, "test/parse/data/every-field.strategy.json"),
    join(root, "test/observations/data/every-field.observations.json"),
    ...readdirSync(join(root, "test/observations/data"))
      .filter((name) => name.endsWith(".csv"))
      .map((name) => join(root, "test/observations/data", name)),
    ...readdirSync(join(root, "test/corpus"))
      .filter((name) => !name.includes(".expected."))
      .map((name) => join(root, "test/corpus", name)),
  ];
  return files.map((file) => readFileSync(file, "latin1"));
}

/** A finding: which target, the seed and run count that replay it, the shrunk input and what went wrong. */
export interface FuzzFailure {
  target: string;
  seed: number;
  runs: number;
  input: string;
  error: string;
}

/** The result of a run: inputs tried, failures (at most one per chunk, shrunk), seconds taken. */
export interface FuzzResult {
  inputs: number;
  failures: FuzzFailure[];
  seed: number;
  seconds: number;
}

/** Options of {@link runFuzz}: the seed, and a count of inputs or a time (whichever ends first), and targets. */
export interface FuzzOptions {
  seed: number;
  runs?: number;
  seconds?: number;
  targets?: readonly string[];
  /** Inputs per chunk of one target; a failure is replayed by this many runs from the chunk's seed. */
  chunk?: number;
  /** Called after each chunk with the inputs tried so far and the failures found, for a long run's progress. */
  progress?: (inputs: number, failures: readonly FuzzFailure[]) => void;
}

/** Calls `f`, and fails when it throws anything but one of the library's documented errors (an AndtPlanError). */
function documented(f: () => unknown): void {
  try {
    f();
  } catch (error) {
    if (!(error instanceof AndtPlanError)) throw error;
  }
}

/** Fails unless a safe function's result is a list of issues each with a code, a severity, a path and a message. */
function issuesOf(result: { issues: readonly { code: string; path: unknown; message: string }[] }): void {
  if (!Array.isArray(result.issues)) throw new Error("no issue list");
  for (const issue of result.issues)
    if (typeof issue.code !== "string" || !Array.isArray(issue.path) || typeof issue.message !== "string")
      throw new Error(`malformed issue ${JSON.stringify(issue)}`);
}

/** Fails on any number of a value that is not finite. */
function finite(value: unknown, path = ""): void {
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`${value} at ${path}`);
  if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) finite(v, `${path}.${k}`);
}

function kronoberg(): Plan {
  return parsePlan(readFileSync(join(root, "fixtures/kronoberg-2017-2021.json"), "utf8"));
}

/** The targets: each a property over hostile input. */
function targets(texts: readonly string[]): Record<string, fc.IPropertyWithHooks<unknown[]> | fc.IAsyncPropertyWithHooks<unknown[]>> {
  const plan = kronoberg();
  const observationsText = readFileSync(join(root, "fixtures/kronoberg-2017-2019.observations.invented.json"), "utf8");
  const inputs = fc.oneof(
    { arbitrary: fc.constantFrom(...texts).chain(mutateText), weight: 4 },
    { arbitrary: fc.constantFrom(...texts).map((t) => new TextEncoder().encode(t)), weight: 1 },
    { arbitrary: fc.constantFrom(...texts.filter(isJson)).chain((t) => mutateValue(JSON.parse(t))), weight: 2 },
    { arbitrary: anything, weight: 1 },
  );
  return {
    // Every safe function and reader: issues, never a throw, whatever the input and options.
    parse: fc.property(inputs, wrongOptions, (input, options) => {
      issuesOf(safeParsePlan(input, options as never));
      issuesOf(safeParseStrategy(input, options as never));
      issuesOf(safeParseObservations(input, options as never));
      issuesOf(lenientParsePlan(input, options as never));
      issuesOf(observationsFromCsv(input as string, options as never));
      issuesOf(observationsFromKolada(input as never, options as never));
      issuesOf(validatePlanDocument(input, {}, { lang: "en" }));
    }),
    // Readers of follow-up files: what they return passes the observation schema.
    readers: fc.property(fc.oneof(fc.constantFrom(...texts).chain(mutateText), koladaCases), (input) => {
      const read =
        typeof input === "string"
          ? observationsFromCsv(input, { plan })
          : observationsFromKolada(input.response, { indicators: input.indicators, plan });
      issuesOf(read);
      const checked = safeParseObservations({ kind: "observation_set", formatVersion: 1, plan: plan.id, observations: read.observations });
      const errors = checked.issues.filter((i) => i.severity === "error");
      if (errors.length > 0) throw new Error(`reader output refused: ${JSON.stringify(errors[0])}`);
    }),
    // Valid plans with hostile texts, the Kronoberg plan with mutated follow-up: evaluation and every report.
    reports: fc.property(
      fc.oneof(regionalPlans(), fc.constant(plan)),
      mutateText(observationsText),
      hostileStrings,
      fc.constantFrom("sv" as const, "en" as const),
      (base, text, hostile, lang) => {
        const withText = { ...base, title: `${hostile} ${base.title}` };
        const read = safeParseObservations(text);
        if (!read.success) return;
        documented(() => {
          const evaluation = evaluatePlan(withText, read.data, { asOf: "2022-06-01", lang });
          finite(evaluation);
          // A word the input's own texts hold ("attNaN" after a mutation) may be printed as text.
          const given = `${JSON.stringify(read.data)} ${hostile}`;
          const words = ["Infinity", "NaN"].filter((word) => !given.includes(word));
          for (const report of [reportJson(evaluation), reportCsv(evaluation), reportMarkdown(evaluation), reportHtml(evaluation)])
            for (const word of words) {
              const at = report.indexOf(word);
              if (at !== -1) throw new Error(`a number that is not finite in a report: …${report.slice(Math.max(at - 80, 0), at + 20)}…`);
            }
          validatePlan(withText, {}, { lang });
        });
        // A valid plan is written back and read again unchanged (not the hostile text: NFD is normalised).
        const again = serializePlan(parsePlan(serializePlan(base)));
        if (again !== serializePlan(base)) throw new Error("serialise → parse changed the plan");
      },
    ),
    // The Node loaders on files of any bytes: issues or a documented error.
    files: fc.asyncProperty(inputs, async (input) => {
      const dir = mkdtempSync(join(tmpdir(), "andt-fuzz-"));
      try {
        const file = join(dir, "in.json");
        writeFileSync(file, typeof input === "string" || input instanceof Uint8Array ? input : String(JSON.stringify(input)));
        for (const load of [loadPlan, loadStrategy, loadObservations] as ((path: string) => Promise<unknown>)[])
          await load(file).catch((error: unknown) => {
            if (!(error instanceof AndtPlanError)) throw error;
          });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    // The command line: bad paths, directories, unwritable outputs, binary files: exit 0, 1 or 2, a message, no
    // stack trace, no "internal error", no hang.
    cli: fc.asyncProperty(cliCases(texts), async (args) => runCliCase(args)),
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Places a command line can be given: files of mutated text, missing, a directory, under a file, a dangling link. */
const PLACES = ["plan", "other", "missing", "dir", "under-file", "dangling", "binary", "empty", "proc", "proc-missing"] as const;
type Place = (typeof PLACES)[number];

interface CliCase {
  command: string;
  places: Place[];
  out: Place | undefined;
  format: string;
  extra: string[];
  text: string;
}

function cliCases(texts: readonly string[]): fc.Arbitrary<CliCase> {
  return fc.record({
    command: fc.constantFrom("validate", "report", "demo", "diff", "init", "bogus"),
    places: fc.array(fc.constantFrom(...PLACES), { minLength: 0, maxLength: 3 }),
    out: fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
    format: fc.constantFrom("html", "md", "json", "csv", "text", "xml", ""),
    extra: fc.array(
      fc.constantFrom(
        "--lang",
        "en",
        "de",
        "--year",
        "0000",
        "--as-of",
        "2019-02-30",
        "--strict",
        "--encoding",
        "latin1",
        "--set",
        "--force",
        "regional",
        "--county",
        "99",
      ),
      { maxLength: 4 },
    ),
    text: fc.constantFrom(...texts).chain(mutateText),
  });
}

/** Makes a place in `dir` (a file of `text`, a directory, a dangling link…) and gives its path. */
function placeIn(dir: string, place: Place, text: string): string {
  const at = join(dir, place);
  if (place === "plan") writeFileSync(at, text);
  if (place === "other") writeFileSync(at, readFileSync(join(root, "fixtures/kronoberg-2017-2021.json")));
  if (place === "dir") mkdirSync(at, { recursive: true });
  if (place === "under-file") {
    writeFileSync(join(dir, "regular"), "x");
    return join(dir, "regular", "x.json");
  }
  if (place === "dangling") symlinkSync(join(dir, "nowhere", "x"), at);
  if (place === "binary")
    writeFileSync(
      at,
      Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
    );
  if (place === "empty") writeFileSync(at, "");
  if (place === "proc") return "/proc/version/x.html";
  if (place === "proc-missing") return "/proc/andt-fuzz-missing/a/b.html";
  return at;
}

/** Runs one command line in-process in a fresh directory, and fails on a crash, a stack trace or a hang. */
async function runCliCase({ command, places, out, format, extra, text }: CliCase): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "andt-fuzz-cli-"));
  try {
    const made = new Map<Place, string>();
    const path = (place: Place): string => {
      const known = made.get(place);
      if (known !== undefined) return known;
      const at = placeIn(dir, place, text);
      made.set(place, at);
      return at;
    };
    const argv = [command, ...places.map(path)];
    if (command === "report") argv.push("--observations", path("plan"));
    if (format !== "") argv.push("--format", format);
    if (out !== undefined) argv.push("--out", path(out));
    argv.push(...extra);
    let output = "";
    const write = (t: string) => {
      output += t;
    };
    const io = { out: write, err: write };
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`hang: ${JSON.stringify(argv)}`)), 20_000);
    });
    try {
      const code = await Promise.race([runCli(argv, io), hang]);
      if (code !== 0 && code !== 1 && code !== 2) throw new Error(`exit ${code}`);
      if (code !== 0 && output.trim() === "") throw new Error(`exit ${code} without a message`);
      if (/\n\s+at .+:\d+:\d+\)?\n|internal error/.test(output))
        throw new Error(`a stack trace or an internal error: ${output.slice(0, 300)}`);
    } catch (error) {
      throw new Error(
        `${JSON.stringify(argv.map((a) => a.replace(dir, "<dir>")))}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      clearTimeout(timer);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many of every 16 inputs go to each target: the quick ones get the most. */
const WEIGHTS: Record<string, number> = { parse: 6, readers: 3, reports: 2, files: 3, cli: 2 };

/**
 * Runs the targets in turns, `chunk` inputs each from seeds derived from `seed`, until `runs` inputs were tried
 * or `seconds` have passed. Deterministic for a seed and a count.
 *
 * @example
 * ```ts
 * const { inputs, failures } = await runFuzz({ seed: 1, runs: 200 });
 * ```
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const { seed, runs = Number.POSITIVE_INFINITY, seconds = Number.POSITIVE_INFINITY, chunk = 64 } = options;
  const started = performance.now();
  const all = targets(seedTexts());
  const chosen = Object.keys(all).filter((name) => options.targets === undefined || options.targets.includes(name));
  const failures: FuzzFailure[] = [];
  let inputs = 0;
  const elapsed = () => (performance.now() - started) / 1000;
  for (let round = 0; inputs < runs && elapsed() < seconds; round++) {
    for (const name of chosen) {
      const count = Math.min(Math.ceil((chunk * (WEIGHTS[name] ?? 1)) / 4), runs - inputs);
      if (count <= 0 || elapsed() >= seconds) break;
      // One seed per chunk, so that a failure replays alone: --target name --seed s --runs count.
      const chunkSeed = (seed + round * 7919 + chosen.indexOf(name) * 104729) | 0;
      const details = await fc.check(all[name] as fc.IAsyncPropertyWithHooks<unknown[]>, {
        seed: chunkSeed,
        numRuns: count,
        endOnFailure: true,
      });
      inputs += details.numRuns;
      if (details.failed)
        failures.push({
          target: name,
          seed: chunkSeed,
          runs: count,
          input: fc.stringify(details.counterexample).slice(0, 2000),
          error: String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance).slice(0, 1000),
        });
      options.progress?.(inputs, failures);
    }
  }
  return { inputs, failures, seed, seconds: elapsed() };
}

/** The one-line summary, and for each failure its seed, the command that replays it and the shrunk input. */
export function fuzzReport(result: FuzzResult): string {
  const lines = [`fuzz: ${result.inputs} inputs, ${result.failures.length} failures, seed ${result.seed}, ${result.seconds.toFixed(1)} s`];
  for (const f of result.failures)
    lines.push(
      `FAIL ${f.target} (seed ${f.seed}): ${f.error}`,
      `  replay: npm run fuzz -- --target ${f.target} --seed ${f.seed} --runs ${f.runs}`,
      `  shrunk input: ${f.input}`,
    );
  return lines.join("\n");
}

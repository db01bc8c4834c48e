// The national benchmark: the work of a synthetic Sweden (scripts/bench/sweden.mjs) timed against a floor or a
// peer measured in the same run (JSON.parse, ajv compiled from the shipped JSON Schemas, papaparse), with the peak
// memory of each step over its input bytes and the growth of its time between two scales. Run by scripts/bench.mjs
// (`npm run bench`, options there); measures dist/, as users get it.
//
// Peak memory is measured in a child process per step (this file with --memory), which reads the inputs from the
// files the parent wrote, so that making them does not count: the growth of the process's peak RSS while the step
// runs once and its results are kept.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import Papa from "papaparse";
import { kronoberg2017 } from "../../dist/fixtures.js";
import { disaggregated, sumDisaggregated, suppressSmallCounts } from "../../dist/gender.js";
import {
  checkObservations,
  evaluatePlan,
  observationsFromCsv,
  parseObservations,
  parsePlan,
  reportHtml,
  reportJson,
  safeParseObservations,
  safeParsePlan,
  streamObservationsFromCsv,
  validatePlan,
} from "../../dist/index.js";
import { counties, municipalities } from "../../dist/reference.js";
import { activitiesOf, indicatorsOf, swedenCsv, swedenObservations, swedenPlans } from "./sweden.mjs";
import { topFunctions } from "./top-functions.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const AS_OF = "2022-03-31";
const gc = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

// ---- Inputs: made once per seed and scale, kept as files (tmpdir) for the memory children and later runs ----

// The generator's own text names its inputs' directory, so that a changed generator never reads old inputs.
const GENERATOR = createHash("sha256")
  .update(readFileSync(new URL("./sweden.mjs", import.meta.url)))
  .digest("hex")
  .slice(0, 12);

/** The directory of a seed's and scale's inputs, written when missing. */
export function inputsDir(scale, seed) {
  const dir = join(tmpdir(), "andt-plan-bench", `${GENERATOR}-seed-${seed}-scale-${scale}`);
  if (existsSync(join(dir, "done"))) return dir;
  const plans = swedenPlans({ template: kronoberg2017, counties: counties(), municipalities: municipalities(), scale, seed });
  for (const kind of ["plans", "observations", "csv"]) mkdirSync(join(dir, kind), { recursive: true });
  plans.forEach((plan, i) => {
    const name = String(i).padStart(3, "0");
    const set = swedenObservations(plan, { municipalities: municipalities(), seed });
    writeFileSync(join(dir, "plans", `${name}.json`), `${JSON.stringify(plan, null, 2)}\n`);
    writeFileSync(join(dir, "observations", `${name}.json`), `${JSON.stringify(set, null, 2)}\n`);
    writeFileSync(join(dir, "csv", `${name}.csv`), swedenCsv(set));
  });
  writeFileSync(join(dir, "done"), "");
  return dir;
}

/** The texts of one kind of input, in plan order. */
function texts(dir, kind) {
  return readdirSync(join(dir, kind))
    .sort()
    .map((file) => readFileSync(join(dir, kind, file), "utf8"));
}

const bytesOf = (list) => list.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);

/** What a step needs, read and prepared lazily: a memory child prepares only its step's. */
function inputs(dir) {
  const cache = new Map();
  const once = (key, make) => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key);
  };
  const self = {
    planTexts: () => once("planTexts", () => texts(dir, "plans")),
    observationTexts: () => once("observationTexts", () => texts(dir, "observations")),
    csvTexts: () => once("csvTexts", () => texts(dir, "csv")),
    csvFiles: () =>
      once("csvFiles", () =>
        readdirSync(join(dir, "csv"))
          .sort()
          .map((file) => join(dir, "csv", file)),
      ),
    plans: () => once("plans", () => self.planTexts().map((text) => parsePlan(text))),
    /** The plans without their texts kept: what a program that streams the CSV files holds. */
    plansAlone: () =>
      once("plansAlone", () =>
        readdirSync(join(dir, "plans"))
          .sort()
          .map((file) => parsePlan(readFileSync(join(dir, "plans", file), "utf8"))),
      ),
    sets: () => once("sets", () => self.observationTexts().map((text) => parseObservations(text))),
    /** The evaluation of one county's regional plan, the largest one kept (or the largest plan when none is). */
    county: () =>
      once("county", () => {
        const plans = self.plans();
        const ranked = plans
          .map((plan, i) => ({ i, rank: (plan.level === "regional" ? 1e6 : 0) + activitiesOf(plan).length }))
          .sort((a, b) => b.rank - a.rank);
        const i = ranked[0].i;
        return evaluatePlan(plans[i], self.sets()[i], { asOf: AS_OF });
      }),
  };
  return self;
}

/** ajv compiled from the JSON Schema the package ships: the peer of the structure checks. */
function ajvOf(file) {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, "dist", file), "utf8")));
}

const peerJsonAjv = (file, textsOf) => {
  let validate;
  return {
    name: `JSON.parse + ajv (${file})`,
    bytes: (input) => bytesOf(textsOf(input)),
    prepare: () => {
      validate ??= ajvOf(file);
    },
    run: (input) =>
      textsOf(input).map((text) => {
        const data = JSON.parse(text);
        return validate(data) ? data : validate.errors;
      }),
  };
};

/**
 * The steps. `run` and `peer.run` take the inputs and return what they made (kept, so that memory counts it);
 * `bytes` is the input the step reads; `growth` says whether its time over two scales means anything (a report of
 * one county does not grow with the number of plans).
 */
export const STEPS = [
  {
    id: "plans-structure",
    name: "plans: structure",
    goal: undefined,
    bytes: (input) => bytesOf(input.planTexts()),
    run: (input) => input.planTexts().map((text) => safeParsePlan(text)),
    peer: peerJsonAjv("plan.schema.json", (input) => input.planTexts()),
    growth: true,
  },
  {
    id: "plans-rules",
    name: "plans: structure + rules",
    goal: { ratio: 2, note: "≤ 2× ajv" },
    bytes: (input) => bytesOf(input.planTexts()),
    run: (input) =>
      input.planTexts().map((text) => {
        const parsed = safeParsePlan(text);
        return parsed.success ? validatePlan(parsed.data) : parsed;
      }),
    peer: peerJsonAjv("plan.schema.json", (input) => input.planTexts()),
    growth: true,
  },
  {
    // The rules' share of the step above: validatePlan on plans parsed before (not counted).
    id: "plans-rules-alone",
    name: "plans: rules alone (validatePlan on parsed plans)",
    goal: undefined,
    bytes: (input) => bytesOf(input.planTexts()),
    prepare: (input) => input.plans(),
    run: (input) => input.plans().map((plan) => validatePlan(plan)),
    peer: peerJsonAjv("plan.schema.json", (input) => input.planTexts()),
    growth: true,
  },
  {
    id: "observations-json",
    name: "observations, JSON",
    goal: { ratio: 2, note: "≤ 2× ajv" },
    bytes: (input) => bytesOf(input.observationTexts()),
    run: (input) => input.observationTexts().map((text) => safeParseObservations(text)),
    peer: peerJsonAjv("observations.schema.json", (input) => input.observationTexts()),
    growth: true,
  },
  {
    id: "observations-json-checks",
    name: "observations, JSON + checks",
    goal: undefined,
    bytes: (input) => bytesOf(input.observationTexts()),
    run: (input) => {
      const plans = input.plans();
      return input.observationTexts().map((text, i) => {
        const parsed = safeParseObservations(text);
        return parsed.success ? checkObservations(plans[i], parsed.data) : parsed;
      });
    },
    peer: peerJsonAjv("observations.schema.json", (input) => input.observationTexts()),
    growth: true,
  },
  {
    id: "observations-csv",
    name: "observations, CSV",
    goal: { ratio: 4, note: "≤ 4× papaparse" },
    bytes: (input) => bytesOf(input.csvTexts()),
    // The plans the rows are checked against are read before, not counted as the CSV's memory.
    prepare: (input) => input.plans(),
    run: (input) => {
      const plans = input.plans();
      return input.csvTexts().map((csv, i) => observationsFromCsv(csv, { plan: plans[i] }));
    },
    peer: {
      name: "papaparse",
      bytes: (input) => bytesOf(input.csvTexts()),
      run: (input) => input.csvTexts().map((csv) => Papa.parse(csv, { delimiter: ";", skipEmptyLines: true }).data),
    },
    growth: true,
  },
  {
    // streamObservationsFromCsv on the files read from disk, counting the observations and issues, not keeping them:
    // its memory is the reader's own. Async: timed in a child of its own (timeChild), the peer in turns with it.
    id: "observations-csv-stream",
    name: "observations, CSV stream from disk",
    goal: { ratio: 4, memory: 3, note: "≤ 4× papaparse, memory ≤ 3× input" },
    async: true,
    ownPeak: true,
    // The files' sizes, not their texts: a memory child that held them would let the heap grow by more garbage.
    bytes: (input) => input.csvFiles().reduce((sum, file) => sum + statSync(file).size, 0),
    prepare: (input) => input.plansAlone(),
    run: async (input) => {
      const plans = input.plansAlone();
      const counts = { observations: 0, issues: 0 };
      for (const [i, file] of input.csvFiles().entries()) {
        for await (const item of streamObservationsFromCsv(createReadStream(file), { plan: plans[i] })) {
          if (item.kind === "observation") counts.observations++;
          else counts.issues++;
        }
      }
      return counts;
    },
    peer: {
      name: "papaparse",
      bytes: (input) => input.csvFiles().reduce((sum, file) => sum + statSync(file).size, 0),
      run: (input) => {
        let rows = 0;
        for (const file of input.csvFiles())
          rows += Papa.parse(readFileSync(file, "utf8"), { delimiter: ";", skipEmptyLines: true }).data.length;
        return rows;
      },
    },
    growth: false,
  },
  {
    id: "evaluate",
    name: "evaluate every plan",
    goal: { exponent: 1.1, note: "linear" },
    // What it works on: the plans and their observations, as files.
    bytes: (input) => bytesOf(input.planTexts()) + bytesOf(input.observationTexts()),
    prepare: (input) => {
      input.plans();
      input.sets();
    },
    run: (input) => {
      const sets = input.sets();
      return input.plans().map((plan, i) => evaluatePlan(plan, sets[i], { asOf: AS_OF }));
    },
    growth: true,
  },
  {
    id: "parse-evaluate",
    name: "parse everything + evaluate",
    goal: { memory: 3, note: "memory ≤ 3× input" },
    bytes: (input) => bytesOf(input.planTexts()) + bytesOf(input.observationTexts()),
    run: (input) => {
      const sets = input.observationTexts().map((text) => parseObservations(text));
      return input.planTexts().map((text, i) => evaluatePlan(parsePlan(text), sets[i], { asOf: AS_OF }));
    },
    peer: {
      name: "JSON.parse of it all",
      bytes: (input) => bytesOf(input.planTexts()) + bytesOf(input.observationTexts()),
      run: (input) => [...input.planTexts(), ...input.observationTexts()].map((text) => JSON.parse(text)),
    },
    growth: true,
  },
  {
    id: "report-json",
    name: "JSON report, one county",
    goal: undefined,
    bytes: () => undefined,
    prepare: (input) => input.county(),
    run: (input) => reportJson(input.county()),
    peer: { name: "JSON.stringify of the evaluation", run: (input) => JSON.stringify(input.county()) },
    output: (result) => Buffer.byteLength(result, "utf8"),
    growth: false,
  },
  {
    id: "report-json-compact",
    name: "JSON report, compact, one county",
    goal: undefined,
    bytes: () => undefined,
    prepare: (input) => input.county(),
    run: (input) => reportJson(input.county(), { compact: true }),
    peer: { name: "JSON.stringify of the evaluation", run: (input) => JSON.stringify(input.county()) },
    output: (result) => Buffer.byteLength(result, "utf8"),
    growth: false,
  },
  {
    id: "report-html",
    name: "HTML report, one county",
    goal: undefined,
    bytes: () => undefined,
    prepare: (input) => input.county(),
    run: (input) => reportHtml(input.county()),
    output: (result) => Buffer.byteLength(result, "utf8"),
    growth: false,
  },
];

// ---- Measuring ----

const ms = (ns) => Number(ns) / 1e6;

/**
 * The least time in ms of at least `runs` runs of `fn` (and at least 1 s of them) after 0.3 s of warm-up, with
 * one full collection before the series, not before each run. A run of a few milliseconds right after a full
 * collection, or on a shared machine, is often many times slower (a suppression of 1.7 ms alone: 77 ms in the
 * median after collections, 6 ms without them under load), which inflated the time at n of the growth cases and
 * so understated their growth; the fastest run is the nearest to the work's own cost at both sizes.
 */
function fastestMs(fn, runs) {
  for (const start = process.hrtime.bigint(); process.hrtime.bigint() - start < 300_000_000n; ) fn();
  gc();
  let fastest = Number.POSITIVE_INFINITY;
  for (let k = 0, start = process.hrtime.bigint(); k < runs || process.hrtime.bigint() - start < 1_000_000_000n; k++) {
    const t0 = process.hrtime.bigint();
    fn();
    fastest = Math.min(fastest, ms(process.hrtime.bigint() - t0));
  }
  return fastest;
}

/** The median time in ms of `runs` runs of `fn` after one warm-up, each after a full collection. */
function medianMs(fn, runs) {
  let result = fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    result = undefined;
    gc();
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(ms(process.hrtime.bigint() - t0));
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

/**
 * The medians of `own` and `peer` (undefined without a peer), run in turns after a warm-up of each, so that a
 * machine whose load changes during the step slows both alike and their ratio holds.
 */
function medianPairMs(own, peer, runs) {
  let result = own();
  peer?.();
  const times = { own: [], peer: [] };
  const time = (fn, list) => {
    gc();
    const t0 = process.hrtime.bigint();
    const value = fn();
    list.push(ms(process.hrtime.bigint() - t0));
    return value;
  };
  for (let i = 0; i < runs; i++) {
    result = undefined;
    result = time(own, times.own);
    if (peer !== undefined) time(peer, times.peer);
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { ms: median(times.own), peer: peer === undefined ? undefined : median(times.peer), result };
}

/** Peak RSS growth in bytes while `which` (the step or its peer) runs once, in a child process of its own. */
function peakMemory(step, which, dir) {
  const out = execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--memory", step.id, which, dir], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out).peak;
}

/** The medians in ms of an async step and its peer, run in turns in a child process (runNational stays synchronous). */
function asyncTimes(step, dir, runs) {
  const out = execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--time", step.id, dir, String(runs)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out);
}

/** In a timing child: reads the inputs, warms up, then times the step and its peer in turns and prints their medians. */
async function timeChild(id, dir, runs) {
  const step = STEPS.find((s) => s.id === id);
  const input = inputs(dir);
  step.bytes(input);
  step.prepare?.(input);
  step.peer?.prepare?.(input);
  await step.run(input);
  await step.peer?.run(input);
  const times = { own: [], peer: [] };
  for (let i = 0; i < Number(runs); i++) {
    for (const [task, list] of [
      [step, times.own],
      [step.peer, times.peer],
    ]) {
      if (task === undefined) continue;
      gc();
      const t0 = process.hrtime.bigint();
      await task.run(input);
      list.push(ms(process.hrtime.bigint() - t0));
    }
  }
  const median = (list) => (list.length === 0 ? undefined : list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
  process.stdout.write(JSON.stringify({ ms: median(times.own), peer: median(times.peer) }));
}

/** Resets the process's peak RSS (VmHWM) where Linux allows it; whether it did. */
function resetPeak() {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** The process's peak RSS in bytes since it was reset (VmHWM). */
function peakRss() {
  return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) * 1024;
}

/** In a memory child: reads the inputs, then runs the step once and prints the growth of the peak RSS. */
async function memoryChild(id, which, dir) {
  const step = STEPS.find((s) => s.id === id);
  const task = which === "peer" ? step.peer : step;
  const input = inputs(dir);
  step.bytes(input);
  step.prepare?.(input);
  task.prepare?.(input);
  gc();
  gc();
  const before = process.memoryUsage().rss;
  // A step that keeps little (the stream) would otherwise report the peak of reading the inputs: where Linux lets the
  // peak be reset, its own peak is measured (opt-in, so that the other steps' figures stay comparable with earlier rounds).
  const reset = step.ownPeak === true && resetPeak();
  const kept = await task.run(input);
  // maxRSS (in kB) may still be the peak of reading the inputs when the step needs less; the resident memory with
  // the results kept is then the better lower bound.
  const peak = Math.max(reset ? peakRss() : process.resourceUsage().maxRSS * 1024, process.memoryUsage().rss) - before;
  process.stdout.write(JSON.stringify({ peak, kept: Array.isArray(kept) ? kept.length : 1 }));
}

/**
 * Runs the steps whose name contains `filter` at `scale` (and, for the growth exponent, at `scale / 8`), `runs`
 * times each after a warm-up, and returns a row per step.
 */
export function runNational({ scale, seed, runs, filter, memory = true, log = () => {} }) {
  const steps = STEPS.filter((s) => filter === undefined || s.name.toLowerCase().includes(filter) || s.id.includes(filter));
  if (steps.length === 0) return { shape: undefined, rows: [] };
  log(`making the inputs (scale ${scale} and ${scale / 8}, seed ${seed}) …`);
  const dir = inputsDir(scale, seed);
  const smallDir = inputsDir(scale / 8, seed);
  const input = inputs(dir);
  const small = inputs(smallDir);
  const plans = input.plans();
  const shape = {
    plans: plans.length,
    activities: plans.reduce((sum, plan) => sum + activitiesOf(plan).length, 0),
    indicators: plans.reduce((sum, plan) => sum + indicatorsOf(plan).length, 0),
    observations: input.sets().reduce((sum, set) => sum + set.observations.length, 0),
    planBytes: bytesOf(input.planTexts()),
    observationBytes: bytesOf(input.observationTexts()),
    csvBytes: bytesOf(input.csvTexts()),
  };
  const rows = [];
  for (const step of steps) {
    log(`${step.name} …`);
    step.prepare?.(input);
    step.peer?.prepare?.(input);
    if (step.async) {
      const bytes = step.bytes(input);
      const timed = asyncTimes(step, dir, runs);
      const peak = memory ? peakMemory(step, "own", dir) : undefined;
      const peerPeak = memory && step.peer?.bytes !== undefined ? peakMemory(step, "peer", dir) : undefined;
      rows.push({ step, ms: timed.ms, peer: timed.peer, peerName: step.peer?.name, bytes, peak, peerPeak });
      continue;
    }
    const own = medianPairMs(() => step.run(input), step.peer === undefined ? undefined : () => step.peer.run(input), runs);
    const peer = own.peer;
    const bytes = step.bytes(input);
    let exponent;
    if (step.growth) {
      step.prepare?.(small);
      const smallTime = medianMs(() => step.run(small), runs).ms;
      const smallBytes = step.bytes(small);
      exponent = Math.log(own.ms / smallTime) / Math.log(bytes / smallBytes);
    }
    const output = step.output?.(own.result);
    const peak = memory && bytes !== undefined ? peakMemory(step, "own", dir) : undefined;
    const peerPeak = memory && bytes !== undefined && step.peer?.bytes !== undefined ? peakMemory(step, "peer", dir) : undefined;
    rows.push({ step, ms: own.ms, peer, peerName: step.peer?.name, bytes, exponent, output, peak, peerPeak });
  }
  return { shape, rows };
}

// ---- Growth cases: inputs where fuzzing found time growing faster than the input (issue #16) ----

/** A CSV of `rows` rows of one indicator with `extra` further columns, empty (header and cells) or named. */
function csvWith(extra, rows, named) {
  const headers = ["indikator", "år", "värde", ...Array.from({ length: extra }, (_, i) => (named ? `extra ${i + 1}` : ""))];
  const lines = [headers.join(";")];
  for (let r = 0; r < rows; r++) {
    lines.push(
      ["F.6-2", 2017 + (r % 5), 10 + (r % 50), ...Array.from({ length: extra }, (_, i) => (named ? `v${(r + i) % 9}` : ""))].join(";"),
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The Kronoberg plan cut down to activity F.6 and its indicator F.6-2 (a count of people), so that the growth cases
 * time the case and not the rest of the plan.
 */
function onePlan(period = kronoberg2017.period) {
  const [subGoal] = kronoberg2017.subGoals.filter((sg) => sg.code === "F");
  const area = subGoal.areas.find((a) => a.activities.some((x) => x.code === "F.6"));
  const activity = area.activities.find((x) => x.code === "F.6");
  const indicator = activity.followUp.indicators.find((i) => i.id === "F.6-2");
  const only = { ...activity, followUp: { ...activity.followUp, indicators: [indicator] } };
  return parsePlan({ ...kronoberg2017, period, subGoals: [{ ...subGoal, areas: [{ ...area, activities: [only] }] }] });
}

/** The one-indicator plan running `years` years from 2017, with one value of F.6-2 in each. */
function longPlan(years) {
  const plan = onePlan({ start: "2017", end: String(2017 + years - 1) });
  const observations = Array.from({ length: years }, (_, i) => ({ indicator: "F.6-2", year: 2017 + i, value: 10 + (i % 7) }));
  return { plan, observations };
}

/** `bands` age bands for women and men, some cells and some bands under the suppression threshold 3. */
function bandsBySex(bands) {
  const ageGroups = Array.from({ length: bands }, (_, i) => ({ id: `a${i}`, from: i * 2, to: i * 2 + 1 }));
  const cells = ageGroups.flatMap((group, i) => [
    { sex: "female", age: group.id, value: i % 4 },
    { sex: "male", age: group.id, value: (i + 1) % 5 },
  ]);
  return { cells, ageGroups };
}

/** One observation of F.6-2 broken down by {@link bandsBySex}. */
function ageBands(bands) {
  const bySex = bandsBySex(bands);
  const value = bySex.cells.reduce((sum, cell) => sum + cell.value, 0);
  return [{ indicator: "F.6-2", year: 2018, value, bySex }];
}

/**
 * The one-activity plan as a regional plan of `n` activities (F.1 … F.n, each with indicator F.k-1), and a local
 * plan of the same `n` activities, each with a `regionalRef` to its namesake in the regional plan.
 */
function planPair(n) {
  const one = onePlan();
  const [subGoal] = one.subGoals;
  const [area] = subGoal.areas;
  const [template] = area.activities;
  const activities = Array.from({ length: n }, (_, i) => ({
    ...template,
    code: `F.${i + 1}`,
    followUp: { ...template.followUp, indicators: template.followUp.indicators.map((x) => ({ ...x, id: `F.${i + 1}-1` })) },
  }));
  const parent = { ...one, subGoals: [{ ...subGoal, areas: [{ ...area, activities }] }] };
  const regionalRef = (code) => ({ plan: parent.id, subGoal: subGoal.code, area: area.id, activity: code });
  const local = {
    ...parent,
    level: "local",
    id: "lokal-plan",
    parentPlan: parent.id,
    subGoals: [{ ...subGoal, areas: [{ ...area, activities: activities.map((a) => ({ ...a, regionalRef: regionalRef(a.code) })) }] }],
  };
  return { parent, local };
}

/**
 * Each case makes its input for a size n and returns the work to time: the benchmark times it at n and at 8n and
 * gives the exponent k of time ∝ n^k (1 is linear).
 */
export const GROWTH = [
  {
    name: "CSV, empty header cells",
    n: 250,
    make: (n) => {
      const csv = csvWith(n, 50, false);
      return () => observationsFromCsv(csv, { plan: kronoberg2017 });
    },
  },
  {
    name: "CSV, wide header",
    n: 100,
    make: (n) => {
      const csv = csvWith(n, 50, true);
      return () => observationsFromCsv(csv, { plan: kronoberg2017 });
    },
  },
  {
    name: "evaluate + HTML report, long period",
    n: 10,
    make: (n) => {
      const { plan, observations } = longPlan(n);
      return () => reportHtml(evaluatePlan(plan, observations, { asOf: `${2017 + n}-03-31` }));
    },
  },
  {
    name: "evaluate + HTML report, age bands by sex",
    n: 40,
    make: (n) => {
      const plan = onePlan();
      const observations = ageBands(n);
      return () => reportHtml(evaluatePlan(plan, observations, { asOf: "2022-03-31" }), { suppressBelow: 3 });
    },
  },
  {
    name: "validate a local plan against its parent, n references",
    n: 50,
    make: (n) => {
      const { parent, local } = planPair(n);
      return () => validatePlan(local, { parent });
    },
  },
  {
    // The suppression of the case above on its own, at twice the bands, so that the table and not fixed costs is timed.
    name: "suppressSmallCounts, 2 sexes × n age bands",
    n: 80,
    make: (n) => {
      const value = disaggregated({ unit: "count", ...bandsBySex(n) });
      return () => suppressSmallCounts(value, { threshold: 3 });
    },
  },
  {
    // What evaluatePlan does with several observations broken down in one indicator-year: their cells added up.
    name: "sumDisaggregated, 10 values of 2 sexes × n age bands",
    n: 80,
    make: (n) => {
      const value = disaggregated({ unit: "count", ...bandsBySex(n) });
      const values = Array.from({ length: 10 }, () => value);
      return () => sumDisaggregated(values);
    },
  },
];

/** Times every growth case whose name contains `filter` at n and 8n; a row per case. */
export function runGrowth({ runs, filter, log = () => {} }) {
  return GROWTH.filter((c) => filter === undefined || c.name.toLowerCase().includes(filter)).map((c) => {
    log(`${c.name} …`);
    const small = fastestMs(c.make(c.n), runs);
    const large = fastestMs(c.make(8 * c.n), runs);
    return { name: c.name, n: c.n, small, large, exponent: Math.log(large / small) / Math.log(8) };
  });
}

/**
 * The top functions by self time of one step at `scale`, from a CPU profile of a child that reads the inputs, runs
 * the step once to warm up, and profiles a second run only (node:inspector), so that reading files and compiling
 * modules do not count.
 */
export function profileStep({ id, scale, seed, count = 15 }) {
  if (!STEPS.some((s) => s.id === id)) throw new Error(`no step ${id}; steps: ${STEPS.map((s) => s.id).join(", ")}`);
  const dir = inputsDir(scale, seed);
  const out = mkdtempSync(join(tmpdir(), "andt-plan-profile-"));
  try {
    const file = join(out, "step.cpuprofile");
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--profile", id, dir, file], { stdio: "inherit" });
    return topFunctions(JSON.parse(readFileSync(file, "utf8")), count);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function profileChild(id, dir, file) {
  const step = STEPS.find((s) => s.id === id);
  const input = inputs(dir);
  step.prepare?.(input);
  step.bytes(input);
  step.run(input);
  const session = new Session();
  session.connect();
  // The inspector answers a session of the same thread synchronously.
  session.post("Profiler.enable");
  session.post("Profiler.start");
  step.run(input);
  session.post("Profiler.stop", (error, result) => {
    if (error) throw error;
    writeFileSync(file, JSON.stringify(result.profile));
  });
  session.disconnect();
}

// Run as a child of the benchmark (not imported by it): measure memory or profile one step.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--memory") memoryChild(process.argv[3], process.argv[4], process.argv[5]);
  if (process.argv[2] === "--time") timeChild(process.argv[3], process.argv[4], process.argv[5]);
  if (process.argv[2] === "--profile") profileChild(process.argv[3], process.argv[4], process.argv[5]);
}

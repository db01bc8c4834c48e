/**
 * `npm run bench` on the build in dist/: the national table at the smallest scale (one plan), every step with its
 * figures, and the growth cases. Times are not judged (they depend on the machine); that every step runs and is
 * reported is.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GROWTH, STEPS } from "../../scripts/bench/national.mjs";

const root = resolve(import.meta.dirname, "../..");

describe("scripts/bench.mjs --national", () => {
  it("prints a row per step and per growth case, with ratios beside the peers and memory over the input", () => {
    const run = spawnSync(process.execPath, ["--expose-gc", "scripts/bench.mjs", "--national", "--quick", "--scale", "1/311"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /national benchmark: scale 0\.003\d+ \(seed 1\): 1 plans, \d+ activities, \d+ indicators, \d+ observations;/,
    );
    const rows = run.stdout.split("\n");
    for (const step of STEPS) {
      const row = rows.find((line) => line.startsWith(step.name));
      expect(row, step.name).toBeDefined();
      if (step.peer !== undefined) expect(row, step.name).toMatch(/ \d+\.\d×/);
      if (step.id === "observations-csv") expect(row).toMatch(/papaparse .* \+\d+(\.\d)? (kB|MB) +\d+\.\d× /);
    }
    for (const growth of GROWTH)
      expect(
        rows.find((line) => line.startsWith(growth.name)),
        growth.name,
      ).toMatch(/ -?\d+\.\d\d +linear: (met|MISSED)$/);
  });

  it("refuses an unknown option and a scale above 1", () => {
    const unknown = spawnSync(process.execPath, ["scripts/bench.mjs", "--fast"], { cwd: root, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^bench: unknown option --fast\n/);
    const big = spawnSync(process.execPath, ["scripts/bench.mjs", "--scale", "2"], { cwd: root, encoding: "utf8" });
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(/^bench: --scale is at most 1\n/);
  });
});

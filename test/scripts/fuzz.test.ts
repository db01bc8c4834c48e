/**
 * A bounded run of the fuzzer (`npm run fuzz`, test/support/fuzz.ts) with a fixed seed, so every `npm test` tries
 * each target on a few hundred hostile inputs; and the fuzzer's own report of a failure.
 */
import { describe, expect, test } from "vitest";
import { fuzzReport, runFuzz } from "../support/fuzz.js";

describe("the fuzzer", () => {
  test("a bounded run with a fixed seed: every target (parse, readers, reports, files, cli) at least once, no failure", async () => {
    const result = await runFuzz({ seed: 20261201, runs: 400 });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toBe(400);
    expect(fuzzReport(result)).toMatch(/^fuzz: 400 inputs, 0 failures, seed 20261201, \d+\.\d s$/);
  });

  test("tells a failure with its target, seed, the command that replays it and the shrunk input", () => {
    const report = fuzzReport({
      inputs: 64,
      seed: 1,
      seconds: 2.04,
      failures: [{ target: "parse", seed: 1, runs: 64, input: '["{"]', error: "boom" }],
    });
    expect(report).toBe(
      [
        "fuzz: 64 inputs, 1 failures, seed 1, 2.0 s",
        "FAIL parse (seed 1): boom",
        "  replay: npm run fuzz -- --target parse --seed 1 --runs 64",
        '  shrunk input: ["{"]',
      ].join("\n"),
    );
  });
});

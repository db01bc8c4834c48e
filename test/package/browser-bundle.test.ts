/**
 * The browser bundle check of check:package (scripts/check-browser-bundle.mjs) on the build in dist/: it passes
 * with the budgets in scripts/browser-budget.json, fails when a budget is too small, and finds papaparse only in
 * the CSV reader's bundle.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "andt-plan-browser-budget-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(budgets?: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const args = ["scripts/check-browser-bundle.mjs"];
  if (budgets !== undefined) {
    const file = join(work, "budget.json");
    writeFileSync(file, JSON.stringify(budgets));
    args.push("--budget", file);
  }
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("scripts/check-browser-bundle.mjs", () => {
  // Our schemas are zod/mini's and the library writes its own messages, so no zod locale and no classic API.
  it("passes with the shipped budgets; papaparse only in the CSV reader's bundle, no zod locale, no classic zod", () => {
    const run = check();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/browser bundle parse\+validate\+evaluate .* papaparse left out, zod classic left out, zod locales: none\n/);
    expect(run.stdout).toMatch(/browser bundle csv .* papaparse included, zod classic left out, zod locales: none\n/);
  });

  it("fails when a budget is too small", () => {
    const run = check({ "parse+validate+evaluate": "1 kB", csv: "1 kB" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/check-browser-bundle: parse\+validate\+evaluate is \d+\.\d kB gzipped, over its budget of 1\.0 kB/);
    expect(run.stderr).toMatch(/check-browser-bundle: csv is \d+\.\d kB gzipped, over its budget of 1\.0 kB/);
  });

  it("fails when a bundle has no budget", () => {
    const run = check({ "parse+validate+evaluate": "1 MB" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("check-browser-bundle: csv has no budget");
  });
});

/**
 * The proof that the fast paths of validation and of the shared parse input pass change no behaviour: every
 * issue (code, severity, path, message and details) of `validatePlanDocument` on the fixtures, the every-field
 * plan, 50 plans of the synthetic Sweden and seeded broken versions of them, and of `safeParseObservations` on the
 * invented observations and broken versions of them, is the same as what the code before the fast paths gave
 * (test/validate/data/fast-path.snapshot.json, written by that code). `UPDATE_FAST_PATH=1` rewrites the file,
 * which only a deliberate change of behaviour may do.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeParseObservations, validatePlanDocument } from "../../src/index.js";
import { observationCases, planCases } from "../support/fast-path-cases.js";

const file = new URL("data/fast-path.snapshot.json", import.meta.url);

interface Snapshot {
  plans: Record<string, unknown>;
  observations: Record<string, unknown>;
}

function current(): Snapshot {
  const plans: Record<string, unknown> = {};
  for (const { name, input, context, options } of planCases()) {
    const report = validatePlanDocument(input, context, options);
    plans[name] = { counts: report.counts, issues: report.issues, read: report.plan !== undefined };
  }
  const observations: Record<string, unknown> = {};
  for (const { name, input } of observationCases()) {
    const result = safeParseObservations(input);
    observations[name] = { success: result.success, issues: result.issues };
  }
  // Through JSON, as the file holds it: an absent key and one set to undefined are the same there.
  return JSON.parse(JSON.stringify({ plans, observations })) as Snapshot;
}

describe("the fast paths", () => {
  const now = current();
  if (process.env.UPDATE_FAST_PATH === "1") writeFileSync(file, `${JSON.stringify(now)}\n`);
  const before = JSON.parse(readFileSync(file, "utf8")) as Snapshot;

  it("cover cases of every kind, with issues to compare", () => {
    expect(Object.keys(now.plans)).toHaveLength(5 + 50 + 22 * 6);
    expect(Object.keys(now.observations)).toHaveLength(22);
    const codes = new Set(Object.values(now.plans).flatMap((r) => (r as { issues: { code: string }[] }).issues.map((i) => i.code)));
    expect(codes.size).toBeGreaterThanOrEqual(22);
  });

  it.each(Object.keys(before.plans))("validatePlanDocument gives the issues it gave before: %s", (name) => {
    expect(now.plans[name]).toEqual(before.plans[name]);
  });

  it.each(Object.keys(before.observations))("safeParseObservations gives the issues it gave before: %s", (name) => {
    expect(now.observations[name]).toEqual(before.observations[name]);
  });
});

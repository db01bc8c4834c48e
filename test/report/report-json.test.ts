import { describe, expect, it } from "vitest";
import type { PlanEvaluation } from "../../src/index.js";
import { reportJson } from "../../src/index.js";
import { sampleEvaluation } from "../support/evaluation.js";
import { evaluationWithoutAreas } from "../support/plan-without-areas.js";
import { deepFreeze } from "../support/plans.js";
import { UNIT_OBSERVATIONS, unitsEvaluation } from "../support/units.js";

/** The same data with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe("reportJson", () => {
  const json = reportJson(deepFreeze(sampleEvaluation()));

  it("parses back to the evaluation", () => {
    expect(JSON.parse(json)).toEqual(sampleEvaluation());
  });

  it("is pretty: two-space indent, keys in code-point order, final newline", () => {
    expect(json.startsWith('{\n  "asOf": "2020-03-31",\n  "coverage": [\n    {\n      "expected": 8,\n')).toBe(true);
    expect(json.endsWith("\n  ]\n}\n")).toBe(true);
    expect(json).toContain(
      '"counts": {\n        "met": 2,\n        "missing": 1,\n        "not_expected": 1,\n        "not_met": 1,\n        "not_yet_due": 0,\n        "partly_met": 1,\n        "reported": 1\n      },',
    );
  });

  it("does not depend on the order the evaluation was built in", () => {
    expect(reportJson(reversed(sampleEvaluation()) as PlanEvaluation)).toBe(json);
  });

  it("writes a no-break space as an escape, so a reader sees it", () => {
    expect(json).toContain('"message": "Redovisat: 1\\u00a0200; inget mål att jämföra med."');
  });

  it("does not change the evaluation", () => {
    const frozen = deepFreeze(sampleEvaluation());
    reportJson(frozen);
    expect(frozen).toEqual(sampleEvaluation());
  });
});

describe("reportJson: breakdowns by named units", () => {
  it("keeps a year's parts by unit, as the evaluation has them", () => {
    const json = JSON.parse(reportJson(unitsEvaluation())) as PlanEvaluation;
    const visits = json.subGoals[0]?.areas[0]?.activities[0]?.indicators[0]?.years.find((y) => y.year === 2019);
    expect(visits?.byUnit).toEqual(UNIT_OBSERVATIONS[0]?.byUnit);
  });
});

describe("reportJson of a plan without areas", () => {
  it("writes each sub-goal's own activities and no area, with the plan's names of its levels", () => {
    const parsed = JSON.parse(reportJson(deepFreeze(evaluationWithoutAreas()))) as PlanEvaluation;
    expect(parsed.plan.levelNames).toEqual({ activity: { sv: "Insatsområde" }, subGoal: { en: "Goal", sv: "Mål" } });
    expect(parsed.subGoals.map((g) => [g.areas.length, g.activities?.map((a) => a.code)])).toEqual([
      [0, ["1.1", "1.2"]],
      [0, ["2.1"]],
    ]);
    expect(reportJson(evaluationWithoutAreas())).not.toContain("collaboration_area");
  });
});

describe("reportJson: the compact form", () => {
  const evaluation = deepFreeze(sampleEvaluation());
  const compact = reportJson(evaluation, { compact: true });

  it("is the evaluation on one line, each missing value without its indicator's text", () => {
    expect(compact.split("\n")).toHaveLength(2);
    expect(compact.endsWith("}\n")).toBe(true);
    expect(compact.startsWith('{"asOf":"2020-03-31","coverage":[{"expected":8,')).toBe(true);
    const { missing, ...rest } = JSON.parse(compact) as PlanEvaluation;
    const { missing: full, ...fullRest } = sampleEvaluation();
    expect(rest).toEqual(fullRest);
    expect(full.length).toBeGreaterThan(0);
    expect(missing).toEqual(full.map(({ text: _text, ...m }) => m));
  });

  it("keeps the key order and the escapes of the pretty form", () => {
    expect(compact).toContain('"message":"Redovisat: 1\\u00a0200; inget mål att jämföra med."');
    expect(compact).toBe(reportJson(reversed(sampleEvaluation()) as PlanEvaluation, { compact: true }));
    expect(reportJson(evaluation, { compact: false })).toBe(reportJson(evaluation));
  });

  it("is smaller than the pretty form", () => {
    const pretty = reportJson(evaluation);
    // Indentation and the texts repeated per missing year are what the compact form leaves out.
    expect(compact.length).toBeLessThan(pretty.length / 2);
  });

  it("refuses a compact that is not true or false, in the evaluation's language", () => {
    expect(() => reportJson(evaluation, { compact: "yes" as never })).toThrow(
      expect.objectContaining({
        code: "invalid_compact",
        path: ["compact"],
        details: { received: '"yes"' },
        message: 'compact ska vara true eller false, inte "yes".',
      }),
    );
  });
});

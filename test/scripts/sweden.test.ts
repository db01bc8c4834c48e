import { describe, expect, it } from "vitest";
import { activitiesOf, indicatorsOf, random, swedenCsv, swedenObservations, swedenPlans, YEARS } from "../../scripts/bench/sweden.mjs";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import {
  checkObservations,
  observationsFromCsv,
  parsePlan,
  safeParseObservations,
  serializeObservations,
  validatePlan,
} from "../../src/index.js";
import { counties, municipalities } from "../../src/reference/index.js";

const sweden = (scale: number, seed = 1) =>
  swedenPlans({ template: kronoberg2017, counties: counties(), municipalities: municipalities(), scale, seed });

describe("random", () => {
  it("gives the same numbers in [0, 1) for the same seed, others for another", () => {
    const a = random(7);
    const b = random(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
    expect(random(8)()).not.toBe(first[0]);
  });
});

describe("swedenPlans", () => {
  it("at scale 1: a regional plan per county, a local plan per municipality, about 5 600 activities and 9 300 indicators", () => {
    const plans = sweden(1);
    expect(plans).toHaveLength(21 + 290);
    expect(plans.filter((p) => p.level === "regional").map((p) => p.territory.countyCode)).toEqual(counties().map((c) => c.code));
    expect(plans.filter((p) => p.level === "local").map((p) => p.territory.municipalityCode)).toEqual(municipalities().map((m) => m.code));
    const activities = plans.reduce((sum, p) => sum + activitiesOf(p).length, 0);
    const indicators = plans.reduce((sum, p) => sum + indicatorsOf(p).length, 0);
    // 21 plans of 50–66 activities and 290 of 8–22: 21 × 58 + 290 × 15 = 5 568 on average.
    expect(activities).toBeGreaterThan(5_300);
    expect(activities).toBeLessThan(5_850);
    // The Kronoberg plan has 97 indicators over 58 activities, 1.67 each.
    expect(indicators / activities).toBeGreaterThan(1.4);
    expect(indicators / activities).toBeLessThan(1.95);
  });

  it("keeps round(311 × scale) plans, chosen by the seed, each the same as at a larger scale", () => {
    const small = sweden(1 / 32);
    const larger = sweden(1 / 16);
    expect(small).toHaveLength(10);
    expect(larger).toHaveLength(19);
    for (const plan of small) expect(larger.find((p) => p.id === plan.id)).toEqual(plan);
    expect(sweden(1 / 32)).toEqual(small);
    expect(sweden(1 / 32, 2).map((p) => p.id)).not.toEqual(small.map((p) => p.id));
  });

  it("makes plans that parse and validate without errors or warnings but the template's own", () => {
    const template = new Set(validatePlan(kronoberg2017).issues.map((i) => i.code));
    for (const generated of sweden(1 / 32)) {
      const plan = parsePlan(JSON.stringify(generated));
      const serious = validatePlan(plan).issues.filter((i) => i.severity !== "info" && !template.has(i.code));
      expect(serious, plan.id).toEqual([]);
    }
  });

  it("names the plan's county and numbers the activities of each sub-goal from 1", () => {
    const plan = sweden(1 / 32).find((p) => p.level === "local");
    expect(plan?.parentPlan).toMatch(/-lan-2017-2021$/);
    expect(JSON.stringify(plan)).not.toMatch(/Kronoberg|KRONOBERG/);
    for (const subGoal of plan?.subGoals ?? []) {
      const codes = subGoal.areas!.flatMap((a) => a.activities.map((x) => x.code));
      expect(codes).toEqual(codes.map((_, i) => `${subGoal.code}.${i + 1}`));
    }
  });
});

describe("swedenObservations and swedenCsv", () => {
  const plan = sweden(1 / 32).find((p) => p.level === "local");
  if (plan === undefined) throw new Error("no local plan at scale 1/32");
  const set = swedenObservations(plan, { municipalities: municipalities() });

  it("gives each indicator 14–29 observations of distinct days in each year", () => {
    for (const indicator of indicatorsOf(plan)) {
      for (const year of YEARS) {
        const days = set.observations.filter((o) => o.indicator === indicator.id && o.year === year).map((o) => o.period?.start);
        expect(days.length).toBeGreaterThanOrEqual(14);
        expect(days.length).toBeLessThanOrEqual(29);
        expect(new Set(days).size).toBe(days.length);
        for (const day of days) expect(day?.slice(0, 4)).toBe(String(year));
      }
    }
  });

  it("makes observations that parse and check without issues, the same from JSON and from CSV", () => {
    const parsed = safeParseObservations(serializeObservations(set));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(checkObservations(plan, parsed.data)).toEqual([]);
    const csv = swedenCsv(set);
    expect(csv.split("\n")).toHaveLength(set.observations.length + 2);
    const fromCsv = observationsFromCsv(csv, { plan });
    expect(fromCsv.issues).toEqual([]);
    expect(fromCsv.observations).toHaveLength(set.observations.length);
  });
});

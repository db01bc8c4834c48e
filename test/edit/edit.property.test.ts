/**
 * Laws of the edit operations on generated plans: every edit leaves a valid plan or is refused with an issue and
 * the plan as it was; the inverse patches restore the original byte for byte; diffPlans(a, a) is empty; a single
 * edit, and a sequence of edits that renumbers nothing, is diffed as exactly those edits; no input is mutated (every
 * input is deep-frozen).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addActivity,
  addActor,
  applyPatches,
  type ChangeKind,
  diffPlans,
  type EditElement,
  type EditResult,
  moveActivity,
  type Plan,
  removeActivity,
  removeActor,
  serializePlan,
  setTarget,
  updateActivity,
  validatePlan,
} from "../../src/index.js";
import { type EditChoice, editChoices, numberedPlans } from "../support/arbitraries.js";
import { activity } from "../support/plans.js";

function edit(plan: Plan, { op, x, y, z }: EditChoice): EditResult {
  const activities = plan.subGoals.flatMap((g) => g.areas!.flatMap((a) => a.activities));
  const areas = plan.subGoals.flatMap((g) => g.areas);
  const code = activities[x % Math.max(activities.length, 1)]?.code ?? "none";
  const area = areas[y % areas.length]!.id;
  switch (op) {
    case 0:
      return moveActivity(plan, { code, toArea: area, index: z });
    case 1:
      return removeActivity(plan, { code, renumber: z % 2 === 0 });
    case 2:
      return addActivity(plan, { area, activity: activity(`${plan.subGoals[0]!.code}.${x + 1}`, { text: `Ny insats ${x}.` }) });
    case 3:
      return updateActivity(plan, {
        code,
        changes: { responsible: { text: "Region Kronoberg", actors: [z % 3 === 0 ? "polis" : "region"] } },
      });
    case 4:
      return setTarget(plan, { indicator: `${code}-1`, target: { per: "year", value: z } });
    case 5:
      return removeActor(plan, { id: z % 2 === 0 ? "region" : "lst" });
    case 6:
      return addActor(plan, { actor: { kind: "organisation", id: z % 2 === 0 ? "lst" : `ny-${x}`, name: "Ny", type: "other" } });
    default:
      return updateActivity(plan, { code, changes: { code: activities[y % activities.length]?.code ?? code } });
  }
}

/** One edit that renumbers nothing on activity `code` of sub-goal `goal`, and the change it must show as. */
function stepOn(plan: Plan, op: number, code: string, goal: string, i: number): [EditResult, ChangeKind, EditElement, string] {
  const sameGoal = plan.subGoals.find((g) => g.code === goal)!;
  const here = sameGoal.areas!.find((a) => a.activities.some((x) => x.code === code))!;
  const elsewhere = sameGoal.areas!.find((a) => a !== here);
  switch (op) {
    case 0:
      return [
        updateActivity(plan, { code, changes: { responsible: { text: "Region Kronoberg", actors: ["region"] } } }),
        "changed",
        "activity",
        code,
      ];
    case 1:
      return [setTarget(plan, { indicator: `${code}-1`, target: { per: "year", value: i } }), "changed", "indicator", `${code}-1`];
    case 3: {
      const fresh = `${goal}.${100 + i}`;
      return [
        addActivity(plan, { area: here.id, activity: activity(fresh, { text: `Helt ny insats nummer ${i} om spel.` }) }),
        "added",
        "activity",
        fresh,
      ];
    }
    case 4:
      if (elsewhere !== undefined) return [moveActivity(plan, { code, toArea: elsewhere.id, renumber: false }), "moved", "activity", code];
      return [removeActivity(plan, { code, renumber: false }), "removed", "activity", code];
    case 5: {
      const id = `aktor-${i}`;
      return [addActor(plan, { actor: { kind: "organisation", id, name: `Aktör ${i}`, type: "other" } }), "added", "actor", id];
    }
    default:
      return [removeActivity(plan, { code, renumber: false }), "removed", "activity", code];
  }
}

/**
 * A sequence of edits that renumbers nothing, each on an activity no earlier edit touched, so that each edit is
 * one change of the diff; returns the plan after them and the changes they must show as.
 */
function editSequence(start: Plan, ops: readonly number[]): { plan: Plan; expected: string[] } {
  const untouched = start.subGoals.flatMap((g) => g.areas!.flatMap((a) => a.activities.map((x) => ({ code: x.code, goal: g.code }))));
  const expected: string[] = [];
  let plan = start;
  for (const [i, op] of ops.entries()) {
    const next = untouched.shift();
    if (next === undefined) break;
    const [result, kind, element, key] = stepOn(plan, op, next.code, next.goal, i);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    plan = result.plan;
    expected.push(`${kind} ${element} ${key}`);
  }
  return { plan, expected };
}

const errors = (plan: Plan): number => validatePlan(plan).counts.error;

describe("laws of the edit operations", () => {
  test("every edit leaves a valid plan or is refused with an issue, and the inverse patches undo the sequence byte for byte", () => {
    fc.assert(
      fc.property(numberedPlans, editChoices, (start, picks) => {
        expect(errors(start)).toBe(0);
        const original = serializePlan(start);
        let plan = start;
        const inverses = [];
        for (const pick of picks) {
          const result = edit(plan, pick);
          const refused = result.issues.some((i) => i.severity === "error");
          if (refused) {
            expect([result.plan, result.patches, result.inversePatches]).toEqual([plan, [], []]);
          } else {
            expect(errors(result.plan)).toBe(0);
            expect(serializePlan(applyPatches(plan, result.patches))).toBe(serializePlan(result.plan));
            inverses.unshift(result.inversePatches);
            plan = result.plan;
          }
        }
        const back = inverses.reduce((p, patches) => applyPatches(p, patches), plan);
        expect(back).toEqual(start);
        expect(serializePlan(back)).toBe(original);
        expect(serializePlan(start)).toBe(original);
      }),
      { numRuns: 60 },
    );
  });

  test("diffPlans(a, a) is empty, before and after edits", () => {
    fc.assert(
      fc.property(numberedPlans, editChoices, (start, picks) => {
        expect(diffPlans(start, start)).toEqual({ equal: true, changes: [] });
        const end = picks.reduce((p, pick) => edit(p, pick).plan, start);
        expect(diffPlans(end, structuredClone(end))).toEqual({ equal: true, changes: [] });
      }),
      { numRuns: 40 },
    );
  });

  test("one edit that renumbers nothing is diffed as exactly that edit", () => {
    fc.assert(
      fc.property(numberedPlans, fc.nat(50), fc.nat(5), (plan, x, z) => {
        const all = plan.subGoals.flatMap((g) => g.areas!.flatMap((a) => a.activities));
        const code = all[x % all.length]!.code;
        const responsible = updateActivity(plan, { code, changes: { responsible: { text: "Region Kronoberg", actors: ["region"] } } });
        expect(diffPlans(plan, responsible.plan).changes.map((c) => [c.kind, c.element, c.key, c.kind === "changed" && c.field])).toEqual([
          ["changed", "activity", code, "responsible"],
        ]);
        const target = setTarget(plan, { indicator: `${code}-1`, target: { per: "year", value: z } });
        expect(diffPlans(plan, target.plan).changes.map((c) => [c.kind, c.element, c.key])).toEqual([
          ["changed", "indicator", `${code}-1`],
        ]);
        const removed = removeActivity(plan, { code, renumber: false });
        expect(diffPlans(plan, removed.plan).changes.map((c) => [c.kind, c.element, c.key])).toEqual([["removed", "activity", code]]);
        const next = `${plan.subGoals[0]!.code}.${plan.subGoals[0]!.areas!.flatMap((a) => a.activities).length + 1}`;
        const last = plan.subGoals[0]!.areas!.at(-1)!;
        const added = addActivity(plan, { area: last.id, activity: activity(next, { text: "Helt ny insats om spelberoende." }) });
        expect(added.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(diffPlans(plan, added.plan).changes.map((c) => [c.kind, c.element, c.key])).toEqual([["added", "activity", next]]);
      }),
      { numRuns: 40 },
    );
  });

  test("a sequence of edits that renumbers nothing is diffed as exactly those edits", () => {
    fc.assert(
      fc.property(numberedPlans, fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }), (start, ops) => {
        const { plan, expected } = editSequence(start, ops);
        const changes = diffPlans(start, plan).changes.map((c) => `${c.kind} ${c.element} ${c.key}`);
        expect(changes.sort()).toEqual(expected.sort());
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * The inputs of the fast-path snapshot (test/validate/fast-path.snapshot.test.ts): the fixtures, the hand-written
 * every-field plan, 50 plans of the synthetic Sweden, and seeded broken versions of them, each validated against
 * the strategies and (for a local plan) its regional plan; the invented observations and broken versions of them.
 * Everything is seeded, so the cases are the same on every run.
 */
import { random, swedenPlans } from "../../scripts/bench/sweden.mjs";
import { andt2011, andt2016, andts2022, kronoberg2017, kronobergObservationsInvented } from "../../src/fixtures/index.js";
import type { Path, Plan, ValidatePlanDocumentOptions, ValidationContext } from "../../src/index.js";
import { counties, municipalities } from "../../src/reference/index.js";
import { everyFieldPlanText } from "./plans.js";

export interface PlanCase {
  name: string;
  input: unknown;
  context: ValidationContext;
  options: ValidatePlanDocumentOptions;
}

export interface ObservationCase {
  name: string;
  input: unknown;
}

const strategies = [andt2016, andt2011, andts2022];

/** Values a mutation puts in place of another, chosen to reach the rules that read text, codes, periods and counts. */
const JUNK: readonly unknown[] = [
  undefined,
  null,
  "",
  "  ",
  "2019-02-30",
  "2030",
  "Länets 9 kommuner samverkar.",
  "Alla tolv kommuner i länet och kommunerna i regionen.",
  "Ungdomar och elever ska nås.",
  "Andelen ungdomar som dricker ska minska.",
  "Cafe\u0301 i Ve\u0301xjö",
  "F.1",
  "0780",
  "9999",
  "lst",
  -1,
  0,
  3000,
  true,
  [],
  {},
  [5, "x"],
];

/** Every path to a value in `value`, the root excluded, in document order. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...path, key], ...pathsOf(item, [...path, key])]);
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/**
 * A broken copy of a plan value: `count` seeded changes, each one of setting a path to junk (undefined removes
 * the key), copying another string of the plan there, repeating an array item (a duplicate code), or adding an
 * unknown key.
 */
function broken(plan: unknown, seed: number, count: number): unknown {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const value = structuredClone(plan);
  for (let change = 0; change < count; change++) {
    const paths = pathsOf(value);
    const path = pick(paths);
    const parent = at(value, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    const kind = next();
    if (kind < 0.45) {
      const junk = structuredClone(pick(JUNK));
      if (junk === undefined && !Array.isArray(parent)) delete parent[key];
      else parent[key] = junk;
    } else if (kind < 0.7) {
      const strings = paths.filter((p) => typeof at(value, p) === "string");
      parent[key] = at(value, pick(strings));
    } else if (kind < 0.85) {
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
      else parent[key] = structuredClone(at(value, pick(paths)));
    } else {
      const target = typeof parent[key] === "object" && parent[key] !== null && !Array.isArray(parent[key]) ? parent[key] : parent;
      if (!Array.isArray(target)) (target as Record<string, unknown>)[`okänt${change}`] = "Extra.";
    }
  }
  return value;
}

/** The plan cases, in a fixed order. */
export function planCases(): PlanCase[] {
  const sweden = swedenPlans({ template: kronoberg2017, counties: counties(), municipalities: municipalities(), scale: 50 / 311, seed: 3 });
  const regional = new Map(sweden.filter((p) => p.level === "regional").map((p) => [p.territory.countyCode, p]));
  const contextOf = (plan: Plan): ValidationContext => {
    const parent = plan.level === "local" ? regional.get(plan.territory.countyCode) : undefined;
    return parent === undefined ? { strategies } : { strategies, parent };
  };
  const cases: PlanCase[] = [
    { name: "kronoberg", input: JSON.stringify(kronoberg2017), context: { strategies: [andt2016, andt2011] }, options: {} },
    { name: "kronoberg, no context, en", input: kronoberg2017, context: {}, options: { lang: "en" } },
    {
      name: "kronoberg, policy and severities",
      input: kronoberg2017,
      context: { strategies, policy: { areasPerSubGoal: 2 } },
      options: { severity: { indicator_without_sex_breakdown: "off", activity_code_sequence: "error" } },
    },
    { name: "every field", input: everyFieldPlanText, context: { strategies }, options: {} },
    { name: "every field, en", input: JSON.parse(everyFieldPlanText), context: {}, options: { lang: "en" } },
  ];
  sweden.forEach((plan, i) => {
    cases.push({ name: `sweden ${i} ${plan.id}`, input: JSON.stringify(plan), context: contextOf(plan), options: {} });
  });
  const bases: { name: string; value: unknown; context: ValidationContext }[] = [
    { name: "kronoberg", value: JSON.parse(JSON.stringify(kronoberg2017)), context: { strategies } },
    { name: "every field", value: JSON.parse(everyFieldPlanText), context: { strategies } },
    ...sweden.slice(0, 20).map((plan) => ({ name: plan.id, value: JSON.parse(JSON.stringify(plan)), context: contextOf(plan) })),
  ];
  bases.forEach((base, b) => {
    for (let k = 0; k < 6; k++) {
      const seed = 1000 * (b + 1) + k;
      const count = 1 + (k % 4) * 3;
      const input = broken(base.value, seed, count);
      cases.push({
        name: `broken ${base.name} seed ${seed} × ${count}`,
        input: k % 2 === 0 ? JSON.stringify(input) : input,
        context: base.context,
        options: k % 3 === 2 ? { lang: "en" } : {},
      });
    }
  });
  return cases;
}

/** The observation cases, in a fixed order. */
export function observationCases(): ObservationCase[] {
  const base = JSON.parse(JSON.stringify(kronobergObservationsInvented)) as unknown;
  const cases: ObservationCase[] = [
    { name: "invented", input: JSON.stringify(base) },
    { name: "invented, value", input: base },
  ];
  for (let k = 0; k < 20; k++) {
    const seed = 500 + k;
    const input = broken(base, seed, 1 + (k % 5) * 2);
    cases.push({ name: `broken invented seed ${seed}`, input: k % 2 === 0 ? JSON.stringify(input) : input });
  }
  return cases;
}

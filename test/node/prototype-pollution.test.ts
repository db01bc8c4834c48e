import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  lenientParsePlan,
  observationsFromCsv,
  observationsFromKolada,
  safeParseObservations,
  safeParsePlan,
  safeParseStrategy,
  serializePlan,
} from "../../src/index.js";
import { loadObservations, loadPlan, loadStrategy } from "../../src/node/index.js";
import { minimalPlan } from "../support/plans.js";

// Every loader and reader given input that would pollute Object.prototype if it were merged naively (issue #17).

const dir = mkdtempSync(join(tmpdir(), "andt-plan-pollution-"));
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

function expectClean(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

const POLLUTING = [
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"prototype":{"polluted":1}}',
  '{"a":{"b":[{"__proto__":{"polluted":1}}]},"extensions":{"__proto__":{"polluted":1}}}',
  '{"extensions":{"constructor":{"prototype":{"polluted":1}}}}',
];

// Each polluting text as a whole document, and inside an otherwise valid plan's extensions and owner.
const documents = POLLUTING.flatMap((text) => {
  const plan = JSON.stringify(minimalPlan());
  return [text, `${plan.slice(0, -1)},"extensions":${text}}`, plan.replace('"owner":{', `"owner":{"x":${text},`)];
});

afterEach(expectClean);

describe("no loader or reader pollutes Object.prototype", () => {
  it.each(documents)("parsing %s as text and as an object", (text) => {
    for (const input of [text, JSON.parse(text) as unknown, new TextEncoder().encode(text)]) {
      const plan = safeParsePlan(input);
      expect(plan.issues.some((i) => i.code === "forbidden_key")).toBe(true);
      if (plan.success) serializePlan(plan.data);
      lenientParsePlan(input);
      safeParseStrategy(input);
      safeParseObservations(input);
      expectClean();
    }
  });

  it("reading observation files, CSV and Kolada with polluting keys and headers", () => {
    const observations = `{"kind":"observation_set","formatVersion":1,"plan":"p","observations":[{"indicator":"a","year":2018,"__proto__":{"polluted":1},"extensions":{"constructor":{"prototype":{"polluted":1}}}}]}`;
    expect(safeParseObservations(observations).issues.map((i) => i.code)).toEqual(["forbidden_key", "forbidden_key"]);
    for (const header of ["__proto__", "constructor", "prototype", "polluted"]) {
      observationsFromCsv(`Indikator;År;${header}\na;2018;1\n`);
    }
    const row = JSON.parse(
      '{"kpi":"N1","municipality":"0007","period":2018,"values":[{"gender":"T","value":1}],"__proto__":{"polluted":1}}',
    );
    const indicators = JSON.parse('{"N1":"a","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    observationsFromKolada({ values: [row] }, { indicators, area: "0007" });
    observationsFromKolada(JSON.parse('{"values":[],"__proto__":{"polluted":1}}'), { indicators: {} });
  });

  it("loading plan, strategy and observation files", async () => {
    for (const [index, text] of documents.entries()) {
      const file = join(dir, `polluting-${index}.json`);
      writeFileSync(file, text);
      await expect(loadPlan(file)).rejects.toMatchObject({ name: "ParseError" });
      await expect(loadStrategy(file)).rejects.toMatchObject({ name: "ParseError" });
      const { observations } = await loadObservations(file);
      expect(observations).toEqual([]);
    }
    const csv = join(dir, "polluting.csv");
    writeFileSync(csv, "Indikator;År;__proto__\na;2018;1\n");
    expect((await loadObservations(csv)).issues.map((i) => i.code)).toEqual(["forbidden_column"]);
  });
});

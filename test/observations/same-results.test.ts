// The "no behaviour change" proof of the fast paths (issue #16): the exact results — observations, and issues
// with every detail and message in both languages — of the observation readers and checks on the fixtures, the
// test data files, broken variants and a small synthetic Sweden, as digests recorded before the fast paths were
// written. A digest that changes is a changed result.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { swedenCsv, swedenObservations, swedenPlans } from "../../scripts/bench/sweden.mjs";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import {
  checkObservations,
  type KoladaResponse,
  type ObservationSet,
  observationsFromCsv,
  observationsFromKolada,
  type Plan,
  safeParseObservations,
} from "../../src/index.js";
import { counties, municipalities } from "../../src/reference/index.js";

const digest = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
const file = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const text = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");

const sweden = swedenPlans({ template: kronoberg2017, counties: counties(), municipalities: municipalities(), scale: 1 / 64, seed: 3 });
const sets = sweden.map((plan) => swedenObservations(plan, { municipalities: municipalities(), seed: 3 }));

/** The results of every reader and check on one observation file and the plan it follows up. */
function results(set: unknown, plan: Plan | undefined): unknown {
  const all: unknown[] = [];
  for (const lang of ["sv", "en"] as const) {
    const parsed = safeParseObservations(JSON.stringify(set), { lang });
    all.push(parsed);
    if (parsed.success) all.push(checkObservations(plan, parsed.data, { lang }), checkObservations(undefined, parsed.data, { lang }));
  }
  return all;
}

/** Dates and numbers broken in ways the fast date check must still see. */
function broken(set: ObservationSet): unknown {
  const observations = set.observations.slice(0, 40).map((o, i) => {
    const dates = ["2019-02-29", "2020-02-29", "2018-13-01", "2018-00-10", "2018-04-31", "2018-4-01", "2018-06", "18-06-01", "2021-12-32"];
    const date = dates[i % dates.length] as string;
    return i % 3 === 0
      ? { ...o, period: { start: date, end: "2018-12-31" } }
      : i % 3 === 1
        ? { ...o, doneOn: date, value: i % 2 === 0 ? -1 : o.value }
        : { ...o, period: { start: "2018-12", end: date }, year: i % 4 === 0 ? 2099 : o.year };
  });
  return { ...set, observations };
}

const first = sets[0] as ObservationSet;
const firstPlan = sweden[0] as Plan;

describe("the observation readers give the results they gave before the fast paths", () => {
  it("on the fixture's invented observations", () => {
    const set = JSON.parse(text("../../fixtures/kronoberg-2017-2019.observations.invented.json"));
    expect(digest(results(set, kronoberg2017))).toMatchSnapshot();
  });

  it("on the test data files", () => {
    const json = JSON.parse(text("./data/every-field.observations.json"));
    const csv = ["broken.csv", "en-comma.csv", "sv-semikolon-bom.csv", "tab.tsv", "windows-1252.csv"].map((name) => [
      observationsFromCsv(file(`./data/${name}`), { plan: kronoberg2017 }),
      observationsFromCsv(file(`./data/${name}`), { lang: "en" }),
    ]);
    expect(digest([results(json, kronoberg2017), csv])).toMatchSnapshot();
  });

  it("on a small synthetic Sweden, as JSON", () => {
    expect(sets.length).toBeGreaterThan(3);
    expect(digest(sets.map((set, i) => results(set, sweden[i])))).toMatchSnapshot();
  });

  it("on a small synthetic Sweden, as CSV", () => {
    expect(
      digest(sets.map((set, i) => observationsFromCsv(swedenCsv(set), { plan: sweden[i] as Plan, lang: i % 2 ? "en" : "sv" }))),
    ).toMatchSnapshot();
  });

  it("on dates that do not exist, periods out of the plan, negative numbers", () => {
    const set = broken(first);
    const parsed = safeParseObservations(set);
    // The variants are broken as meant: each impossible date is refused, the leap day of 2020 is not.
    expect(
      parsed.success ? [] : parsed.issues.filter((issue) => issue.code === "invalid_date").map((issue) => issue.path.join(".")),
    ).toHaveLength(31);
    expect(digest([results(set, firstPlan), observationsFromCsv(swedenCsv(set as ObservationSet), { plan: firstPlan })])).toMatchSnapshot();
  });

  it("on Kolada values made of the synthetic observations", () => {
    const values = first.observations.slice(0, 300).flatMap((o, i) => [
      {
        kpi: `N0000${i % 4}`,
        municipality: i % 5 === 0 ? "0000" : (o.byMunicipality?.[0]?.municipality ?? "0007"),
        period: o.year,
        values: [{ gender: "T" as const, value: i % 7 === 0 ? null : (o.value ?? 1), count: 1, status: i % 7 === 0 ? "Missing" : "" }],
      },
    ]);
    const response: KoladaResponse = { values };
    const indicators = Object.fromEntries([0, 1, 2, 3].map((k) => [`N0000${k}`, first.observations[k * 50]?.indicator as string]));
    expect(
      digest([
        observationsFromKolada(response, { indicators, plan: firstPlan }),
        observationsFromKolada(response, { indicators, lang: "en" }),
      ]),
    ).toMatchSnapshot();
  });
});

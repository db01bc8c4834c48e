import { describe, expect, it } from "vitest";
import {
  checkObservations,
  type Observation,
  type ObservationDataIssue,
  parseObservations,
  serializeObservations,
} from "../../../src/index.js";
import { unitsPlan } from "../../support/units.js";

type Bare = Omit<ObservationDataIssue, "message">;
const plan = unitsPlan();

function check(observations: Observation[]): Bare[] {
  return checkObservations(plan, observations).map(({ message: _m, ...rest }) => rest as Bare);
}
const messages = (observations: Observation[], lang: "sv" | "en"): string[] =>
  checkObservations(plan, observations, { lang }).map((i) => i.message);

describe("unitChecks", () => {
  it("passes parts by declared units that add up to at most the total", () => {
    const o: Observation = {
      indicator: "F.1-1",
      year: 2018,
      value: 11,
      byUnit: {
        district: [
          { unit: "Centrum", value: 4 },
          { unit: "Norr", value: 7 },
        ],
      },
    };
    expect(check([o])).toEqual([]);
  });

  it("warns of a breakdown the indicator does not declare", () => {
    const o: Observation = { indicator: "F.1-1", year: 2018, value: 5, byUnit: { school: [{ unit: "Norrskolan", value: 5 }] } };
    expect(check([o])).toEqual([
      {
        code: "undeclared_breakdown",
        severity: "warning",
        path: ["observations", 0, "byUnit", "school"],
        indicator: "F.1-1",
        breakdown: "school",
        declared: ["sex", "district"],
      },
    ]);
    expect(messages([o], "sv")).toEqual([
      "Indikator F.1-1 redovisas inte per skola (breakdowns: kön, stadsdel); lägg till uppdelningen i planen.",
    ]);
    expect(messages([o], "en")).toEqual([
      "Indicator F.1-1 is not broken down by school (breakdowns: sex, district); add the breakdown to the plan.",
    ]);
  });

  it("refuses a unit not in the declared set, and a unit given twice", () => {
    const o: Observation = {
      indicator: "F.1-1",
      year: 2018,
      value: 9,
      byUnit: {
        district: [
          { unit: "Centrum", value: 4 },
          { unit: "Väster", value: 1 },
          { unit: "Centrum", value: 2 },
        ],
      },
    };
    expect(check([o])).toEqual([
      {
        code: "unknown_unit",
        severity: "error",
        path: ["observations", 0, "byUnit", "district", 1, "unit"],
        indicator: "F.1-1",
        breakdown: "district",
        unit: "Väster",
        expected: ["Centrum", "Norr", "Söder"],
      },
      {
        code: "duplicate_unit",
        severity: "error",
        path: ["observations", 0, "byUnit", "district", 2, "unit"],
        breakdown: "district",
        unit: "Centrum",
        firstPath: ["observations", 0, "byUnit", "district", 0, "unit"],
      },
    ]);
    expect(messages([o], "sv")).toEqual([
      '"Väster" finns inte bland indikator F.1-1s enheter per stadsdel: "Centrum", "Norr", "Söder".',
      '"Centrum" finns redan i uppdelningen per stadsdel (observations.0.byUnit.district.0.unit).',
    ]);
    expect(messages([o], "en")[0]).toBe('"Väster" is not one of indicator F.1-1\'s units by district: "Centrum", "Norr", "Söder".');
  });

  it("refuses parts of a count that add up to more than its total: 4 + 7 = 11 > 10", () => {
    const o: Observation = {
      indicator: "F.1-1",
      year: 2018,
      value: 10,
      byUnit: {
        district: [
          { unit: "Centrum", value: 4 },
          { unit: "Norr", value: 7 },
        ],
      },
    };
    expect(check([o])).toEqual([
      {
        code: "parts_above_total",
        severity: "error",
        path: ["observations", 0, "byUnit", "district"],
        breakdown: "district",
        field: "value",
        parts: 11,
        total: 10,
      },
    ]);
    expect(messages([o], "sv")).toEqual(["Värdena per stadsdel summerar till 11, mer än totalen 10 (värde)."]);
    expect(messages([o], "en")).toEqual(["The values by district add up to 11, more than the total 10 (value)."]);
  });

  it("keeps byUnit through reading and writing an observation file", () => {
    const set = {
      kind: "observation_set" as const,
      formatVersion: 1 as const,
      plan: "test-2017-2021",
      observations: [{ indicator: "F.1-1", year: 2018, value: 11, byUnit: { district: [{ unit: "Centrum", value: 4, x: "kept" }] } }],
    };
    const text = `${JSON.stringify(set, null, 2)}\n`;
    expect(serializeObservations(parseObservations(text))).toBe(text);
  });
});

describe("coverage of a declared set", () => {
  it("refuses more covered schools than the set has: 21 of 20", () => {
    const o: Observation = { indicator: "F.3-3", year: 2019, value: 21 };
    expect(check([o])).toEqual([
      { code: "coverage_above_total", severity: "error", path: ["observations", 0, "value"], value: 21, total: 20, of: "schools" },
    ]);
    expect(messages([o], "sv")).toEqual(["21 skolor är fler än de 20 som täckningen gäller."]);
    expect(messages([o], "en")).toEqual(["21 schools are more than the 20 the coverage is of."]);
  });

  it("passes all 20 schools, and takes the size of a set from its members", () => {
    expect(check([{ indicator: "F.3-3", year: 2019, value: 20 }])).toEqual([]);
    const listed = unitsPlan();
    const schools = listed.subGoals[0]?.areas?.[1]?.activities[0]?.followUp.indicators[2];
    if (schools === undefined) throw new Error("no F.3-3");
    schools.measure = { type: "coverage", of: "licensed_premises", members: ["Krogen", "Puben"] };
    expect(checkObservations(listed, [{ indicator: "F.3-3", year: 2019, value: 3 }], { lang: "en" })).toEqual([
      {
        code: "coverage_above_total",
        severity: "error",
        path: ["observations", 0, "value"],
        value: 3,
        total: 2,
        of: "licensed_premises",
        message: "3 licensed premises are more than the 2 the coverage is of.",
      },
    ]);
  });
});

describe("schoolYearChecks", () => {
  it("passes the school year that ends in the observation's year, or a term of it", () => {
    expect(
      check([
        { indicator: "F.2-1", year: 2019, period: { start: "2018-08", end: "2019-06" }, value: 4 },
        { indicator: "F.2-1", year: 2020, period: { start: "2020-01", end: "2020-06" }, value: 2 },
        { indicator: "F.2-1", year: 2021, value: 4 },
      ]),
    ).toEqual([]);
  });

  it("warns of a period that is not the school year ending in the year: autumn 2019 is school year 2019/20, 2020's", () => {
    const o: Observation = { indicator: "F.2-1", year: 2019, period: { start: "2019-08", end: "2020-06" }, value: 4 };
    expect(check([o])).toEqual([
      {
        code: "not_school_year",
        severity: "warning",
        path: ["observations", 0, "period"],
        indicator: "F.2-1",
        year: 2019,
        expected: { start: "2018-08", end: "2019-06" },
        received: { start: "2019-08", end: "2020-06" },
      },
    ]);
    expect(messages([o], "sv")).toEqual([
      "Indikator F.2-1 räknas per läsår: värdet för 2019 gäller läsåret 2018-08–2019-06, inte 2019-08–2020-06.",
    ]);
    expect(messages([o], "en")).toEqual([
      "Indicator F.2-1 is counted per school year: the value for 2019 is for the school year 2018-08–2019-06, not 2019-08–2020-06.",
    ]);
  });
});

describe("a coverage of a declared set listed by its members", () => {
  const listed = unitsPlan();
  const premises = listed.subGoals[0]?.areas?.[1]?.activities[0]?.followUp.indicators[2];
  if (premises === undefined) throw new Error("no F.3-3");
  premises.measure = { type: "coverage", of: "licensed_premises", members: ["Krogen", "Puben", "Baren"] };
  const bare = (observations: Observation[]): Bare[] =>
    checkObservations(listed, observations).map(({ message: _m, ...rest }) => rest as Bare);

  it("takes the members it reached under byUnit.unit without a declared breakdown, checked against its members", () => {
    expect(bare([{ indicator: "F.3-3", year: 2019, byUnit: { unit: [{ unit: "Krogen" }, { unit: "Puben" }] } }])).toEqual([]);
    expect(bare([{ indicator: "F.3-3", year: 2019, byUnit: { unit: [{ unit: "Krogen" }, { unit: "Hotellet" }] } }])).toEqual([
      {
        code: "unknown_unit",
        severity: "error",
        path: ["observations", 0, "byUnit", "unit", 1, "unit"],
        indicator: "F.3-3",
        breakdown: "unit",
        unit: "Hotellet",
        expected: ["Krogen", "Puben", "Baren"],
      },
    ]);
  });

  it("holds a list without a value to the set's size: 4 listed of 3", () => {
    const plan = unitsPlan();
    const schools = plan.subGoals[0]?.areas?.[1]?.activities[0]?.followUp.indicators[2];
    if (schools === undefined) throw new Error("no F.3-3");
    schools.measure = { type: "coverage", of: "schools", total: 3 };
    const four = ["A", "B", "C", "D"].map((unit) => ({ unit }));
    expect(
      checkObservations(plan, [{ indicator: "F.3-3", year: 2019, byUnit: { school: four } }]).map(({ message: _m, ...rest }) => rest),
    ).toEqual([
      { code: "coverage_above_total", severity: "error", path: ["observations", 0, "byUnit", "school"], value: 4, total: 3, of: "schools" },
    ]);
  });
});

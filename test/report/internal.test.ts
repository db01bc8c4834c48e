import { describe, expect, it } from "vitest";
import type { IndicatorEvaluation, IndicatorYear, PlanEvaluation, Status } from "../../src/index.js";
import { OptionError, ReportError, STATUSES } from "../../src/index.js";
import { breakdownOf, changeTexts, type ReportContext, reportLang, reportYear, suppressionThreshold } from "../../src/report/internal.js";
import { reportLabels } from "../../src/report/messages.js";
import { thrown } from "../support/errors.js";
import { sampleEvaluation } from "../support/evaluation.js";

const sv: ReportContext = { lang: "sv", labels: reportLabels("sv"), year: 2019 };
const en: ReportContext = { lang: "en", labels: reportLabels("en"), year: 2019 };

const indicator = (id: string): IndicatorEvaluation => {
  const found = sampleEvaluation()
    .subGoals.flatMap((g) => g.areas.flatMap((a) => a.activities.flatMap((x) => x.indicators)))
    .find((i) => i.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const yearOfIndicator = (ind: IndicatorEvaluation, year: number): IndicatorYear => ind.years.find((y) => y.year === year) as IndicatorYear;

function allNotYetDue(e: PlanEvaluation): PlanEvaluation {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, s === "not_yet_due" ? 7 : 0])) as Record<Status, number>;
  return {
    ...e,
    summary: e.years.map((year) => ({ year, counts, shares: counts, total: 7 })),
    coverage: e.years.map((year) => ({ year, expected: 0, reported: 0 })),
  };
}

describe("reportYear", () => {
  it("defaults to the latest year in which some activity is more than not yet due", () => {
    expect(reportYear(sampleEvaluation(), undefined, "sv")).toBe(2019);
  });

  it("takes the latest year with a reported value over a later year that ended without data (issue 14, case 14)", () => {
    // 2020 has ended for every activity (none is not yet due) but nothing was reported in it; 2019 has 7 values.
    const e = sampleEvaluation();
    const ended = {
      ...e,
      summary: e.summary.map((s) => (s.year === 2020 ? { ...s, counts: { ...s.counts, not_yet_due: 0, missing: s.total } } : s)),
    };
    expect(ended.coverage.map((c) => [c.year, c.reported])).toEqual([
      [2018, 8],
      [2019, 7],
      [2020, 0],
    ]);
    expect(reportYear(ended, undefined, "sv")).toBe(2019);
  });

  it("takes the first year when nothing is due yet", () => {
    expect(reportYear(allNotYetDue(sampleEvaluation()), undefined, "sv")).toBe(2018);
  });

  it("takes a given year that is evaluated, even one not yet due", () => {
    expect(reportYear(sampleEvaluation(), 2020, "sv")).toBe(2020);
  });

  it("refuses a year that is not evaluated, in the language asked for", () => {
    const sv = thrown(ReportError, () => reportYear(sampleEvaluation(), 2030, "sv"));
    expect([sv.code, sv.path, sv.details]).toEqual(["unknown_year", ["year"], { year: 2030, years: [2018, 2019, 2020] }]);
    expect(sv.message).toBe("År 2030 finns inte i utvärderingen (år: 2018, 2019, 2020).");
    expect(thrown(ReportError, () => reportYear(sampleEvaluation(), 2030, "en")).message).toBe(
      "The year 2030 is not in the evaluation (years: 2018, 2019, 2020).",
    );
  });

  it("refuses an evaluation of no years", () => {
    const error = thrown(ReportError, () => reportYear({ ...sampleEvaluation(), years: [] }, undefined, "en"));
    expect([error.code, error.path, error.message]).toEqual([
      "no_years",
      [],
      "The evaluation covers no years, so there is nothing to report.",
    ]);
  });
});

describe("reportLang", () => {
  it("takes the language asked for, else the evaluation's", () => {
    expect(reportLang(sampleEvaluation(), "en")).toBe("en");
    expect(reportLang(sampleEvaluation(), undefined)).toBe("sv");
    expect(reportLang({ ...sampleEvaluation(), lang: "en" }, undefined)).toBe("en");
  });

  it("refuses another language, as every function of the library does", () => {
    const error = thrown(OptionError, () => reportLang(sampleEvaluation(), "de"));
    expect([error.code, error.path, error.message]).toEqual(["invalid_lang", ["lang"], 'Språket ska vara "sv" eller "en", inte "de".']);
  });
});

describe("suppressionThreshold", () => {
  it("defaults to 5 and takes a whole number from 1", () => {
    expect(suppressionThreshold(undefined, "sv")).toBe(5);
    expect(suppressionThreshold(1, "sv")).toBe(1);
    expect(suppressionThreshold(10, "sv")).toBe(10);
  });

  it.each([0, -1, 2.5, Number.NaN, "5"])("refuses %s", (value) => {
    const error = thrown(ReportError, () => suppressionThreshold(value, "sv"));
    expect([error.code, error.path]).toEqual(["invalid_threshold", ["suppressBelow"]]);
  });
});

describe("changeTexts", () => {
  it("gives a count's change with its relative change and direction", () => {
    const ind = indicator("1.3-1");
    expect(changeTexts(ind, yearOfIndicator(ind, 2019), sv)).toEqual([
      { amount: "\u22125 (\u221263 %)", note: "mot föregående år, försämring" },
    ]);
  });

  it("gives a share's changes in percentage points, from the previous year and from the baseline", () => {
    const ind = indicator("2.4-1");
    expect(changeTexts(ind, yearOfIndicator(ind, 2019), en)).toEqual([
      { amount: "+10 percentage points", note: "from the previous year, improved" },
      { amount: "+15 percentage points", note: "from the 2017 baseline, improved" },
    ]);
  });

  it("gives a per cent's change in percentage points, never a per cent of a per cent", () => {
    const ind: IndicatorEvaluation = { ...indicator("1.3-1"), measure: { type: "percent", higherIsBetter: false } };
    // 12 % → 8 %: −4 points (not −33 %).
    const iy: IndicatorYear = {
      ...yearOfIndicator(ind, 2019),
      fromPrevious: { from: 12, fromYear: 2018, to: 8, difference: -4, relative: -4 / 12, direction: "improved" },
    };
    expect(changeTexts(ind, iy, sv)[0]).toEqual({ amount: "\u22124 procentenheter", note: "mot föregående år, förbättring" });
    expect(changeTexts(ind, iy, en)[0]).toEqual({ amount: "-4 percentage points", note: "from the previous year, improved" });
  });

  it("names the year of the earlier value when it is not the year before (issue 14, case 13)", () => {
    const ind = indicator("1.3-1");
    // 2019 compared with 2017 (2018 had no value): 8 → 3 is −5, −5 ÷ 8 = −62.5 %, printed −63 %.
    const iy: IndicatorYear = {
      ...yearOfIndicator(ind, 2019),
      fromPrevious: { from: 8, fromYear: 2017, to: 3, difference: -5, relative: -5 / 8, direction: "worsened" },
    };
    expect(changeTexts(ind, iy, sv)).toEqual([{ amount: "\u22125 (\u221263 %)", note: "mot 2017, försämring" }]);
    expect(changeTexts(ind, iy, en)).toEqual([{ amount: "-5 (-63%)", note: "from 2017, worsened" }]);
  });
});

describe("breakdownOf", () => {
  const withBySex = (ind: IndicatorEvaluation, bySex: IndicatorYear["bySex"]): IndicatorYear => ({
    ...yearOfIndicator(ind, 2019),
    bySex,
  });

  it("suppresses a count below the threshold, and the cell that would give it away", () => {
    const ind = indicator("1.1-1");
    expect(breakdownOf(ind, yearOfIndicator(ind, 2019), 5, sv)).toEqual({
      cells: [
        { label: "kvinnor", text: ".." },
        { label: "män", text: ".." },
      ],
      suppressed: true,
      withheld: false,
    });
  });

  it("publishes the same counts under a lower threshold", () => {
    const ind = indicator("1.1-1");
    expect(breakdownOf(ind, yearOfIndicator(ind, 2019), 3, en)?.cells).toEqual([
      { label: "women", text: "4", value: 4 },
      { label: "men", text: "41", value: 41 },
    ]);
  });

  it("names cells by age band and formats large counts", () => {
    const ind = indicator("1.1-1");
    const iy = withBySex(ind, {
      cells: [
        { sex: "female", age: "children", value: 1200 },
        { sex: "male", age: "children", value: 900 },
      ],
    });
    expect(breakdownOf(ind, iy, 5, sv)).toEqual({
      cells: [
        { label: "flickor", text: "1\u00a0200", value: 1200 },
        { label: "pojkar", text: "900", value: 900 },
      ],
      suppressed: false,
      withheld: false,
    });
  });

  it("names the cells of the observation's own age bands, each by its band, and protects the small ones", () => {
    const ind = indicator("1.1-1");
    const ageGroups = [
      { id: "0-17", from: 0, to: 17 },
      { id: "18-29", from: 18, to: 29 },
      { id: "30+", from: 30 },
    ];
    const values = { female: [9, 4, 57], male: [10, 10, 2] };
    const cells = (["female", "male"] as const).flatMap((sex) =>
      ageGroups.map((g, a) => ({ sex, age: g.id, value: values[sex][a] as number })),
    );
    // docs/gender.md's worked example: the 4 and the 2 are protected by the rectangle 4, 57 / 10, 2.
    expect(breakdownOf(ind, withBySex(ind, { cells, ageGroups }), 5, sv)).toEqual({
      cells: [
        { label: "flickor", text: "9", value: 9 },
        { label: "kvinnor 18–29 år", text: ".." },
        { label: "kvinnor 30 år och äldre", text: ".." },
        { label: "pojkar", text: "10", value: 10 },
        { label: "män 18–29 år", text: ".." },
        { label: "män 30 år och äldre", text: ".." },
      ],
      suppressed: true,
      withheld: false,
    });
    expect(breakdownOf(ind, withBySex(ind, { cells, ageGroups }), 5, en)?.cells.map((c) => c.label)).toEqual([
      "girls",
      "women aged 18–29",
      "women aged 30 and over",
      "boys",
      "men aged 18–29",
      "men aged 30 and over",
    ]);
  });

  it("shows a share's breakdown as percentages, with no suppression of small shares", () => {
    const ind = indicator("2.4-1");
    const iy = withBySex(ind, {
      cells: [
        { sex: "female", value: 0.04 },
        { sex: "male", value: 0.755 },
      ],
    });
    expect(breakdownOf(ind, iy, 5, sv)?.cells).toEqual([
      { label: "kvinnor", text: "4 %", value: 4 },
      { label: "män", text: "75,5 %", value: 75.5 },
    ]);
  });

  it("shows a per cent's breakdown with its sign, per cents of each sex's own group never hidden (issue 14, case 9)", () => {
    const ind: IndicatorEvaluation = { ...indicator("1.1-1"), measure: { type: "percent" } };
    const iy = {
      ...withBySex(ind, {
        cells: [
          { sex: "female", value: 3 },
          { sex: "male", value: 12.5 },
        ],
      }),
      value: 8,
    };
    expect(breakdownOf(ind, iy, 5, sv)).toEqual({
      cells: [
        { label: "kvinnor", text: "3 %", value: 3 },
        { label: "män", text: "12,5 %", value: 12.5 },
      ],
      suppressed: false,
      withheld: false,
    });
    expect(breakdownOf(ind, iy, 5, en)?.cells.map((c) => c.text)).toEqual(["3%", "12.5%"]);
  });

  it("without a measure, takes cells for counts only when whole and not above the value they break down", () => {
    const { measure: _measure, ...untyped } = indicator("1.1-1");
    const cells = [
      { sex: "female" as const, value: 3 },
      { sex: "male" as const, value: 12 },
    ];
    const observed = (value: number): IndicatorYear => ({
      ...withBySex(untyped, { cells }),
      observations: [{ indicator: "1.1-1", year: 2019, value, bySex: { cells } }],
    });
    // 3 + 12 = 15 > 8: not counts of 8, printed as they are.
    expect(breakdownOf(untyped, observed(8), 5, sv)?.cells.map((c) => c.text)).toEqual(["3", "12"]);
    // 3 + 12 = 15 ≤ 15: counts, and 3 < 5 is hidden with the cell that would give it away.
    expect(breakdownOf(untyped, observed(15), 5, sv)?.cells.map((c) => c.text)).toEqual(["..", ".."]);
  });

  it("withholds a breakdown that the gender toolkit refuses, rather than print it unprotected", () => {
    const ind = indicator("1.1-1");
    const lone = withBySex(ind, { cells: [{ sex: "female", value: 3 }] });
    const unknownBand = withBySex(ind, { cells: [{ sex: "female", age: "x", value: 30 }] });
    for (const iy of [lone, unknownBand]) {
      expect(breakdownOf(ind, iy, 5, sv)).toEqual({ cells: [], suppressed: false, withheld: true });
    }
  });

  it("has nothing to show without a breakdown", () => {
    const ind = indicator("1.3-1");
    expect(breakdownOf(ind, yearOfIndicator(ind, 2019), 5, sv)).toBeUndefined();
  });
});

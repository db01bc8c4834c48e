/**
 * Laws of evaluations and reports on generated plans with hostile texts and extreme values: every number is finite,
 * the HTML and Markdown reports carry no markup, URL or network reference from input text as markup, and every
 * CSV cell a spreadsheet would read as a formula is guarded.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { evaluatePlan, type Observation, type Plan, reportCsv, reportHtml, reportJson, reportMarkdown } from "../../src/index.js";
import { hostileStrings, indicatorIds, regionalPlans } from "../support/arbitraries.js";

/** A generated plan whose title, sub-goal, area and activity texts are hostile strings. */
const hostilePlans: fc.Arbitrary<Plan> = fc
  .tuple(regionalPlans(), fc.array(hostileStrings, { minLength: 4, maxLength: 4 }))
  .map(([plan, [title, goal, area, text]]) => ({
    ...plan,
    title: `${title} plan`,
    subGoals: plan.subGoals.map((g) => ({
      ...g,
      text: `${goal} ${g.text}`,
      ...(g.areas === undefined
        ? { activities: g.activities!.map((a) => ({ ...a, text: `${text}` || "x" })) }
        : {
            areas: g.areas.map((a) => ({
              ...a,
              title: `${area} ${a.title}`,
              activities: a.activities.map((x) => ({ ...x, text: `${text}` || "x" })),
            })),
          }),
    })),
  }));

/** Observations of a plan's indicators with extreme values (the largest and smallest doubles) and hostile comments. */
const extremeObservations = (plan: Plan): fc.Arbitrary<Observation[]> =>
  fc.array(
    fc.record(
      {
        indicator: fc.constantFrom(...indicatorIds(plan)),
        year: fc.integer({ min: 2017, max: 2021 }),
        value: fc.constantFrom(0, 1, 7, 1e308, 1.7976931348623157e308, 5e-324, 1e-300, 123456789.5),
        comment: hostileStrings,
        source: hostileStrings,
      },
      { requiredKeys: ["indicator", "year", "value"] },
    ),
    { maxLength: 8 },
  );

const scenarios = hostilePlans.chain((plan) =>
  fc.record({ plan: fc.constant(plan), observations: extremeObservations(plan), lang: fc.constantFrom("sv" as const, "en" as const) }),
);

/** Every number in a value, with its path. */
function numbers(value: unknown, path = "", out: [string, number][] = []): [string, number][] {
  if (typeof value === "number") out.push([path, value]);
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  return out;
}

// What a spreadsheet runs as a formula (OWASP CSV injection, with LibreOffice's leading white space and the
// full-width and small forms): written here from the spreadsheets' behaviour, not taken from the code under test.
const FORMULA = /^(?:[\t\r\n]|\s*[=+\-@＝＋－＠﹦﹢﹣])/u;
// A number the report writes itself: a plain decimal, with a point or (Swedish) a comma.
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Elements that run code or load a resource (the report's own inline SVG charts load nothing). */
const ACTIVE_ELEMENTS = new Set([
  "script",
  "img",
  "iframe",
  "object",
  "embed",
  "link",
  "base",
  "form",
  "video",
  "audio",
  "source",
  "use",
  "image",
  "foreignobject",
]);
/** Attributes that load a resource or navigate. */
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "poster", "background", "xlink:href", "ping"]);

/**
 * What in an HTML text would run code or reach the network: an active element, an event handler attribute, a
 * URL attribute other than an anchor in the page, a style sheet that loads (`url(`, `@import`). Attribute values
 * are read as the report writes them, in double quotes with `"` escaped, so input text cannot end one early.
 */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, name = "", attributes = ""] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (ACTIVE_ELEMENTS.has(name.toLowerCase())) problems.push(tag);
    for (const [, attribute = "", value = ""] of attributes.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith("on") || (URL_ATTRIBUTES.has(lower) && !value.startsWith("#"))) problems.push(tag);
    }
  }
  if (/url\(|@import/i.test(html)) problems.push("a style sheet that loads");
  return problems;
}

describe("evaluations and reports of hostile plans with extreme values", () => {
  test("every number of the evaluation is finite, and so every number of the JSON report", () => {
    fc.assert(
      fc.property(scenarios, ({ plan, observations, lang }) => {
        const evaluation = evaluatePlan(plan, observations, { asOf: "2022-06-01", lang });
        expect(numbers(evaluation).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
        expect(reportJson(evaluation)).not.toMatch(/Infinity|NaN/);
      }),
      { numRuns: 60 },
    );
  });

  test("the HTML and Markdown reports carry no markup, URL or network reference from input text", () => {
    fc.assert(
      fc.property(scenarios, ({ plan, observations, lang }) => {
        const evaluation = evaluatePlan(plan, observations, { asOf: "2022-06-01", lang });
        const html = reportHtml(evaluation);
        expect(markupProblems(html)).toEqual([]);
        expect(html).not.toMatch(/Infinity|NaN/);
        const markdown = reportMarkdown(evaluation);
        // Markdown shows `\<` and `\]` as text: only an unescaped tag or link is markup (but the report's own
        // line breaks in table cells, `<br>`).
        const markup = [...markdown.matchAll(/(?<!\\)<(?!br>)[a-z/!]|(?<!\\)\]\(|Infinity|NaN/gi)];
        expect(markup.map((m) => markdown.slice(m.index - 30, m.index + 30))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test("every CSV cell a spreadsheet would read as a formula is guarded with a leading '", () => {
    fc.assert(
      fc.property(scenarios, fc.constantFrom(";" as const, "," as const), ({ plan, observations, lang }, delimiter) => {
        const evaluation = evaluatePlan(plan, observations, { asOf: "2022-06-01", lang });
        const csv = reportCsv(evaluation, { delimiter });
        const rows = Papa.parse<string[]>(csv, { delimiter }).data;
        const unguarded = rows.flat().filter((cell) => FORMULA.test(cell) && !PLAIN_NUMBER.test(cell));
        expect(unguarded).toEqual([]);
        expect(csv).not.toMatch(/Infinity|NaN|e\+\d/);
      }),
      { numRuns: 60 },
    );
  });
});

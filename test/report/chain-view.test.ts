import { describe, expect, it } from "vitest";
import type { ChainView } from "../../src/index.js";
import { chainViewCsv, chainViewHtml, chainViewJson, chainViewMarkdown } from "../../src/index.js";
import { deepFreeze } from "../support/plans.js";

/** A small view by hand: two sub-goals, two municipalities, one of them with a plan taking up sub-goal 1. */
const view: ChainView = deepFreeze({
  plan: { id: "kronoberg-2017-2021", title: "Regional plan", countyCode: "07" },
  subGoals: [
    { code: "F", text: "Förutsättningar.", followedBy: [] },
    { code: "1", text: "Tillgång.", followedBy: ["0780"] },
  ],
  municipalities: [
    { municipalityCode: "0760", name: "Uppvidinge", plans: [] },
    {
      municipalityCode: "0780",
      name: "Växjö",
      plans: [{ id: "vaxjo", title: "=Växjös plan", subGoals: ["1"], areas: ["1-a", "1-b"], activities: ["1.1"] }],
    },
  ],
  withoutPlan: ["0760"],
  notFollowed: ["F"],
});

describe("chainViewMarkdown", () => {
  it("writes the municipality × sub-goal matrix and the two lists, in Swedish by default", () => {
    expect(chainViewMarkdown(view)).toBe(
      [
        "# Kedjan: Regional plan (kronoberg-2017-2021)",
        "",
        "| Kommun | Lokal plan | F | 1 | Områden | Aktiviteter |",
        "| --- | --- | --- | --- | --- | --- |",
        "| Uppvidinge | ingen lokal plan |  |  |  |  |",
        "| Växjö | =Växjös plan (vaxjo) |  | ✓ | 1-a, 1-b | 1.1 |",
        "",
        "Kommuner utan lokal plan: Uppvidinge",
        "",
        "Delmål som ingen kommun följer: F",
        "",
      ].join("\n"),
    );
  });

  it("writes English labels on request", () => {
    const markdown = chainViewMarkdown(view, { lang: "en" });
    expect(markdown.split("\n").slice(0, 3)).toEqual([
      "# The chain: Regional plan (kronoberg-2017-2021)",
      "",
      "| Municipality | Local plan | F | 1 | Areas | Activities |",
    ]);
    expect(markdown).toContain("Sub-goals no municipality follows: F\n");
  });
});

describe("chainViewCsv", () => {
  it("writes one row per municipality and plan, `;`-separated in Swedish, with the formula guard", () => {
    expect(chainViewCsv(view)).toBe(
      "\uFEFFKommunkod;Kommun;Planens id;Lokal plan;Delmål;Områden;Aktiviteter\r\n" +
        "0760;Uppvidinge;;;;;\r\n" +
        "0780;Växjö;vaxjo;'=Växjös plan;1;1-a 1-b;1.1\r\n",
    );
    expect(chainViewCsv(view, { lang: "en" }).split("\r\n")[0]).toBe(
      "\uFEFFMunicipality code,Municipality,Plan id,Local plan,Sub-goals,Areas,Activities",
    );
  });
});

describe("chainViewJson", () => {
  it("writes stable JSON that parses back to the view", () => {
    const json = chainViewJson(view);
    expect(JSON.parse(json)).toEqual(view);
    expect(json.startsWith('{\n  "municipalities": [')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
  });
});

describe("chainViewHtml", () => {
  it("writes a self-contained page with the matrix as a table, escaping plan text", () => {
    const page = chainViewHtml({ ...view, plan: { ...view.plan, title: "Plan <b>" } }, { lang: "en" });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(page).toContain("<h1>The chain: Plan &lt;b&gt; (kronoberg-2017-2021)</h1>");
    expect(page).toContain("<caption>Which regional sub-goals each municipality&#39;s local plan follows</caption>");
    expect(page).toContain('<th scope="col" title="Förutsättningar.">F</th><th scope="col" title="Tillgång.">1</th>');
    expect(page).toContain('<tr><th scope="row">Uppvidinge</th><td>no local plan</td><td></td><td></td><td></td><td></td></tr>');
    expect(page).toContain(
      '<tr><th scope="row">Växjö</th><td>=Växjös plan (vaxjo)</td><td></td><td><span aria-hidden="true">✓</span><span class="visually-hidden">Växjö follows sub-goal 1</span></td><td>1-a, 1-b</td><td>1.1</td></tr>',
    );
    expect(page).toContain("<p>Municipalities without a local plan: Uppvidinge</p>\n<p>Sub-goals no municipality follows: F</p>");
    expect(page).not.toContain("<script");
  });
});

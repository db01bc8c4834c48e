import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { reportHtml } from "../../src/index.js";
import { inChromium } from "../support/browser.js";
import { sampleEvaluation } from "../support/evaluation.js";
import { repoRoot } from "../support/plans.js";

// The report is served from a name that cannot resolve, through page.route: every request is seen, none leaves.
const DOCUMENT = "http://andt-plan.invalid/report.html";
const artifacts = resolve(repoRoot, "test-artifacts");

describe("reportHtml in a browser", () => {
  it("loads nothing, logs no error, and has the headings, tables and charts", async (ctx) => {
    const html = reportHtml(sampleEvaluation());
    await inChromium(html, DOCUMENT, ctx, async (page, { requests, errors }) => {
      expect(await page.locator("h1").allTextContents()).toEqual(["Regional handlingsplan ANDT 2018–2020 <Testlän>"]);
      expect(await page.locator("h2").allTextContents()).toEqual(["Översikt", "Delmål 1: Tillgång", "Delmål 2", "Saknas"]);
      expect(await page.locator("table").count()).toBe(5);
      expect(await page.locator("table > caption").allTextContents()).toEqual([
        "En effektiv och samordnad alkohol- och tobakstillsyn",
        "En effektiv brottsbekämpning av illegal handel",
        "Föräldraskapsstöd",
        "Drogfria miljöer | skola & fritid",
        "Värden som saknas 2019",
      ]);
      const areaHeaders = ["Kod", "Aktivitet och indikatorer", "Status", "Motivering", "Värde", "Mål", "Förändring"];
      for (let i = 0; i < 4; i++) {
        expect(await page.locator("table").nth(i).locator('thead th[scope="col"]').allTextContents()).toEqual(areaHeaders);
      }
      expect(await page.locator("table").nth(4).locator('thead th[scope="col"]').allTextContents()).toEqual([
        "Aktivitet",
        "Indikator",
        "Uppföljning",
      ]);

      const charts = await page.locator("svg").evaluateAll((svgs) =>
        svgs.map((svg) => {
          const ids = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
          return {
            role: svg.getAttribute("role"),
            title: svg.querySelector(":scope > title")?.textContent ?? "",
            labelledBy: ids.map((id) => document.getElementById(id)?.textContent ?? null),
            width: svg.getBoundingClientRect().width,
          };
        }),
      );
      expect(charts).toHaveLength(5);
      for (const chart of charts) {
        expect(chart.role).toBe("img");
        expect(chart.title).not.toBe("");
        expect(chart.labelledBy[0]).toBe(chart.title);
        expect(chart.labelledBy[1]).toMatch(/\S/u);
        expect(chart.width).toBeGreaterThan(100);
      }
      // The comment with markup stays text: no element was made from it.
      expect(await page.locator("script").count()).toBe(0);
      expect(await page.getByText('se <script>alert("x")</script> | protokoll', { exact: false }).count()).toBe(1);

      mkdirSync(artifacts, { recursive: true });
      writeFileSync(resolve(artifacts, "report.html"), html);
      await page.screenshot({ path: resolve(artifacts, "report.png"), fullPage: true });

      expect(errors).toEqual([]);
      expect(requests).toEqual([DOCUMENT]);
    });
  });
});

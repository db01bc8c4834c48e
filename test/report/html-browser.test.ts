import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { reportHtml } from "../../src/index.js";
import { sampleEvaluation } from "../support/evaluation.js";
import { repoRoot } from "../support/plans.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// The report is served from a name that cannot resolve, through page.route: every request is seen, none leaves.
const DOCUMENT = "http://andt-plan.invalid/report.html";
const artifacts = resolve(repoRoot, "test-artifacts");

describe("reportHtml in a browser", () => {
  it("loads nothing, logs no error, and has the headings, tables and charts", async (ctx) => {
    if (!existsSync(CHROMIUM)) {
      // On CI a missing browser is a broken machine, not a reason to pass.
      if (process.env["CI"] === "true") throw new Error(`${CHROMIUM} is missing; install Debian's chromium package.`);
      ctx.skip(`${CHROMIUM} is missing; install Debian's chromium package to run this test.`);
    }
    const html = reportHtml(sampleEvaluation());
    // Playwright's own 30 s limits (launch, navigation, each locator and the screenshot) are off: a loaded machine
    // can take longer to start chromium, and vitest's limit (vitest.config.ts) already names a hang.
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 0 });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(0);
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.route("**/*", (route) =>
        route.request().url() === DOCUMENT
          ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html })
          : route.abort(),
      );
      await page.goto(DOCUMENT, { waitUntil: "load" });

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
    } finally {
      await browser.close();
    }
  });
});

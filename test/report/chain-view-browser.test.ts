import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { chainView, chainViewHtml } from "../../src/index.js";
import { inChromium } from "../support/browser.js";
import { inventedLocalPlan, repoRoot } from "../support/plans.js";

// Served from a name that cannot resolve, through page.route: every request is seen, none leaves.
const DOCUMENT = "http://andt-plan.invalid/kedjan.html";
const artifacts = resolve(repoRoot, "test-artifacts");

describe("chainViewHtml in a browser", () => {
  it("shows Kronoberg's municipality × sub-goal matrix for two invented local plans, loading nothing and logging no error", async (ctx) => {
    const locals = [inventedLocalPlan("vaxjo-2018-2020", "Växjö", "0780"), inventedLocalPlan("ljungby-2018-2020", "Ljungby", "0781")];
    const html = chainViewHtml(chainView(kronoberg2017, locals));
    await inChromium(html, DOCUMENT, ctx, async (page, { requests, errors }) => {
      expect(await page.locator("h1").allTextContents()).toEqual(["Kedjan: Regional handlingsplan ANDT 2017–2021 (kronoberg-2017-2021)"]);
      const table = page.locator("table");
      expect(await table.count()).toBe(1);
      expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual([
        "Kommun",
        "Lokal plan",
        "F",
        "1",
        "2",
        "3",
        "4",
        "5",
        "Områden",
        "Aktiviteter",
      ]);
      // Kronoberg's eight municipalities, one row each; Växjö and Ljungby take up sub-goal 1, area 1-a and 1.1.
      const rows = await table
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.children).map((cell) => (cell.querySelector(".visually-hidden") ? "✓" : (cell.textContent ?? "")))),
        );
      expect(rows).toEqual([
        ["Uppvidinge", "ingen lokal plan", "", "", "", "", "", "", "", ""],
        ["Lessebo", "ingen lokal plan", "", "", "", "", "", "", "", ""],
        ["Tingsryd", "ingen lokal plan", "", "", "", "", "", "", "", ""],
        ["Alvesta", "ingen lokal plan", "", "", "", "", "", "", "", ""],
        ["Älmhult", "ingen lokal plan", "", "", "", "", "", "", "", ""],
        ["Markaryd", "ingen lokal plan", "", "", "", "", "", "", "", ""],
        ["Växjö", "Växjös ANDT-plan 2018–2020 (påhittad) (vaxjo-2018-2020)", "", "✓", "", "", "", "", "1-a", "1.1"],
        ["Ljungby", "Ljungbys ANDT-plan 2018–2020 (påhittad) (ljungby-2018-2020)", "", "✓", "", "", "", "", "1-a", "1.1"],
      ]);
      // The visually hidden text says what the tick means to a screen reader, and takes no room on screen.
      const hidden = page.locator(".visually-hidden").first();
      expect(await hidden.textContent()).toBe("Växjö följer delmål 1");
      expect((await hidden.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
      expect(await page.locator("p").allTextContents()).toEqual([
        "Kommuner utan lokal plan: Uppvidinge, Lessebo, Tingsryd, Alvesta, Älmhult, Markaryd",
        "Delmål som ingen kommun följer: F, 2, 3, 4, 5",
      ]);

      mkdirSync(artifacts, { recursive: true });
      writeFileSync(resolve(artifacts, "chain-view.html"), html);
      await page.screenshot({ path: resolve(artifacts, "chain-view.png"), fullPage: true });

      expect(errors).toEqual([]);
      expect(requests).toEqual([DOCUMENT]);
    });
  });
});

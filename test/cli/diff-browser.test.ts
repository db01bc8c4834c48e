import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { moveActivity, serializePlan, updateActivity } from "../../src/index.js";
import { inChromium } from "../support/browser.js";

// Served from a name that cannot resolve, through page.route: every request is seen, none leaves.
const DOCUMENT = "http://andt-plan.invalid/diff.html";

describe("andt-plan diff --format html in a browser", () => {
  it("loads nothing, logs no error, and shows one row per change", async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), "andt-plan-diff-html-"));
    const revised = updateActivity(moveActivity(kronoberg2017, { code: "F.12", toArea: "f-a", index: 0, renumber: false }).plan, {
      code: "2.3",
      changes: { responsible: { text: "Region <Kronoberg>", actors: ["region-kronoberg"] } },
    }).plan;
    const before = join(dir, "old.json");
    const after = join(dir, "new.json");
    writeFileSync(before, serializePlan(kronoberg2017));
    writeFileSync(after, serializePlan(revised));
    let html = "";
    expect(await runCli(["diff", before, after, "--format", "html"], { out: (t) => (html += t), err: () => {} })).toBe(1);

    await inChromium(html, DOCUMENT, ctx, async (page, { requests, errors }) => {
      expect(await page.locator("h1").allTextContents()).toEqual([`Skillnader mellan ${before} och ${after}`]);
      expect(await page.locator("thead th").allTextContents()).toEqual(["Ändring", "Sammanfattning", "Sökväg före", "Sökväg efter"]);
      // By hand: F.12 moved to the front of f-a (codes kept), and 2.3's responsibility changed: two rows.
      expect(await page.locator("tbody tr td:nth-child(2)").allTextContents()).toEqual([
        "Aktivitet F.12: flyttad från område för samhandling f-b till område för samhandling f-a",
        "Aktivitet 2.3: ansvar ändrat från Länsstyrelsen, Region Kronoberg och Polismyndigheten (Beredningsgruppen) till Region <Kronoberg>",
      ]);
      expect([requests, errors]).toEqual([[DOCUMENT], []]);
    });
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planSummary } from "../../src/cli/demo.js";
import { runCli } from "../../src/cli/run.js";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { minimalPlan } from "../support/plans.js";

describe("planSummary", () => {
  it("sums up a plan in Swedish with exact counts", () => {
    expect(planSummary(minimalPlan())).toBe(
      [
        "Testplan",
        "Period: 2017–2021",
        "Ägare: Testägare",
        "",
        "Delmål:",
        "  F: 2 områden för samhandling, 3 aktiviteter",
        "      Förutsättningar.",
        "  1: 1 områden för samhandling, 1 aktiviteter",
        "      Tillgången ska minska.",
        "",
        "Totalt: 2 delmål, 3 områden för samhandling, 4 aktiviteter",
        "",
        "Ansvariga aktörer (antal aktiviteter):",
        "  Länsstyrelsen: 4",
        "",
      ].join("\n"),
    );
  });
});

describe("planSummary of a plan without a single owner", () => {
  const ownerLine = (plan: ReturnType<typeof minimalPlan>, lang: "sv" | "en") => planSummary(plan, lang).split("\n")[2];

  it("names the owner's actor, or the principals of a joint plan, and never prints undefined", () => {
    const plan = minimalPlan();
    plan.actors.push({ kind: "organisation", id: "region", name: "Region Kronoberg", type: "region" });
    plan.owner = { actor: "region", principals: [] };
    expect(ownerLine(plan, "sv")).toBe("Ägare: Region Kronoberg");
    plan.owner = { principals: ["lst", "region", "polisen"] };
    expect(ownerLine(plan, "sv")).toBe("Ägare: gemensam plan för Länsstyrelsen, Region Kronoberg och polisen");
    expect(ownerLine(plan, "en")).toBe("Owner: joint plan of Länsstyrelsen, Region Kronoberg and polisen");
    plan.owner = { principals: [] };
    expect([ownerLine(plan, "sv"), ownerLine(plan, "en")]).toEqual(["Ägare: ej angiven", "Owner: not given"]);
  });
});

describe("andt-plan demo", () => {
  it("summarises and validates the Kronoberg plan, evaluates the invented observations and writes the HTML report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "andt-demo-"));
    const file = join(dir, "sub", "rapport.html");
    let out = "";
    const code = await runCli(["demo", "--out", file], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    expect(out.startsWith(planSummary(kronoberg2017))).toBe(true);
    expect(out).toContain("Totalt: 6 delmål, 12 områden för samhandling, 58 aktiviteter");
    expect(out).toContain(
      "Ansvariga aktörer (antal aktiviteter):\n  Beredningsgruppen: 33\n  Länsstyrelsen i Kronobergs län: 14\n  Region Kronoberg: 7\n  Polismyndigheten: 4\n  Samrådsgruppen: 1\n",
    );
    expect(out.slice(planSummary(kronoberg2017).length)).toBe(
      [
        "",
        "Validering mot ANDT 2016–2020 och 2011–2015: 0 fel, 10 varningar, 5 info",
        "",
        "Uppföljning 2019 (påhittade exempeldata, per 2020-03-31):",
        "  Aktiviteter: 6 uppfyllda, 1 delvis uppfylld, 1 ej uppfylld, 38 redovisade utan bedömning, 10 saknas, 2 utan krav i år",
        "  Rapporterat: 78 av 90 väntade värden",
        "",
        `Rapporten är skriven till ${file}`,
        "",
      ].join("\n"),
    );
    const html = readFileSync(file, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Uppföljning 2019");
  });

  it("refuses extra arguments with exit 2", async () => {
    let err = "";
    const code = await runCli(["demo", "x"], { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(
      /^andt-plan demo: argumenten kan inte läsas: .*'x'.*\nUsage: andt-plan demo \[--out <file>\] \[--lang sv\|en\]\n$/s,
    );
  });

  it("issue 17: tells on one line, with exit 2, that --out is a directory or lies under a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "andt-demo-"));
    writeFileSync(join(dir, "fil"), "x");
    for (const [out, why] of [
      [dir, "it is a directory (EISDIR)"],
      [join(dir, "fil", "rapport.html"), "a part of the path is a file, not a directory (ENOTDIR)"],
    ] as const) {
      let err = "";
      const code = await runCli(["demo", "--out", out, "--lang", "en"], { out: () => undefined, err: (t) => (err += t) });
      expect([code, err]).toEqual([2, `andt-plan demo: The file ${out} cannot be written: ${why}.\n`]);
    }
  });
});

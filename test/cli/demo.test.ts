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

describe("andt-plan demo", () => {
  it("prints the summary of the Kronoberg plan", async () => {
    let out = "";
    const code = await runCli(["demo"], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    expect(out).toBe(planSummary(kronoberg2017));
    expect(out).toContain("Totalt: 6 delmål, 12 områden för samhandling, 58 aktiviteter");
    expect(out).toContain("  F (Förutsättningar): 2 områden för samhandling, 12 aktiviteter");
    expect(out).toContain(
      "Ansvariga aktörer (antal aktiviteter):\n  Beredningsgruppen: 33\n  Länsstyrelsen i Kronobergs län: 14\n  Region Kronoberg: 7\n  Polismyndigheten: 4\n  Samrådsgruppen: 1\n",
    );
  });

  it("refuses extra arguments with exit 2", async () => {
    let err = "";
    const code = await runCli(["demo", "x"], { out: () => undefined, err: (t) => (err += t) });
    expect([code, err]).toEqual([2, "andt-plan demo: unexpected argument 'x'\n"]);
  });
});

/**
 * `andt-plan diff` run in-process through `runCli`: each format, and each exit code (0 equal, 1 differ, 2 usage).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { type Plan, serializePlan } from "../../src/index.js";
import { windows1252 } from "../support/encodings.js";
import { minimalPlan } from "../support/plans.js";

const dir = mkdtempSync(join(tmpdir(), "andt-plan-diff-"));

function writePlan(name: string, plan: Plan): string {
  const file = join(dir, name);
  writeFileSync(file, serializePlan(plan));
  return file;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["diff", ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const old = writePlan("old.json", minimalPlan());
const revised = (() => {
  const plan = minimalPlan();
  plan.actors.push({ kind: "organisation", id: "region", name: "Region Kronoberg", type: "region" });
  plan.subGoals[0]!.areas![0]!.activities[1]!.responsible = { text: "Region Kronoberg", actors: ["region"] };
  plan.subGoals[1]!.areas![0]!.activities.pop();
  return writePlan("new.json", plan);
})();

describe("andt-plan diff", () => {
  it("exits 0 and says so when the plans are equal", async () => {
    expect(await run(old, old)).toEqual({ code: 0, out: "Inga skillnader.\n", err: "" });
  });

  it("exits 1 and prints one line per change as text", async () => {
    const { code, out, err } = await run(old, revised, "--lang", "en");
    expect([code, err]).toEqual([1, ""]);
    expect(out).toBe(
      [
        "- Activity 1.1: removed",
        "~ Activity F.2: responsibility changed from Länsstyrelsen to Region Kronoberg",
        "+ Actor region: added",
        "3 differences.",
        "",
      ].join("\n"),
    );
  });

  it("writes the diff as JSON", async () => {
    const { code, out } = await run(old, revised, "--format", "json");
    expect(code).toBe(1);
    const diff = JSON.parse(out);
    expect(diff.equal).toBe(false);
    expect(diff.changes[1]).toEqual({
      kind: "changed",
      element: "activity",
      key: "F.2",
      pathBefore: ["subGoals", 0, "areas", 0, "activities", 1],
      pathAfter: ["subGoals", 0, "areas", 0, "activities", 1],
      field: "responsible",
      before: { text: "Länsstyrelsen", actors: ["lst"] },
      after: { text: "Region Kronoberg", actors: ["region"] },
      summary: "Aktivitet F.2: ansvar ändrat från Länsstyrelsen till Region Kronoberg",
    });
  });

  it("writes a Markdown table", async () => {
    const { code, out } = await run(old, revised, "--format", "md", "--lang", "en");
    expect(code).toBe(1);
    expect(out).toContain("| Change | Summary | Path before | Path after |\n| --- | --- | --- | --- |\n");
    expect(out).toContain("| removed | Activity 1.1: removed | subGoals.1.areas.0.activities.0 |  |\n");
  });

  it("writes a self-contained HTML page that escapes plan text and loads nothing", async () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.activities[0]!.text = "<script>alert(1)</script> & mer";
    const file = writePlan("script.json", plan);
    const { code, out } = await run(old, file, "--format", "html");
    expect(code).toBe(1);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(out).toContain("default-src 'none'");
    expect(out).not.toContain("<script>");
    expect(out).toContain("till &lt;script&gt;alert(1)&lt;/script&gt; &amp; mer</td>");
    expect(out).not.toMatch(/(src|href)=/);
  });

  it("exits 2 on usage problems and unreadable plans", async () => {
    expect(await run(old)).toEqual({
      code: 2,
      out: "",
      err: "andt-plan diff: ange två planfiler: den gamla och den nya\nUsage: andt-plan diff <old> <new> [--format text|json|md|html] [--lang sv|en] [--encoding <enc>]\n",
    });
    expect((await run(old, old, "--format", "pdf", "--lang", "en")).err).toContain(
      'andt-plan diff: --format must be text, json, md or html, not "pdf"',
    );
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"kind":"plan"}');
    const { code, err } = await run(old, broken, "--lang", "en");
    expect(code).toBe(2);
    expect(err).toMatch(/^andt-plan diff: .*broken\.json cannot be read as a plan: /);
  });

  it("reads both versions in the encoding --encoding gives", async () => {
    const ansi = join(dir, "old-ansi.json");
    writeFileSync(ansi, windows1252(serializePlan(minimalPlan())));
    // Both files are read in the one encoding given: the same ANSI file twice is no difference.
    expect(await run(ansi, ansi, "--encoding", "windows-1252")).toEqual({ code: 0, out: "Inga skillnader.\n", err: "" });
    const refused = await run(old, ansi, "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      `andt-plan diff: ${ansi} cannot be read as a plan: (root): The file is not valid UTF-8 but seems to be saved as Windows-1252: ` +
        "save it as UTF-8, or read it with --encoding windows-1252 (the encoding option).\n",
    );
  });
});

import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { windows1252 } from "../support/encodings.js";
import { repoRoot } from "../support/plans.js";

const plan = resolve(repoRoot, "fixtures/kronoberg-2017-2021.json");
const invented = resolve(repoRoot, "fixtures/kronoberg-2017-2019.observations.invented.json");
const dir = mkdtempSync(join(tmpdir(), "andt-plan-report-"));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["report", ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("andt-plan report", () => {
  it("prints the Markdown report of a year to stdout", async () => {
    const { code, out, err } = await run([plan, "--observations", invented, "--year", "2019", "--format", "md", "--as-of", "2020-03-31"]);
    expect([code, err]).toEqual([0, ""]);
    expect(out.split("\n").slice(0, 3)).toEqual([
      "# Regional handlingsplan ANDT 2017–2021",
      "",
      "**Uppföljning 2019** · Planperiod: 2017–2021 · Läget per: 2020-03-31",
    ]);
    expect(out).toContain("- Rapporteringsgrad: 87 % (78 av 90 väntade värden redovisade)");
  });

  it("writes the HTML report to --out, choosing the format by its extension, and says where", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "andt-report-")), "ut", "rapport.html");
    const { code, out, err } = await run([plan, "--observations", invented, "--out", file, "--lang", "en", "--as-of", "2020-03-31"]);
    expect([code, out, err]).toEqual([0, "", `The report is written to ${file}\n`]);
    const html = readFileSync(file, "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Follow-up 2019");
  });

  it("reports every rejected CSV row with its line, writes the report from the rest, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "andt-report-"));
    const csv = join(dir, "uppfoljning.csv");
    writeFileSync(csv, "indikator;år;värde;kommentar\nF.2-1;2018;9;\nX.1-1;2018;3;okänd\nF.2-1;2030;4;\n");
    const out = join(dir, "rapport.csv");
    const result = await run([plan, "--observations", csv, "--out", out, "--as-of", "2019-01-01"]);
    expect(result.code).toBe(1);
    expect(result.err.split("\n").filter((line) => line.includes(" error "))).toEqual([
      expect.stringMatching(new RegExp(`^${csv.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3: error unknown_indicator: `)),
      expect.stringMatching(new RegExp(`^${csv.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4: error year_outside_plan: `)),
    ]);
    expect(result.err.endsWith(`Rapporten är skriven till ${out}\n2 rader med uppföljningsdata kunde inte användas; se ovan.\n`)).toBe(
      true,
    );
    const rows = readFileSync(out, "utf8").split("\r\n");
    // One row per plan year; 2018's 9 meetings of the 10 a year are partly met.
    const f2 = rows.filter((row) => row.includes(";F.2-1;"));
    expect(f2.length).toBe(5);
    expect(f2.filter((row) => row.includes(";2018;partly_met;")).length).toBe(1);
  });

  it.each([
    [["--observations", invented], "andt-plan report: ingen planfil angiven\n"],
    [[plan], "andt-plan report: --observations <file> krävs\n"],
    [[plan, "--observations", invented, "--format", "pdf"], 'andt-plan report: --format ska vara html, md, json eller csv, inte "pdf"\n'],
    [[plan, "--observations", invented, "--lang", "de"], 'andt-plan report: --lang ska vara sv eller en, inte "de"\n'],
    [[plan, "--observations", invented, "--year", "19"], 'andt-plan report: --year ska vara ett år som 2019, inte "19"\n'],
    [
      [plan, "--observations", invented, "--year", "19", "--lang", "en"],
      'andt-plan report: --year must be a year such as 2019, not "19"\n',
    ],
  ])("refuses %j with exit 2 and the usage", async (args, first) => {
    const { code, out, err } = await run(args);
    expect([code, out]).toEqual([2, ""]);
    expect(err.startsWith(first)).toBe(true);
    expect(err).toContain("Usage: andt-plan report <plan> --observations <file>");
  });

  it("refuses a year outside the plan, an unreadable file and a bad date with exit 2", async () => {
    expect(await run([plan, "--observations", invented, "--year", "2030"])).toEqual({
      code: 2,
      out: "",
      err: "andt-plan report: År 2030 ligger utanför planens period 2017–2021.\n",
    });
    const nope = join(repoRoot, "nope.csv");
    expect(await run([plan, "--observations", nope])).toEqual({ code: 2, out: "", err: `andt-plan report: Filen ${nope} finns inte.\n` });
    expect(await run([plan, "--observations", invented, "--as-of", "2020-13-01"])).toEqual({
      code: 2,
      out: "",
      err: 'andt-plan report: Datumet "2020-13-01" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).\n',
    });
  });

  describe("issue 14, case 14", () => {
    it("counts rows, not issues: a row with two errors is one row", async () => {
      const dir = mkdtempSync(join(tmpdir(), "andt-report-"));
      const csv = join(dir, "uppfoljning.csv");
      // Line 2 has two errors (unknown indicator, year outside the plan), line 3 one: 3 issues, 2 rows.
      writeFileSync(csv, "indikator;år;värde\nX.1-1;2030;3\nF.2-1;2030;4\nF.2-1;2018;9\n");
      const result = await run([plan, "--observations", csv, "--format", "md", "--as-of", "2019-01-01"]);
      expect(result.code).toBe(1);
      expect(result.err.split("\n").filter((line) => line.includes(" error ")).length).toBe(3);
      expect(result.err.endsWith("2 rader med uppföljningsdata kunde inte användas; se ovan.\n")).toBe(true);
    });

    it("refuses a plan given as --observations with a usage error", async () => {
      const { code, out, err } = await run([plan, "--observations", plan, "--format", "md"]);
      expect([code, out]).toEqual([2, ""]);
      expect(
        err.endsWith(`andt-plan report: ${plan} kan inte läsas som uppföljningsdata; inga värden har lästs (är det rätt fil?)\n`),
      ).toBe(true);
      expect(err).not.toContain("kunde inte användas");
    });

    it("reports the latest year with data by default, not a later year that has ended without any", async () => {
      // The invented data reaches 2019; as of 2022-06-30 the years 2020 and 2021 have ended with nothing reported.
      const { code, out } = await run([plan, "--observations", invented, "--format", "md", "--as-of", "2022-06-30"]);
      expect(code).toBe(0);
      expect(out).toContain("**Uppföljning 2019** · Planperiod: 2017–2021 · Läget per: 2022-06-30");
    });
  });

  it("reads a plan saved as Windows-1252 with --encoding, and names the encoding without it", async () => {
    const ansi = join(dir, "kronoberg-ansi.json");
    writeFileSync(ansi, windows1252(readFileSync(plan, "utf8")));
    const args = ["--observations", invented, "--year", "2019", "--format", "md", "--as-of", "2020-03-31"];
    const read = await run([ansi, ...args, "--encoding", "windows-1252"]);
    expect(read).toEqual(await run([plan, ...args]));
    expect(await run([ansi, ...args])).toEqual({
      code: 2,
      out: "",
      err:
        `${ansi}:(roten): error invalid_encoding: Filen är inte giltig UTF-8 utan verkar vara sparad som Windows-1252: ` +
        "spara den som UTF-8, eller läs den med --encoding windows-1252 (alternativet encoding).\n" +
        "andt-plan report: planen kan inte läsas\n",
    });
  });

  describe("issue 17: an --out that cannot be written is the user's mistake, told on one line with exit 2", () => {
    const md = [plan, "--observations", invented, "--format", "md", "--as-of", "2020-03-31"];
    const dir = mkdtempSync(join(tmpdir(), "andt-out-"));
    const file = join(dir, "fil.txt");
    writeFileSync(file, "x");
    mkdirSync(join(dir, "mapp"));
    symlinkSync(join(dir, "saknas"), join(dir, "dinglar"));
    const cases: [string, string, string][] = [
      ["an existing directory", join(dir, "mapp"), "det är en mapp (EISDIR)"],
      ["a path under a regular file", join(file, "rapport.md"), "en del av sökvägen är en fil, inte en mapp (ENOTDIR)"],
      [
        "a path under a dangling symlink",
        join(dir, "dinglar", "rapport.md"),
        "sökvägen leder inte till en mapp som finns eller kan skapas (ENOENT)",
      ],
    ];
    it.each(cases)("%s", async (_, out, why) => {
      const result = await run([...md, "--out", out]);
      expect([result.code, result.out, result.err]).toEqual([2, "", `andt-plan report: Filen ${out} kan inte skrivas: ${why}.\n`]);
    });

    it.runIf(process.platform === "linux")("a path under /proc ends at once, without a hang, in English too", async () => {
      const out = "/proc/andt-plan-saknas/a/b/rapport.md";
      const result = await run([...md, "--out", out, "--lang", "en"]);
      expect([result.code, result.out, result.err]).toEqual([
        2,
        "",
        `andt-plan report: The file ${out} cannot be written: the path does not lead to a directory that exists or can be made (ENOENT).\n`,
      ]);
    });

    it.runIf(process.platform === "linux")("a place that refuses files (/sys, /proc/self/status)", async () => {
      const sys = await run([...md, "--out", "/sys/rapport.md"]);
      expect([sys.code, sys.err]).toEqual([2, "andt-plan report: Filen /sys/rapport.md kan inte skrivas: behörighet saknas (EACCES).\n"]);
      const proc = await run([...md, "--out", "/proc/self/status"]);
      expect([proc.code, proc.err]).toEqual([
        2,
        "andt-plan report: Filen /proc/self/status kan inte skrivas: platsen tar inte emot filer (EINVAL).\n",
      ]);
    });
  });
});

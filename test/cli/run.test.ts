import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { runCli } from "../../src/cli/run.js";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("runCli", () => {
  it("prints the package version for --version and -v", async () => {
    expect(await cli("--version")).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
    expect((await cli("-v")).out).toBe(`${pkg.version}\n`);
  });

  it("prints help with the commands and exit codes for --help, in Swedish unless --lang en", async () => {
    const { code, out, err } = await cli("--help", "--lang", "en");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("Usage:\n  andt-plan <command> [options]");
    expect(out).toContain(
      "\n  diff <old> <new> [--format text|json|md|html] [--lang sv|en] [--encoding <enc>]\n                  What differs",
    );
    expect(out).toContain("\n  init regional --county <code> --strategy <file>");
    expect(out).toContain("\n  init local --municipality <code> --parent <file>");
    expect(out).toContain("Exit codes: 0 ok, 1 issues fail the run, 2 usage error or unreadable file.");
    const sv = await cli("-h");
    expect(sv.code).toBe(0);
    expect(sv.out).toContain("Kommandon:\n  demo [--out <file>] [--lang sv|en]\n                  Sammanfatta och validera");
    expect(sv.out).toContain("Slutkoder: 0 ok, 1 anmärkningar fäller körningen, 2 fel i anropet eller fil som inte kan läsas.");
  });

  it("prints help and exits 2 when no command is given", async () => {
    const { code, out } = await cli();
    expect(code).toBe(2);
    expect(out).toContain("Usage:");
  });

  it("refuses an unknown command with exit 2 and a hint", async () => {
    expect(await cli("frobnicate")).toEqual({
      code: 2,
      out: "",
      err: "andt-plan: okänt kommando \"frobnicate\". Kör 'andt-plan --help'.\n",
    });
  });
});

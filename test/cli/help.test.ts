/** `--help` and `-h` on every command: the command's usage and what it does, in the language asked for, exit 0. */
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/help.js";
import { COMMANDS } from "../../src/cli/messages.js";
import { runCli } from "../../src/cli/run.js";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("--help on every command", () => {
  it.each(COMMANDS)("andt-plan %s --help and -h print its usage and exit 0", async (command) => {
    const help = await cli(command, "--help");
    expect([help.code, help.err]).toEqual([0, ""]);
    expect(help.out.startsWith(USAGE[command])).toBe(true);
    expect(await cli(command, "-h")).toEqual(help);
  });

  it("prints validate's help in English with --lang en: usage, what it does, each option", async () => {
    expect(await cli("validate", "--help", "--lang", "en")).toEqual({
      code: 0,
      err: "",
      out:
        "Usage: andt-plan validate <file or directory…> [--strategy <file>]… [--parent <file>] [--format text|json] [--lang sv|en] [--strict] [--encoding <enc>]\n" +
        "\n" +
        "Check plan files: structure and meaning, every issue with file, path, severity, code and message.\n" +
        "\n" +
        "  <file or directory…>  Plan files, strategies and directories of .json files; validated together\n" +
        "  --strategy <file>     A national strategy to check against (may be repeated)\n" +
        "  --parent <file>       The regional plan a local plan follows\n" +
        "  --format text|json    Output as text (like a compiler) or JSON\n" +
        "  --strict              Warnings fail the run too (exit 1)\n" +
        "  --encoding <enc>      Read the plan files in another encoding than UTF-8: utf-8, windows-1252, latin1, utf-16le, utf-16be\n" +
        "  --lang sv|en          Language of messages\n",
    });
  });

  it("prints init's help in Swedish by default", async () => {
    const { out } = await cli("init", "--help");
    expect(out).toContain("\nSkriv en startplan att fylla i: en regional plan för ett län under en nationell strategi");
    expect(out).toContain("\n  --force               Skriv över en fil som redan finns\n");
  });

  it("gives help even beside arguments that would be a usage error, but not after --", async () => {
    expect((await cli("report", "--year", "nineteen", "-h")).code).toBe(0);
    const afterEnd = await cli("diff", "--", "-h");
    expect(afterEnd.code).toBe(2);
  });

  it("ends a usage error with the same usage line as --help", async () => {
    const { code, err } = await cli("validate", "--lang", "en");
    expect(code).toBe(2);
    expect(err).toBe(`andt-plan validate: no plan file given\n${USAGE.validate}`);
  });
});

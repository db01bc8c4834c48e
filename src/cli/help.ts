import type { Lang } from "../core/lang.js";
import { VERSION } from "../version.js";
import { type CliIo, EXIT, langOf, say } from "./io.js";
import { COMMANDS, type CommandName } from "./messages.js";

/**
 * Each command's usage, written once: `--help` prints it and every usage error ends with it. The usage lines stay
 * as the commands are typed, in either language; what they mean is in the catalogue (`command_help`).
 */
export const USAGE: Record<CommandName, string> = {
  demo: "Usage: andt-plan demo [--out <file>] [--lang sv|en]\n",
  validate:
    "Usage: andt-plan validate <file or directory…> [--strategy <file>]… [--parent <file>] [--format text|json] [--lang sv|en] [--strict] [--encoding <enc>]\n",
  report:
    "Usage: andt-plan report <plan> --observations <file> [--year <y>] [--format html|md|json|csv] [--lang sv|en] [--as-of <YYYY-MM-DD>] [--out <file>] [--encoding <enc>]\n" +
    "       andt-plan report --set <file or directory…> [--plan <id>] [--format html|md|json|csv] [--lang sv|en] [--out <file>] [--encoding <enc>]\n",
  diff: "Usage: andt-plan diff <old> <new> [--format text|json|md|html] [--lang sv|en] [--encoding <enc>]\n",
  init:
    "Usage: andt-plan init regional --county <code> --strategy <file> [--out <file>] [--force] [--id <id>] [--title <text>] [--lang sv|en] [--encoding <enc>]\n" +
    "       andt-plan init local --municipality <code> --parent <file> [--out <file>] [--force] [--id <id>] [--title <text>] [--lang sv|en] [--encoding <enc>]\n",
};

/** Whether the arguments ask for help (`--help` or `-h`, before a `--` that ends the options). */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  const options = end === -1 ? argv : argv.slice(0, end);
  return options.includes("--help") || options.includes("-h");
}

/** `andt-plan <command> --help`: the command's usage and what it does, in the language `--lang` asks for; exit 0. */
export function printHelp(command: CommandName, argv: readonly string[], io: CliIo): number {
  const lang = langOf(argv);
  io.out(`${USAGE[command]}\n${say(lang, "command_help", { command })}\n`);
  return EXIT.ok;
}

/** `andt-plan --help`: every command's usage and summary, the options and the exit codes. */
export function topHelp(lang: Lang): string {
  const commands = COMMANDS.map((command) => {
    const usage = USAGE[command].replace(/^Usage: andt-plan /, "  ").replace(/\n {7}andt-plan /g, "\n  ");
    return `${usage}                  ${say(lang, "command_summary", { command })}\n`;
  });
  return `andt-plan ${VERSION}\n${say(lang, "help_intro", {})}\n\nUsage:\n  andt-plan <command> [options]\n\n${say(lang, "help_commands", {})}\n${commands.join("")}\n${say(lang, "help_options", {})}\n\n${say(lang, "help_exit_codes", {})}\n`;
}

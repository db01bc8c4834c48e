import { VERSION } from "../version.js";
import { runDemo } from "./demo.js";
import { runDiff } from "./diff.js";
import { type CliIo, EXIT, langOf, say } from "./io.js";
import { runReport } from "./report.js";
import { runValidate } from "./validate.js";

const HELP = `andt-plan ${VERSION}
Model, validate and follow up Swedish ANDT(S) prevention action plans.

Usage:
  andt-plan <command> [options]

Commands:
  demo [--out <file>] [--lang sv|en]
                  Summarise and validate the shipped Kronoberg plan 2017–2021,
                  evaluate its invented example observations and write the
                  HTML follow-up report
  validate <file…> [--strategy <file>]… [--parent <file>] [--format text|json]
                  [--lang sv|en] [--strict]
                  Check plan files: structure and meaning, every issue with
                  file, path, severity, code and message
  report <plan> --observations <file> [--year <y>] [--format html|md|json|csv]
                  [--lang sv|en] [--as-of <YYYY-MM-DD>] [--out <file>]
                  Evaluate follow-up observations (.json or .csv) and write the
                  report: self-contained HTML, Markdown, CSV or JSON
  report --set <file or directory…> [--plan <id>] [--format html|md|json|csv]
                  [--lang sv|en] [--out <file>]
                  The chain of a regional plan and its local plans: which
                  regional sub-goals each municipality's plan takes up
  diff <old> <new> [--format text|json|md|html] [--lang sv|en]
                  What differs between two versions of a plan: elements added,
                  removed, changed or moved; exit 0 when equal, 1 when they differ

Options:
  -h, --help      Show this help
  -v, --version   Show the version

Exit codes: 0 ok, 1 issues fail the run, 2 usage error or unreadable file.
`;

/**
 * Runs the command line with the given arguments (without `node` and the script).
 * Returns the exit code instead of exiting, so it can be tested in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "validate") return runValidate(rest, io);
  if (command === "report") return runReport(rest, io);
  if (command === "demo") return runDemo(rest, io);
  if (command === "diff") return runDiff(rest, io);
  io.err(`andt-plan: ${say(langOf(rest), "unknown_command", { command })}\n`);
  return EXIT.usage;
}

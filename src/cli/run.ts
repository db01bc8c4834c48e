import { kronoberg2017 } from "../fixtures/index.js";
import { VERSION } from "../version.js";
import { planSummary } from "./demo.js";
import { runValidate } from "./validate.js";
import { EXIT, type CliIo } from "./io.js";

const HELP = `andt-plan ${VERSION}
Model, validate and follow up Swedish ANDT(S) prevention action plans.

Usage:
  andt-plan <command> [options]

Commands:
  demo            Print a summary of the shipped Kronoberg plan 2017–2021
  validate <file…> [--strategy <file>]… [--parent <file>] [--format text|json]
                  [--lang sv|en] [--strict]
                  Check plan files: structure and meaning, every finding with
                  file, path, severity, code and message

Options:
  -h, --help      Show this help
  -v, --version   Show the version

Exit codes: 0 ok, 1 findings fail the run, 2 usage error or unreadable file.
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
  if (command === "demo") {
    if (rest.length > 0) {
      io.err(`andt-plan demo: unexpected argument '${rest[0]}'\n`);
      return EXIT.usage;
    }
    io.out(planSummary(kronoberg2017));
    return EXIT.ok;
  }
  io.err(`andt-plan: unknown command '${command}'. Run 'andt-plan --help'.\n`);
  return EXIT.usage;
}

import { VERSION } from "../version.js";
import { runDemo } from "./demo.js";
import { runDiff } from "./diff.js";
import { topHelp } from "./help.js";
import { runInit } from "./init.js";
import { type CliIo, EXIT, langOf, say } from "./io.js";
import { runReport } from "./report.js";
import { runValidate } from "./validate.js";

/**
 * Runs the command line with the given arguments (without `node` and the script).
 * Returns the exit code instead of exiting, so it can be tested in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.out(topHelp(langOf(rest)));
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
  if (command === "init") return runInit(rest, io);
  io.err(`andt-plan: ${say(langOf(rest), "unknown_command", { command })}\n`);
  return EXIT.usage;
}

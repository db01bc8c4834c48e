import type { TextEncoding } from "../core/encoding.js";
import { AndtPlanError, type ErrorArgs } from "../core/error.js";
import type { Lang } from "../core/lang.js";
import { writeMessage } from "../core/messages.js";
import { readBytes } from "../node/read-file.js";
import type { SafeParseResult } from "../parse/options.js";
import { type CliMessageDetails, cliMessages } from "./messages.js";

/** Where the command line writes; tests pass their own to capture output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** How a command reads the plan and strategy files it is given: the language of issues, and `--encoding`. */
export interface ReadOptions {
  lang: Lang;
  encoding?: TextEncoding;
}

/** Exit codes, as documented in `andt-plan --help`. */
export const EXIT = {
  ok: 0,
  issues: 1,
  usage: 2,
} as const;

/** A message of the command line in the given language, from its catalogue. */
export function say<C extends keyof CliMessageDetails>(lang: Lang, code: C, details: CliMessageDetails[C]): string {
  return writeMessage(cliMessages, lang, code, details);
}

/**
 * The language of a command's messages, read before its arguments are checked, so that even a usage problem
 * is told in the language asked for; Swedish unless `--lang en` is given.
 */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  const value = i === -1 ? argv.find((arg) => arg.startsWith("--lang="))?.slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "sv";
}

/** A usage problem found after the arguments were read (a context file that cannot be used): exit 2. */
export class UsageError extends AndtPlanError<CliMessageDetails> {
  override readonly name = "UsageError";

  constructor(...args: ErrorArgs<CliMessageDetails>) {
    super(cliMessages, ...args);
  }
}

/** Prints a command's usage problem followed by its usage line, and gives the usage exit code (2). */
export function usageError<C extends keyof CliMessageDetails>(
  io: CliIo,
  command: string,
  usage: string,
  lang: Lang,
  code: C,
  details: CliMessageDetails[C],
): number {
  io.err(`andt-plan ${command}: ${say(lang, code, details)}\n${usage}`);
  return EXIT.usage;
}

/**
 * What a command does with an error it caught: one of the `expected` kinds (a file that cannot be read, an option
 * the library refuses) is the user's mistake, told on one line with the usage exit code (2); anything else is a
 * bug of ours and is thrown on.
 */
export function failedAsUsage(
  io: CliIo,
  command: string,
  error: unknown,
  expected: readonly (abstract new (...args: never) => Error)[],
): number {
  if (!expected.some((kind) => error instanceof kind)) throw error;
  io.err(`andt-plan ${command}: ${(error as Error).message}\n`);
  return EXIT.usage;
}

/** Reads a strategy or parent plan given as context; one that does not parse is a usage error (exit 2). */
export async function readContextFile<T>(
  file: string,
  options: ReadOptions,
  parse: (input: unknown, options: ReadOptions) => SafeParseResult<T>,
): Promise<T> {
  const parsed = parse(await readBytes(file, options.lang), options);
  if (!parsed.success) {
    const first = parsed.issues.find((issue) => issue.severity === "error");
    throw new UsageError("context_file_unusable", [], first === undefined ? { file } : { file, first }, options.lang);
  }
  return parsed.data;
}

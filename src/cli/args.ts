import { isTextEncoding, TEXT_ENCODINGS, type TextEncoding } from "../core/encoding.js";
import type { Lang } from "../core/lang.js";
import { USAGE } from "./help.js";
import { type CliIo, langOf, usageError } from "./io.js";
import type { CommandName } from "./messages.js";

/** A command's arguments once read, with `--lang` and `--encoding` checked. */
export interface CommandArgs<V> {
  values: V;
  positionals: string[];
  lang: Lang;
  /** `--encoding`, where given. */
  encoding: TextEncoding | undefined;
}

/**
 * What every command does first: reads its arguments with its own `parse` (node:util's parseArgs), then checks
 * `--lang` and `--encoding`. Returns the arguments, or the usage exit code (2) after the problem is told with
 * the command's usage, in the language asked for where that could be read.
 */
export function commandArgs<V extends { lang?: string | undefined; encoding?: string | undefined }>(
  command: CommandName,
  argv: readonly string[],
  io: CliIo,
  parse: (argv: readonly string[]) => { values: V; positionals: string[] },
): CommandArgs<V> | number {
  let parsed: { values: V; positionals: string[] };
  try {
    parsed = parse(argv);
  } catch (error) {
    return usageError(io, command, USAGE[command], langOf(argv), "invalid_arguments", { detail: (error as Error).message });
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? "sv";
  if (lang !== "sv" && lang !== "en") {
    return usageError(io, command, USAGE[command], "sv", "invalid_choice", { option: "lang", received: lang, allowed: ["sv", "en"] });
  }
  const encoding = values.encoding;
  if (encoding !== undefined && !isTextEncoding(encoding)) {
    return usageError(io, command, USAGE[command], lang, "invalid_choice", {
      option: "encoding",
      received: encoding,
      allowed: TEXT_ENCODINGS,
    });
  }
  return { values, positionals, lang, encoding };
}

import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Issue, Severity } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import { pathText } from "../core/wording.js";
import { append } from "../internal/append.js";
import { FileError } from "../node/file-error.js";
import { readBytes } from "../node/read-file.js";
import type { SafeParseResult } from "../parse/options.js";
import { safeParsePlan } from "../parse/safe-parse-plan.js";
import { safeParseStrategy } from "../parse/safe-parse-strategy.js";
import { validatePlanSet } from "../validate/validate-plan-set.js";
import { type CliIo, EXIT, failedAsUsage, langOf, say, UsageError, usageError } from "./io.js";
import type { CliMessageDetails } from "./messages.js";

const USAGE =
  "Usage: andt-plan validate <file or directory…> [--strategy <file>]… [--parent <file>] [--format text|json] [--lang sv|en] [--strict]\n";

/**
 * `andt-plan validate`: parse and validate plan files, print issues like a compiler, exit 0, 1 or 2. The files
 * given, and the `.json` files of each directory given, are validated together as a set ({@link validatePlanSet}):
 * strategies among them are used as strategies, a local plan's parent is found by its `parentPlan` (unless
 * `--parent` gives one), and every file is parsed and validated in one run, so that a file that does not parse
 * still has every rule checked on what could be read of it.
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return usage(io, langOf(argv), "invalid_arguments", { detail: (error as Error).message });
  }
  const { values, positionals } = args;
  const lang = values.lang;
  const format = values.format;
  if (lang !== "sv" && lang !== "en") return usage(io, "sv", "invalid_choice", { option: "lang", received: lang, allowed: ["sv", "en"] });
  if (format !== "text" && format !== "json") {
    return usage(io, lang, "invalid_choice", { option: "format", received: format, allowed: ["text", "json"] });
  }
  if (positionals.length === 0) return usage(io, lang, "no_plan_file", {});

  try {
    const strategies = await Promise.all((values.strategy ?? []).map((file) => loadContextFile(file, lang, safeParseStrategy)));
    const parent = values.parent === undefined ? undefined : await loadContextFile(values.parent, lang, safeParsePlan);
    const files = await expandDirectories(positionals);
    if (files.length === 0) return usage(io, lang, "no_plan_file", {});
    const set = await Promise.all(files.map(async (file) => ({ file, content: await readBytes(file, lang) })));
    const context = { strategies, ...(parent === undefined ? {} : { parent }) };
    const results = validatePlanSet(set, context, { lang }).files.map(({ file, issues }) => ({ file, issues: issues.map(pick) }));
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const { issues } of results) for (const issue of issues) counts[issue.severity] += 1;
    if (format === "json") {
      io.out(`${JSON.stringify({ files: results }, null, 2)}\n`);
    } else {
      for (const { file, issues } of results) {
        for (const f of issues) {
          io.out(`${file}:${pathText(f.path, lang)}: ${f.severity} ${f.code}: ${f.message}\n`);
        }
      }
      io.out(`${say(lang, "validate_summary", { counts, files: results.length })}\n`);
    }
    const failed = counts.error > 0 || (values.strict && counts.warning > 0);
    return failed ? EXIT.issues : EXIT.ok;
  } catch (error) {
    return failedAsUsage(io, "validate", error, [FileError, UsageError]);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      strategy: { type: "string", multiple: true },
      parent: { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string", default: "sv" },
      strict: { type: "boolean", default: false },
    },
  });
}

function usage<C extends keyof CliMessageDetails>(io: CliIo, lang: Lang, code: C, details: CliMessageDetails[C]): number {
  return usageError(io, "validate", USAGE, lang, code, details);
}

/** An issue of either family, reduced to what a reader of the output needs. */
function pick(issue: Issue): Issue {
  return { code: issue.code, severity: issue.severity, path: issue.path, message: issue.message };
}

/** Reads a strategy or parent plan given as context; one that does not parse is a usage error (exit 2). */
async function loadContextFile<T>(
  file: string,
  lang: Lang,
  parse: (input: unknown, options: { lang: Lang }) => SafeParseResult<T>,
): Promise<T> {
  const parsed = parse(await readBytes(file, lang), { lang });
  if (!parsed.success) {
    const first = parsed.issues.find((issue) => issue.severity === "error");
    throw new UsageError("context_file_unusable", [], first === undefined ? { file } : { file, first }, lang);
  }
  return parsed.data;
}

/** The files given, with each directory replaced by the `.json` files in it, in name order. */
async function expandDirectories(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isDirectory = await stat(path).then(
      (stats) => stats.isDirectory(),
      // A path that cannot be stat'ed is read as a file, whose reading then reports why.
      () => false,
    );
    if (!isDirectory) files.push(path);
    else {
      const names = (await readdir(path)).filter((name) => name.endsWith(".json")).sort();
      append(
        files,
        names.map((name) => join(path, name)),
      );
    }
  }
  return files;
}

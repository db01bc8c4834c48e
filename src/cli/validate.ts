import { parseArgs } from "node:util";
import type { Issue, Severity } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import { pathText } from "../core/wording.js";
import { FileError } from "../node/file-error.js";
import { readBytes } from "../node/read-file.js";
import { safeParsePlan } from "../parse/safe-parse-plan.js";
import { safeParseStrategy } from "../parse/safe-parse-strategy.js";
import { validatePlanSet } from "../validate/validate-plan-set.js";
import { commandArgs } from "./args.js";
import { expandDirectories } from "./files.js";
import { USAGE as COMMAND_USAGE, printHelp, wantsHelp } from "./help.js";
import { type CliIo, EXIT, failedAsUsage, type ReadOptions, readContextFile, say, UsageError, usageError } from "./io.js";
import type { CliMessageDetails } from "./messages.js";

const USAGE = COMMAND_USAGE.validate;

/**
 * `andt-plan validate`: parse and validate plan files, print issues like a compiler, exit 0, 1 or 2. The files
 * given, and the `.json` files of each directory given, are validated together as a set ({@link validatePlanSet}):
 * strategies among them are used as strategies, a local plan's parent is found by its `parentPlan` (unless
 * `--parent` gives one), and every file is parsed and validated in one run, so that a file that does not parse
 * still has every rule checked on what could be read of it.
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) return printHelp("validate", argv, io);
  const args = commandArgs("validate", argv, io, parse);
  if (typeof args === "number") return args;
  const { values, positionals, lang, encoding } = args;
  const format = values.format;
  if (format !== "text" && format !== "json") {
    return usage(io, lang, "invalid_choice", { option: "format", received: format, allowed: ["text", "json"] });
  }
  if (positionals.length === 0) return usage(io, lang, "no_plan_file", {});

  try {
    const read: ReadOptions = { lang, ...(encoding === undefined ? {} : { encoding }) };
    const strategies = await Promise.all((values.strategy ?? []).map((file) => readContextFile(file, read, safeParseStrategy)));
    const parent = values.parent === undefined ? undefined : await readContextFile(values.parent, read, safeParsePlan);
    const files = await expandDirectories(positionals);
    if (files.length === 0) return usage(io, lang, "no_plan_file", {});
    const set = await Promise.all(files.map(async (file) => ({ file, content: await readBytes(file, lang) })));
    const context = { strategies, ...(parent === undefined ? {} : { parent }) };
    const results = validatePlanSet(set, context, read).files.map(({ file, issues }) => ({ file, issues: issues.map(pick) }));
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
      encoding: { type: "string" },
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

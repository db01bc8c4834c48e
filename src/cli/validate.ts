import { parseArgs } from "node:util";
import type { SafeParseResult } from "../parse/options.js";
import { safeParsePlan } from "../parse/safe-parse-plan.js";
import { safeParseStrategy } from "../parse/safe-parse-strategy.js";
import { FileError } from "../node/file-error.js";
import { readBytes } from "../node/read-file.js";
import { validatePlan } from "../validate/validate-plan.js";
import { EXIT, usageError, type CliIo } from "./io.js";
import type { Path, Severity } from "../core/issue.js";
import type { Lang } from "../core/lang.js";

/** One line of output: a parse issue or a validation issue, reduced to what a reader needs. */
interface Reported {
  code: string;
  severity: Severity;
  path: Path;
  message: string;
}

const WORDS: Record<Lang, { summary: (c: Record<Severity, number>, files: number) => string; root: string }> = {
  sv: {
    summary: (c, files) => `${files} fil(er): ${c.error} fel, ${c.warning} varningar, ${c.info} info`,
    root: "(roten)",
  },
  en: {
    summary: (c, files) => `${files} file(s): ${c.error} errors, ${c.warning} warnings, ${c.info} infos`,
    root: "(root)",
  },
};

const USAGE = "Usage: andt-plan validate <file…> [--strategy <file>]… [--parent <file>] [--format text|json] [--lang sv|en] [--strict]\n";

class UsageError extends Error {}

/** `andt-plan validate`: parse and validate plan files, print issues like a compiler, exit 0, 1 or 2. */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
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
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = args;
  const lang = values.lang;
  const format = values.format;
  if (lang !== "sv" && lang !== "en") return usage(io, `--lang must be sv or en, not '${lang}'`);
  if (format !== "text" && format !== "json") return usage(io, `--format must be text or json, not '${format}'`);
  if (positionals.length === 0) return usage(io, "no plan file given");

  try {
    const strategies = await Promise.all((values.strategy ?? []).map((file) => loadContextFile(file, lang, safeParseStrategy)));
    const parent = values.parent === undefined ? undefined : await loadContextFile(values.parent, lang, safeParsePlan);
    const results: { file: string; issues: Reported[] }[] = [];
    for (const file of positionals) {
      const parsed = safeParsePlan(await readBytes(file, lang), { lang });
      const issues: Reported[] = parsed.issues.map(pick);
      if (parsed.success) {
        const context = { strategies, ...(parent === undefined ? {} : { parent }) };
        issues.push(...validatePlan(parsed.data, context, { lang }).issues.map(pick));
      }
      results.push({ file, issues });
    }
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const { issues } of results) for (const issue of issues) counts[issue.severity] += 1;
    if (format === "json") {
      io.out(`${JSON.stringify({ files: results }, null, 2)}\n`);
    } else {
      for (const { file, issues } of results) {
        for (const f of issues) {
          const where = f.path.length > 0 ? f.path.join(".") : WORDS[lang].root;
          io.out(`${file}:${where}: ${f.severity} ${f.code}: ${f.message}\n`);
        }
      }
      io.out(`${WORDS[lang].summary(counts, results.length)}\n`);
    }
    const failed = counts.error > 0 || (values.strict && counts.warning > 0);
    return failed ? EXIT.issues : EXIT.ok;
  } catch (error) {
    if (error instanceof FileError || error instanceof UsageError) {
      io.err(`andt-plan validate: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function usage(io: CliIo, problem: string): number {
  return usageError(io, "validate", problem, USAGE);
}

function pick(issue: Reported): Reported {
  return { code: issue.code, severity: issue.severity, path: issue.path, message: issue.message };
}

/** Reads a strategy or parent plan given as context; one that does not parse is a usage error (exit 2). */
async function loadContextFile<T>(
  file: string,
  lang: Lang,
  parse: (input: unknown, options: { lang: Lang }) => SafeParseResult<T>,
): Promise<T> {
  const parsed = parse(await readBytes(file, lang), { lang });
  if (!parsed.success) throw new UsageError(contextFileProblem(file, parsed.issues, lang));
  return parsed.data;
}

function contextFileProblem(file: string, issues: readonly Reported[], lang: Lang): string {
  const first = issues.find((issue) => issue.severity === "error");
  const where = first === undefined ? "" : ` ${first.path.join(".") || WORDS[lang].root}: ${first.message}`;
  return lang === "sv" ? `${file} kan inte användas som sammanhang:${where}` : `${file} cannot be used as context:${where}`;
}

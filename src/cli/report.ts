import { parseArgs } from "node:util";
import type { TextEncoding } from "../core/encoding.js";
import type { Lang } from "../core/lang.js";
import { pathText } from "../core/wording.js";
import { evaluatePlan } from "../evaluate/evaluate-plan.js";
import { EvaluationError } from "../evaluate/evaluation-error.js";
import type { PlanEvaluation } from "../evaluate/types.js";
import { FileError } from "../node/file-error.js";
import { loadObservations } from "../node/load-observations.js";
import { readBytes } from "../node/read-file.js";
import { writeText } from "../node/write-text.js";
import type { ObservationIssue } from "../observations/issue.js";
import { safeParsePlan } from "../parse/safe-parse-plan.js";
import { reportCsv } from "../report/report-csv.js";
import { ReportError } from "../report/report-error.js";
import { reportHtml } from "../report/report-html.js";
import { reportJson } from "../report/report-json.js";
import { reportMarkdown } from "../report/report-markdown.js";
import { commandArgs } from "./args.js";
import { USAGE as COMMAND_USAGE, printHelp, wantsHelp } from "./help.js";
import { type CliIo, EXIT, failedAsUsage, say, usageError } from "./io.js";
import type { CliMessageDetails } from "./messages.js";
import { isReportFormat, REPORT_FORMATS, type ReportFormat, reportFormatOf } from "./report-format.js";
import { runReportSet } from "./report-set.js";

const USAGE = COMMAND_USAGE.report;

/** What `andt-plan report` was asked to do, once its arguments are checked. */
interface ReportArgs {
  lang: Lang;
  format: ReportFormat;
  planFile: string;
  observations: string;
  year: number | undefined;
  asOf: string | undefined;
  out: string | undefined;
  encoding: TextEncoding | undefined;
}

/**
 * `andt-plan report`: evaluate a plan's observations and write the follow-up report. Rejected observations are
 * listed on stderr with their line or path, the report is written from the rest, and the exit code is 1; a
 * plan that cannot be read, an unreadable file or a bad option exits 2. With `--set`, the chain view of a set of
 * plans instead ({@link runReportSet}).
 */
export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) return printHelp("report", argv, io);
  if (argv.includes("--set")) return runReportSet(argv, io);
  const args = readArgs(argv, io);
  if (typeof args === "number") return args;
  try {
    return await report(args, io);
  } catch (error) {
    return failedAsUsage(io, "report", error, [FileError, EvaluationError, ReportError]);
  }
}

/** The checked arguments, or the usage exit code after the problem is told. */
function readArgs(argv: readonly string[], io: CliIo): ReportArgs | number {
  const read = commandArgs("report", argv, io, parse);
  if (typeof read === "number") return read;
  const { values, positionals, lang, encoding } = read;
  const format = reportFormatOf(values.format, values.out);
  if (!isReportFormat(format)) return usage(io, lang, "invalid_choice", { option: "format", received: format, allowed: REPORT_FORMATS });
  const [planFile] = positionals;
  if (planFile === undefined || positionals.length > 1)
    return usage(io, lang, planFile === undefined ? "no_plan_file" : "one_plan_file", {});
  if (values.observations === undefined) return usage(io, lang, "option_required", { option: "observations", value: "<file>" });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && /^\d{4}$/.test(values.year ?? ""))) {
    return usage(io, lang, "invalid_year", { received: values.year ?? "" });
  }
  return { lang, format, planFile, observations: values.observations, year, asOf: values["as-of"], out: values.out, encoding };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      observations: { type: "string" },
      year: { type: "string" },
      format: { type: "string" },
      lang: { type: "string", default: "sv" },
      "as-of": { type: "string" },
      out: { type: "string" },
      encoding: { type: "string" },
    },
  });
}

async function report(args: ReportArgs, io: CliIo): Promise<number> {
  const { lang, planFile, year } = args;
  const parsed = safeParsePlan(await readBytes(planFile, lang), {
    lang,
    ...(args.encoding === undefined ? {} : { encoding: args.encoding }),
  });
  if (!parsed.success) {
    for (const issue of parsed.issues.filter((i) => i.severity === "error")) {
      io.err(`${planFile}:${pathText(issue.path, lang)}: ${issue.severity} ${issue.code}: ${issue.message}\n`);
    }
    io.err(`andt-plan report: ${say(lang, "plan_unreadable", {})}\n`);
    return EXIT.usage;
  }
  const plan = parsed.data;
  const { observations, issues } = await loadObservations(args.observations, { plan, lang });
  for (const issue of issues) io.err(`${args.observations}:${where(issue, lang)}: ${issue.severity} ${issue.code}: ${issue.message}\n`);
  const rejected = rejectedRows(issues);
  // Nothing read and no row to blame: not follow-up data at all (a plan given as --observations), a usage error.
  if (observations.length === 0 && rejected.size > 0 && [...rejected].every((row) => row === FILE)) {
    io.err(`andt-plan report: ${say(lang, "observations_unreadable", { file: args.observations })}\n`);
    return EXIT.usage;
  }
  // Every year is evaluated, so the chosen year's report can show the change from the year before.
  const evaluation = evaluatePlan(plan, observations, { lang, ...(args.asOf === undefined ? {} : { asOf: args.asOf }) });
  if (year !== undefined && !evaluation.years.includes(year)) {
    throw new EvaluationError("year_outside_plan", ["year"], { year, period: plan.period }, lang);
  }
  const text = render(evaluation, args.format, { lang, ...(year === undefined ? {} : { year }) });
  if (args.out === undefined) io.out(text);
  else {
    await writeText(args.out, text, lang);
    io.err(`${say(lang, "report_written", { file: args.out })}\n`);
  }
  if (rejected.size === 0) return EXIT.ok;
  io.err(`${say(lang, "rows_rejected", { count: rejected.size })}\n`);
  return EXIT.issues;
}

function render(evaluation: PlanEvaluation, format: ReportFormat, options: { lang: Lang; year?: number }): string {
  switch (format) {
    case "html":
      return reportHtml(evaluation, options);
    case "md":
      return reportMarkdown(evaluation, options);
    case "csv":
      return reportCsv(evaluation, options);
    case "json":
      return reportJson(evaluation);
  }
}

/** What an issue about the file as a whole is counted as. */
const FILE = "file";

/**
 * The rows with an error, each once however many errors it has: a CSV row by its line, a JSON observation by
 * its index, anything else as the file.
 */
function rejectedRows(issues: readonly ObservationIssue[]): Set<string> {
  const rows = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    if ("line" in issue && typeof issue.line === "number") rows.add(`line ${issue.line}`);
    else if (issue.path[0] === "observations" && typeof issue.path[1] === "number") rows.add(`observation ${issue.path[1]}`);
    else rows.add(FILE);
  }
  return rows;
}

/** A CSV issue's line, else its path into the file. */
function where(issue: ObservationIssue, lang: Lang): string {
  if ("line" in issue && typeof issue.line === "number") return String(issue.line);
  return pathText(issue.path, lang);
}

function usage<C extends keyof CliMessageDetails>(io: CliIo, lang: Lang, code: C, details: CliMessageDetails[C]): number {
  return usageError(io, "report", USAGE, lang, code, details);
}

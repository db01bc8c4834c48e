import { parseArgs } from "node:util";
import type { Lang } from "../core/lang.js";
import { pathText } from "../core/wording.js";
import type { Plan } from "../model/plan.js";
import { FileError } from "../node/file-error.js";
import { readBytes } from "../node/read-file.js";
import { writeText } from "../node/write-text.js";
import { chainViewCsv, chainViewHtml, chainViewJson, chainViewMarkdown } from "../report/chain-view.js";
import { type ChainView, chainView } from "../validate/chain-view.js";
import { validatePlanSet } from "../validate/validate-plan-set.js";
import { commandArgs } from "./args.js";
import { expandDirectories } from "./files.js";
import { USAGE as COMMAND_USAGE } from "./help.js";
import { type CliIo, EXIT, failedAsUsage, say, usageError } from "./io.js";
import type { CliMessageDetails } from "./messages.js";
import { isReportFormat, REPORT_FORMATS, type ReportFormat, reportFormatOf } from "./report-format.js";

const USAGE = COMMAND_USAGE.report;

/**
 * `andt-plan report --set`: the chain view of a set of plan files (a regional plan, its local plans and the
 * strategies, as files or directories): which regional sub-goals, areas and activities each municipality's
 * plan takes up, which municipalities have no local plan, which sub-goals no municipality follows. The set is
 * validated as `andt-plan validate` does; its errors are listed on stderr and make the exit code 1, and the
 * view is written from what could be read.
 */
export async function runReportSet(argv: readonly string[], io: CliIo): Promise<number> {
  const args = commandArgs("report", argv, io, parse);
  if (typeof args === "number") return args;
  const { values, positionals, lang, encoding } = args;
  const format = reportFormatOf(values.format, values.out);
  if (!isReportFormat(format)) return usage(io, lang, "invalid_choice", { option: "format", received: format, allowed: REPORT_FORMATS });
  const read = { lang, ...(encoding === undefined ? {} : { encoding }) };
  try {
    const files = await expandDirectories(positionals);
    if (files.length === 0) return usage(io, lang, "no_plan_file", {});
    const set = await Promise.all(files.map(async (file) => ({ file, content: await readBytes(file, lang) })));
    const report = validatePlanSet(set, {}, read);
    const plans = report.files.flatMap((file) => (file.plan === undefined ? [] : [file.plan]));
    const regional = chooseRegional(plans, values.plan, io, lang);
    if (typeof regional === "number") return regional;
    for (const issue of report.issues) {
      if (issue.severity === "error") io.err(`${issue.file}:${pathText(issue.path, lang)}: error ${issue.code}: ${issue.message}\n`);
    }
    const locals = plans.filter((plan) => plan.level === "local" && plan.parentPlan === regional.id);
    const text = render(chainView(regional, locals), format, lang);
    if (values.out === undefined) io.out(text);
    else {
      await writeText(values.out, text, lang);
      io.err(`${say(lang, "report_written", { file: values.out })}\n`);
    }
    if (report.counts.error === 0) return EXIT.ok;
    const failed = report.files.filter((file) => file.counts.error > 0).length;
    io.err(`${say(lang, "set_errors", { errors: report.counts.error, files: failed })}\n`);
    return EXIT.issues;
  } catch (error) {
    return failedAsUsage(io, "report", error, [FileError]);
  }
}

/** The regional plan whose chain is shown: the one of the set, or the one `--plan` names. */
function chooseRegional(plans: readonly Plan[], id: string | undefined, io: CliIo, lang: Lang): Plan | number {
  const regional = plans.filter((plan) => plan.level === "regional");
  const ids = regional.map((plan) => plan.id);
  if (id !== undefined) {
    const chosen = regional.find((plan) => plan.id === id);
    return chosen ?? usage(io, lang, "set_plan_not_regional", { id, ids });
  }
  if (regional.length === 1) return regional[0]!;
  return regional.length === 0 ? usage(io, lang, "set_without_regional_plan", {}) : usage(io, lang, "set_regional_plans", { ids });
}

function render(view: ChainView, format: ReportFormat, lang: Lang): string {
  switch (format) {
    case "html":
      return chainViewHtml(view, { lang });
    case "md":
      return chainViewMarkdown(view, { lang });
    case "csv":
      return chainViewCsv(view, { lang });
    case "json":
      return chainViewJson(view);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      set: { type: "boolean", default: false },
      plan: { type: "string" },
      format: { type: "string" },
      lang: { type: "string", default: "sv" },
      out: { type: "string" },
      encoding: { type: "string" },
    },
  });
}

function usage<C extends keyof CliMessageDetails>(io: CliIo, lang: Lang, code: C, details: CliMessageDetails[C]): number {
  return usageError(io, "report", USAGE, lang, code, details);
}

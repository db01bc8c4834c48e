import { parseArgs } from "node:util";
import type { Lang } from "../core/lang.js";
import { pathText } from "../core/wording.js";
import { diffPlans } from "../edit/diff-plans.js";
import type { PlanChange, PlanDiff } from "../edit/types.js";
import { escapeMarkdown } from "../internal/escape.js";
import { html, joinHtml, pageHead, rawStyleElement } from "../internal/html.js";
import type { Plan } from "../model/plan.js";
import { FileError } from "../node/file-error.js";
import { readBytes } from "../node/read-file.js";
import { safeParsePlan } from "../parse/safe-parse-plan.js";
import { commandArgs } from "./args.js";
import { USAGE as COMMAND_USAGE, printHelp, wantsHelp } from "./help.js";
import { type CliIo, EXIT, failedAsUsage, type ReadOptions, say, UsageError, usageError } from "./io.js";
import type { CliMessageDetails } from "./messages.js";

const USAGE = COMMAND_USAGE.diff;
const FORMATS = ["text", "json", "md", "html"] as const;
type Format = (typeof FORMATS)[number];

const MARKS: Record<PlanChange["kind"], string> = { added: "+", removed: "-", changed: "~", moved: ">" };

const CSS =
  "body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}" +
  "th,td{border-bottom:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}" +
  ".added{color:#0a6b2d}.removed{color:#a11}.changed{color:#6b4b00}.moved{color:#1a4f8b}code{font-size:.9em}";
const STYLE = rawStyleElement(CSS);

/** `andt-plan diff`: what differs between two versions of a plan; exit 0 when equal, 1 when they differ, 2 on usage. */
export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) return printHelp("diff", argv, io);
  const args = commandArgs("diff", argv, io, parse);
  if (typeof args === "number") return args;
  const { values, positionals, lang, encoding } = args;
  const format = values.format;
  if (!isFormat(format)) return usage(io, lang, "invalid_choice", { option: "format", received: format, allowed: FORMATS });
  const read: ReadOptions = { lang, ...(encoding === undefined ? {} : { encoding }) };
  const [before, after] = positionals;
  if (positionals.length !== 2 || before === undefined || after === undefined) return usage(io, lang, "two_plan_files", {});
  try {
    const diff = diffPlans(await loadPlan(before, read), await loadPlan(after, read), { lang });
    io.out(write(format, diff, { before, after }, lang));
    return diff.equal ? EXIT.ok : EXIT.issues;
  } catch (error) {
    return failedAsUsage(io, "diff", error, [FileError, UsageError]);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { format: { type: "string", default: "text" }, lang: { type: "string", default: "sv" }, encoding: { type: "string" } },
  });
}

const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

function usage<C extends keyof CliMessageDetails>(io: CliIo, lang: Lang, code: C, details: CliMessageDetails[C]): number {
  return usageError(io, "diff", USAGE, lang, code, details);
}

/** Reads a plan file; one that does not parse is a usage error (exit 2), since there is nothing to compare. */
async function loadPlan(file: string, options: ReadOptions): Promise<Plan> {
  const parsed = safeParsePlan(await readBytes(file, options.lang), options);
  if (parsed.success) return parsed.data;
  const first = parsed.issues.find((issue) => issue.severity === "error");
  throw new UsageError("plan_file_unusable", [], first === undefined ? { file } : { file, first }, options.lang);
}

type Files = { before: string; after: string };

function write(format: Format, diff: PlanDiff, files: Files, lang: Lang): string {
  if (format === "json") return `${JSON.stringify(diff, null, 2)}\n`;
  if (format === "md") return markdown(diff, files, lang);
  if (format === "html") return page(diff, files, lang);
  const lines = diff.changes.map((c) => `${MARKS[c.kind]} ${c.summary}\n`);
  return `${lines.join("")}${say(lang, "diff_summary", { changes: diff.changes.length })}\n`;
}

const path = (p: PlanChange["pathBefore"], lang: Lang): string => (p === undefined ? "" : pathText(p, lang));

function markdown(diff: PlanDiff, files: Files, lang: Lang): string {
  const column = (c: CliMessageDetails["diff_column"]["column"]): string => say(lang, "diff_column", { column: c });
  const head = `# ${escapeMarkdown(say(lang, "diff_title", files))}\n\n${say(lang, "diff_summary", { changes: diff.changes.length })}\n`;
  if (diff.equal) return head;
  const rows = diff.changes.map(
    (c) =>
      `| ${say(lang, "diff_kind", { kind: c.kind })} | ${escapeMarkdown(c.summary)} | ${escapeMarkdown(path(c.pathBefore, lang))} | ${escapeMarkdown(path(c.pathAfter, lang))} |\n`,
  );
  return `${head}\n| ${column("kind")} | ${column("summary")} | ${column("before")} | ${column("after")} |\n| --- | --- | --- | --- |\n${rows.join("")}`;
}

function page(diff: PlanDiff, files: Files, lang: Lang): string {
  const title = say(lang, "diff_title", files);
  const column = (c: CliMessageDetails["diff_column"]["column"]) => html`<th>${say(lang, "diff_column", { column: c })}</th>`;
  const rows = diff.changes.map(
    (c) =>
      html`<tr class="${c.kind}"><td>${say(lang, "diff_kind", { kind: c.kind })}</td><td>${c.summary}</td><td><code>${path(c.pathBefore, lang)}</code></td><td><code>${path(c.pathAfter, lang)}</code></td></tr>`,
  );
  const table =
    !diff.equal &&
    html`<table>
<thead><tr>${column("kind")}${column("summary")}${column("before")}${column("after")}</tr></thead>
<tbody>
${joinHtml(rows, "\n")}
</tbody>
</table>`;
  return `${
    html`${pageHead(lang, title, STYLE)}
<h1>${title}</h1>
<p>${say(lang, "diff_summary", { changes: diff.changes.length })}</p>
${table}
</body>
</html>`.value
  }\n`;
}

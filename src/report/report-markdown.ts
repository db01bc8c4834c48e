import type { Lang } from "../core/lang.js";
import { numberText, percentText, periodText } from "../core/wording.js";
import { type ActivityEvaluation, type PlanEvaluation, STATUSES, type StatusSummary } from "../evaluate/types.js";
import { append } from "../internal/append.js";
import { escapeMarkdown as md } from "../internal/escape.js";
import {
  accountsOf,
  breakdownOf,
  changeTexts,
  commentsOf,
  context,
  genderCoverageWords,
  progressText,
  quantity,
  type ReportContext,
  suppressionThreshold,
  targetText,
  unitBreakdownsOf,
  unmatchedText,
  yearOf,
} from "./internal.js";

/**
 * Options of {@link reportMarkdown}: the same as those of {@link reportHtml}.
 *
 * @example
 * ```ts
 * const options: MarkdownReportOptions = { year: 2019, lang: "en" };
 * ```
 */
export interface MarkdownReportOptions {
  /**
   * The year to report; default the latest of the evaluation's years in which some activity is more than
   * not yet due (*ej aktuellt än*), or the first year when nothing is due yet.
   */
  year?: number;
  /** Language of the labels; default the evaluation's own (its messages are in it). */
  lang?: Lang;
  /** The heading; default the plan's title. */
  title?: string;
  /** Counts in a breakdown by sex from 1 up to this − 1 are shown as `..`; default 5. */
  suppressBelow?: number;
}

const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;

/**
 * The follow-up of one year as GitHub-flavoured Markdown (*uppföljningsrapport*), for a repository or a mail:
 * the same sections as {@link reportHtml} (header; overview with reporting and gender coverage and activities
 * per status; per sub-goal a status table and per area a table of activities and indicators; breakdowns by
 * sex with small counts as `..`; what is missing), with statuses as words. Plan text is escaped, pipes
 * included, and line breaks in a cell become `<br>`.
 *
 * @throws {@link ReportError} `no_years`, `unknown_year`, `invalid_lang`, `invalid_threshold`.
 * @example
 * ```ts
 * const markdown = reportMarkdown(evaluatePlan(plan, observations, { asOf: "2020-03-31" }), { year: 2019 });
 * markdown.startsWith("# Regional handlingsplan"); // true
 * ```
 */
export function reportMarkdown(evaluation: PlanEvaluation, options: MarkdownReportOptions = {}): string {
  const ctx = context(evaluation, options);
  const threshold = suppressionThreshold(options.suppressBelow, ctx.lang);
  const { labels, year } = ctx;
  const { start, end } = evaluation.plan.period;
  const lines = [
    `# ${md(options.title ?? evaluation.plan.title)}`,
    "",
    `**${md(labels.followUp(year))}** · ${md(labels.planPeriod)}: ${md(periodText({ start, end }))} · ${md(labels.asOf)}: ${md(evaluation.asOf)}`,
    "",
    `## ${md(labels.overview)}`,
    "",
    ...overview(evaluation, ctx),
    "",
    ...statusTable(yearOf(evaluation.summary, year), ctx),
  ];
  for (const subGoal of evaluation.subGoals) {
    lines.push("", `## ${md(labels.subGoal(subGoal.code, subGoal.name))}`, "", md(subGoal.text), "");
    append(lines, statusTable(yearOf(subGoal.years, year), ctx));
    // Activities directly under the sub-goal (a plan without areas) follow its status table, without a heading.
    if (subGoal.activities !== undefined) {
      lines.push("");
      append(lines, activityTable(subGoal.activities, ctx, threshold));
    }
    for (const area of subGoal.areas) {
      lines.push("", `### ${md(area.title)}`, "");
      append(lines, activityTable(area.activities, ctx, threshold));
    }
  }
  lines.push("", `## ${md(labels.missing)}`, "");
  const missing = evaluation.missing.filter((m) => m.year === year);
  if (missing.length === 0) lines.push(md(labels.nothingMissing(year)));
  else {
    lines.push(row(labels.missingHeaders.map(md)), row(["---", "---", "---"]));
    append(
      lines,
      missing.map((m) => row([md(m.activity), md(m.indicator), md(m.text)])),
    );
  }
  const unmatched = unmatchedText(evaluation, ctx);
  if (unmatched !== undefined) lines.push("", md(unmatched));
  return `${lines.join("\n")}\n`;
}

function overview(evaluation: PlanEvaluation, ctx: ReportContext): string[] {
  const { labels, lang, year } = ctx;
  const summary = yearOf(evaluation.summary, year);
  const indicators = yearOf(evaluation.indicatorSummary, year);
  const coverage = yearOf(evaluation.coverage, year);
  const gender = yearOf(evaluation.genderCoverage, year);
  // The evaluation leaves a share out when there is nothing to divide by.
  const coverageText =
    coverage?.share === undefined
      ? labels.nothingDue
      : `${percentText(coverage.share, lang)} (${labels.reportingCoverageText(numberText(coverage.reported, lang), numberText(coverage.expected, lang))})`;
  const genderText =
    gender?.share === undefined
      ? labels.noPeopleCounts
      : `${percentText(gender.share, lang)} (${genderCoverageWords(gender, lang, labels)})`;
  return [
    `- ${md(labels.summaryHeaders[1])}: ${md(`${numberText(summary?.total ?? 0, lang)} (${labels.withIndicators(numberText(indicators?.total ?? 0, lang))})`)}`,
    `- ${md(labels.reportingCoverage)}: ${md(coverageText)}`,
    `- ${md(labels.genderCoverage)}: ${md(genderText)}`,
  ];
}

function statusTable(summary: StatusSummary | undefined, ctx: ReportContext): string[] {
  const { labels, lang } = ctx;
  if (summary === undefined || summary.total === 0) return [md(labels.noActivities)];
  return [
    row(labels.summaryHeaders.map(md)),
    row(["---", "---:", "---:"]),
    ...STATUSES.map((status) =>
      row([md(labels.status[status]), numberText(summary.counts[status], lang), md(percentText(summary.shares[status], lang))]),
    ),
  ];
}

/** A table of activities and their indicators, with the breakdowns by sex below it. */
function activityTable(activities: readonly ActivityEvaluation[], ctx: ReportContext, threshold: number): string[] {
  const { labels, lang, year } = ctx;
  const lines: string[] = [];
  const headers = labels.tableHeaders.map(md);
  lines.push(row(headers), row(["---", "---", "---", "---", "---:", "---:", "---"]));
  const breakdowns: string[] = [];
  let suppressed = false;
  for (const activity of activities) {
    append(lines, activityRows(activity, ctx));
    for (const indicator of activity.indicators) {
      const iy = yearOf(indicator.years, year);
      if (iy === undefined) continue;
      const breakdown = breakdownOf(indicator, iy, threshold, ctx);
      if (breakdown !== undefined) {
        const cells = breakdown.withheld ? labels.withheldNote : breakdown.cells.map((c) => `${c.label} ${c.text}`).join(", ");
        breakdowns.push(`- ${md(labels.bySex(indicator.id, year))}: ${md(cells)}`);
        suppressed ||= breakdown.suppressed;
      }
      for (const unit of unitBreakdownsOf(indicator, iy, threshold, ctx)) {
        breakdowns.push(`- ${md(unit.title)}: ${md(unit.parts)}`);
        suppressed ||= unit.suppressed;
      }
    }
  }
  if (breakdowns.length > 0) {
    lines.push("");
    append(lines, breakdowns);
  }
  if (suppressed) lines.push("", md(labels.suppressedNote(numberText(threshold, lang))));
  return lines;
}

function activityRows(activity: ActivityEvaluation, ctx: ReportContext): string[] {
  const { labels, year } = ctx;
  const ay = yearOf(activity.years, year);
  const rows = [
    row([
      `**${md(activity.code)}**`,
      `**${md(activity.text)}**`,
      ay === undefined ? "–" : `**${md(labels.status[ay.status])}**`,
      ay === undefined ? "" : md(ay.message),
      "",
      "",
      "",
    ]),
  ];
  for (const indicator of activity.indicators) {
    const iy = yearOf(indicator.years, year);
    if (iy === undefined) continue;
    const reason = [
      iy.message,
      ...accountsOf(iy).map((text) => `${labels.account}: ${text}`),
      ...commentsOf(iy).map((text) => `${labels.comment}: ${text}`),
    ].join("\n");
    const progress = progressText(indicator, iy, ctx);
    const value = iy.value === undefined ? "–" : quantity(indicator, iy.value, ctx) + (progress === undefined ? "" : ` (${progress})`);
    const changes = changeTexts(indicator, iy, ctx).map((c) => `${c.amount} ${c.note}`);
    rows.push(
      row([
        md(indicator.id),
        md(indicator.text),
        md(labels.status[iy.status]),
        md(reason),
        md(value),
        md(targetText(indicator, iy, ctx) ?? "–"),
        changes.length === 0 ? "–" : md(changes.join("\n")),
      ]),
    );
  }
  return rows;
}

import {
  STATUSES,
  type ActivityEvaluation,
  type CollaborationAreaEvaluation,
  type IndicatorEvaluation,
  type IndicatorYear,
  type PlanEvaluation,
  type Status,
  type StatusSummary,
  type SubGoalEvaluation,
} from "../evaluate/types.js";
import { escapeHtml as esc } from "../internal/escape.js";
import {
  accountsOf,
  breakdownOf,
  changeTexts,
  commentsOf,
  context,
  num,
  percent,
  progressText,
  quantity,
  suppressionThreshold,
  targetText,
  unmatchedText,
  yearOf,
  type Breakdown,
  type ReportContext,
} from "./internal.js";
import type { Lang } from "../core/lang.js";

/**
 * Options of {@link reportHtml}.
 *
 * @example
 * ```ts
 * const options: HtmlReportOptions = { year: 2019, lang: "en", suppressBelow: 3 };
 * ```
 */
export interface HtmlReportOptions {
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

/** Colours of the statuses (Okabe–Ito, told apart with colour-vision deficiencies); a label always goes with them. */
const COLOURS: Record<Status, string> = {
  met: "#009e73",
  partly_met: "#e69f00",
  not_met: "#d55e00",
  reported: "#0072b2",
  missing: "#cc79a7",
  not_yet_due: "#8c959f",
  not_expected: "#d0d7de",
};

const CSS = `
:root{color-scheme:light;--text:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0b5cad}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:78rem;margin:0 auto;padding:0 1.5rem 3rem}
.report-header{border-bottom:4px solid var(--accent);padding:2rem 0 1.25rem;margin-bottom:.5rem}
.kicker{margin:0;color:var(--muted);font-size:.85rem;font-weight:600;letter-spacing:.06em;text-transform:uppercase}
h1{margin:.25rem 0 1rem;font-size:2rem;line-height:1.2}
h2{margin:2.75rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--line);font-size:1.5rem;line-height:1.25}
.meta{display:flex;flex-wrap:wrap;gap:.5rem 2.5rem;margin:0}
.meta dt{color:var(--muted);font-size:.8rem}
.meta dd{margin:0;font-weight:600}
.lead{max-width:60rem;margin:.25rem 0 1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;margin:1rem 0 1.5rem}
.card{border:1px solid var(--line);border-radius:8px;background:var(--soft);padding:.85rem 1rem}
.card-label{margin:0;color:var(--muted);font-size:.85rem;font-weight:600}
.card-value{margin:.1rem 0;font-size:1.9rem;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.card-text{margin:0;font-size:.9rem}
.meter{height:.5rem;margin:.5rem 0 .35rem;border:1px solid var(--muted);border-radius:4px;background:#fff;overflow:hidden}
.meter span{display:block;height:100%;background:var(--accent)}
figure{margin:.75rem 0 1.25rem}
.status-chart svg{display:block;width:100%;max-width:44rem;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;margin:.6rem 0 0;padding:0;list-style:none;font-size:.9rem}
.legend .count{font-weight:700;font-variant-numeric:tabular-nums}
.legend .share{color:var(--muted)}
.legend .zero{color:var(--muted)}
.status-chart figcaption{margin-bottom:.35rem;font-size:.9rem;font-weight:600}
.swatch{display:inline-block;width:.85em;height:.85em;margin-right:.4em;border:1px solid #424a53;border-radius:2px;vertical-align:-.08em}
${Object.entries(COLOURS)
  .map(([status, colour]) => `.s-${status}{background:${colour}}`)
  .join("\n")}
table{width:100%;margin:1.75rem 0 .75rem;border-collapse:collapse;table-layout:fixed;font-size:.9rem}
.table-wrap{overflow-x:auto}
.table-wrap:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
table.activities{min-width:52rem}
caption{padding:0 0 .5rem;caption-side:top;text-align:left;font-size:1.15rem;font-weight:700}
th,td{padding:.45rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);border-bottom:2px solid var(--muted);font-size:.8rem;white-space:nowrap}
.activity-row>*{background:#eaf1f8;border-top:2px solid #afc4da}
.activity-row th,.activity-row .status{font-weight:600}
.indicator-row th{padding-left:1.4rem;font-weight:400;white-space:nowrap}
.code{white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.reason p{margin:0}
.reason .extra{margin-top:.3rem;color:var(--muted);white-space:pre-line}
.muted{color:var(--muted)}
.change .amount{white-space:nowrap}
.change+.change{margin-top:.3rem}
.breakdown-row td{border-top:0;padding-top:0}
.by-sex{margin:0 0 .5rem;padding:.5rem .75rem;border-left:3px solid var(--line)}
.by-sex figcaption{font-size:.85rem;font-weight:600}
.by-sex svg{display:block;max-width:100%;height:auto}
.note{margin:.35rem 0 0;color:var(--muted);font-size:.85rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:48rem){.page{padding:0 .75rem 2rem}}
@media print{
html{font-size:10pt}
body{font-size:1rem}
.page{max-width:none;padding:0}
.card{background:none}
.table-wrap{overflow:visible}
table.activities{min-width:0}
th,td{padding:.3em .35em}
.num{white-space:normal}
h2{break-after:avoid}
caption{break-after:avoid}
thead{display:table-header-group}
tr,figure,.card{break-inside:avoid}
.swatch,.meter span,.activity-row>*,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
@page{margin:15mm}
`;

/**
 * The follow-up of one year as a self-contained HTML5 document (*uppföljningsrapport*): inline CSS and SVG, no
 * scripts, no external resources (a Content-Security-Policy forbids them), readable on screen and in print.
 * It has a header (plan title, period, year, as-of date); an overview with the number of activities,
 * reporting coverage (*rapporteringsgrad*), gender coverage (*könsuppdelning*) and a chart of activities per
 * status; per sub-goal (*delmål*, one `h2` each) its status chart and one table per collaboration area
 * (caption: the area's title) with a row per activity and one per indicator (code, text, status as a label
 * with a colour swatch, reason, value, target, change from the previous year and from the baseline, comments),
 * and each breakdown by sex as a small bar chart with small counts shown as `..`; and a section "Saknas"
 * listing the values that are missing. Every chart is an `<svg role="img">` with `<title>` and `<desc>`, and
 * its numbers are also given as text. All plan text is escaped.
 *
 * @throws {@link ReportError} `no_years`, `unknown_year`, `invalid_lang`, `invalid_threshold`.
 * @example
 * ```ts
 * const html = reportHtml(evaluatePlan(plan, observations, { asOf: "2020-03-31" }), { year: 2019 });
 * await writeFile("uppfoljning-2019.html", html);
 * ```
 */
export function reportHtml(evaluation: PlanEvaluation, options: HtmlReportOptions = {}): string {
  const ctx = context(evaluation, options);
  const threshold = suppressionThreshold(options.suppressBelow, ctx.lang);
  let ids = 0;
  const nextId = (): string => `chart-${++ids}`;
  const title = options.title ?? evaluation.plan.title;
  const { labels, year } = ctx;

  const body = [
    header(evaluation, title, ctx),
    "<main>",
    overview(evaluation, ctx, nextId),
    ...evaluation.subGoals.map((subGoal, i) => subGoalSection(subGoal, i, ctx, threshold, nextId)),
    missingSection(evaluation, ctx),
    "</main>",
  ];
  return [
    "<!DOCTYPE html>",
    `<html lang="${ctx.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Plan text is user data: even if some of it slipped through unescaped, nothing could run or load.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${esc(`${title} – ${labels.followUp(year)}`)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    '<div class="page">',
    ...body,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function header(evaluation: PlanEvaluation, title: string, ctx: ReportContext): string {
  const { labels, year } = ctx;
  const { start, end } = evaluation.plan.period;
  const meta: [string, string][] = [
    [labels.planPeriod, start === end ? start : `${start}–${end}`],
    [labels.followUpYear, String(year)],
    [labels.asOf, evaluation.asOf],
  ];
  return [
    '<header class="report-header">',
    `<p class="kicker">${esc(labels.followUp(year))}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<dl class="meta">${meta.map(([dt, dd]) => `<div><dt>${esc(dt)}</dt><dd>${esc(dd)}</dd></div>`).join("")}</dl>`,
    "</header>",
  ].join("\n");
}

function overview(evaluation: PlanEvaluation, ctx: ReportContext, nextId: () => string): string {
  const { labels, lang, year } = ctx;
  const summary = yearOf(evaluation.summary, year);
  const coverage = yearOf(evaluation.coverage, year);
  const gender = yearOf(evaluation.genderCoverage, year);
  const cards = [
    card(
      labels.summaryHeaders[1],
      num(summary?.total ?? 0, lang),
      labels.withIndicators(num(yearOf(evaluation.indicatorSummary, year)?.total ?? 0, lang)),
      undefined,
    ),
    shareCard(
      labels.reportingCoverage,
      coverage?.share,
      labels.reportingCoverageText(num(coverage?.reported ?? 0, lang), num(coverage?.expected ?? 0, lang)),
      labels.nothingDue,
      lang,
    ),
    shareCard(
      labels.genderCoverage,
      gender?.share,
      labels.genderCoverageText(num(gender?.withSex ?? 0, lang), num(gender?.peopleCounts ?? 0, lang)),
      labels.noPeopleCounts,
      lang,
    ),
  ];
  return [
    '<section aria-labelledby="overview">',
    `<h2 id="overview">${esc(labels.overview)}</h2>`,
    `<div class="cards">${cards.join("")}</div>`,
    statusChart(summary, labels.statusChart(undefined, year), ctx, nextId()),
    "</section>",
  ].join("\n");
}

function card(label: string, value: string, text: string | undefined, share: number | undefined): string {
  const meter =
    share === undefined
      ? ""
      : `<div class="meter" aria-hidden="true"><span style="width:${Math.round(Math.min(Math.max(share, 0), 1) * 1000) / 10}%"></span></div>`;
  const note = text === undefined ? "" : `<p class="card-text">${esc(text)}</p>`;
  return `<div class="card"><p class="card-label">${esc(label)}</p><p class="card-value">${esc(value)}</p>${meter}${note}</div>`;
}

/** A card of a coverage share; the evaluation leaves the share out when there is nothing to divide by. */
function shareCard(label: string, share: number | undefined, text: string, none: string, lang: Lang): string {
  return share === undefined ? card(label, "–", none, undefined) : card(label, percent(share, lang), text, share);
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Activities per status as one stacked bar, with a legend that gives every number as text. */
function statusChart(summary: StatusSummary | undefined, title: string, ctx: ReportContext, id: string): string {
  const { labels, lang } = ctx;
  if (summary === undefined || summary.total === 0) return `<p class="note">${esc(labels.noActivities)}</p>`;
  const width = 600;
  const height = 28;
  const present = STATUSES.filter((status) => summary.counts[status] > 0);
  let x = 0;
  const segments = present.map((status) => {
    const w = (summary.counts[status] / summary.total) * width;
    const rect = `<rect x="${round(x)}" y="0" width="${round(w)}" height="${height}" fill="${COLOURS[status]}" stroke="#fff" stroke-width="2"/>`;
    x += w;
    return rect;
  });
  const desc = `${labels.activityCount(num(summary.total, lang))}: ${present
    .map((status) => `${labels.status[status]} ${num(summary.counts[status], lang)}`)
    .join(", ")}.`;
  const legend = STATUSES.map(
    (status) =>
      `<li${summary.counts[status] === 0 ? ' class="zero"' : ""}>${swatch(status)}${esc(labels.status[status])} <span class="count">${esc(num(summary.counts[status], lang))}</span> ` +
      `<span class="share">(${esc(percent(summary.shares[status], lang))})</span></li>`,
  ).join("");
  return [
    '<figure class="status-chart">',
    // The svg's title says the same, with the scope, to a screen reader.
    `<figcaption aria-hidden="true">${esc(labels.activitiesByStatus(ctx.year))}</figcaption>`,
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(desc)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#f6f8fa" stroke="#8c959f"/>`,
    ...segments,
    "</svg>",
    `<ul class="legend" aria-label="${esc(title)}">${legend}</ul>`,
    "</figure>",
  ].join("\n");
}

const swatch = (status: Status): string => `<span class="swatch s-${status}" aria-hidden="true"></span>`;

function statusCell(status: Status | undefined, ctx: ReportContext): string {
  return status === undefined ? "<td>–</td>" : `<td><span class="status">${swatch(status)}${esc(ctx.labels.status[status])}</span></td>`;
}

function subGoalSection(
  subGoal: SubGoalEvaluation,
  index: number,
  ctx: ReportContext,
  threshold: number,
  nextId: () => string,
): string {
  const { labels, year } = ctx;
  const heading = labels.subGoal(subGoal.code, subGoal.name);
  const id = `sub-goal-${index + 1}`;
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${esc(heading)}</h2>`,
    `<p class="lead">${esc(subGoal.text)}</p>`,
    statusChart(yearOf(subGoal.years, year), labels.statusChart(heading, year), ctx, nextId()),
    ...subGoal.areas.map((area) => areaTable(area, ctx, threshold, nextId)),
    "</section>",
  ].join("\n");
}

function areaTable(area: CollaborationAreaEvaluation, ctx: ReportContext, threshold: number, nextId: () => string): string {
  // Value and target are numbers, right-aligned like their cells.
  const headers = ctx.labels.tableHeaders
    .map((h, i) => `<th scope="col"${i === 4 || i === 5 ? ' class="num"' : ""}>${esc(h)}</th>`)
    .join("");
  return [
    // Narrow screens scroll the table sideways rather than crush its columns; the keyboard can scroll it too.
    `<div class="table-wrap" role="region" aria-label="${esc(area.title)}" tabindex="0">`,
    '<table class="activities">',
    `<caption>${esc(area.title)}</caption>`,
    '<colgroup><col style="width:7%"><col style="width:23%"><col style="width:13%"><col><col style="width:9%"><col style="width:7%"><col style="width:14%"></colgroup>',
    `<thead><tr>${headers}</tr></thead>`,
    ...area.activities.map((activity) => activityBody(activity, ctx, threshold, nextId)),
    "</table>",
    "</div>",
  ].join("\n");
}

function activityBody(activity: ActivityEvaluation, ctx: ReportContext, threshold: number, nextId: () => string): string {
  const ay = yearOf(activity.years, ctx.year);
  const rows = [
    '<tr class="activity-row">' +
      `<th scope="row" class="code">${esc(activity.code)}</th>` +
      `<td>${esc(activity.text)}</td>` +
      statusCell(ay?.status, ctx) +
      `<td class="reason">${ay === undefined ? "" : esc(ay.message)}</td>` +
      '<td class="num"></td><td class="num"></td><td></td></tr>',
  ];
  for (const indicator of activity.indicators) {
    const iy = yearOf(indicator.years, ctx.year);
    if (iy !== undefined) rows.push(...indicatorRows(indicator, iy, ctx, threshold, nextId));
  }
  return `<tbody>\n${rows.join("\n")}\n</tbody>`;
}

function indicatorRows(
  indicator: IndicatorEvaluation,
  iy: IndicatorYear,
  ctx: ReportContext,
  threshold: number,
  nextId: () => string,
): string[] {
  const { labels } = ctx;
  const extras = [
    ...accountsOf(iy).map((text) => `${labels.account}: ${text}`),
    ...commentsOf(iy).map((text) => `${labels.comment}: ${text}`),
  ];
  const reason = [`<p>${esc(iy.message)}</p>`, ...extras.map((text) => `<p class="extra">${esc(text)}</p>`)].join("");
  const progress = progressText(indicator, iy, ctx);
  const value =
    (iy.value === undefined ? "–" : esc(quantity(indicator, iy.value, ctx))) +
    (progress === undefined ? "" : `<br><span class="muted">${esc(progress)}</span>`);
  const target = targetText(indicator, iy, ctx);
  const changes = changeTexts(indicator, iy, ctx)
    .map((c) => `<div class="change"><span class="amount">${esc(c.amount)}</span><br><span class="muted">${esc(c.note)}</span></div>`)
    .join("");
  const rows = [
    '<tr class="indicator-row">' +
      `<th scope="row"><span class="visually-hidden">${esc(labels.indicator)} </span>${esc(indicator.id)}</th>` +
      `<td>${esc(indicator.text)}</td>` +
      statusCell(iy.status, ctx) +
      `<td class="reason">${reason}</td>` +
      `<td class="num">${value}</td>` +
      `<td class="num">${target === undefined ? "–" : esc(target)}</td>` +
      `<td>${changes === "" ? "–" : changes}</td></tr>`,
  ];
  const breakdown = breakdownOf(indicator, iy, threshold, ctx);
  if (breakdown !== undefined) {
    const figure = breakdownFigure(breakdown, labels.bySex(indicator.id, iy.year), threshold, ctx, nextId());
    rows.push(`<tr class="breakdown-row"><td></td><td colspan="6">${figure}</td></tr>`);
  }
  return rows;
}

/** A breakdown by sex as small horizontal bars, one per cell, with the numbers also as a list. */
function breakdownFigure(breakdown: Breakdown, title: string, threshold: number, ctx: ReportContext, id: string): string {
  const { labels, lang } = ctx;
  if (breakdown.withheld) {
    return `<figure class="by-sex"><figcaption>${esc(title)}</figcaption><p class="note">${esc(labels.withheldNote)}</p></figure>`;
  }
  // Room for the longest label at about 7 px a character of 13 px text.
  const labelWidth = Math.max(60, Math.ceil(Math.max(...breakdown.cells.map((c) => c.label.length)) * 7.2) + 14);
  const barWidth = 200;
  const rowHeight = 24;
  const height = breakdown.cells.length * rowHeight + 4;
  const max = Math.max(0, ...breakdown.cells.map((c) => c.value ?? 0));
  const rows = breakdown.cells.map((cell, i) => {
    const y = i * rowHeight + 2;
    const w = cell.value === undefined || max === 0 ? 0 : round((cell.value / max) * barWidth);
    const bar = w > 0 ? `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="16" fill="#0072b2"/>` : "";
    return (
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" fill="#1f2328" font-size="13">${esc(cell.label)}</text>` +
      bar +
      `<text x="${labelWidth + w + 6}" y="${y + 16}" fill="#1f2328" font-size="13" font-weight="600">${esc(cell.text)}</text>`
    );
  });
  const numbers = breakdown.cells.map((c) => `${c.label}: ${c.text}`);
  const note = breakdown.suppressed ? `<p class="note">${esc(labels.suppressedNote(num(threshold, lang)))}</p>` : "";
  return [
    '<figure class="by-sex">',
    `<figcaption aria-hidden="true">${esc(title)}</figcaption>`,
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" width="${labelWidth + barWidth + 50}" height="${height}">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(numbers.join("; "))}</desc>`,
    `<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}" stroke="#8c959f"/>`,
    ...rows,
    "</svg>",
    `<ul class="visually-hidden">${numbers.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`,
    note,
    "</figure>",
  ].join("");
}

function missingSection(evaluation: PlanEvaluation, ctx: ReportContext): string {
  const { labels, year } = ctx;
  const missing = evaluation.missing.filter((m) => m.year === year);
  const content =
    missing.length === 0
      ? `<p>${esc(labels.nothingMissing(year))}</p>`
      : [
          '<table class="missing">',
          `<caption>${esc(labels.missingCaption(year))}</caption>`,
          '<colgroup><col style="width:8em"><col style="width:8em"><col></colgroup>',
          `<thead><tr>${labels.missingHeaders.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>`,
          "<tbody>",
          ...missing.map(
            (m) => `<tr><td>${esc(m.activity)}</td><td>${esc(m.indicator)}</td><td>${esc(m.text)}</td></tr>`,
          ),
          "</tbody>",
          "</table>",
        ].join("\n");
  const unmatched = unmatchedText(evaluation, ctx);
  return [
    '<section aria-labelledby="missing">',
    `<h2 id="missing">${esc(labels.missing)}</h2>`,
    content,
    ...(unmatched === undefined ? [] : [`<p class="note">${esc(unmatched)}</p>`]),
    "</section>",
  ].join("\n");
}

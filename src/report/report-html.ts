import type { Lang } from "../core/lang.js";
import { numberText, percentText, periodText } from "../core/wording.js";
import {
  type ActivityEvaluation,
  type IndicatorEvaluation,
  type IndicatorYear,
  type PlanEvaluation,
  STATUSES,
  type Status,
  type StatusSummary,
  type SubGoalEvaluation,
} from "../evaluate/types.js";
import { append } from "../internal/append.js";
import { type Html, html, joinHtml, pageHead } from "../internal/html.js";
import { COLOURS, STYLE } from "./html-style.js";
import {
  accountsOf,
  type Breakdown,
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

  // Plan text is user data: even if some of it slipped through unescaped, the policy lets nothing run or load.
  const head = html`${pageHead(ctx.lang, html`${title} – ${labels.followUp(year)}`, STYLE)}
<div class="page">`;
  return joinHtml(
    [
      head,
      header(evaluation, title, ctx),
      html`<main>`,
      overview(evaluation, ctx, nextId),
      ...evaluation.subGoals.map((subGoal, i) => subGoalSection(subGoal, i, ctx, threshold, nextId)),
      missingSection(evaluation, ctx),
      html`</main>\n</div>\n</body>\n</html>\n`,
    ],
    "\n",
  ).value;
}

function header(evaluation: PlanEvaluation, title: string, ctx: ReportContext): Html {
  const { labels, year } = ctx;
  const { start, end } = evaluation.plan.period;
  const meta: [string, string][] = [
    [labels.planPeriod, periodText({ start, end })],
    [labels.followUpYear, String(year)],
    [labels.asOf, evaluation.asOf],
  ];
  return html`<header class="report-header">
<p class="kicker">${labels.followUp(year)}</p>
<h1>${title}</h1>
<dl class="meta">${meta.map(([dt, dd]) => html`<div><dt>${dt}</dt><dd>${dd}</dd></div>`)}</dl>
</header>`;
}

function overview(evaluation: PlanEvaluation, ctx: ReportContext, nextId: () => string): Html {
  const { labels, lang, year } = ctx;
  const summary = yearOf(evaluation.summary, year);
  const coverage = yearOf(evaluation.coverage, year);
  const gender = yearOf(evaluation.genderCoverage, year);
  const cards = [
    card(
      labels.summaryHeaders[1],
      numberText(summary?.total ?? 0, lang),
      labels.withIndicators(numberText(yearOf(evaluation.indicatorSummary, year)?.total ?? 0, lang)),
      undefined,
    ),
    shareCard(
      labels.reportingCoverage,
      coverage?.share,
      labels.reportingCoverageText(numberText(coverage?.reported ?? 0, lang), numberText(coverage?.expected ?? 0, lang)),
      labels.nothingDue,
      lang,
    ),
    shareCard(labels.genderCoverage, gender?.share, genderCoverageWords(gender, lang, labels), labels.noPeopleCounts, lang),
  ];
  return html`<section aria-labelledby="overview">
<h2 id="overview">${labels.overview}</h2>
<div class="cards">${cards}</div>
${statusChart(summary, labels.statusChart(undefined, year), ctx, nextId())}
</section>`;
}

function card(label: string, value: string, text: string | undefined, share: number | undefined): Html {
  const width = share === undefined ? undefined : Math.round(Math.min(Math.max(share, 0), 1) * 1000) / 10;
  const meter = width !== undefined && html`<div class="meter" aria-hidden="true"><span style="width:${width}%"></span></div>`;
  const note = text !== undefined && html`<p class="card-text">${text}</p>`;
  return html`<div class="card"><p class="card-label">${label}</p><p class="card-value">${value}</p>${meter}${note}</div>`;
}

/** A card of a coverage share; the evaluation leaves the share out when there is nothing to divide by. */
function shareCard(label: string, share: number | undefined, text: string, none: string, lang: Lang): Html {
  return share === undefined ? card(label, "–", none, undefined) : card(label, percentText(share, lang), text, share);
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Activities per status as one stacked bar, with a legend that gives every number as text. */
function statusChart(summary: StatusSummary | undefined, title: string, ctx: ReportContext, id: string): Html {
  const { labels, lang } = ctx;
  if (summary === undefined || summary.total === 0) return html`<p class="note">${labels.noActivities}</p>`;
  const width = 600;
  const height = 28;
  const present = STATUSES.filter((status) => summary.counts[status] > 0);
  let x = 0;
  const segments = present.map((status) => {
    const w = (summary.counts[status] / summary.total) * width;
    const rect = html`<rect x="${round(x)}" y="0" width="${round(w)}" height="${height}" fill="${COLOURS[status]}" stroke="#fff" stroke-width="2"/>`;
    x += w;
    return rect;
  });
  const desc = `${labels.activityCount(numberText(summary.total, lang))}: ${present
    .map((status) => `${labels.status[status]} ${numberText(summary.counts[status], lang)}`)
    .join(", ")}.`;
  const legend = STATUSES.map((status) =>
    joinHtml([
      html`<li${summary.counts[status] === 0 && html` class="zero"`}>${swatch(status)}${labels.status[status]} `,
      html`<span class="count">${numberText(summary.counts[status], lang)}</span> `,
      html`<span class="share">(${percentText(summary.shares[status], lang)})</span></li>`,
    ]),
  );
  return joinHtml(
    [
      html`<figure class="status-chart">`,
      // The svg's title says the same, with the scope, to a screen reader.
      html`<figcaption aria-hidden="true">${labels.activitiesByStatus(ctx.year)}</figcaption>`,
      html`<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
      html`<title id="${id}-title">${title}</title>`,
      html`<desc id="${id}-desc">${desc}</desc>`,
      html`<rect x="0" y="0" width="${width}" height="${height}" fill="#f6f8fa" stroke="#8c959f"/>`,
      ...segments,
      html`</svg>`,
      html`<ul class="legend" aria-label="${title}">${legend}</ul>`,
      html`</figure>`,
    ],
    "\n",
  );
}

const swatch = (status: Status): Html => html`<span class="swatch s-${status}" aria-hidden="true"></span>`;

function statusCell(status: Status | undefined, ctx: ReportContext): Html {
  return status === undefined ? html`<td>–</td>` : html`<td><span class="status">${swatch(status)}${ctx.labels.status[status]}</span></td>`;
}

function subGoalSection(subGoal: SubGoalEvaluation, index: number, ctx: ReportContext, threshold: number, nextId: () => string): Html {
  const { labels, year } = ctx;
  const heading = labels.subGoal(subGoal.code, subGoal.name);
  const id = `sub-goal-${index + 1}`;
  return joinHtml(
    [
      html`<section aria-labelledby="${id}">`,
      html`<h2 id="${id}">${heading}</h2>`,
      html`<p class="lead">${subGoal.text}</p>`,
      statusChart(yearOf(subGoal.years, year), labels.statusChart(heading, year), ctx, nextId()),
      // Activities directly under the sub-goal (a plan without areas) get a table without an area's caption.
      ...(subGoal.activities === undefined ? [] : [activityTable(subGoal.activities, undefined, heading, ctx, threshold, nextId)]),
      ...subGoal.areas.map((area) => activityTable(area.activities, area.title, area.title, ctx, threshold, nextId)),
      html`</section>`,
    ],
    "\n",
  );
}

/** A table of activities: an area's, captioned with its title, or a sub-goal's own, named by its heading. */
function activityTable(
  activities: readonly ActivityEvaluation[],
  caption: string | undefined,
  name: string,
  ctx: ReportContext,
  threshold: number,
  nextId: () => string,
): Html {
  // Value and target are numbers, right-aligned like their cells.
  const headers = ctx.labels.tableHeaders.map((h, i) => html`<th scope="col"${(i === 4 || i === 5) && html` class="num"`}>${h}</th>`);
  return joinHtml(
    [
      // Narrow screens scroll the table sideways rather than crush its columns; the keyboard can scroll it too.
      html`<div class="table-wrap" role="region" aria-label="${name}" tabindex="0">`,
      html`<table class="activities">`,
      ...(caption === undefined ? [] : [html`<caption>${caption}</caption>`]),
      html`<colgroup><col style="width:7%"><col style="width:23%"><col style="width:13%"><col><col style="width:9%"><col style="width:7%"><col style="width:14%"></colgroup>`,
      html`<thead><tr>${headers}</tr></thead>`,
      ...activities.map((activity) => activityBody(activity, ctx, threshold, nextId)),
      html`</table>`,
      html`</div>`,
    ],
    "\n",
  );
}

function activityBody(activity: ActivityEvaluation, ctx: ReportContext, threshold: number, nextId: () => string): Html {
  const ay = yearOf(activity.years, ctx.year);
  const rows = [
    joinHtml([
      html`<tr class="activity-row">`,
      html`<th scope="row" class="code">${activity.code}</th>`,
      html`<td>${activity.text}</td>`,
      statusCell(ay?.status, ctx),
      html`<td class="reason">${ay?.message}</td>`,
      html`<td class="num"></td><td class="num"></td><td></td></tr>`,
    ]),
  ];
  for (const indicator of activity.indicators) {
    const iy = yearOf(indicator.years, ctx.year);
    if (iy !== undefined) append(rows, indicatorRows(indicator, iy, ctx, threshold, nextId));
  }
  return html`<tbody>\n${joinHtml(rows, "\n")}\n</tbody>`;
}

function indicatorRows(
  indicator: IndicatorEvaluation,
  iy: IndicatorYear,
  ctx: ReportContext,
  threshold: number,
  nextId: () => string,
): Html[] {
  const { labels } = ctx;
  const extras = [
    ...accountsOf(iy).map((text) => `${labels.account}: ${text}`),
    ...commentsOf(iy).map((text) => `${labels.comment}: ${text}`),
  ];
  const reason = [html`<p>${iy.message}</p>`, ...extras.map((text) => html`<p class="extra">${text}</p>`)];
  const progress = progressText(indicator, iy, ctx);
  const value = html`${iy.value === undefined ? "–" : quantity(indicator, iy.value, ctx)}${
    progress !== undefined && html`<br><span class="muted">${progress}</span>`
  }`;
  const changes = changeTexts(indicator, iy, ctx).map(
    (c) => html`<div class="change"><span class="amount">${c.amount}</span><br><span class="muted">${c.note}</span></div>`,
  );
  const rows = [
    joinHtml([
      html`<tr class="indicator-row">`,
      html`<th scope="row"><span class="visually-hidden">${labels.indicator} </span>${indicator.id}</th>`,
      html`<td>${indicator.text}</td>`,
      statusCell(iy.status, ctx),
      html`<td class="reason">${reason}</td>`,
      html`<td class="num">${value}</td>`,
      html`<td class="num">${targetText(indicator, iy, ctx) ?? "–"}</td>`,
      html`<td>${changes.length === 0 ? "–" : changes}</td></tr>`,
    ]),
  ];
  const breakdown = breakdownOf(indicator, iy, threshold, ctx);
  if (breakdown !== undefined) {
    const figure = breakdownFigure(breakdown, labels.bySex(indicator.id, iy.year), threshold, ctx, nextId());
    rows.push(html`<tr class="breakdown-row"><td></td><td colspan="6">${figure}</td></tr>`);
  }
  const units = unitBreakdownsOf(indicator, iy, threshold, ctx);
  if (units.length > 0) {
    const suppressed = units.some((u) => u.suppressed);
    const items = units.map((u) => html`<p class="by-unit"><strong>${u.title}</strong>: ${u.parts}</p>`);
    const note = suppressed && html`<p class="note">${labels.suppressedNote(numberText(threshold, ctx.lang))}</p>`;
    rows.push(html`<tr class="breakdown-row"><td></td><td colspan="6">${items}${note}</td></tr>`);
  }
  return rows;
}

/** A breakdown by sex as small horizontal bars, one per cell, with the numbers also as a list. */
function breakdownFigure(breakdown: Breakdown, title: string, threshold: number, ctx: ReportContext, id: string): Html {
  const { labels, lang } = ctx;
  if (breakdown.withheld) {
    return html`<figure class="by-sex"><figcaption>${title}</figcaption><p class="note">${labels.withheldNote}</p></figure>`;
  }
  // Room for the longest label at about 7 px a character of 13 px text.
  const labelWidth = Math.max(60, Math.ceil(Math.max(...breakdown.cells.map((c) => c.label.length)) * 7.2) + 14);
  const barWidth = 200;
  const width = labelWidth + barWidth + 50;
  const rowHeight = 24;
  const height = breakdown.cells.length * rowHeight + 4;
  const max = Math.max(0, ...breakdown.cells.map((c) => c.value ?? 0));
  const rows = breakdown.cells.map((cell, i) => {
    const y = i * rowHeight + 2;
    const w = cell.value === undefined || max === 0 ? 0 : round((cell.value / max) * barWidth);
    return joinHtml([
      html`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" fill="#1f2328" font-size="13">${cell.label}</text>`,
      w > 0 && html`<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="16" fill="#0072b2"/>`,
      html`<text x="${labelWidth + w + 6}" y="${y + 16}" fill="#1f2328" font-size="13" font-weight="600">${cell.text}</text>`,
    ]);
  });
  const numbers = breakdown.cells.map((c) => `${c.label}: ${c.text}`);
  return joinHtml([
    html`<figure class="by-sex">`,
    html`<figcaption aria-hidden="true">${title}</figcaption>`,
    html`<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    html`<title id="${id}-title">${title}</title>`,
    html`<desc id="${id}-desc">${numbers.join("; ")}</desc>`,
    html`<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}" stroke="#8c959f"/>`,
    ...rows,
    html`</svg>`,
    html`<ul class="visually-hidden">${numbers.map((n) => html`<li>${n}</li>`)}</ul>`,
    breakdown.suppressed && html`<p class="note">${labels.suppressedNote(numberText(threshold, lang))}</p>`,
    html`</figure>`,
  ]);
}

function missingSection(evaluation: PlanEvaluation, ctx: ReportContext): Html {
  const { labels, year } = ctx;
  const missing = evaluation.missing.filter((m) => m.year === year);
  const content =
    missing.length === 0
      ? html`<p>${labels.nothingMissing(year)}</p>`
      : joinHtml(
          [
            html`<table class="missing">`,
            html`<caption>${labels.missingCaption(year)}</caption>`,
            html`<colgroup><col style="width:8em"><col style="width:8em"><col></colgroup>`,
            html`<thead><tr>${labels.missingHeaders.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>`,
            html`<tbody>`,
            ...missing.map((m) => html`<tr><td>${m.activity}</td><td>${m.indicator}</td><td>${m.text}</td></tr>`),
            html`</tbody>`,
            html`</table>`,
          ],
          "\n",
        );
  const unmatched = unmatchedText(evaluation, ctx);
  return joinHtml(
    [
      html`<section aria-labelledby="missing">`,
      html`<h2 id="missing">${labels.missing}</h2>`,
      content,
      unmatched !== undefined && html`<p class="note">${unmatched}</p>`,
      html`</section>`,
    ],
    "\n",
  );
}

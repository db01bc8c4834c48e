import * as z from "zod/mini";
import type { Lang } from "../core/lang.js";
import type { Catalogue } from "../core/messages.js";
import { resolveLang } from "../core/resolve-lang.js";
import { csvField, escapeMarkdown, guardFormula } from "../internal/escape.js";
import { html, joinHtml, pageHead } from "../internal/html.js";
import { canonicalJson } from "../parse/canonical-json.js";
import type { ChainView } from "../validate/chain-view.js";
import { STYLE } from "./html-style.js";

// The chain view's own words. They live beside its renderers, not in report/messages.ts, so that the chain view
// stays one piece that the evaluation reports do not depend on.
type Labels = {
  title: { title: string; id: string };
  municipality: Record<string, never>;
  municipality_code: Record<string, never>;
  plan: Record<string, never>;
  plan_id: Record<string, never>;
  sub_goals: Record<string, never>;
  areas: Record<string, never>;
  activities: Record<string, never>;
  no_plan: Record<string, never>;
  without_plan: { names: string };
  not_followed: { codes: string };
  none: Record<string, never>;
  takes_up: { municipality: string; subGoal: string };
  matrix_caption: Record<string, never>;
};
const labels: Catalogue<Labels> = {
  sv: {
    title: (d) => `Kedjan: ${d.title} (${d.id})`,
    municipality: () => "Kommun",
    municipality_code: () => "Kommunkod",
    plan: () => "Lokal plan",
    plan_id: () => "Planens id",
    sub_goals: () => "Delmål",
    areas: () => "Områden",
    activities: () => "Aktiviteter",
    no_plan: () => "ingen lokal plan",
    without_plan: (d) => `Kommuner utan lokal plan: ${d.names}`,
    not_followed: (d) => `Delmål som ingen kommun följer: ${d.codes}`,
    none: () => "inga",
    takes_up: (d) => `${d.municipality} följer delmål ${d.subGoal}`,
    matrix_caption: () => "Vilka regionala delmål varje kommuns lokala plan följer",
  },
  en: {
    title: (d) => `The chain: ${d.title} (${d.id})`,
    municipality: () => "Municipality",
    municipality_code: () => "Municipality code",
    plan: () => "Local plan",
    plan_id: () => "Plan id",
    sub_goals: () => "Sub-goals",
    areas: () => "Areas",
    activities: () => "Activities",
    no_plan: () => "no local plan",
    without_plan: (d) => `Municipalities without a local plan: ${d.names}`,
    not_followed: (d) => `Sub-goals no municipality follows: ${d.codes}`,
    none: () => "none",
    takes_up: (d) => `${d.municipality} follows sub-goal ${d.subGoal}`,
    matrix_caption: () => "Which regional sub-goals each municipality's local plan follows",
  },
};

/** Options of the chain view's renderers. */
export interface ChainViewOptions {
  /** Language of the labels; Swedish by default. */
  lang?: Lang;
}

const listOr = (items: readonly string[], lang: Lang): string => (items.length === 0 ? labels[lang].none({}) : items.join(", "));

/**
 * The chain view as Markdown (*kedjevy*): a municipality × sub-goal matrix (✓ where the municipality's local
 * plan takes up the regional sub-goal), the areas and activities each plan takes up, then the municipalities
 * without a local plan and the sub-goals no municipality follows.
 *
 * @example
 * ```ts
 * await writeFile("kedjan.md", chainViewMarkdown(chainView(kronoberg2017, localPlans), { lang: "sv" }));
 * ```
 */
export function chainViewMarkdown(view: ChainView, options: ChainViewOptions = {}): string {
  const lang = resolveLang(options.lang);
  const l = labels[lang];
  const cell = (text: string): string => escapeMarkdown(text);
  const codes = view.subGoals.map((subGoal) => subGoal.code);
  const head = [l.municipality({}), l.plan({}), ...codes, l.areas({}), l.activities({})];
  const rows = view.municipalities.flatMap((m) => {
    if (m.plans.length === 0) return [[m.name, l.no_plan({}), ...codes.map(() => ""), "", ""]];
    return m.plans.map((p) => [
      m.name,
      `${p.title} (${p.id})`,
      ...codes.map((code) => (p.subGoals.includes(code) ? "✓" : "")),
      p.areas.join(", "),
      p.activities.join(", "),
    ]);
  });
  const line = (fields: readonly string[]): string => `| ${fields.map(cell).join(" | ")} |`;
  const names = view.municipalities.filter((m) => m.plans.length === 0).map((m) => m.name);
  return [
    `# ${cell(l.title({ title: view.plan.title, id: view.plan.id }))}`,
    "",
    line(head),
    `|${head.map(() => " --- |").join("")}`,
    ...rows.map(line),
    "",
    cell(l.without_plan({ names: listOr(names, lang) })),
    "",
    cell(l.not_followed({ codes: listOr(view.notFollowed, lang) })),
    "",
  ].join("\n");
}

/**
 * The chain view as one self-contained HTML page (no script, no external resource; a Content-Security-Policy
 * forbids them): the municipality × sub-goal matrix as a table with caption and headers (a ✓ carries its
 * meaning as text for screen readers), the areas and activities each plan takes up, and the two lists.
 *
 * @example
 * ```ts
 * await writeFile("kedjan.html", chainViewHtml(chainView(kronoberg2017, localPlans), { lang: "sv" }));
 * ```
 */
export function chainViewHtml(view: ChainView, options: ChainViewOptions = {}): string {
  const lang = resolveLang(options.lang);
  const l = labels[lang];
  const title = l.title({ title: view.plan.title, id: view.plan.id });
  const headers = html`<tr><th scope="col">${l.municipality({})}</th><th scope="col">${l.plan({})}</th>${view.subGoals.map(
    (subGoal) => html`<th scope="col" title="${subGoal.text}">${subGoal.code}</th>`,
  )}<th scope="col">${l.areas({})}</th><th scope="col">${l.activities({})}</th></tr>`;
  const rows = view.municipalities.flatMap((m) => {
    if (m.plans.length === 0) {
      return [
        html`<tr><th scope="row">${m.name}</th><td>${l.no_plan({})}</td>${view.subGoals.map(() => html`<td></td>`)}<td></td><td></td></tr>`,
      ];
    }
    return m.plans.map(
      (p) =>
        html`<tr><th scope="row">${m.name}</th><td>${p.title} (${p.id})</td>${view.subGoals.map((subGoal) =>
          p.subGoals.includes(subGoal.code)
            ? html`<td><span aria-hidden="true">✓</span><span class="visually-hidden">${l.takes_up({ municipality: m.name, subGoal: subGoal.code })}</span></td>`
            : html`<td></td>`,
        )}<td>${p.areas.join(", ")}</td><td>${p.activities.join(", ")}</td></tr>`,
    );
  });
  const names = view.municipalities.filter((m) => m.plans.length === 0).map((m) => m.name);
  return joinHtml(
    [
      html`${pageHead(lang, title, STYLE)}
<div class="page">
<main>
<h1>${title}</h1>`,
      html`<table><caption>${l.matrix_caption({})}</caption><thead>${headers}</thead><tbody>${rows}</tbody></table>`,
      html`<p>${l.without_plan({ names: listOr(names, lang) })}</p>`,
      html`<p>${l.not_followed({ codes: listOr(view.notFollowed, lang) })}</p>`,
      html`</main>
</div>
</body>
</html>
`,
    ],
    "\n",
  ).value;
}

/**
 * The chain view as CSV: one row per municipality and local plan (a municipality without one has one row with
 * the plan fields empty), the sub-goals, areas and activities taken up each in one field, space-separated.
 * Swedish output is `;`-separated, English `,`-separated, both with a UTF-8 byte order mark; text that would
 * start a formula gets a leading `'`.
 *
 * @example
 * ```ts
 * await writeFile("kedjan.csv", chainViewCsv(chainView(kronoberg2017, localPlans)));
 * ```
 */
export function chainViewCsv(view: ChainView, options: ChainViewOptions = {}): string {
  const lang = resolveLang(options.lang);
  const l = labels[lang];
  const delimiter = lang === "sv" ? ";" : ",";
  const line = (fields: readonly string[]): string => `${fields.map((f) => csvField(guardFormula(f), delimiter)).join(delimiter)}\r\n`;
  const head = [l.municipality_code({}), l.municipality({}), l.plan_id({}), l.plan({}), l.sub_goals({}), l.areas({}), l.activities({})];
  const rows = view.municipalities.flatMap((m) =>
    m.plans.length === 0
      ? [line([m.municipalityCode, m.name, "", "", "", "", ""])]
      : m.plans.map((p) =>
          line([m.municipalityCode, m.name, p.id, p.title, p.subGoals.join(" "), p.areas.join(" "), p.activities.join(" ")]),
        ),
  );
  return `\uFEFF${line(head)}${rows.join("")}`;
}

// No schema describes the view, so every object's keys are in code-point order.
const ANY = /* @__PURE__ */ z.unknown();

/**
 * The chain view as stable JSON: keys in code-point order at every level, two-space indent, final newline.
 * `JSON.parse` gives the view back.
 *
 * @example
 * ```ts
 * JSON.parse(chainViewJson(chainView(kronoberg2017, localPlans))).notFollowed; // ["F", "2", …]
 * ```
 */
export function chainViewJson(view: ChainView): string {
  return canonicalJson(view, ANY);
}

/**
 * HTML through one escaping template. Text becomes markup only through {@link html}, which escapes every
 * string and number put into it; markup is an {@link Html} value, which no plain string can stand in for. So
 * plan text (user data) cannot become markup by a forgotten escape: the mistake does not type-check, and a
 * string that reaches the template anyway is escaped.
 */

// Module-private: only this module can make an Html value (short of a cast).
const brand: unique symbol = Symbol("Html");

/** A fragment of HTML markup, safe to put into a document as it is. */
export interface Html {
  readonly [brand]: true;
  /** The markup. */
  readonly value: string;
}

/**
 * What {@link html} takes between `${…}`: text (a string, escaped), a number, markup, or a list of these.
 * `undefined`, `null` and `false` stand for nothing, so that `${cond && html`…`}` leaves out a part; a
 * number prints even when it is 0. `true` is not taken: it would print nothing or `true`, neither meant.
 */
export type HtmlPart = Html | string | number | false | null | undefined | readonly HtmlPart[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/u;
const SPECIALS = /[&<>"']/gu;

/**
 * Text as HTML: `&`, `<`, `>` and both quotes become entities, so that text can stand in element content and
 * in quoted attribute values without ever becoming markup.
 */
function escapeText(text: string): string {
  // Most text has nothing to escape; testing first spares building a copy of it.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ENTITIES[char] as string) : text;
}

const markup = (value: string): Html => ({ [brand]: true, value });

const isHtml = (part: Html | readonly HtmlPart[]): part is Html => brand in part;

function render(part: HtmlPart): string {
  if (part === undefined || part === null || part === false) return "";
  if (typeof part === "string") return escapeText(part);
  if (typeof part === "number") return String(part);
  if (isHtml(part)) return part.value;
  let value = "";
  for (const item of part) value += render(item);
  return value;
}

/**
 * Markup from a template: the template's own text is markup, and every value in it is escaped unless it is
 * already {@link Html}. Attribute values are escaped too, quotes included, so they must be quoted.
 *
 * @example
 * ```ts
 * html`<td class="${kind}">${plan.title}</td>`.value; // `<td class="x">A &amp; B</td>` for "x" and "A & B"
 * html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`; // lists of markup nest unescaped
 * ```
 */
export function html(template: TemplateStringsArray, ...parts: readonly HtmlPart[]): Html {
  let value = template[0] as string;
  for (let i = 0; i < parts.length; i++) value += render(parts[i] as HtmlPart) + (template[i + 1] as string);
  return markup(value);
}

/**
 * Parts one after another with `separator` (text, escaped) between them; `undefined`, `null` and `false`
 * parts are left out, separator and all.
 *
 * @example
 * ```ts
 * joinHtml([html`<main>`, ...sections, html`</main>`], "\n");
 * ```
 */
export function joinHtml(parts: readonly HtmlPart[], separator = ""): Html {
  const present = parts.filter((part) => part !== undefined && part !== null && part !== false);
  return markup(present.map(render).join(escapeText(separator)));
}

/**
 * The one way in for text that is not escaped: a `<style>` element around a style sheet that is a constant of
 * the code, never data. CSS cannot be escaped as HTML (a `<style>` element does not decode entities), and
 * `<` is refused so that the sheet cannot end the element.
 *
 * @example
 * ```ts
 * const STYLE = rawStyleElement("body{margin:0}"); // `<style>body{margin:0}</style>`
 * ```
 */
export function rawStyleElement(css: string): Html {
  if (css.includes("<")) throw new Error("A style sheet must not contain '<'.");
  return markup(`<style>${css}</style>`);
}

/**
 * The opening of a self-contained page, up to and including `<body>`: language, viewport, a Content Security
 * Policy that loads nothing from outside (inline styles only), the title and the style element. Every HTML page
 * of the library (follow-up report, chain view, plan diff) starts with it.
 *
 * @example
 * ```ts
 * html`${pageHead("sv", "Uppföljning 2019", rawStyleElement("body{margin:0}"))}<h1>…</h1></body></html>`;
 * ```
 */
export function pageHead(lang: string, title: HtmlPart, style: Html): Html {
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
${style}
</head>
<body>`;
}

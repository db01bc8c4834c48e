/**
 * Text as one line of GitHub-flavoured Markdown: every character that could start inline markup (emphasis,
 * code, links, HTML, entities, strikethrough, table pipes, heading marks) is backslash-escaped, and so is a
 * leading list marker (`- `, `+ `, `1. `); line breaks become `<br>` so that a table cell stays on its
 * row. CommonMark allows a backslash before any ASCII punctuation.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#~&]/gu, (char) => `\\${char}`)
    .replace(/^([-+])(?=\s|$)/u, "\\$1")
    .replace(/^(\d+)([.)])(?=\s|$)/u, "$1\\$2")
    .replace(/\r\n?|\n/gu, "<br>");
}

/**
 * One CSV field by RFC 4180: quoted when it holds the delimiter, a quote, a line break or leading or trailing
 * white space, with quotes doubled.
 */
export function csvField(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]|^\s|\s$/u.test(text);
  return needsQuotes ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * What makes a spreadsheet read a text cell as a formula (CSV injection, OWASP): `=`, `+`, `-` or `@`, also in
 * their full-width (`＝＋－＠`) and small (`﹦﹢﹣`) forms, after any white space (LibreOffice and others skip
 * leading spaces and line breaks where Excel does not), or a leading tab, carriage return or line feed.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63])/u;

/** Text that a spreadsheet would run as a formula, with a leading `'` so that it is shown as text; else as is. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

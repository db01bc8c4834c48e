import type { Status } from "../evaluate/types.js";
import { type Html, rawStyleElement } from "../internal/html.js";

// The HTML report's look, in one place: the colours of the statuses (for the legend and the charts) and the style sheet.

/** Colours of the statuses (Okabe–Ito, told apart with colour-vision deficiencies); a label always goes with them. */
export const COLOURS: Record<Status, string> = {
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

// Pure, so that bundles without an HTML report leave the style sheet out.
/** The style sheet as the `<style>` element of the report; the sheet is a constant, so it goes in unescaped. */
export const STYLE: Html = /* @__PURE__ */ rawStyleElement(CSS);

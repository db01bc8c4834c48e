// The size budget: for each ESM entry in package.json "exports", the gzipped size of its file plus the chunks it
// imports statically (what a user's bundle gets), against scripts/size-budget.json. Run after the build, by
// `npm run check:package` (CI) and `npm run size`. Prints a table; exits 1 when an entry is over its budget or an
// entry and the budgets do not match. The fixtures entry embeds whole plans, so its budget is its own.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { esmEntries, formatSize, measureEntries } from "./size.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const read = (path) => readFileSync(join(ROOT, path), "utf8");

const entries = esmEntries(readJson("package.json"));
const budgets = readJson("scripts/size-budget.json");
const { rows, problems } = measureEntries(entries, budgets, read);

const columns = ["entry", "files", "raw", "gzip", "budget", "used", ""];
const table = rows.map((row) => [
  row.entry,
  String(row.files.length),
  formatSize(row.raw),
  formatSize(row.gzip),
  row.budget === undefined ? "none" : formatSize(row.budget),
  row.budget === undefined ? "" : `${Math.round((row.gzip / row.budget) * 100)} %`,
  row.budget === undefined ? "FAIL" : row.over ? "OVER" : "ok",
]);
const widths = columns.map((c, i) => Math.max(c.length, ...table.map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join("  ")
    .trimEnd();
console.log("size budget (gzip of each entry's ESM file and the chunks it imports; 1 kB = 1000 B)");
console.log(line(columns));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of table) console.log(line(row));

const over = rows.filter((row) => row.over);
for (const row of over) {
  console.error(`check-size: ${row.entry} is ${formatSize(row.gzip)} gzipped, over its budget of ${formatSize(row.budget)}`);
}
for (const problem of problems) console.error(`check-size: ${problem} (scripts/size-budget.json)`);
if (over.length > 0 || problems.length > 0) process.exitCode = 1;

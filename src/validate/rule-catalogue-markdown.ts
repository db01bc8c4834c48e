import { rules } from "./rules-catalogue.js";

const cell = (text: string): string => text.replace(/\|/gu, "\\|");

/**
 * The rule catalogue as markdown (*regelkatalog*): the generated part of docs/rules.md, one table row per rule.
 *
 * @example
 * ```ts
 * ruleCatalogueMarkdown().startsWith("# Validation rules"); // true
 * ```
 */
export function ruleCatalogueMarkdown(): string {
  const rows = rules.map(
    (rule) => `| \`${rule.id}\` | ${rule.defaultSeverity} | ${cell(rule.description.sv)} | ${cell(rule.description.en)} |`,
  );
  return [
    "# Validation rules",
    "",
    "Rules that `validatePlan` checks, generated from the rule catalogue (`rules`). Severity is the default; `options.severity` changes it or turns a rule off.",
    "",
    "| id | severity | description (sv) | description (en) |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

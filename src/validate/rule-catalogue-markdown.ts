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
    "`validatePlanDocument` (and `andt-plan validate`) parses and validates a file in one run, so that no issue hides another: every parse issue at its path, and every rule on every part of the plan that could be read. A value of the right type that fails a check (a blank text, a date that does not exist, a malformed code) is reported and its part is still checked. A part that cannot be read (a wrong type, a missing required field) is left out, the smallest part that can go (an array's element or an optional field); it gets one `unreadable_part` info naming the rules that need it (those that count, number or list the parts of the sub-goal, area, activity or indicator around it, resolve actors in the registry, or look for the links to national goals in every sub-goal and area, outside their activities), and those rules report nothing about that whole. When nothing can be read, `unreadable_part` at the root says no rule was checked.",
    "",
    '`validatePlanSet` (and `andt-plan validate <file or directory…>`) validates strategies, regional plans and local plans together: a file saying `"kind": "strategy"` is a strategy, any other a plan. `strategies`, `parentPlan` and `regionalRef` are resolved by id across the set, so a local plan is checked against its parent (`parent_mismatch`, `period_outside_parent`, `unknown_regional_ref`, `regional_ref_mismatch`); a parent or strategy named but not in the set is an info saying what was not checked (`parent_not_given`, `strategy_not_given`); a second file with an id already in the set is a `duplicate_plan_id` error. Every issue names its file as well as its path.',
    "",
    "| id | severity | description (sv) | description (en) |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

import type { Path, Severity } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import type { Plan } from "../model/plan.js";
import { counties } from "../reference/counties.js";
import { municipalities } from "../reference/municipalities.js";
import { type LevelWords, levelWords, withValidationMessage } from "./messages.js";
import { aboutIncompleteWhole, documentPath } from "./parts.js";
import { PlanIndex } from "./plan-index.js";
import { RULES } from "./rule-set.js";
import type { AnyRule, RuleContext, ValidatePlanOptions, ValidationContext, ValidationIssue } from "./types.js";

/** The rules a plan is checked with: every rule not turned off. */
export function activeRules(options: ValidatePlanOptions): AnyRule[] {
  return RULES.filter((rule) => options.severity?.[rule.id] !== "off");
}

/**
 * Runs every active rule on a plan, or on the readable part of a plan file: `unreadable` lists the parts left
 * out (paths in the file), so each issue's path is given in the file, and a rule that needs a left-out part
 * reports nothing around it.
 */
export function runRules(
  plan: Plan,
  context: ValidationContext,
  options: ValidatePlanOptions,
  lang: Lang,
  unreadable: readonly Path[] = [],
): ValidationIssue[] {
  const ruleContext: RuleContext = {
    index: new PlanIndex(plan),
    strategies: context.strategies,
    parent: context.parent,
    parentIndex: context.parent === undefined ? undefined : new PlanIndex(context.parent),
    reference: context.reference ?? { counties: counties(), municipalities: municipalities() },
    policy: context.policy ?? {},
  };
  const issues: ValidationIssue[] = [];
  // The plan's level words, made for its first issue and shared by the others.
  let words: LevelWords | undefined;
  for (const rule of activeRules(options)) {
    // activeRules has left out the rules turned off.
    const setting = options.severity?.[rule.id] as Severity | undefined;
    const needs = rule.needsEveryPart;
    for (const data of rule.check(plan, ruleContext)) {
      const path = unreadable.length === 0 ? data.path : documentPath(data.path, unreadable);
      if (needs !== undefined && aboutIncompleteWhole(needs, path, unreadable)) continue;
      words ??= levelWords(plan.levelNames, lang);
      issues.push(
        withValidationMessage({ ...data, path, severity: setting ?? data.severity ?? rule.defaultSeverity }, lang, plan.levelNames, words),
      );
    }
  }
  return issues;
}

import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import type { ParseIssue } from "../parse/issue.js";
import { lenientParsePlan } from "../parse/lenient-parse-plan.js";
import type { LenientParseResult } from "../parse/options.js";
import { withValidationMessage } from "./messages.js";
import { incompleteWhole } from "./parts.js";
import { activeRules, runRules } from "./run-rules.js";
import type { PlanDocumentReport, ValidatePlanDocumentOptions, ValidationContext, ValidationIssue } from "./types.js";
import { countsOf, inDocumentOrder } from "./validate-plan.js";

/**
 * Parses and validates a plan file in one run (*validering av en planfil*), so that no issue hides another:
 * every parse issue at its path, and every rule of {@link rules} on every part of the plan that could be read
 * ({@link lenientParsePlan}). A blank text, an invalid date or a malformed code is reported and its part is
 * still checked. A part that cannot be read (a wrong type, a missing required field) is left out: it gets one
 * `unreadable_part` info naming the rules that need it, and those rules report nothing around it; every other
 * rule still runs everywhere. Issues come in document order, then by code.
 *
 * @param input - A JSON text, its UTF-8 bytes, or an already parsed value; not changed.
 * @param context - Strategies, parent plan, reference data and policy to check against.
 * @param options - Language, parse limits and severity per rule (`"off"` skips a rule).
 *
 * @example
 * ```ts
 * const report = validatePlanDocument(await readFile("vaxjo.json", "utf8"), { strategies: [andt2016] }, { lang: "en" });
 * for (const issue of report.issues) console.log(issue.path.join("."), issue.code, issue.message);
 * report.plan?.title; // the plan, or what could be read of it
 * ```
 */
export function validatePlanDocument(
  input: unknown,
  context: ValidationContext = {},
  options: ValidatePlanDocumentOptions = {},
): PlanDocumentReport {
  return validateRead(lenientParsePlan(input, options), context, options);
}

/**
 * {@link validatePlanDocument} on a plan already read leniently, so that a caller that needed the plan first
 * (the set, for ids and parents) does not parse it twice. Not part of the public API.
 */
export function validateRead(
  read: LenientParseResult<Plan>,
  context: ValidationContext,
  options: ValidatePlanDocumentOptions,
): PlanDocumentReport {
  const lang = resolveLang(options.lang);
  const plan = read.success ? read.data : read.partial;
  const validation = plan === undefined ? [] : runRules(plan, context, options, lang, read.unreadable);
  const active = activeRules(options);
  const skipped: ValidationIssue[] = read.unreadable.map((path) => {
    const needing = active.filter(
      ({ needsEveryPart: needs }) => plan === undefined || (needs !== undefined && incompleteWhole(needs, path) !== undefined),
    );
    return withValidationMessage({ code: "unreadable_part", severity: "info", path, rules: needing.map((rule) => rule.id) }, lang);
  });
  // With nothing read there is no document order to sort by: the parse issues keep theirs, after the one info.
  const issues: (ParseIssue | ValidationIssue)[] =
    plan === undefined ? [...skipped, ...read.issues] : inDocumentOrder(plan, [...read.issues, ...skipped, ...validation]);
  return { plan, issues, counts: countsOf(issues) };
}

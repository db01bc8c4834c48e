import { enablePatches, produceWithPatches } from "immer";
import type { IssueData } from "../../core/issue.js";
import type { Lang } from "../../core/lang.js";
import { resolveLang } from "../../core/resolve-lang.js";
import type { Plan } from "../../model/plan.js";
import type { ValidationContext, ValidationIssue } from "../../validate/types.js";
import { validatePlan } from "../../validate/validate-plan.js";
import { withEditMessage } from "../messages.js";
import type { EditDescription, EditIssue, EditOptions, EditResult } from "../types.js";
import { toJsonPatch } from "./json-patch.js";
import { firstStructureProblem } from "./structure.js";

/** The result of a refused edit: the plan as it was, no patches, the reasons. */
export function refuse(plan: Plan, edit: EditDescription, issues: readonly IssueData<EditIssue>[], lang: Lang): EditResult {
  return { plan, patches: [], inversePatches: [], issues: issues.map((i) => withEditMessage(i, lang)), edit };
}

// A chain of edits validates each plan once: the report of a plan is kept while the plan lives.
const REPORTS = new WeakMap<Plan, { context: ValidationContext; lang: Lang; issues: ValidationIssue[] }>();

function validationOf(plan: Plan, context: ValidationContext, lang: Lang): ValidationIssue[] {
  const cached = REPORTS.get(plan);
  if (cached !== undefined && cached.context === context && cached.lang === lang) return cached.issues;
  const issues = validatePlan(plan, context, { lang }).issues;
  REPORTS.set(plan, { context, lang, issues });
  return issues;
}

/**
 * The validation issues the edit added: for each code that `after` has more of than `before`, those of its
 * issues whose message `before` does not have. Counting per code first keeps a renumbered indicator's old
 * warning, now under its new id, from counting as new.
 */
function addedIssues(before: readonly ValidationIssue[], after: readonly ValidationIssue[]): ValidationIssue[] {
  const count = (issues: readonly ValidationIssue[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
    return counts;
  };
  const was = count(before);
  const is = count(after);
  const messages = new Set(before.map((i) => `${i.code}\u0000${i.message}`));
  return after.filter(
    (issue) => (is.get(issue.code) ?? 0) > (was.get(issue.code) ?? 0) && !messages.has(`${issue.code}\u0000${issue.message}`),
  );
}

/**
 * Runs an edit's recipe on a draft of the plan with immer and checks the result: a value the file format
 * refuses, or a new error of validation, refuses the edit; new warnings are reported with the edited plan.
 */
export function commit(plan: Plan, edit: EditDescription, recipe: (draft: Plan) => void, options: EditOptions): EditResult {
  const lang = resolveLang(options.lang);
  // Enabled here, not when the module loads, so that a bundle without edits can leave immer out.
  enablePatches();
  const [next, patches, inversePatches] = produceWithPatches(plan, (draft) => {
    recipe(draft as Plan);
  });
  const problem = firstStructureProblem(next, patches);
  if (problem !== undefined) {
    return refuse(
      plan,
      edit,
      [{ code: "invalid_value", severity: "error", path: problem.path, element: edit.element, reason: problem.reason }],
      lang,
    );
  }
  const done: EditResult = { plan: next, patches: toJsonPatch(patches), inversePatches: toJsonPatch(inversePatches), issues: [], edit };
  if (options.validation === false) return done;
  const context = options.validation ?? EMPTY_CONTEXT;
  // An info is advice on the plan as a whole, not a finding of this edit.
  const added = addedIssues(validationOf(plan, context, lang), validationOf(next, context, lang)).filter((v) => v.severity !== "info");
  const issues = added.map((v) =>
    withEditMessage({ code: "validation", severity: v.severity, path: v.path, rule: v.code, validation: v }, lang),
  );
  if (issues.some((i) => i.severity === "error")) return { plan, patches: [], inversePatches: [], issues, edit };
  return { ...done, issues };
}

const EMPTY_CONTEXT: ValidationContext = {};

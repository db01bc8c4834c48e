import { resolveEncoding, type TextEncoding } from "../core/encoding.js";
import type { Severity } from "../core/issue.js";
import { resolveLang } from "../core/resolve-lang.js";
import { decodeAs } from "../internal/encoding.js";
import type { Plan } from "../model/plan.js";
import type { Strategy } from "../model/strategy.js";
import { safeParseObservations } from "../observations/safe-parse-observations.js";
import type { ParseIssue } from "../parse/issue.js";
import { lenientParsePlan } from "../parse/lenient-parse-plan.js";
import type { LenientParseResult } from "../parse/options.js";
import { safeParseStrategy } from "../parse/safe-parse-strategy.js";
import { withValidationMessage } from "./messages.js";
import type {
  PlanSetFile,
  PlanSetFileReport,
  PlanSetReport,
  ValidatePlanDocumentOptions,
  ValidationContext,
  ValidationIssue,
} from "./types.js";
import { countsOf, inDocumentOrder } from "./validate-plan.js";
import { validateRead } from "./validate-plan-document.js";

/**
 * What a file's content declares itself: a strategy (`"kind": "strategy"`), follow-up data (`"kind":
 * "observation_set"`) or, for anything else, a plan.
 */
function kindOf(content: unknown, encoding: TextEncoding | undefined): PlanSetFileReport["kind"] {
  let value = content;
  try {
    const bytes = content instanceof Uint8Array;
    const text =
      bytes && encoding !== undefined && encoding !== "utf-8"
        ? decodeAs(content, encoding)
        : bytes
          ? new TextDecoder().decode(content)
          : content;
    if (typeof text === "string") value = JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch {
    return "plan";
  }
  const kind = typeof value === "object" && value !== null ? (value as { kind?: unknown }).kind : undefined;
  return kind === "strategy" ? "strategy" : kind === "observation_set" ? "observations" : "plan";
}

interface Read {
  file: string;
  kind: PlanSetFileReport["kind"];
  /** A plan file's lenient read, validated later without parsing it again. */
  lenient?: LenientParseResult<Plan>;
  strategy?: Strategy;
  plan?: Plan;
  issues: (ParseIssue | ValidationIssue)[];
}

/**
 * Reads every file once: strategies and follow-up data strictly (their structure is all that is checked here),
 * plans leniently (for their ids and parents).
 */
function readAll(files: readonly PlanSetFile[], options: ValidatePlanDocumentOptions): Read[] {
  return files.map(({ file, content }) => {
    const kind = kindOf(content, resolveEncoding(options.encoding));
    if (kind === "observations") return { file, kind, issues: safeParseObservations(content, options).issues };
    if (kind === "plan") {
      const lenient = lenientParsePlan(content, options);
      const plan = lenient.success ? lenient.data : lenient.partial;
      return plan === undefined ? { file, kind: "plan", lenient, issues: [] } : { file, kind: "plan", lenient, plan, issues: [] };
    }
    const parsed = safeParseStrategy(content, options);
    const read: Read = { file, kind: "strategy", issues: parsed.issues };
    return parsed.success ? { ...read, strategy: parsed.data } : read;
  });
}

/** One `duplicate_plan_id` error for each plan or strategy whose id an earlier file of the set already has. */
function duplicateIds(reads: readonly Read[], options: ValidatePlanDocumentOptions): Map<Read, ValidationIssue> {
  const lang = resolveLang(options.lang);
  const first = new Map<string, string>();
  const duplicates = new Map<Read, ValidationIssue>();
  for (const read of reads) {
    const id = read.plan?.id ?? read.strategy?.id;
    if (id === undefined) continue;
    const firstFile = first.get(id);
    if (firstFile === undefined) first.set(id, read.file);
    else duplicates.set(read, withValidationMessage({ code: "duplicate_plan_id", severity: "error", path: ["id"], id, firstFile }, lang));
  }
  return duplicates;
}

/**
 * Validates a set of files together (*validering av en planuppsättning*): national strategies, regional plans
 * and local plans, and follow-up data beside them. Each file is read as a strategy when it says `"kind":
 * "strategy"`, as follow-up data (its structure checked, as `safeParseObservations` does) when it says `"kind":
 * "observation_set"`, and as a plan otherwise;
 * strategies are checked for their structure, plans with {@link validatePlanDocument}, every issue of a file in
 * one run. `strategies`, `parentPlan` and `regionalRef` are resolved by id across the set: a local plan is checked
 * against its parent (`parent_mismatch`, `period_outside_parent`, `unknown_regional_ref`,
 * `regional_ref_mismatch`), and a parent or strategy named but not in the set is an info saying what was not
 * checked (`parent_not_given`, `strategy_not_given`). Two files with the same id are an error
 * (`duplicate_plan_id`) on the second. Each issue carries its `file`.
 *
 * @param files - Each file's name and content (a JSON text, its UTF-8 bytes, or a parsed value); not changed.
 * @param context - Strategies and a parent to use besides the set's own (a parent given here is every local
 *   plan's), reference data and policy.
 * @param options - Language, parse limits and severity per rule.
 *
 * @example
 * ```ts
 * const report = validatePlanSet([
 *   { file: "kronoberg.json", content: await readFile("kronoberg.json") },
 *   { file: "vaxjo.json", content: await readFile("vaxjo.json") },
 *   { file: "andt-2016-2020.json", content: await readFile("andt-2016-2020.json") },
 * ]);
 * for (const issue of report.issues) console.log(issue.file, issue.path.join("."), issue.message);
 * ```
 */
export function validatePlanSet(
  files: readonly PlanSetFile[],
  context: ValidationContext = {},
  options: ValidatePlanDocumentOptions = {},
): PlanSetReport {
  const reads = readAll(files, options);
  const strategies = [...(context.strategies ?? []), ...reads.flatMap((read) => (read.strategy === undefined ? [] : [read.strategy]))];
  const plans = reads.flatMap((read) => (read.plan === undefined ? [] : [read.plan]));
  const duplicates = duplicateIds(reads, options);
  const reports: PlanSetFileReport[] = reads.map((read) => {
    const duplicate = duplicates.get(read);
    const extra = duplicate === undefined ? [] : [duplicate];
    if (read.lenient === undefined) {
      const issues = [...read.issues, ...extra];
      return { file: read.file, kind: read.kind, issues, counts: countsOf(issues) };
    }
    const parentId = read.plan?.parentPlan;
    const parent = context.parent ?? plans.find((plan) => plan.id === parentId && plan !== read.plan);
    const planContext = { ...context, strategies, ...(parent === undefined ? {} : { parent }) };
    const report = validateRead(read.lenient, planContext, options);
    // A file with nothing readable has no id, so no duplicate either: its issues keep validatePlanDocument's order.
    const issues = extra.length === 0 ? report.issues : inDocumentOrder(report.plan, [...extra, ...report.issues]);
    const fileReport = { file: read.file, kind: read.kind, issues, counts: countsOf(issues) };
    return read.plan === undefined ? fileReport : { ...fileReport, plan: read.plan };
  });
  const issues = reports.flatMap(({ file, issues: fileIssues }) => fileIssues.map((issue) => ({ ...issue, file })));
  const counts: Record<Severity, number> = countsOf(issues);
  return { files: reports, issues, counts };
}

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../core/lang.js";
import { periodText } from "../core/wording.js";
import { evaluatePlan } from "../evaluate/evaluate-plan.js";
import { statusCountsText } from "../evaluate/messages.js";
import { STATUSES } from "../evaluate/types.js";
import { andt2011, andt2016, kronoberg2017, kronobergObservationsInvented } from "../fixtures/index.js";
import type { Plan } from "../model/plan.js";
import { activitiesIn, areasIn } from "../model/traverse.js";
import { FileError } from "../node/file-error.js";
import { writeText } from "../node/write-text.js";
import { allActivities } from "../query/all-activities.js";
import { reportHtml } from "../report/report-html.js";
import { validatePlan } from "../validate/validate-plan.js";
import { commandArgs } from "./args.js";
import { printHelp, wantsHelp } from "./help.js";
import { type CliIo, EXIT, failedAsUsage, say } from "./io.js";

/**
 * A short summary of a plan, in Swedish unless `lang` says English: title, period, owner, each sub-goal with its
 * counts, and who is responsible for how many activities. What `andt-plan demo` prints for the Kronoberg plan.
 */
export function planSummary(plan: Plan, lang: Lang = "sv"): string {
  const names = new Map(plan.actors.map((actor) => [actor.id, actor.name]));
  const lines = [
    plan.title,
    say(lang, "summary_period", { period: periodText(plan.period) }),
    ownerLine(plan, names, lang),
    "",
    say(lang, "summary_sub_goals", {}),
  ];
  for (const goal of plan.subGoals) {
    const activities = activitiesIn(goal).length;
    const label = goal.name === undefined ? goal.code : `${goal.code} (${goal.name})`;
    lines.push(say(lang, "summary_sub_goal", { label, areas: areasIn(goal).length, activities }));
    lines.push(`      ${goal.text}`);
  }
  const activities = allActivities(plan);
  const areas = plan.subGoals.reduce((sum, goal) => sum + areasIn(goal).length, 0);
  lines.push("", say(lang, "summary_total", { subGoals: plan.subGoals.length, areas, activities: activities.length }));
  const responsible = new Map<string, number>();
  for (const activity of activities) {
    for (const id of activity.responsible.actors) responsible.set(id, (responsible.get(id) ?? 0) + 1);
  }
  lines.push("", say(lang, "summary_responsible", {}));
  const ranked = [...responsible].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  for (const [id, count] of ranked) lines.push(`  ${names.get(id) ?? id}: ${count}`);
  return `${lines.join("\n")}\n`;
}

/** The owner's name; for a joint plan without a single owner, the names of its principals. */
function ownerLine(plan: Plan, names: ReadonlyMap<string, string>, lang: Lang): string {
  const owner = plan.owner.name ?? (plan.owner.actor === undefined ? undefined : names.get(plan.owner.actor));
  if (owner !== undefined) return say(lang, "summary_owner", { owner });
  return say(lang, "summary_joint_owners", { owners: plan.owner.principals.map((id) => names.get(id) ?? id) });
}

/** Where `andt-plan demo` writes the HTML report unless `--out` says otherwise (relative to the working directory). */
export const DEMO_REPORT = "andt-plan-demo/uppfoljning-kronoberg-2019.html";

/** The day the demo evaluates as of: fixed, so the demo prints the same every time. */
export const DEMO_AS_OF = "2020-03-31";

/**
 * `andt-plan demo [--out <file>]`: the main job on the shipped Kronoberg plan. It prints the plan's summary,
 * validates it against ANDT 2016–2020 and 2011–2015, evaluates the invented example observations for 2019
 * and writes the HTML follow-up report, printing where it is.
 */
export async function runDemo(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) return printHelp("demo", argv, io);
  const args = commandArgs("demo", argv, io, (list) =>
    parseArgs({ args: [...list], options: { out: { type: "string", default: DEMO_REPORT }, lang: { type: "string", default: "sv" } } }),
  );
  if (typeof args === "number") return args;
  const { lang } = args;
  const out = resolve(args.values.out);
  io.out(planSummary(kronoberg2017, lang));

  const { counts } = validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] }, { lang });
  io.out(`\n${say(lang, "demo_validation", { counts })}\n`);

  const evaluation = evaluatePlan(kronoberg2017, kronobergObservationsInvented, { asOf: DEMO_AS_OF, lang });
  const year = 2019;
  const summary = evaluation.summary.find((s) => s.year === year);
  const coverage = evaluation.coverage.find((c) => c.year === year);
  io.out(`\n${say(lang, "demo_follow_up", { year, asOf: DEMO_AS_OF })}\n`);
  if (summary !== undefined) io.out(`${say(lang, "demo_activities", { statuses: statusCountsText(summary.counts, STATUSES, lang) })}\n`);
  if (coverage !== undefined) io.out(`${say(lang, "demo_reported", { reported: coverage.reported, expected: coverage.expected })}\n`);

  try {
    await writeText(out, reportHtml(evaluation, { year, lang }), lang);
  } catch (error) {
    return failedAsUsage(io, "demo", error, [FileError]);
  }
  io.out(`\n${say(lang, "report_written", { file: out })}\n`);
  return EXIT.ok;
}

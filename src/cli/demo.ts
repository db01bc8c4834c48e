import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { evaluatePlan } from "../evaluate/evaluate-plan.js";
import { STATUSES, type Status } from "../evaluate/types.js";
import { andt2011, andt2016, kronoberg2017, kronobergObservationsInvented } from "../fixtures/index.js";
import type { Plan } from "../model/plan.js";
import { allActivities } from "../query/all-activities.js";
import { reportHtml } from "../report/report-html.js";
import { validatePlan } from "../validate/validate-plan.js";
import { EXIT, usageError, type CliIo } from "./io.js";

/**
 * A short summary of a plan in Swedish: title, period, owner, each sub-goal with its counts, and who is
 * responsible for how many activities. What `andt-plan demo` prints for the Kronoberg plan.
 */
export function planSummary(plan: Plan): string {
  const names = new Map(plan.actors.map((actor) => [actor.id, actor.name]));
  const lines = [
    plan.title,
    `Period: ${plan.period.start}–${plan.period.end}`,
    `Ägare: ${plan.owner.name}`,
    "",
    "Delmål:",
  ];
  for (const goal of plan.subGoals) {
    const activities = goal.areas.reduce((sum, area) => sum + area.activities.length, 0);
    const label = goal.name === undefined ? goal.code : `${goal.code} (${goal.name})`;
    lines.push(`  ${label}: ${goal.areas.length} områden för samhandling, ${activities} aktiviteter`);
    lines.push(`      ${goal.text}`);
  }
  const activities = allActivities(plan);
  const areaCount = plan.subGoals.reduce((sum, goal) => sum + goal.areas.length, 0);
  lines.push("", `Totalt: ${plan.subGoals.length} delmål, ${areaCount} områden för samhandling, ${activities.length} aktiviteter`);
  const responsible = new Map<string, number>();
  for (const activity of activities) {
    for (const id of activity.responsible.actors) responsible.set(id, (responsible.get(id) ?? 0) + 1);
  }
  lines.push("", "Ansvariga aktörer (antal aktiviteter):");
  const ranked = [...responsible].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  for (const [id, count] of ranked) lines.push(`  ${names.get(id) ?? id}: ${count}`);
  return `${lines.join("\n")}\n`;
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
  let args;
  try {
    args = parseArgs({ args: [...argv], options: { out: { type: "string", default: DEMO_REPORT } } });
  } catch (error) {
    return usageError(io, "demo", (error as Error).message, "Usage: andt-plan demo [--out <file>]\n");
  }
  const out = resolve(args.values.out);
  io.out(planSummary(kronoberg2017));

  const { counts } = validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] });
  io.out(`\nValidering mot ANDT 2016–2020 och 2011–2015: ${counts.error} fel, ${counts.warning} varningar, ${counts.info} info\n`);

  const evaluation = evaluatePlan(kronoberg2017, kronobergObservationsInvented, { asOf: DEMO_AS_OF });
  const year = 2019;
  const summary = evaluation.summary.find((s) => s.year === year);
  const coverage = evaluation.coverage.find((c) => c.year === year);
  io.out(`\nUppföljning ${year} (påhittade exempeldata, per ${DEMO_AS_OF}):\n`);
  if (summary !== undefined) {
    const parts = STATUSES.filter((s) => summary.counts[s] > 0).map((s) => `${summary.counts[s]} ${STATUS_WORDS[s]}`);
    io.out(`  Aktiviteter: ${parts.join(", ")}\n`);
  }
  if (coverage !== undefined) io.out(`  Rapporterat: ${coverage.reported} av ${coverage.expected} väntade värden\n`);

  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, reportHtml(evaluation, { year }));
  io.out(`\nRapporten är skriven till ${out}\n`);
  return EXIT.ok;
}

const STATUS_WORDS: Record<Status, string> = {
  met: "uppfyllda",
  partly_met: "delvis uppfyllda",
  not_met: "ej uppfyllda",
  reported: "redovisade utan mål",
  missing: "saknas",
  not_yet_due: "ej aktuella än",
  not_expected: "utan krav i år",
};

import type { Plan } from "../model/plan.js";
import { allActivities } from "../query/all-activities.js";

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

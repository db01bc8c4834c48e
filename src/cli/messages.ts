import type { Path, Severity } from "../core/issue.js";
import type { Catalogue } from "../core/messages.js";
import { pathText, quoted } from "../core/wording.js";

/** The details of each message the command line writes, keyed by code. */
export interface CliMessageDetails {
  /** Node's own words for an argument it cannot read (they are English). */
  invalid_arguments: { detail: string };
  invalid_choice: { option: string; received: string; allowed: readonly string[] };
  option_required: { option: string; value: string };
  no_plan_file: Record<string, never>;
  one_plan_file: Record<string, never>;
  invalid_year: { received: string };
  unknown_command: { command: string };
  context_file_unusable: { file: string; first?: { path: Path; message: string } };
  plan_unreadable: Record<string, never>;
  report_written: { file: string };
  rows_rejected: { count: number };
  observations_unreadable: { file: string };
  validate_summary: { counts: Record<Severity, number>; files: number };
  demo_validation: { counts: Record<Severity, number> };
  demo_follow_up: { year: number; asOf: string };
  demo_activities: { statuses: string };
  demo_reported: { reported: number; expected: number };
  summary_period: { period: string };
  summary_owner: { owner: string };
  summary_joint_owners: { owners: string[] };
  summary_sub_goals: Record<string, never>;
  summary_sub_goal: { label: string; areas: number; activities: number };
  summary_total: { subGoals: number; areas: number; activities: number };
  summary_responsible: Record<string, never>;
  two_plan_files: Record<string, never>;
  plan_file_unusable: { file: string; first?: { path: Path; message: string } };
  diff_summary: { changes: number };
  diff_title: { before: string; after: string };
  diff_kind: { kind: "added" | "removed" | "changed" | "moved" };
  diff_column: { column: "kind" | "summary" | "before" | "after" };
  set_without_regional_plan: Record<string, never>;
  set_regional_plans: { ids: readonly string[] };
  set_plan_not_regional: { id: string; ids: readonly string[] };
  set_errors: { errors: number; files: number };
}

const or = (words: readonly string[], last: string): string =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
const firstError = (first: CliMessageDetails["context_file_unusable"]["first"], lang: "sv" | "en"): string =>
  first === undefined ? "" : ` ${pathText(first.path, lang)}: ${first.message}`;

/** Every message of the command line, in Swedish and English; the usage lines themselves stay as commands are typed. */
export const cliMessages: Catalogue<CliMessageDetails> = {
  sv: {
    invalid_arguments: (d) => `argumenten kan inte läsas: ${d.detail}`,
    invalid_choice: (d) => `--${d.option} ska vara ${or(d.allowed, "eller")}, inte ${quoted(d.received)}`,
    option_required: (d) => `--${d.option} ${d.value} krävs`,
    no_plan_file: () => "ingen planfil angiven",
    one_plan_file: () => "ange exakt en planfil",
    invalid_year: (d) => `--year ska vara ett år som 2019, inte ${quoted(d.received)}`,
    unknown_command: (d) => `okänt kommando ${quoted(d.command)}. Kör 'andt-plan --help'.`,
    context_file_unusable: (d) => `${d.file} kan inte användas som sammanhang:${firstError(d.first, "sv")}`,
    plan_unreadable: () => "planen kan inte läsas",
    observations_unreadable: (d) => `${d.file} kan inte läsas som uppföljningsdata; inga värden har lästs (är det rätt fil?)`,
    report_written: (d) => `Rapporten är skriven till ${d.file}`,
    rows_rejected: (d) => `${d.count} ${d.count === 1 ? "rad" : "rader"} med uppföljningsdata kunde inte användas; se ovan.`,
    validate_summary: (d) =>
      `${d.files} ${d.files === 1 ? "fil" : "filer"}: ${d.counts.error} fel, ${d.counts.warning} ${d.counts.warning === 1 ? "varning" : "varningar"}, ${d.counts.info} info`,
    demo_validation: (d) =>
      `Validering mot ANDT 2016–2020 och 2011–2015: ${d.counts.error} fel, ${d.counts.warning} varningar, ${d.counts.info} info`,
    demo_follow_up: (d) => `Uppföljning ${d.year} (påhittade exempeldata, per ${d.asOf}):`,
    demo_activities: (d) => `  Aktiviteter: ${d.statuses}`,
    demo_reported: (d) => `  Rapporterat: ${d.reported} av ${d.expected} väntade värden`,
    summary_period: (d) => `Period: ${d.period}`,
    summary_owner: (d) => `Ägare: ${d.owner}`,
    summary_joint_owners: (d) => (d.owners.length === 0 ? "Ägare: ej angiven" : `Ägare: gemensam plan för ${or(d.owners, "och")}`),
    summary_sub_goals: () => "Delmål:",
    summary_sub_goal: (d) => `  ${d.label}: ${d.areas} områden för samhandling, ${d.activities} aktiviteter`,
    summary_total: (d) => `Totalt: ${d.subGoals} delmål, ${d.areas} områden för samhandling, ${d.activities} aktiviteter`,
    summary_responsible: () => "Ansvariga aktörer (antal aktiviteter):",
    two_plan_files: () => "ange två planfiler: den gamla och den nya",
    plan_file_unusable: (d) => `${d.file} kan inte läsas som plan:${firstError(d.first, "sv")}`,
    diff_summary: (d) => (d.changes === 0 ? "Inga skillnader." : `${d.changes} ${d.changes === 1 ? "skillnad" : "skillnader"}.`),
    diff_title: (d) => `Skillnader mellan ${d.before} och ${d.after}`,
    diff_kind: (d) => ({ added: "tillagt", removed: "borttaget", changed: "ändrat", moved: "flyttat" })[d.kind],
    diff_column: (d) => ({ kind: "Ändring", summary: "Sammanfattning", before: "Sökväg före", after: "Sökväg efter" })[d.column],
    set_without_regional_plan: () => "uppsättningen har ingen regional plan att visa kedjan för",
    set_regional_plans: (d) => `uppsättningen har ${d.ids.length} regionala planer (${d.ids.join(", ")}); välj en med --plan <id>`,
    set_plan_not_regional: (d) =>
      `--plan ${quoted(d.id)} är ingen regional plan i uppsättningen; ${d.ids.length === 0 ? "den har ingen" : `välj ${or(d.ids, "eller")}`}`,
    set_errors: (d) => `${d.errors} fel i ${d.files} ${d.files === 1 ? "fil" : "filer"}; kedjan visar det som kunde läsas`,
  },
  en: {
    invalid_arguments: (d) => `the arguments cannot be read: ${d.detail}`,
    invalid_choice: (d) => `--${d.option} must be ${or(d.allowed, "or")}, not ${quoted(d.received)}`,
    option_required: (d) => `--${d.option} ${d.value} is required`,
    no_plan_file: () => "no plan file given",
    one_plan_file: () => "give exactly one plan file",
    invalid_year: (d) => `--year must be a year such as 2019, not ${quoted(d.received)}`,
    unknown_command: (d) => `unknown command ${quoted(d.command)}. Run 'andt-plan --help'.`,
    context_file_unusable: (d) => `${d.file} cannot be used as context:${firstError(d.first, "en")}`,
    plan_unreadable: () => "the plan cannot be read",
    observations_unreadable: (d) => `${d.file} cannot be read as follow-up data; no values were read (is it the right file?)`,
    report_written: (d) => `The report is written to ${d.file}`,
    rows_rejected: (d) => `${d.count} ${d.count === 1 ? "row" : "rows"} of follow-up data could not be used; see above.`,
    validate_summary: (d) =>
      `${d.files} ${d.files === 1 ? "file" : "files"}: ${d.counts.error} ${d.counts.error === 1 ? "error" : "errors"}, ${d.counts.warning} ${d.counts.warning === 1 ? "warning" : "warnings"}, ${d.counts.info} ${d.counts.info === 1 ? "info" : "infos"}`,
    demo_validation: (d) =>
      `Validation against ANDT 2016–2020 and 2011–2015: ${d.counts.error} errors, ${d.counts.warning} warnings, ${d.counts.info} infos`,
    demo_follow_up: (d) => `Follow-up ${d.year} (invented example data, as of ${d.asOf}):`,
    demo_activities: (d) => `  Activities: ${d.statuses}`,
    demo_reported: (d) => `  Reported: ${d.reported} of ${d.expected} due values`,
    summary_period: (d) => `Period: ${d.period}`,
    summary_owner: (d) => `Owner: ${d.owner}`,
    summary_joint_owners: (d) => (d.owners.length === 0 ? "Owner: not given" : `Owner: joint plan of ${or(d.owners, "and")}`),
    summary_sub_goals: () => "Sub-goals:",
    summary_sub_goal: (d) => `  ${d.label}: ${d.areas} areas of collaboration, ${d.activities} activities`,
    summary_total: (d) => `Total: ${d.subGoals} sub-goals, ${d.areas} areas of collaboration, ${d.activities} activities`,
    summary_responsible: () => "Responsible actors (number of activities):",
    two_plan_files: () => "give two plan files: the old one and the new one",
    plan_file_unusable: (d) => `${d.file} cannot be read as a plan:${firstError(d.first, "en")}`,
    diff_summary: (d) => (d.changes === 0 ? "No differences." : `${d.changes} ${d.changes === 1 ? "difference" : "differences"}.`),
    diff_title: (d) => `Differences between ${d.before} and ${d.after}`,
    diff_kind: (d) => ({ added: "added", removed: "removed", changed: "changed", moved: "moved" })[d.kind],
    diff_column: (d) => ({ kind: "Change", summary: "Summary", before: "Path before", after: "Path after" })[d.column],
    set_without_regional_plan: () => "the set has no regional plan to show the chain of",
    set_regional_plans: (d) => `the set has ${d.ids.length} regional plans (${d.ids.join(", ")}); choose one with --plan <id>`,
    set_plan_not_regional: (d) =>
      `--plan ${quoted(d.id)} is not a regional plan of the set; ${d.ids.length === 0 ? "it has none" : `choose ${or(d.ids, "or")}`}`,
    set_errors: (d) =>
      `${d.errors} ${d.errors === 1 ? "error" : "errors"} in ${d.files} ${d.files === 1 ? "file" : "files"}; the chain shows what could be read`,
  },
};

import { TEXT_ENCODINGS } from "../core/encoding.js";
import type { Path, Severity } from "../core/issue.js";
import type { Lang } from "../core/lang.js";
import type { Catalogue } from "../core/messages.js";
import { pathText, quoted } from "../core/wording.js";

/** The commands of `andt-plan`, in the order the help lists them. */
export const COMMANDS = ["demo", "validate", "report", "diff", "init"] as const;

/** A command of `andt-plan`. */
export type CommandName = (typeof COMMANDS)[number];

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
  help_intro: Record<string, never>;
  help_commands: Record<string, never>;
  help_options: Record<string, never>;
  help_exit_codes: Record<string, never>;
  command_summary: { command: CommandName };
  command_help: { command: CommandName };
  init_kind: { received?: string };
  out_exists: { file: string };
  init_written: { file: string; check: string };
}

const or = (words: readonly string[], last: string): string =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
const firstError = (first: CliMessageDetails["context_file_unusable"]["first"], lang: "sv" | "en"): string =>
  first === undefined ? "" : ` ${pathText(first.path, lang)}: ${first.message}`;

/** The `--encoding` option explained, its description starting at the column of the command's other options. */
const encodingOption = (lang: Lang, column: number): string =>
  `${"  --encoding <enc>".padEnd(column)}${lang === "sv" ? "Läs planfilerna i en annan kodning än UTF-8" : "Read the plan files in another encoding than UTF-8"}: ${TEXT_ENCODINGS.join(", ")}`;

/** What each command does, in one line (the top help) and first in its own help. */
const SUMMARIES: Record<Lang, Record<CommandName, string>> = {
  sv: {
    demo: "Sammanfatta och validera den medföljande Kronobergsplanen 2017–2021, utvärdera dess påhittade exempeldata och skriv uppföljningsrapporten i HTML.",
    validate: "Kontrollera planfiler: struktur och innebörd, varje anmärkning med fil, sökväg, allvarlighetsgrad, kod och meddelande.",
    report:
      "Utvärdera uppföljningsdata (.json eller .csv) och skriv rapporten: fristående HTML, Markdown, CSV eller JSON. Med --set: kedjan från en regional plan till kommunernas planer.",
    diff: "Vad som skiljer två versioner av en plan: delar som lagts till, tagits bort, ändrats eller flyttats; slutkod 0 när de är lika, 1 när de skiljer sig.",
    init: "Skriv en startplan att fylla i: en regional plan för ett län under en nationell strategi, eller en kommunal plan under en regional plan.",
  },
  en: {
    demo: "Summarise and validate the shipped Kronoberg plan 2017–2021, evaluate its invented example observations and write the HTML follow-up report.",
    validate: "Check plan files: structure and meaning, every issue with file, path, severity, code and message.",
    report:
      "Evaluate follow-up observations (.json or .csv) and write the report: self-contained HTML, Markdown, CSV or JSON. With --set: the chain from a regional plan to the municipalities' plans.",
    diff: "What differs between two versions of a plan: elements added, removed, changed or moved; exit 0 when equal, 1 when they differ.",
    init: "Write a starter plan to fill in: a regional plan for a county under a national strategy, or a local plan under a regional plan.",
  },
};

/** Each command's options, explained. */
const OPTIONS: Record<Lang, Record<CommandName, string>> = {
  sv: {
    demo: "  --out <fil>     Var rapporten skrivs (andt-plan-demo/uppfoljning-kronoberg-2019.html)\n  --lang sv|en    Språk",
    validate: [
      "  <fil eller katalog…>  Planfiler, strategier och kataloger med .json-filer; valideras tillsammans",
      "  --strategy <fil>      En nationell strategi att kontrollera mot (kan upprepas)",
      "  --parent <fil>        Den regionala plan en kommunal plan följer",
      "  --format text|json    Utdata som text (som en kompilator) eller JSON",
      "  --strict              Varningar fäller också körningen (slutkod 1)",
      encodingOption("sv", 24),
      "  --lang sv|en          Språk för meddelanden",
    ].join("\n"),
    report: [
      "  <plan>                     Planfilen",
      "  --observations <fil>       Uppföljningsdata, .json eller .csv",
      "  --year <år>                Året rapporten gäller (annars det senaste)",
      "  --format html|md|json|csv  Rapportens format (annars efter --out:s filändelse, annars html)",
      "  --as-of <ÅÅÅÅ-MM-DD>       Dagen utvärderingen görs per",
      "  --set <fil eller katalog…> I stället: kedjan för en uppsättning planer (regional, kommunala, strategier)",
      "  --plan <id>                Med --set: vilken regional plan, när uppsättningen har flera",
      "  --out <fil>                Skriv rapporten till filen i stället för till standard ut",
      encodingOption("sv", 29),
      "  --lang sv|en               Språk",
    ].join("\n"),
    diff: [
      "  <gammal> <ny>               De två versionerna av planen",
      "  --format text|json|md|html  Utdataformat",
      encodingOption("sv", 30),
      "  --lang sv|en                Språk",
    ].join("\n"),
    init: [
      "  regional --county <kod> --strategy <fil>",
      "                        En regional plan: länets kommuner som aktörer, ett delmål per nationellt mål i strategin",
      "  local --municipality <kod> --parent <fil>",
      "                        En kommunal plan som följer den regionala planen; dess tips på lokala aktiviteter",
      "                        erbjuds som kandidater (extensions.candidateActivities)",
      "  --out <fil>           Skriv planen till filen i stället för till standard ut",
      "  --force               Skriv över en fil som redan finns",
      "  --id <id>             Planens id (annars län eller kommun och år)",
      "  --title <text>        Planens titel",
      encodingOption("sv", 24),
      "  --lang sv|en          Språk för meddelanden (planens text är på svenska)",
    ].join("\n"),
  },
  en: {
    demo: "  --out <file>    Where the report is written (andt-plan-demo/uppfoljning-kronoberg-2019.html)\n  --lang sv|en    Language",
    validate: [
      "  <file or directory…>  Plan files, strategies and directories of .json files; validated together",
      "  --strategy <file>     A national strategy to check against (may be repeated)",
      "  --parent <file>       The regional plan a local plan follows",
      "  --format text|json    Output as text (like a compiler) or JSON",
      "  --strict              Warnings fail the run too (exit 1)",
      encodingOption("en", 24),
      "  --lang sv|en          Language of messages",
    ].join("\n"),
    report: [
      "  <plan>                     The plan file",
      "  --observations <file>      Follow-up observations, .json or .csv",
      "  --year <year>              The year the report is about (else the latest)",
      "  --format html|md|json|csv  The report's format (else by the extension of --out, else html)",
      "  --as-of <YYYY-MM-DD>       The day the evaluation is made as of",
      "  --set <file or directory…> Instead: the chain of a set of plans (regional, local, strategies)",
      "  --plan <id>                With --set: which regional plan, when the set has several",
      "  --out <file>               Write the report to the file instead of standard output",
      encodingOption("en", 29),
      "  --lang sv|en               Language",
    ].join("\n"),
    diff: [
      "  <old> <new>                 The two versions of the plan",
      "  --format text|json|md|html  Output format",
      encodingOption("en", 30),
      "  --lang sv|en                Language",
    ].join("\n"),
    init: [
      "  regional --county <code> --strategy <file>",
      "                        A regional plan: the county's municipalities as actors, one sub-goal per national goal",
      "  local --municipality <code> --parent <file>",
      "                        A local plan following the regional plan; its tips for local activities are",
      "                        offered as candidates (extensions.candidateActivities)",
      "  --out <file>          Write the plan to the file instead of standard output",
      "  --force               Overwrite a file that exists",
      "  --id <id>             The plan's id (else the county or municipality and the years)",
      "  --title <text>        The plan's title",
      encodingOption("en", 24),
      "  --lang sv|en          Language of messages (the plan's text is Swedish)",
    ].join("\n"),
  },
};

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
    help_intro: () => "Modellera, validera och följ upp svenska handlingsplaner för ANDT(S)-förebyggande arbete.",
    help_commands: () => "Kommandon:",
    help_options: () =>
      "Alternativ:\n  -h, --help      Visa hjälpen (efter ett kommando: kommandots hjälp)\n  -v, --version   Visa versionen\n  --lang sv|en    Språk för meddelanden (svenska som standard)",
    help_exit_codes: () => "Slutkoder: 0 ok, 1 anmärkningar fäller körningen, 2 fel i anropet eller fil som inte kan läsas.",
    command_summary: (d) => SUMMARIES.sv[d.command],
    command_help: (d) => `${SUMMARIES.sv[d.command]}\n\n${OPTIONS.sv[d.command]}`,
    init_kind: (d) =>
      d.received === undefined
        ? "ange vilken plan: regional eller local"
        : `ange vilken plan: regional eller local, inte ${quoted(d.received)}`,
    out_exists: (d) => `${d.file} finns redan; ange --force för att skriva över den`,
    init_written: (d) => `Planen är skriven till ${d.file}. Kontrollera den med: ${d.check}`,
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
    help_intro: () => "Model, validate and follow up Swedish ANDT(S) prevention action plans.",
    help_commands: () => "Commands:",
    help_options: () =>
      "Options:\n  -h, --help      Show this help (after a command: the command's help)\n  -v, --version   Show the version\n  --lang sv|en    Language of messages (Swedish by default)",
    help_exit_codes: () => "Exit codes: 0 ok, 1 issues fail the run, 2 usage error or unreadable file.",
    command_summary: (d) => SUMMARIES.en[d.command],
    command_help: (d) => `${SUMMARIES.en[d.command]}\n\n${OPTIONS.en[d.command]}`,
    init_kind: (d) =>
      d.received === undefined ? "say which plan: regional or local" : `say which plan: regional or local, not ${quoted(d.received)}`,
    out_exists: (d) => `${d.file} already exists; give --force to overwrite it`,
    init_written: (d) => `The plan is written to ${d.file}. Check it with: ${d.check}`,
  },
};

import type { Lang } from "../core/lang.js";
import type { Catalogue } from "../core/messages.js";
import type { Direction, Status } from "../evaluate/types.js";
import { type LevelNames, ownLevelName } from "../model/level-names.js";
import type { ReportErrorDetails } from "./types.js";

/** The words of the reports (*rapporter*), in one language. Numbers come in already formatted. */
export interface ReportLabels {
  status: Record<Status, string>;
  direction: Record<Direction, string>;
  /** Subtitle and document title: "Uppföljning 2019". */
  followUp: (year: number) => string;
  planPeriod: string;
  followUpYear: string;
  asOf: string;
  overview: string;
  /** A sub-goal's heading: "Delmål 1: Förutsättningar", or the plan's own name of the level ("Mål 1"). */
  subGoal: (code: string, name: string | undefined) => string;
  /** Visible caption of a status chart: "Aktiviteter per status 2019". */
  activitiesByStatus: (year: number) => string;
  /** Title of a status chart; `scope` is a sub-goal's heading, or undefined for the whole plan. */
  statusChart: (scope: string | undefined, year: number) => string;
  /** Column headers of a status summary: status, activities, share. */
  summaryHeaders: [string, string, string];
  activityCount: (count: string) => string;
  /** Under the number of activities: "med 9 indikatorer". */
  withIndicators: (count: string) => string;
  noActivities: string;
  reportingCoverage: string;
  reportingCoverageText: (reported: string, expected: string) => string;
  nothingDue: string;
  genderCoverage: string;
  /** "3 av 4 … är uppdelade på kön", with how many only in part when some are: "(1 delvis)". */
  genderCoverageText: (withSex: string, peopleCounts: string, partial?: string) => string;
  noPeopleCounts: string;
  /** Column headers of an area's table: code, activity/indicator, status, reason, value, target, change. */
  tableHeaders: [string, string, string, string, string, string, string];
  /** A screen reader's name of an indicator row's first cell: "Indikator 1.1-1". */
  indicator: string;
  done: string;
  notDone: string;
  soFar: (progress: string) => string;
  fromPrevious: string;
  /** A change from an earlier year than the previous one, when the years between have no value: "mot 2017". */
  fromYear: (year: number) => string;
  fromBaseline: (year: number) => string;
  percentagePoints: string;
  comment: string;
  account: string;
  bySex: (indicator: string, year: number) => string;
  /** Column headers of a breakdown by sex in Markdown: group, value. */
  bySexHeaders: [string, string];
  /** The title of a breakdown by named units: "Per stadsdel, 1.1-1, 2019". */
  byUnit: (breakdown: string, indicator: string, year: number) => string;
  /** A coverage of a declared set: "12 av 20 skolor". */
  ofSet: (covered: string, total: string, members: string) => string;
  /** The header of the CSV report's column of breakdowns by named units, present only when there is one. */
  csvUnitsHeader: string;
  suppressedNote: (threshold: string) => string;
  withheldNote: string;
  missing: string;
  /** Column headers of the list of missing values: activity, indicator, text. */
  missingHeaders: [string, string, string];
  missingCaption: (year: number) => string;
  nothingMissing: (year: number) => string;
  /** Observations the evaluation could not place; `list` is "9.9-1 (2019), …". */
  unmatched: (count: number, list: string) => string;
  /** Column headers of the CSV report. */
  csvHeaders: readonly string[];
}

const sv: ReportLabels = {
  status: {
    met: "Uppfyllt",
    partly_met: "Delvis uppfyllt",
    not_met: "Ej uppfyllt",
    reported: "Redovisat",
    missing: "Saknas",
    not_yet_due: "Ej aktuellt än",
    not_expected: "Utan krav i år",
  },
  direction: { improved: "förbättring", worsened: "försämring", unchanged: "oförändrat", changed: "förändring" },
  followUp: (year) => `Uppföljning ${year}`,
  planPeriod: "Planperiod",
  followUpYear: "Uppföljningsår",
  asOf: "Läget per",
  overview: "Översikt",
  subGoal: (code, name) => levelHeading("Delmål", code, name),
  activitiesByStatus: (year) => `Aktiviteter per status ${year}`,
  statusChart: (scope, year) => `Aktiviteter per status ${year}, ${scope ?? "hela planen"}`,
  summaryHeaders: ["Status", "Aktiviteter", "Andel"],
  activityCount: (count) => `${count} aktiviteter`,
  withIndicators: (count) => `med ${count} indikatorer`,
  noActivities: "Inga aktiviteter.",
  reportingCoverage: "Rapporteringsgrad",
  reportingCoverageText: (reported, expected) => `${reported} av ${expected} väntade värden redovisade`,
  nothingDue: "Inga värden väntades.",
  genderCoverage: "Könsuppdelning",
  genderCoverageText: (withSex, peopleCounts, partial) =>
    `${withSex} av ${peopleCounts} redovisade värden som räknar personer är helt uppdelade på kön${partial === undefined ? "" : `, ${partial} delvis`}`,
  noPeopleCounts: "Inga redovisade värden räknar personer.",
  tableHeaders: ["Kod", "Aktivitet och indikatorer", "Status", "Motivering", "Värde", "Mål", "Förändring"],
  indicator: "Indikator",
  done: "Genomfört",
  notDone: "Ej genomfört",
  soFar: (progress) => `hittills ${progress}`,
  fromPrevious: "mot föregående år",
  fromYear: (year) => `mot ${year}`,
  fromBaseline: (year) => `mot baslinjen ${year}`,
  percentagePoints: "procentenheter",
  comment: "Kommentar",
  account: "Redovisning",
  bySex: (indicator, year) => `Fördelning på kön, ${indicator}, ${year}`,
  bySexHeaders: ["Grupp", "Värde"],
  byUnit: (breakdown, indicator, year) => `Per ${breakdown}, ${indicator}, ${year}`,
  ofSet: (covered, total, members) => `${covered} av ${total} ${members}`,
  csvUnitsHeader: "uppdelning",
  suppressedNote: (threshold) =>
    `.. = uppgiften visas inte för att skydda enskilda personer: tal under ${threshold} döljs, och så många till att de inte går att räkna ut ur summorna.`,
  withheldNote: "Uppdelningen på kön visas inte: den går inte att kontrollera och skydda mot röjande.",
  missing: "Saknas",
  missingHeaders: ["Aktivitet", "Indikator", "Uppföljning"],
  missingCaption: (year) => `Värden som saknas ${year}`,
  nothingMissing: (year) => `Inga värden saknas ${year}.`,
  unmatched: (count, list) =>
    `${count === 1 ? "Ett redovisat värde hör" : `${count} redovisade värden hör`} inte till planen och är inte med: ${list}.`,
  csvHeaders: [
    "delmål",
    "område",
    "aktivitet",
    "indikator",
    "indikatortext",
    "år",
    "status",
    "statustext",
    "värde",
    "mål",
    "framsteg",
    "förändring från föregående år",
    "motivering",
    "kommentarer",
  ],
};

const en: ReportLabels = {
  status: {
    met: "Met",
    partly_met: "Partly met",
    not_met: "Not met",
    reported: "Reported",
    missing: "Missing",
    not_yet_due: "Not yet due",
    not_expected: "Nothing due this year",
  },
  direction: { improved: "improved", worsened: "worsened", unchanged: "unchanged", changed: "changed" },
  followUp: (year) => `Follow-up ${year}`,
  planPeriod: "Plan period",
  followUpYear: "Follow-up year",
  asOf: "As of",
  overview: "Overview",
  subGoal: (code, name) => levelHeading("Sub-goal", code, name),
  activitiesByStatus: (year) => `Activities by status ${year}`,
  statusChart: (scope, year) => `Activities by status ${year}, ${scope ?? "whole plan"}`,
  summaryHeaders: ["Status", "Activities", "Share"],
  activityCount: (count) => `${count} activities`,
  withIndicators: (count) => `with ${count} indicators`,
  noActivities: "No activities.",
  reportingCoverage: "Reporting coverage",
  reportingCoverageText: (reported, expected) => `${reported} of ${expected} due values reported`,
  nothingDue: "No values were due.",
  genderCoverage: "Breakdown by sex",
  genderCoverageText: (withSex, peopleCounts, partial) =>
    `${withSex} of ${peopleCounts} reported values that count people are fully broken down by sex${partial === undefined ? "" : `, ${partial} in part`}`,
  noPeopleCounts: "No reported value counts people.",
  tableHeaders: ["Code", "Activity and indicators", "Status", "Reason", "Value", "Target", "Change"],
  indicator: "Indicator",
  done: "Done",
  notDone: "Not done",
  soFar: (progress) => `${progress} so far`,
  fromPrevious: "from the previous year",
  fromYear: (year) => `from ${year}`,
  fromBaseline: (year) => `from the ${year} baseline`,
  percentagePoints: "percentage points",
  comment: "Comment",
  account: "Account",
  bySex: (indicator, year) => `By sex, ${indicator}, ${year}`,
  bySexHeaders: ["Group", "Value"],
  byUnit: (breakdown, indicator, year) => `By ${breakdown}, ${indicator}, ${year}`,
  ofSet: (covered, total, members) => `${covered} of ${total} ${members}`,
  csvUnitsHeader: "breakdown",
  suppressedNote: (threshold) =>
    `.. = not shown to protect individuals: numbers below ${threshold} are withheld, and as many more as keep them from being worked out from the totals.`,
  withheldNote: "The breakdown by sex is not shown: it cannot be checked and protected against disclosure.",
  missing: "Missing",
  missingHeaders: ["Activity", "Indicator", "Follow-up"],
  missingCaption: (year) => `Values missing in ${year}`,
  nothingMissing: (year) => `No values are missing in ${year}.`,
  unmatched: (count, list) =>
    count === 1
      ? `One reported value does not belong to the plan and is left out: ${list}.`
      : `${count} reported values do not belong to the plan and are left out: ${list}.`,
  csvHeaders: [
    "sub-goal",
    "area",
    "activity",
    "indicator",
    "indicator text",
    "year",
    "status",
    "status label",
    "value",
    "target",
    "progress",
    "change from previous year",
    "reason",
    "comments",
  ],
};

/**
 * A heading of a level with a code: "Delmål 1: Förutsättningar". A name that only labels the code ("Mål 1",
 * "1") says nothing the heading does not, so it is left out: no heading reads "Delmål 1: Mål 1".
 */
function levelHeading(level: string, code: string, name: string | undefined): string {
  const label = name?.trim();
  return name === undefined || label === code || label?.endsWith(` ${code}`) === true ? `${level} ${code}` : `${level} ${code}: ${name}`;
}

/**
 * The labels of the reports in the given language, naming the levels as the plan does (`levelNames`, its
 * `en` in English) where it names them: headings, column headers and the CSV report's columns.
 */
export function reportLabels(lang: Lang, levelNames?: LevelNames): ReportLabels {
  const base = lang === "en" ? en : sv;
  const subGoal = ownLevelName(levelNames, "subGoal", lang);
  const area = ownLevelName(levelNames, "area", lang);
  const activity = ownLevelName(levelNames, "activity", lang);
  if (subGoal === undefined && area === undefined && activity === undefined) return base;
  const [code, , ...tableRest] = base.tableHeaders;
  const [, ...missingRest] = base.missingHeaders;
  const [csvSubGoal, csvArea, csvActivity, ...csvRest] = base.csvHeaders;
  // A column keeps the library's name where the plan's would repeat another's (Swedish "mål" is also the target).
  const column = (name: string | undefined, fallback: string | undefined): string => {
    const own = name?.toLocaleLowerCase(lang);
    return own === undefined || base.csvHeaders.includes(own) ? (fallback ?? "") : own;
  };
  return {
    ...base,
    subGoal: subGoal === undefined ? base.subGoal : (c, name) => levelHeading(subGoal, c, name),
    tableHeaders:
      activity === undefined
        ? base.tableHeaders
        : [code, lang === "sv" ? `${activity} och indikatorer` : `${activity} and indicators`, ...tableRest],
    missingHeaders: activity === undefined ? base.missingHeaders : [activity, ...missingRest],
    csvHeaders: [column(subGoal, csvSubGoal), column(area, csvArea), column(activity, csvActivity), ...csvRest],
  };
}

/** The messages of every {@link ReportError}, in Swedish and English. */
export const reportErrorMessages: Catalogue<ReportErrorDetails> = {
  sv: {
    no_years: () => "Utvärderingen omfattar inga år, så det finns inget att rapportera.",
    unknown_year: (d) => `År ${d.year} finns inte i utvärderingen (år: ${d.years.join(", ")}).`,
    invalid_threshold: (d) => `Gränsen för små tal ska vara ett heltal från 1 och uppåt, inte ${d.received}.`,
    invalid_delimiter: (d) => `Avgränsaren ska vara ";" eller ",", inte ${d.received}.`,
    invalid_compact: (d) => `compact ska vara true eller false, inte ${d.received}.`,
  },
  en: {
    no_years: () => "The evaluation covers no years, so there is nothing to report.",
    unknown_year: (d) => `The year ${d.year} is not in the evaluation (years: ${d.years.join(", ")}).`,
    invalid_threshold: (d) => `The small-number threshold must be a whole number from 1 up, not ${d.received}.`,
    invalid_delimiter: (d) => `The delimiter must be ";" or ",", not ${d.received}.`,
    invalid_compact: (d) => `compact must be true or false, not ${d.received}.`,
  },
};

import { GenderInputError } from "../gender/errors.js";
import { fromKolada, type KoladaRow, type KoladaValue } from "../gender/kolada.js";
import type { CellValue } from "../gender/types.js";
import { DEFAULT_LANG, type Lang } from "../locale/lang.js";
import { withObservationMessage, type ObservationIssueData } from "../locale/observation-messages.js";
import type { MunicipalityValue, Observation } from "../model/observation.js";
import type { Plan } from "../model/plan.js";
import type { Path } from "../parse/issue.js";
import type { ReferenceData } from "../validate/types.js";
import { checkList } from "./internal/check.js";
import { referenceOf } from "./internal/reference.js";
import type { ObservationsResult } from "./types.js";

/**
 * A response of Kolada's data API v3 (`/v3/data/kpi/{kpi}/year/{years}`, and the like): its rows in `values`.
 * Other fields of the response (`total_count`, `next_url` …) are not read.
 *
 * @example
 * ```ts
 * const response: KoladaResponse = {
 *   values: [{ kpi: "N07908", municipality: "0007", period: 2018, values: [{ gender: "T", value: 41, count: 1, status: "" }] }],
 * };
 * ```
 */
export interface KoladaResponse {
  values: readonly KoladaRow[];
}

/**
 * Options of {@link observationsFromKolada}.
 *
 * @example
 * ```ts
 * const options: KoladaObservationOptions = { indicators: { N07908: "4.2-1" }, plan };
 * ```
 */
export interface KoladaObservationOptions {
  /** Which indicator of the plan each Kolada KPI (*nyckeltal*) gives values for: KPI id → indicator id. */
  indicators: Readonly<Record<string, string>>;
  /** The plan to check the values against; it also says which area's row is the total (its county or municipality). */
  plan?: Plan;
  /**
   * Kolada's id of the area whose row is each observation's total: `"00"` and the county code for a county
   * (region), such as `"0007"` for Kronoberg, or a municipality code. By default the plan's territory.
   */
  area?: string;
  /** Language of the issues' messages; Swedish by default. */
  lang?: Lang;
  /** Counties and municipalities to check municipality codes against; the shipped andt-plan/reference data when absent. */
  reference?: ReferenceData;
}

interface Row {
  index: number;
  value: KoladaValue;
  /** Index of the `T` entry in the row's `values`, for paths. */
  entries: Map<string, number>;
}

interface Group {
  kpi: string;
  period: number;
  indicator: string;
  total?: Row;
  parts: Row[];
  /** The rows read without error. */
  rows: Row[];
  /** Paths of the errors that leave the observation out. */
  rowErrors: Path[];
}

const GENDER_OF = { female: "K", male: "M" } as const;

/**
 * Reads Kolada values (API v3) as follow-up observations (*uppföljningsvärden från Kolada*). The rows of one
 * KPI and year are one observation of the mapped indicator: the row of the plan's area (the county's region id
 * `"00"` + county code, or the municipality of a local plan) gives the total, `T` as `value` and `K`/`M` as the
 * female and male cells of `bySex`; the rows of the area's municipalities give `byMunicipality` (their `T`).
 * A `null` value is missing, never 0: an observation without a value and with a comment that says so (and
 * gives Kolada's status). Totals are never summed from municipalities, since Kolada's values are often rates.
 * Rows of other areas and of KPIs not in `indicators` are skipped with a warning.
 *
 * Issues have paths into the response (`["values", 3, "values", 0, "value"]`); an observation with an error
 * is left out, and so are all its rows. With a `plan`, the observations are also checked as
 * {@link checkObservations} does. The response is never changed.
 *
 * @example
 * ```ts
 * const response = await (await fetch("https://api.kolada.se/v3/data/kpi/N07908/year/2018")).json();
 * const { observations, issues } = observationsFromKolada(response, { indicators: { N07908: "4.2-1" }, plan });
 * ```
 */
export function observationsFromKolada(response: KoladaResponse, options: KoladaObservationOptions): ObservationsResult {
  const lang = options.lang ?? DEFAULT_LANG;
  const rows = response?.values;
  if (!Array.isArray(rows)) {
    const issue: ObservationIssueData = {
      code: "invalid_kolada_row",
      severity: "error",
      path: ["values"],
      reason: "invalid_row",
      details: { field: "values" },
    };
    return { observations: [], issues: [withObservationMessage(issue, lang)] };
  }
  const grouped = groupRows(rows as readonly unknown[], options.indicators, areaOf(options));
  const built = grouped.groups.filter((group) => group.rowErrors.length === 0).map(buildObservation);
  const checked = checkBuilt(built, options);
  // An observation is left out with all its rows: a total without its parts (or the reverse) would mislead.
  const observations = built.filter((b) => b.group.rowErrors.length === 0).map((b) => b.observation);
  const issues = [...grouped.issues, ...built.flatMap((b) => b.issues), ...checked, ...relatedRows(grouped.groups)];
  const rowOf = (issue: ObservationIssueData): number => (typeof issue.path[1] === "number" ? issue.path[1] : -1);
  // Stable sort: issues of one row stay in the order they were found.
  const sorted = issues.sort((a, b) => rowOf(a) - rowOf(b));
  return { observations, issues: sorted.map((issue) => withObservationMessage(issue, lang)) };
}

/** The area whose row is each observation's total: the option, else the plan's municipality or county region. */
function areaOf({ area, plan }: KoladaObservationOptions): string | undefined {
  return area ?? (plan === undefined ? undefined : plan.territory.municipalityCode ?? `00${plan.territory.countyCode}`);
}

/** The observations' groups in the order their first row comes, by KPI and year. */
class Groups {
  readonly list: Group[] = [];
  private readonly byKey = new Map<string, Group>();

  constructor(private readonly indicators: Readonly<Record<string, string>>) {}

  of(kpi: string, period: number): Group {
    const key = JSON.stringify([kpi, period]);
    let group = this.byKey.get(key);
    if (group === undefined) {
      group = { kpi, period, indicator: this.indicators[kpi] as string, parts: [], rows: [], rowErrors: [] };
      this.byKey.set(key, group);
      this.list.push(group);
    }
    return group;
  }
}

/** Reads every row and puts it in its observation's group; the issues of the rows, in order. */
function groupRows(
  rows: readonly unknown[],
  indicators: Readonly<Record<string, string>>,
  area: string | undefined,
): { groups: Group[]; issues: ObservationIssueData[] } {
  const groups = new Groups(indicators);
  const issues = rows.flatMap((raw, index) => {
    const read = readRow(raw, index);
    if (read.row === undefined) {
      // A broken row whose KPI and year can be read takes its observation down with it.
      const { kpi, period } = (typeof raw === "object" && raw !== null ? raw : {}) as { kpi?: unknown; period?: unknown };
      if (typeof kpi === "string" && Object.hasOwn(indicators, kpi) && Number.isSafeInteger(period)) {
        groups.of(kpi, period as number).rowErrors.push(...read.issues.map((issue) => issue.path));
      }
      return read.issues;
    }
    return placeRow(read.row, groups, indicators, area);
  });
  return { groups: groups.list, issues };
}

/** Puts a row read without error in its group: as the total or a part; a row of another KPI or area is skipped. */
function placeRow(
  row: Row,
  groups: Groups,
  indicators: Readonly<Record<string, string>>,
  area: string | undefined,
): ObservationIssueData[] {
  const { index } = row;
  const { kpi, municipality, period } = row.value;
  if (!Object.hasOwn(indicators, kpi)) return [{ code: "unmapped_kpi", severity: "warning", path: ["values", index, "kpi"], kpi }];
  const role = roleOf(municipality, area);
  if (role === "outside") {
    return [
      {
        code: "outside_plan_area",
        severity: "warning",
        path: ["values", index, "municipality"],
        area: municipality,
        ...(area === undefined ? {} : { expected: area }),
      },
    ];
  }
  const group = groups.of(kpi, period);
  const first = group.rows.find((r) => r.value.municipality === municipality);
  if (first !== undefined) {
    const path: Path = ["values", index, "municipality"];
    group.rowErrors.push(path);
    return [{ code: "duplicate_municipality", severity: "error", path, municipality, firstPath: ["values", first.index, "municipality"] }];
  }
  group.rows.push(row);
  if (role === "total") group.total = row;
  else group.parts.push(row);
  return [];
}

/**
 * Checks the built observations as `checkObservations` does, with paths into the response; an error leaves
 * its observation out (it is added to its group's errors).
 */
function checkBuilt(built: readonly Built[], options: KoladaObservationOptions): ObservationIssueData[] {
  const checked = checkList(
    built.map((b) => b.observation),
    options.plan,
    referenceOf(options.reference),
  );
  return checked.map((issue) => {
    const b = built[issue.path[1] as number] as Built;
    const mapped = toKoladaIssue(issue, b, built);
    if (mapped.severity === "error") b.group.rowErrors.push(mapped.path);
    return mapped;
  });
}

/** For each observation left out, an issue for each of its rows that has no error of its own. */
function relatedRows(groups: readonly Group[]): ObservationIssueData[] {
  return groups.flatMap((group) => {
    const cause = group.rowErrors[0];
    if (cause === undefined) return [];
    return group.rows
      .filter((row) => !group.rowErrors.some((path) => path[1] === row.index))
      .map(
        (row): ObservationIssueData => ({ code: "related_row_rejected", severity: "error", path: ["values", row.index], causePath: cause }),
      );
  });
}

/** Reads one row with the gender toolkit's converter; a row it refuses is reported with its path. */
function readRow(raw: unknown, index: number): { row?: Row; issues: ObservationIssueData[] } {
  const at: Path = ["values", index];
  try {
    // "rate" takes any number that is not negative: Kolada's KPIs are counts, rates and percentages alike.
    const value = fromKolada(raw as KoladaRow, { unit: "rate" });
    if (!/^\d{4}$/.test(value.municipality)) {
      const path: Path = [...at, "municipality"];
      return {
        issues: [
          {
            code: "invalid_kolada_row",
            severity: "error",
            path,
            reason: "invalid_municipality_code",
            details: { value: value.municipality },
          },
        ],
      };
    }
    const entries = new Map<string, number>();
    (raw as KoladaRow).values.forEach((entry, j) => entries.set(entry.gender, j));
    return { row: { index, value, entries }, issues: [] };
  } catch (error) {
    if (!(error instanceof GenderInputError)) throw error;
    const path = [...at, ...error.path];
    if (error.code === "negative_value")
      return { issues: [{ code: "negative_value", severity: "error", path, value: Number(error.details["value"]) }] };
    return { issues: [{ code: "invalid_kolada_row", severity: "error", path, reason: error.code, details: error.details }] };
  }
}

/** Whether a Kolada area is the total, a part (a municipality of the area) or outside it. */
function roleOf(municipality: string, area: string | undefined): "total" | "part" | "outside" {
  if (municipality === area) return "total";
  // Kolada's regions and the whole country have ids "00…"; municipalities have their SCB code.
  if (municipality.startsWith("00")) return "outside";
  if (area === undefined) return "part";
  return area.startsWith("00") && municipality.slice(0, 2) === area.slice(2) ? "part" : "outside";
}

interface Built {
  group: Group;
  observation: Observation;
  /** What building it noticed: a municipality's breakdown not kept, a municipality without a value. */
  issues: ObservationIssueData[];
}

/** The observation of a group: the total's value and sex cells, the municipalities' values, Kolada as the source. */
function buildObservation(group: Group): Built {
  const issues: ObservationIssueData[] = [];
  const observation: Observation = { indicator: group.indicator, year: group.period };
  const total = group.total;
  if (total !== undefined) {
    const value = total.value.value;
    if (value.total !== undefined) observation.value = value.total;
    if (value.cells.length > 0) observation.bySex = { cells: value.cells.map((cell): CellValue => ({ ...cell })) };
  }
  const parts: MunicipalityValue[] = [];
  for (const part of group.parts) {
    const { municipality, value, status } = part.value;
    if (value.cells.length > 0)
      issues.push({ code: "breakdown_not_kept", severity: "info", path: ["values", part.index, "values"], municipality });
    if (value.total === undefined) {
      const entry = part.entries.get("T");
      const path: Path = entry === undefined ? ["values", part.index, "values"] : ["values", part.index, "values", entry, "value"];
      issues.push({ code: "missing_value", severity: "info", path, municipality, ...(status.total ? { status: status.total } : {}) });
      continue;
    }
    parts.push({ municipality, value: value.total });
  }
  if (parts.length > 0) observation.byMunicipality = parts;
  observation.source = `Kolada ${group.kpi}`;
  const comment = total === undefined ? undefined : statusComment(total.value);
  if (comment !== undefined) observation.comment = comment;
  return { group, observation, issues };
}

/** A comment for the total's row: that its value is missing, and Kolada's statuses where it gave any. */
function statusComment(row: KoladaValue): string | undefined {
  const statuses = (["total", "female", "male"] as const)
    .map((target) => [target === "total" ? "T" : GENDER_OF[target], row.status[target]] as const)
    .filter(([, status]) => status !== undefined && status !== "")
    .map(([gender, status]) => `${gender}: ${status}`);
  // Data text stays Swedish, as the rest of the observation file.
  const parts = [
    ...(row.value.total === undefined ? ["Värde saknas i Kolada."] : []),
    ...(statuses.length > 0 ? [`Kolada-status ${statuses.join(", ")}.`] : []),
  ];
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** A check's issue (path `["observations", i, …]`) with a path into the Kolada response instead. */
function toKoladaIssue(issue: ObservationIssueData, built: Built, all: readonly Built[]): ObservationIssueData {
  const { group } = built;
  const rest = issue.path.slice(2);
  const first = (group.total ?? group.parts[0]) as Row;
  const valuePath = (row: Row, gender: string): Path => {
    const entry = row.entries.get(gender);
    return entry === undefined ? ["values", row.index] : ["values", row.index, "values", entry, "value"];
  };
  let path: Path = ["values", first.index];
  if (rest[0] === "byMunicipality" && typeof rest[1] === "number") {
    const part = partRow(group, rest[1]);
    path = rest[2] === "municipality" ? ["values", part.index, "municipality"] : valuePath(part, "T");
  } else if (rest[0] === "byMunicipality" || rest[0] === "value") {
    path = valuePath(first, "T");
  } else if (rest[0] === "bySex" && rest[1] === "cells" && typeof rest[2] === "number" && group.total !== undefined) {
    const cell = built.observation.bySex?.cells[rest[2]];
    path = cell === undefined ? ["values", group.total.index] : valuePath(group.total, GENDER_OF[cell.sex as "female" | "male"]);
  } else if (rest[0] === "indicator") {
    path = ["values", first.index, "kpi"];
  } else if (rest[0] === "year") {
    path = ["values", first.index, "period"];
  }
  const out = { ...issue, path } as ObservationIssueData;
  if (out.code === "duplicate_observation") {
    const earlier = all[out.firstPath[1] as number] as Built;
    return { ...out, firstPath: ["values", ((earlier.group.total ?? earlier.group.parts[0]) as Row).index] };
  }
  return out;
}

/** The row of the j-th entry of `byMunicipality` (parts without a value are not in it). */
function partRow(group: Group, j: number): Row {
  return group.parts.filter((part) => part.value.value.total !== undefined)[j] as Row;
}

import { DEFAULT_LANG, type Lang } from "../core/lang.js";
import type { KoladaRow } from "../gender/kolada.js";
import { observationShape } from "../model/observation.js";
import type { Plan } from "../model/plan.js";
import type { ReferenceData } from "../reference/types.js";
import { buildObservation } from "./internal/kolada-build.js";
import { checkBuilt, relatedRows } from "./internal/kolada-issues.js";
import { groupRows } from "./internal/kolada-rows.js";
import { type OptionChecks, readOptions } from "./internal/reader-options.js";
import { referenceOf } from "./internal/reference.js";
import type { ObservationIssueData } from "./issue.js";
import { withObservationMessage } from "./messages.js";
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
 * {@link checkObservations} does. The response is never changed. Never throws: unusable options (no
 * `indicators`, or a KPI mapped to an id an observation file refuses) are one `invalid_option` issue, and a
 * response or row that is not one, or throws when read, an `invalid_kolada_row` issue (docs/robustness.md).
 *
 * @example
 * ```ts
 * const response = await (await fetch("https://api.kolada.se/v3/data/kpi/N07908/year/2018")).json();
 * const { observations, issues } = observationsFromKolada(response, { indicators: { N07908: "4.2-1" }, plan });
 * ```
 */
export function observationsFromKolada(response: KoladaResponse, options: KoladaObservationOptions): ObservationsResult {
  const checked = readOptions(options, ["indicators", "plan", "area", "reference"], CHECKS);
  if ("issue" in checked) return { observations: [], issues: [withObservationMessage(checked.issue, DEFAULT_LANG)] };
  const { lang } = checked;
  const { indicators, plan, area, reference } = checked.values as Omit<KoladaObservationOptions, "lang">;
  const rows = rowsOf(response);
  if (rows === undefined) {
    const issue: ObservationIssueData = {
      code: "invalid_kolada_row",
      severity: "error",
      path: ["values"],
      reason: "invalid_row",
      details: { field: "values" },
    };
    return { observations: [], issues: [withObservationMessage(issue, lang)] };
  }
  const grouped = groupRows(rows, indicators, areaOf(area, plan));
  const built = grouped.groups.filter((group) => group.rowErrors.length === 0).map(buildObservation);
  const found = checkBuilt(built, plan, referenceOf(reference));
  // An observation is left out with all its rows: a total without its parts (or the reverse) would mislead.
  const observations = built.filter((b) => b.group.rowErrors.length === 0).map((b) => b.observation);
  const issues = [...grouped.issues, ...built.flatMap((b) => b.issues), ...found, ...relatedRows(grouped.groups)];
  const rowOf = (issue: ObservationIssueData): number => (typeof issue.path[1] === "number" ? issue.path[1] : -1);
  // Stable sort: issues of one row stay in the order they were found.
  const sorted = issues.sort((a, b) => rowOf(a) - rowOf(b));
  return { observations, issues: sorted.map((issue) => withObservationMessage(issue, lang)) };
}

// Every KPI must map to an indicator id an observation file accepts: the reader never writes what its schema refuses.
const CHECKS: OptionChecks = {
  indicators: (value) =>
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((id) => observationShape.indicator.safeParse(id).success),
  area: (value) => value === undefined || typeof value === "string",
};

/**
 * The response's rows, copied into a plain array; `undefined` when they are not an array or a hostile response
 * throws on being read. The copy is read by index: an array's own `constructor` (which `flatMap` and `map` would
 * use to build their result), a getter or a proxy must not throw later.
 */
function rowsOf(response: unknown): unknown[] | undefined {
  try {
    const values = (response as KoladaResponse | null | undefined)?.values;
    if (!Array.isArray(values)) return undefined;
    const rows: unknown[] = [];
    for (let index = 0; index < values.length; index++) rows.push(values[index]);
    return rows;
  } catch {
    return undefined;
  }
}

/** The area whose row is each observation's total: the option, else the plan's municipality or county region. */
function areaOf(area: string | undefined, plan: Plan | undefined): string | undefined {
  return area ?? (plan === undefined ? undefined : (plan.territory.municipalityCode ?? `00${plan.territory.countyCode}`));
}

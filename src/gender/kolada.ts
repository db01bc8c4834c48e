import { resolveLang } from "../core/resolve-lang.js";
import { DEFAULT_AGE_GROUPS } from "./age-groups.js";
import { checkNumber, fail, published, validateValue } from "./internal.js";
import type { CellValue, Disaggregated, LangOptions, Unit } from "./types.js";

/**
 * One gender's value in a Kolada row (API v3): `T` totalt, `K` kvinnor, `M` män. `value` is `null` when Kolada
 * has no value.
 *
 * @example
 * ```ts
 * const v: KoladaDataValue = { gender: "K", value: 12.5, count: 1, status: "" };
 * ```
 */
export interface KoladaDataValue {
  /** `T` (totalt), `K` (kvinnor) or `M` (män). */
  gender: "T" | "K" | "M";
  /** The value, or `null` when missing. */
  value: number | null;
  /** Kolada's count of underlying values; not used. */
  count?: number;
  /** Kolada's status of the value (for example `""` or `"Missing"`); kept as given. */
  status?: string | null;
}

/**
 * A row of Kolada's data API v3 (`/v3/data/kpi/{kpi}/municipality/{municipality}`).
 *
 * @example
 * ```ts
 * const row: KoladaRow = { kpi: "N00000", municipality: "0780", period: 2020, values: [{ gender: "T", value: 100 }] };
 * ```
 */
export interface KoladaRow {
  /** Kolada's KPI id (*nyckeltal*). */
  kpi: string;
  /** Municipality code (*kommunkod*), e.g. `"0780"` for Växjö. */
  municipality: string;
  /** The year. */
  period: number;
  /** One entry per gender. */
  values: readonly KoladaDataValue[];
}

/**
 * Options of {@link fromKolada}: the unit must be said, since a Kolada row does not carry it.
 *
 * @example
 * ```ts
 * const options: KoladaOptions = { unit: "percent" };
 * ```
 */
export interface KoladaOptions extends LangOptions {
  /** What the KPI's numbers are (see the KPI's metadata). */
  unit: Unit;
}

/**
 * What {@link fromKolada} returns: the row's identity, the value and Kolada's statuses.
 *
 * @example
 * ```ts
 * const r: KoladaValue = { kpi: "N00000", municipality: "0780", period: 2020, value, status: { total: "" } };
 * ```
 */
export interface KoladaValue {
  /** Kolada's KPI id. */
  kpi: string;
  /** Municipality code. */
  municipality: string;
  /** The year. */
  period: number;
  /** The value by sex; `T` is its total. */
  value: Disaggregated;
  /** Kolada's status per gender, where one was given. */
  status: KoladaStatus;
}

/**
 * Kolada's statuses of a row, by what they belong to; a gender without a status string is left out.
 *
 * @example
 * ```ts
 * const status: KoladaStatus = { total: "", female: "Missing" };
 * ```
 */
export interface KoladaStatus {
  /** Status of `T`. */
  total?: string;
  /** Status of `K`. */
  female?: string;
  /** Status of `M`. */
  male?: string;
}

const GENDERS = { T: "total", K: "female", M: "male" } as const;

/**
 * Reads a Kolada row (*Kolada-rad*): `T` becomes the total, `K` the female cell, `M` the male cell. A `null`
 * value is missing (the cell or total is absent), never 0; statuses are kept.
 *
 * @throws {@link GenderInputError} `invalid_row` (path to the field), `unknown_cell` (a gender other than T, K,
 * M), `duplicate_cell`, and the number errors of {@link disaggregated} (path `["values", i, "value"]`).
 * @example
 * ```ts
 * fromKolada(
 *   { kpi: "N00000", municipality: "0780", period: 2020, values: [{ gender: "T", value: 100 }, { gender: "K", value: 47 }, { gender: "M", value: null }] },
 *   { unit: "count" },
 * );
 * // value: cells [{ sex: "female", value: 47 }], total 100 (men missing)
 * ```
 */
export function fromKolada(row: KoladaRow, options: KoladaOptions): KoladaValue {
  const lang = resolveLang(options.lang);
  if (typeof row !== "object" || row === null) fail("invalid_row", [], { field: "row" }, lang);
  const { kpi, municipality, period, values } = row;
  if (typeof kpi !== "string") fail("invalid_row", ["kpi"], { field: "kpi" }, lang);
  if (typeof municipality !== "string") fail("invalid_row", ["municipality"], { field: "municipality" }, lang);
  if (!Number.isSafeInteger(period)) fail("invalid_row", ["period"], { field: "period" }, lang);
  if (!Array.isArray(values)) fail("invalid_row", ["values"], { field: "values" }, lang);
  const unit = validateValue({ unit: options.unit, cells: [] }, [], lang).unit;
  const cells: CellValue[] = [];
  const status: KoladaStatus = {};
  const seen = new Set<string>();
  let total: number | undefined;
  values.forEach((entry: KoladaDataValue, i) => {
    const at = ["values", i];
    if (typeof entry !== "object" || entry === null) fail("invalid_row", at, { field: `values[${i}]` }, lang);
    if (!Object.hasOwn(GENDERS, entry.gender)) fail("unknown_cell", [...at, "gender"], { cell: String(entry.gender) }, lang);
    const target = GENDERS[entry.gender];
    if (seen.has(target)) fail("duplicate_cell", at, { cell: entry.gender }, lang);
    seen.add(target);
    if (typeof entry.status === "string") status[target] = entry.status;
    if (entry.value === null) return;
    // Checked here so that the error's path points into the Kolada row, not into the built value.
    const checked = checkNumber(entry.value, unit, [...at, "value"], lang);
    if (target === "total") total = checked;
    else cells.push(published({ sex: target }, checked));
  });
  const value: Disaggregated = { kind: "disaggregated", unit, ageGroups: DEFAULT_AGE_GROUPS, cells };
  if (total !== undefined) value.total = total;
  return { kpi, municipality, period, value, status };
}

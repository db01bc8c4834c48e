import { resolveLang } from "../core/resolve-lang.js";
import { cellKey, checkNumber, describeCell, fail, isSuppressed, position, validateValue } from "./internal.js";
import type { SdmxKey } from "./sdmx.js";
import { readSdmxKey, writeSdmxKey } from "./sdmx.js";
import type { AgeGroup, CellValue, Disaggregated, LangOptions, Unit } from "./types.js";

/**
 * The codes of SDMX's confidentiality status (code list CL_CONF_STATUS, eleven codes): `F` free for publication;
 * every other code withholds the value — `C` confidential, `D` and `S` secondary confidentiality (set by the
 * sender, by the receiver), `A` small counts, `O`, `T`, `G` and `M` dominance or concentration, `N` and `E` for
 * internal use only.
 *
 * @example
 * ```ts
 * const status: ConfStatus = "F";
 * ```
 */
export type ConfStatus = "F" | "N" | "C" | "D" | "S" | "A" | "O" | "T" | "G" | "M" | "E";

const WITHHELD: ReadonlySet<string> = new Set<ConfStatus>(["N", "C", "D", "S", "A", "O", "T", "G", "M", "E"]);

/**
 * An SDMX observation of one cell or of the total: the key, and `OBS_VALUE` or the confidentiality status
 * `CONF_STATUS` ({@link ConfStatus}): `F` (free) goes with a value, every other code makes the cell suppressed.
 *
 * @example
 * ```ts
 * const obs: SdmxObservation[] = [{ SEX: "F", AGE: "_T", OBS_VALUE: 47 }, { SEX: "M", AGE: "_T", CONF_STATUS: "C" }];
 * ```
 */
export interface SdmxObservation extends SdmxKey {
  /** The value; absent when confidential. */
  OBS_VALUE?: number;
  /** `"F"` (free, with a value) or a code that withholds it (`"C"`, `"A"`, …); absent is free. */
  CONF_STATUS?: ConfStatus;
}

/**
 * Options of {@link fromSdmxObservations}.
 *
 * @example
 * ```ts
 * const options: SdmxReadOptions = { unit: "count" };
 * ```
 */
export interface SdmxReadOptions extends LangOptions {
  /** What the numbers are. */
  unit: Unit;
  /** The age bands that the age codes are matched to; default {@link DEFAULT_AGE_GROUPS}. */
  ageGroups?: readonly AgeGroup[];
}

/** SDMX's total (`_T`) or Eurostat's (`T` for sex, `TOTAL` for age). */
const isTotal = (code: string): boolean => code === "_T" || code === "T" || code === "TOTAL";

/**
 * A value as SDMX observations: one per cell in the value's order (a suppressed cell has `CONF_STATUS: "C"` and
 * no `OBS_VALUE`), then the total as `SEX: "_T", AGE: "_T"` if there is one.
 *
 * @throws {@link GenderInputError} the errors of {@link disaggregated}.
 * @example
 * ```ts
 * toSdmxObservations(disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }], total: 100 }));
 * // [{ SEX: "F", AGE: "_T", OBS_VALUE: 47 }, { SEX: "_T", AGE: "_T", OBS_VALUE: 100 }]
 * ```
 */
export function toSdmxObservations(value: Disaggregated, options: LangOptions = {}): SdmxObservation[] {
  const lang = resolveLang(options.lang);
  const v = validateValue(value, [], lang);
  const observations = v.cells.map((cell): SdmxObservation => {
    const key = writeSdmxKey(position(cell), v.ageGroups, lang);
    return isSuppressed(cell) ? { ...key, CONF_STATUS: "C" } : { ...key, OBS_VALUE: cell.value };
  });
  if (v.total !== undefined) observations.push({ SEX: "_T", AGE: "_T", OBS_VALUE: v.total });
  return observations;
}

/**
 * A value from SDMX observations, the inverse of {@link toSdmxObservations}: `_T/_T` is the total, every other
 * observation a cell. Margins by age (`SEX: "_T"` with an age) and sex totals beside age bands are not part of
 * the model: leave them out. `OBS_VALUE` errors point at `[i, "OBS_VALUE"]`.
 *
 * @throws {@link GenderInputError} `not_a_cell`, `unknown_code`, `unknown_cell`, `invalid_cell` (both a value and
 * a confidentiality status, or a confidential total), `duplicate_cell`, and the errors of {@link disaggregated}.
 * @example
 * ```ts
 * fromSdmxObservations([{ SEX: "F", AGE: "_T", OBS_VALUE: 47 }, { SEX: "_T", AGE: "_T", OBS_VALUE: 100 }], { unit: "count" });
 * // cells [{ sex: "female", value: 47 }], total 100
 * ```
 */
export function fromSdmxObservations(observations: readonly SdmxObservation[], options: SdmxReadOptions): Disaggregated {
  const lang = resolveLang(options.lang);
  const { unit, ageGroups } = validateValue({ unit: options.unit, cells: [], ageGroups: options.ageGroups }, [], lang);
  const cells: CellValue[] = [];
  const seen = new Set<string>();
  let total: number | undefined;
  observations.forEach((obs, i) => {
    const { CONF_STATUS: code, OBS_VALUE: raw } = obs;
    if (code !== undefined && code !== "F" && !WITHHELD.has(code)) {
      fail("unknown_code", [i, "CONF_STATUS"], { code: String(code), dimension: "CONF_STATUS" }, lang);
    }
    // Free for publication is the same as no status: the value stands.
    const status = code === "F" ? undefined : code;
    if (status !== undefined && raw !== undefined) fail("invalid_cell", [i], {}, lang);
    if (isTotal(obs.SEX) && isTotal(obs.AGE)) {
      if (total !== undefined) fail("duplicate_cell", [i], { cell: "_T" }, lang);
      // A withheld total cannot be held by the model, whose total is always published.
      if (status !== undefined) fail("invalid_cell", [i], {}, lang);
      total = checkNumber(raw, unit, [i, "OBS_VALUE"], lang);
      return;
    }
    const cell = readSdmxKey(obs, ageGroups, [i], lang);
    if (seen.has(cellKey(cell))) fail("duplicate_cell", [i], { cell: describeCell(cell) }, lang);
    if (cells.length > 0 && (cells[0]?.age === undefined) !== (cell.age === undefined)) fail("mixed_cells", [i], {}, lang);
    seen.add(cellKey(cell));
    cells.push(status !== undefined ? { ...cell, suppressed: true } : { ...cell, value: checkNumber(raw, unit, [i, "OBS_VALUE"], lang) });
  });
  const value: Disaggregated = { kind: "disaggregated", unit, ageGroups, cells };
  if (total !== undefined) value.total = total;
  return value;
}

import { resolveLang } from "../core/resolve-lang.js";
import { cellKey, checkNumber, describeCell, fail, isSuppressed, position, validateValue } from "./internal.js";
import type { SdmxKey } from "./sdmx.js";
import { readSdmxKey, writeSdmxKey } from "./sdmx.js";
import type { AgeGroup, CellValue, Disaggregated, LangOptions, Unit } from "./types.js";

/**
 * An SDMX observation of one cell or of the total: the key, and either `OBS_VALUE` or the confidentiality
 * status `CONF_STATUS` (`"C"` confidential; `"D"`, secondary confidential, is read as suppressed too).
 *
 * @example
 * ```ts
 * const obs: SdmxObservation[] = [{ SEX: "F", AGE: "_T", OBS_VALUE: 47 }, { SEX: "M", AGE: "_T", CONF_STATUS: "C" }];
 * ```
 */
export interface SdmxObservation extends SdmxKey {
  /** The value; absent when confidential. */
  OBS_VALUE?: number;
  /** `"C"` when the value is withheld. */
  CONF_STATUS?: "C" | "D";
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
    const { CONF_STATUS: status, OBS_VALUE: raw } = obs;
    if (status !== undefined && status !== "C" && status !== "D") {
      fail("unknown_code", [i, "CONF_STATUS"], { code: String(status), dimension: "CONF_STATUS" }, lang);
    }
    if (status !== undefined && raw !== undefined) fail("invalid_cell", [i], {}, lang);
    if (obs.SEX === "_T" && obs.AGE === "_T") {
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

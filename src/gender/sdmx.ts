import type { Path } from "../core/issue.js";
import { resolveLang } from "../core/resolve-lang.js";
import { bandOf, fail, findBand, SEXES, schemeOf } from "./internal.js";
import type { AgeGroup, Cell, Lang, SchemeOptions, Sex } from "./types.js";

/**
 * An SDMX series key restricted to the two dimensions of the model: `SEX` (`F`, `M`, `_O` other, `_U` unknown,
 * `_T` total) and `AGE` (`Y15T24`, `Y_LT18`, `Y_GE65`, `Y30`, `_T` all ages). Reading also takes Eurostat's
 * codes: `T` for the sex total, `Y15-24` for a band and `TOTAL` for all ages.
 *
 * @example
 * ```ts
 * const key: SdmxKey = { SEX: "F", AGE: "Y15T24" };
 * ```
 */
export interface SdmxKey {
  /** Code of the SDMX code list for sex (CL_SEX). */
  SEX: string;
  /** Code of the SDMX code list for age (CL_AGE). */
  AGE: string;
}

const SEX_CODES: Record<Sex, string> = { female: "F", male: "M", other: "_O", unknown: "_U" };

/**
 * The SDMX key of a cell (*SDMX-kod*). An age band 0–n becomes `Y_LT{n+1}`, an open band `Y_GE{from}`, a one-year
 * band `Y{from}`, any other `Y{from}T{to}`; no band is `_T`.
 *
 * @throws {@link GenderInputError} `unknown_cell`, `invalid_age_group`.
 * @example
 * ```ts
 * toSdmx({ sex: "female", age: "children" }); // { SEX: "F", AGE: "Y_LT18" }
 * toSdmx({ sex: "male", age: "65+" }, { ageGroups: [{ id: "65+", from: 65 }] }); // { SEX: "M", AGE: "Y_GE65" }
 * ```
 */
export function toSdmx(cell: Cell, options: SchemeOptions = {}): SdmxKey {
  const lang = resolveLang(options.lang);
  return writeSdmxKey(cell, schemeOf(options, lang), lang);
}

/** {@link toSdmx} on a checked scheme. */
export function writeSdmxKey(cell: Cell, groups: readonly AgeGroup[], lang: Lang): SdmxKey {
  const band = bandOf(cell, groups, lang);
  return { SEX: SEX_CODES[cell.sex], AGE: band === undefined ? "_T" : ageCode(band) };
}

function ageCode(band: AgeGroup): string {
  if (band.to === undefined) return `Y_GE${band.from}`;
  if (band.from === 0) return `Y_LT${band.to + 1}`;
  return band.from === band.to ? `Y${band.from}` : `Y${band.from}T${band.to}`;
}

/** The years an SDMX age code covers (Eurostat's `Y15-24` and `TOTAL` too); `undefined` for all ages. */
function parseAgeCode(code: string, path: Path, lang: Lang): { from: number; to?: number } | undefined {
  if (code === "_T" || code === "TOTAL") return undefined;
  const lt = /^Y_LT(\d+)$/.exec(code);
  if (lt && Number(lt[1]) >= 1) return { from: 0, to: Number(lt[1]) - 1 };
  const ge = /^Y_GE(\d+)$/.exec(code);
  if (ge) return { from: Number(ge[1]) };
  const span = /^Y(\d+)(?:T|-)(\d+)$/.exec(code);
  if (span && Number(span[2]) >= Number(span[1])) return { from: Number(span[1]), to: Number(span[2]) };
  const one = /^Y(\d+)$/.exec(code);
  if (one) return { from: Number(one[1]), to: Number(one[1]) };
  return fail("unknown_code", path, { code, dimension: "AGE" }, lang);
}

/**
 * The cell of an SDMX key: the inverse of {@link toSdmx}. The age code is matched to the band of the scheme that
 * covers exactly the same years (`Y0T17` and `Y_LT18` are both the band 0–17).
 *
 * @throws {@link GenderInputError} `not_a_cell` for `SEX: "_T"` (a sum over sexes is a total, not a cell),
 * `unknown_code`, `unknown_cell` (no band of the scheme covers those years).
 * @example
 * ```ts
 * fromSdmx({ SEX: "F", AGE: "Y_LT18" }); // { sex: "female", age: "children" }
 * fromSdmx({ SEX: "_U", AGE: "_T" }); // { sex: "unknown" }
 * ```
 */
export function fromSdmx(key: SdmxKey, options: SchemeOptions = {}): Cell {
  const lang = resolveLang(options.lang);
  return readSdmxKey(key, schemeOf(options, lang), [], lang);
}

/** {@link fromSdmx} on a checked scheme, with errors placed under `path`. */
export function readSdmxKey(key: SdmxKey, groups: readonly AgeGroup[], path: Path, lang: Lang): Cell {
  if (key.SEX === "_T" || key.SEX === "T") fail("not_a_cell", [...path, "SEX"], { key: `SEX=${key.SEX}, AGE=${String(key.AGE)}` }, lang);
  const sex = SEXES.find((s) => SEX_CODES[s] === key.SEX);
  if (sex === undefined) fail("unknown_code", [...path, "SEX"], { code: String(key.SEX), dimension: "SEX" }, lang);
  const years = parseAgeCode(String(key.AGE), [...path, "AGE"], lang);
  return years === undefined ? { sex } : { sex, age: findBand(years, groups, key.AGE, [...path, "AGE"], lang) };
}

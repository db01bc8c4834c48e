import { resolveLang } from "../core/resolve-lang.js";
import { bandOf, fail, findBand, schemeOf } from "./internal.js";
import type { AgeGroup, Cell, SchemeOptions, Sex } from "./types.js";

/**
 * A dimension of an IATI indicator value (`<dimension name="sex" value="female"/>`).
 *
 * @example
 * ```ts
 * const dim: IatiDimension = { name: "sex", value: "female" };
 * ```
 */
export interface IatiDimension {
  /** Name of the dimension: `"sex"` or `"age"` for this model. */
  name: string;
  /** Its value: `female`, `male`, `other`, `unknown`; ages as `16-29`, `65+` or `30`. */
  value: string;
}

const IATI_SEXES: readonly Sex[] = ["female", "male", "other", "unknown"];

/**
 * The IATI dimensions of a cell (*IATI-dimensioner*): `sex`, and `age` when the cell has a band, written
 * `from-to`, `from+` (open-ended) or `from` (one year).
 *
 * @throws {@link GenderInputError} `unknown_cell`, `invalid_age_group`.
 * @example
 * ```ts
 * toIatiDimensions({ sex: "female", age: "children" }); // [{ name: "sex", value: "female" }, { name: "age", value: "0-17" }]
 * ```
 */
export function toIatiDimensions(cell: Cell, options: SchemeOptions = {}): IatiDimension[] {
  const lang = resolveLang(options.lang);
  const band = bandOf(cell, schemeOf(options, lang), lang);
  const dims: IatiDimension[] = [{ name: "sex", value: cell.sex }];
  if (band !== undefined) dims.push({ name: "age", value: ageText(band) });
  return dims;
}

function ageText(band: AgeGroup): string {
  if (band.to === undefined) return `${band.from}+`;
  return band.to === band.from ? `${band.from}` : `${band.from}-${band.to}`;
}

/**
 * The cell of IATI dimensions, the inverse of {@link toIatiDimensions}. Only `sex` and `age` are read; other
 * dimensions (place, for example) are left to the caller.
 *
 * @throws {@link GenderInputError} `missing_cell` (no `sex`), `duplicate_cell` (a dimension twice),
 * `unknown_code`, `unknown_cell` (no band of the scheme covers the ages).
 * @example
 * ```ts
 * fromIatiDimensions([{ name: "sex", value: "male" }, { name: "age", value: "18+" }]); // { sex: "male", age: "adults" }
 * ```
 */
export function fromIatiDimensions(dimensions: readonly IatiDimension[], options: SchemeOptions = {}): Cell {
  const lang = resolveLang(options.lang);
  const groups = schemeOf(options, lang);
  let sex: Sex | undefined;
  let age: string | undefined;
  dimensions.forEach((dim, i) => {
    if (dim.name !== "sex" && dim.name !== "age") return;
    if ((dim.name === "sex" ? sex : age) !== undefined) fail("duplicate_cell", [i], { cell: dim.name }, lang);
    if (dim.name === "sex") {
      sex = IATI_SEXES.find((s) => s === dim.value);
      if (sex === undefined) fail("unknown_code", [i, "value"], { code: String(dim.value), dimension: "sex" }, lang);
      return;
    }
    const years = parseAgeText(String(dim.value));
    if (years === undefined) fail("unknown_code", [i, "value"], { code: String(dim.value), dimension: "age" }, lang);
    age = findBand(years, groups, dim.value, [i, "value"], lang);
  });
  if (sex === undefined) fail("missing_cell", [], { cell: "sex" }, lang);
  return age === undefined ? { sex } : { sex, age };
}

function parseAgeText(text: string): { from: number; to?: number } | undefined {
  const span = /^(\d+)-(\d+)$/.exec(text);
  if (span && Number(span[2]) >= Number(span[1])) return { from: Number(span[1]), to: Number(span[2]) };
  const open = /^(\d+)\+$/.exec(text);
  if (open) return { from: Number(open[1]) };
  const one = /^(\d+)$/.exec(text);
  return one ? { from: Number(one[1]), to: Number(one[1]) } : undefined;
}

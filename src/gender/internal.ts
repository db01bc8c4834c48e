import type { ErrorArgs } from "../core/error.js";
import type { Path } from "../core/issue.js";
import { valueText } from "../core/wording.js";
import { DEFAULT_AGE_GROUPS } from "./age-groups.js";
import { GenderInputError } from "./errors.js";
import type {
  AgeGroup,
  Cell,
  CellValue,
  Disaggregated,
  GenderErrorCode,
  GenderErrorDetails,
  Lang,
  PublishedCell,
  SchemeOptions,
  Sex,
  Unit,
} from "./types.js";

/** The sexes in the order reports print them. */
export const SEXES: readonly Sex[] = ["female", "male", "other", "unknown"];
const UNITS: readonly Unit[] = ["count", "rate", "percent"];

export function fail<C extends GenderErrorCode>(code: C, path: Path, details: GenderErrorDetails[C], lang: Lang): never {
  throw new GenderInputError(...([code, [...path], details, lang] as ErrorArgs<GenderErrorDetails>));
}

export function isSuppressed(cell: CellValue): cell is Extract<CellValue, { suppressed: true }> {
  return "suppressed" in cell && cell.suppressed === true;
}

export function cellKey(cell: Cell): string {
  return cell.age === undefined ? cell.sex : `${cell.sex}|${cell.age}`;
}

/** How a cell is named in messages: `female` or `female, 16-29`. */
export function describeCell(cell: Cell): string {
  return cell.age === undefined ? cell.sex : `${cell.sex}, ${cell.age}`;
}

/** A fresh cell position, without the value. */
export function position(cell: Cell): Cell {
  return cell.age === undefined ? { sex: cell.sex } : { sex: cell.sex, age: cell.age };
}

export function published(cell: Cell, value: number): PublishedCell {
  return { ...position(cell), value };
}

export function suppressedAt(cell: Cell): CellValue {
  return { ...position(cell), suppressed: true };
}

const isWholeYear = (x: unknown): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

export function validateAgeGroups(input: unknown, path: Path, lang: Lang): AgeGroup[] {
  if (!Array.isArray(input) || input.length === 0) fail("invalid_age_group", path, {}, lang);
  const groups: AgeGroup[] = [];
  const ids = new Set<string>();
  // The bands so far by `from`: they do not overlap, so a new band can only overlap the last one starting at or
  // before its end. Comparing with every earlier band would take time in the square of the bands.
  const sorted: AgeGroup[] = [];
  (input as unknown[]).forEach((raw, i) => {
    const at = [...path, i];
    if (typeof raw !== "object" || raw === null) fail("invalid_age_group", at, {}, lang);
    const { id, from, to } = raw as Record<string, unknown>;
    if (typeof id !== "string" || id === "" || !isWholeYear(from)) fail("invalid_age_group", at, {}, lang);
    if (to !== undefined && (!isWholeYear(to) || to < from)) fail("invalid_age_group", at, {}, lang);
    if (ids.has(id)) fail("duplicate_age_group", [...at, "id"], { id }, lang);
    const end = (to as number | undefined) ?? Number.POSITIVE_INFINITY;
    const k = firstStartingAfter(sorted, end);
    const before = sorted[k - 1];
    if (before !== undefined && from <= (before.to ?? Number.POSITIVE_INFINITY)) {
      // The first overlapping band in the input's order, as the message names it.
      const clash = groups.find((g) => g.from <= end && from <= (g.to ?? Number.POSITIVE_INFINITY)) as AgeGroup;
      fail("overlapping_age_groups", at, { first: clash.id, second: id }, lang);
    }
    const group: AgeGroup = to === undefined ? { id, from } : { id, from, to: to as number };
    groups.push(group);
    ids.add(id);
    sorted.splice(k, 0, group);
  });
  return groups;
}

/** The index of the first band in `sorted` (by `from`) that starts after `end`. */
function firstStartingAfter(sorted: readonly AgeGroup[], end: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as AgeGroup).from <= end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function checkNumber(raw: unknown, unit: Unit, path: Path, lang: Lang): number {
  if (typeof raw !== "number" || !Number.isFinite(raw)) fail("not_a_number", path, { value: valueText(raw) }, lang);
  if (raw < 0) fail(unit === "count" ? "negative_count" : "negative_value", path, { value: raw }, lang);
  if (unit === "count" && !Number.isInteger(raw)) fail("non_integer_count", path, { value: raw }, lang);
  if (unit === "count" && !Number.isSafeInteger(raw)) fail("count_too_large", path, { value: raw }, lang);
  if (unit === "percent" && raw > 100) fail("percent_out_of_range", path, { value: raw }, lang);
  // -0 would print as "-0"; it is the same number as 0.
  return raw + 0;
}

/**
 * Checks any input (typed or not) and returns a fresh, valid value; the input is never touched. Used by every
 * operation, so that a hand-built object cannot smuggle a NaN through.
 */
export function validateValue(input: unknown, path: Path, lang: Lang): Disaggregated {
  if (typeof input !== "object" || input === null) fail("invalid_value", path, {}, lang);
  const { unit, cells, total, ageGroups } = input as Record<string, unknown>;
  if (typeof unit !== "string" || !(UNITS as readonly string[]).includes(unit)) {
    fail("invalid_unit", [...path, "unit"], { unit: String(unit) }, lang);
  }
  const u = unit as Unit;
  const groups = ageGroups === undefined ? DEFAULT_AGE_GROUPS : validateAgeGroups(ageGroups, [...path, "ageGroups"], lang);
  if (!Array.isArray(cells)) fail("invalid_value", [...path, "cells"], {}, lang);
  const bandIds = new Set(groups.map((g) => g.id));
  const seen = new Set<string>();
  let byAge: boolean | undefined;
  const out = (cells as unknown[]).map((raw, i): CellValue => {
    const at = [...path, "cells", i];
    if (typeof raw !== "object" || raw === null) fail("invalid_cell", at, {}, lang);
    const { sex, age, value, suppressed } = raw as Record<string, unknown>;
    if (typeof sex !== "string" || !(SEXES as readonly string[]).includes(sex)) {
      fail("unknown_cell", [...at, "sex"], { cell: String(sex) }, lang);
    }
    if (age !== undefined && (typeof age !== "string" || !bandIds.has(age))) {
      fail("unknown_cell", [...at, "age"], { cell: `${sex}, ${String(age)}` }, lang);
    }
    const cell: Cell = age === undefined ? { sex: sex as Sex } : { sex: sex as Sex, age: age as string };
    byAge ??= age !== undefined;
    if (byAge !== (age !== undefined)) fail("mixed_cells", at, {}, lang);
    const key = cellKey(cell);
    if (seen.has(key)) fail("duplicate_cell", at, { cell: describeCell(cell) }, lang);
    seen.add(key);
    if (suppressed !== undefined) {
      if (suppressed !== true || value !== undefined) fail("invalid_cell", at, {}, lang);
      return suppressedAt(cell);
    }
    return published(cell, checkNumber(value, u, [...at, "value"], lang));
  });
  const result: Disaggregated = { kind: "disaggregated", unit: u, ageGroups: groups, cells: out };
  if (total !== undefined) result.total = checkNumber(total, u, [...path, "total"], lang);
  return result;
}

/** The total as reported, or else the sum of the cells if they are counts and all published. */
export function knownTotal(value: Disaggregated): number | undefined {
  if (value.total !== undefined) return value.total;
  if (value.unit !== "count") return undefined;
  let sum = 0;
  for (const cell of value.cells) {
    if (isSuppressed(cell)) return undefined;
    sum += cell.value;
  }
  return sum;
}

export function requireCounts(value: Disaggregated, lang: Lang): void {
  if (value.unit !== "count") fail("not_counts", ["unit"], { unit: value.unit }, lang);
}

export function sameAgeGroups(a: readonly AgeGroup[], b: readonly AgeGroup[]): boolean {
  return a.length === b.length && a.every((g, i) => g.id === b[i]?.id && g.from === b[i]?.from && g.to === b[i]?.to);
}

/**
 * The rank of a cell in print order: by sex (female, male, other, unknown), then by the scheme's age order. The
 * bands are indexed once, so that ranking n cells does not search the scheme for each.
 */
export function cellRanks(groups: readonly AgeGroup[]): (cell: Cell) => number {
  const bands = new Map(groups.map((g, i) => [g.id, i]));
  return (cell) => {
    const age = cell.age === undefined ? -1 : (bands.get(cell.age) ?? -1);
    return SEXES.indexOf(cell.sex) * (groups.length + 1) + age + 1;
  };
}

/** The numbers that a comparison of women and men uses: female, male and, for counts, the base of the shares. */
export interface FemaleMale {
  female: number;
  male: number;
  base?: number;
}

export function femaleMale(value: Disaggregated, age: string | undefined, lang: Lang): FemaleMale {
  const byAge = value.cells[0]?.age !== undefined;
  if (age !== undefined && (!byAge || !value.ageGroups.some((g) => g.id === age))) {
    fail("unknown_cell", ["age"], { cell: age }, lang);
  }
  if (byAge && age === undefined && value.unit !== "count") fail("age_required", ["age"], {}, lang);
  // Cells that take part: one age band, or every cell when the value has no ages or a count is summed over them.
  const inScope = value.cells.map((cell, i) => ({ cell, i })).filter(({ cell }) => !byAge || age === undefined || cell.age === age);
  const pick = (sex: Sex): number => {
    const wanted = age === undefined || !byAge ? { sex } : { sex, age };
    const found = inScope.filter(({ cell }) => cell.sex === sex);
    if (found.length === 0) fail("missing_cell", ["cells"], { cell: describeCell(wanted) }, lang);
    let sum = 0;
    for (const { cell, i } of found) {
      if (isSuppressed(cell)) fail("suppressed_cell", ["cells", i], { cell: describeCell(cell) }, lang);
      sum += cell.value;
    }
    return sum;
  };
  const female = pick("female");
  const male = pick("male");
  if (value.unit !== "count") return { female, male };
  const base = !byAge || age === undefined ? knownTotal(value) : columnSum(inScope.map(({ cell }) => cell));
  if (base === undefined) fail("unknown_total", ["total"], {}, lang);
  if (base === 0) fail("zero_total", ["total"], {}, lang);
  const parts = inScope.reduce((sum, { cell }) => sum + (isSuppressed(cell) ? 0 : cell.value), 0);
  if (parts > base) fail("parts_exceed_total", ["total"], { parts, total: base }, lang);
  return { female, male, base };
}

function columnSum(cells: readonly CellValue[]): number | undefined {
  let sum = 0;
  for (const cell of cells) {
    if (isSuppressed(cell)) return undefined;
    sum += cell.value;
  }
  return sum;
}

/** The age bands of converter options, checked; the default scheme when none are given. */
export function schemeOf(options: SchemeOptions, lang: Lang): readonly AgeGroup[] {
  return options.ageGroups === undefined ? DEFAULT_AGE_GROUPS : validateAgeGroups(options.ageGroups, ["ageGroups"], lang);
}

/** The band of a cell (undefined for all ages), after checking the sex and the age id. */
export function bandOf(cell: Cell, groups: readonly AgeGroup[], lang: Lang): AgeGroup | undefined {
  if (!SEXES.includes(cell.sex)) fail("unknown_cell", ["sex"], { cell: String(cell.sex) }, lang);
  if (cell.age === undefined) return undefined;
  const band = groups.find((g) => g.id === cell.age);
  if (band === undefined) fail("unknown_cell", ["age"], { cell: `${cell.sex}, ${cell.age}` }, lang);
  return band;
}

/** The id of the band that covers exactly these years, as the converters read them. */
export function findBand(years: { from: number; to?: number }, groups: readonly AgeGroup[], code: string, path: Path, lang: Lang): string {
  const band = groups.find((g) => g.from === years.from && g.to === years.to);
  if (band === undefined) fail("unknown_cell", path, { cell: code }, lang);
  return band.id;
}

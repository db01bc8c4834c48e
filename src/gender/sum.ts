import { resolveLang } from "../core/resolve-lang.js";
import { cellKey, cellRanks, describeCell, fail, isSuppressed, position, sameAgeGroups, suppressedAt, validateValue } from "./internal.js";
import type { CellValue, Disaggregated, LangOptions } from "./types.js";

/**
 * Sums counts cell by cell (*summera*), across places (the county's municipalities) or years. All values must
 * have the same cells and age bands. A cell suppressed in any value is suppressed in the sum (its part is
 * unknown); the total is the sum of the totals when every value reports one, and absent otherwise. The cells of
 * the result are in print order (female, male, other, unknown; age bands in scheme order), so the sum is
 * commutative and associative as values.
 *
 * @throws {@link GenderInputError} `empty_input`, `not_counts` (rates do not add: sum the counts and the
 * populations, then use {@link ratePer100k}), `mismatched_cells`, `count_too_large`.
 * @example
 * ```ts
 * const a = disaggregated({ unit: "count", cells: [{ sex: "female", value: 3 }, { sex: "male", value: 4 }], total: 7 });
 * const b = disaggregated({ unit: "count", cells: [{ sex: "female", value: 10 }, { sex: "male", value: 12 }], total: 22 });
 * sumDisaggregated([a, b]); // cells female 13, male 16; total 29
 * ```
 */
export function sumDisaggregated(values: readonly Disaggregated[], options: LangOptions = {}): Disaggregated {
  const lang = resolveLang(options.lang);
  if (!Array.isArray(values) || values.length === 0) fail("empty_input", [], {}, lang);
  const all = values.map((value, i) => validateValue(value, [i], lang));
  const first = all[0] as Disaggregated;
  // Each value's cells by key, so that matching cells is not a search of every cell for each.
  const byKey = all.map((v) => new Map(v.cells.map((c) => [cellKey(c), c])));
  const keys = byKey[0] as Map<string, CellValue>;
  all.forEach((v, i) => {
    if (v.unit !== "count") fail("not_counts", [i, "unit"], { unit: v.unit }, lang);
    if (!sameAgeGroups(v.ageGroups, first.ageGroups)) fail("mismatched_cells", [i, "ageGroups"], { reason: "ageGroups" }, lang);
    const own = byKey[i] as Map<string, CellValue>;
    const missing = first.cells.find((c) => !own.has(cellKey(c)));
    const extra = v.cells.find((c) => !keys.has(cellKey(c)));
    if (missing || extra) {
      fail("mismatched_cells", [i, "cells"], { reason: describeCell((missing ?? extra) as CellValue) }, lang);
    }
  });
  const rank = cellRanks(first.ageGroups);
  const ordered = [...first.cells].sort((a, b) => rank(a) - rank(b));
  const cells = ordered.map((cell): CellValue => {
    let sum = 0;
    const key = cellKey(cell);
    for (const own of byKey) {
      const match = own.get(key) as CellValue;
      if (isSuppressed(match)) return suppressedAt(cell);
      sum += match.value;
    }
    if (!Number.isSafeInteger(sum)) fail("count_too_large", ["cells"], { value: sum }, lang);
    return { ...position(cell), value: sum };
  });
  const result: Disaggregated = { kind: "disaggregated", unit: "count", ageGroups: first.ageGroups, cells };
  if (all.every((v) => v.total !== undefined)) {
    const total = all.reduce((sum, v) => sum + (v.total as number), 0);
    if (!Number.isSafeInteger(total)) fail("count_too_large", ["total"], { value: total }, lang);
    result.total = total;
  }
  return result;
}

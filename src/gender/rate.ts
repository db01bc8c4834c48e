import { resolveLang } from "../core/resolve-lang.js";
import {
  cellKey,
  describeCell,
  fail,
  isSuppressed,
  knownTotal,
  published,
  requireCounts,
  sameAgeGroups,
  suppressedAt,
  validateValue,
} from "./internal.js";
import type { CellValue, Disaggregated, LangOptions } from "./types.js";

/**
 * Rates per 100 000 (*per 100 000 invånare*), cell by cell: count × 100 000 / population of the same cell. The
 * population must be a count with the same age bands and a cell for every cell of the value. A suppressed count
 * gives a suppressed rate. The result has a total when both totals are known (reported, or the sum of published
 * cells): total count × 100 000 / total population.
 *
 * @throws {@link GenderInputError} `not_counts`, `mismatched_cells`, `zero_population` (path into
 * `population`), `suppressed_cell` (a suppressed population cell).
 * @example
 * ```ts
 * const cases = disaggregated({ unit: "count", cells: [{ sex: "female", value: 31 }, { sex: "male", value: 45 }] });
 * const people = disaggregated({ unit: "count", cells: [{ sex: "female", value: 10_000 }, { sex: "male", value: 10_000 }] });
 * ratePer100k(cases, people); // cells female 310, male 450; total 380
 * ```
 */
export function ratePer100k(value: Disaggregated, population: Disaggregated, options: LangOptions = {}): Disaggregated {
  const lang = resolveLang(options.lang);
  const v = validateValue(value, [], lang);
  const pop = validateValue(population, ["population"], lang);
  requireCounts(v, lang);
  if (pop.unit !== "count") fail("not_counts", ["population", "unit"], { unit: pop.unit }, lang);
  if (!sameAgeGroups(v.ageGroups, pop.ageGroups)) fail("mismatched_cells", ["population", "ageGroups"], { reason: "ageGroups" }, lang);
  const cells = v.cells.map((cell): CellValue => {
    const j = pop.cells.findIndex((p) => cellKey(p) === cellKey(cell));
    const people = pop.cells[j];
    if (people === undefined) fail("mismatched_cells", ["population", "cells"], { reason: describeCell(cell) }, lang);
    if (isSuppressed(people)) fail("suppressed_cell", ["population", "cells", j], { cell: describeCell(cell) }, lang);
    if (people.value === 0) fail("zero_population", ["population", "cells", j], {}, lang);
    return isSuppressed(cell) ? suppressedAt(cell) : published(cell, (cell.value * 100_000) / people.value);
  });
  const result: Disaggregated = { kind: "disaggregated", unit: "rate", ageGroups: v.ageGroups, cells };
  const count = knownTotal(v);
  const people = knownTotal(pop);
  if (count !== undefined && people !== undefined) {
    if (people === 0) fail("zero_population", ["population", "total"], {}, lang);
    result.total = (count * 100_000) / people;
  }
  return result;
}

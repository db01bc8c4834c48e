import { resolveLang } from "../core/resolve-lang.js";
import { describeCell, fail, isSuppressed, marginLines, position, requireCounts, suppressedAt, validateValue } from "./internal.js";
import type { CellValue, Disaggregated, LangOptions } from "./types.js";

/**
 * Options of {@link suppressSmallCounts}.
 *
 * @example
 * ```ts
 * const options: SuppressionOptions = { threshold: 3 };
 * ```
 */
export interface SuppressionOptions extends LangOptions {
  /** Counts from 1 up to `threshold − 1` are withheld; default 5 (so 1–4). */
  threshold?: number;
}

/**
 * Protects small numbers (*röjandekontroll*, *skydd av små tal*). The total and every margin stay published;
 * cells are marked `suppressed` (printed `..`), never zeroed.
 *
 * 1. Primary suppression: every count with 0 < count < threshold. Zeros are published: as in SCB's practice, a
 *    small non-zero count is what identifies people.
 * 2. Secondary suppression: while a suppressed cell can still be worked out from the published margins (the
 *    total for a value by sex; each sex's row and each age band's column for a value by sex and age) and the
 *    published cells, one more cell is suppressed, the smallest non-zero cell that frees it (zeros only when no
 *    other cell will do). A line (total, row or column) thus never holds exactly one suppressed cell, and no
 *    combination of margins gives one either.
 * 3. Then every secondary cell that is not needed (that can be published again without any suppressed cell
 *    becoming derivable) is published again, largest first.
 *
 * Cells already suppressed in the input stay suppressed and count as suppressed.
 *
 * @throws {@link GenderInputError} `not_counts`, `invalid_threshold`, and `cannot_protect` when a suppressed cell
 * is alone in its row or column, so its margin gives it away.
 * @example
 * ```ts
 * suppressSmallCounts(disaggregated({ unit: "count", cells: [{ sex: "female", value: 3 }, { sex: "male", value: 40 }], total: 43 }));
 * // cells: [{ sex: "female", suppressed: true }, { sex: "male", suppressed: true }], total: 43
 * ```
 */
export function suppressSmallCounts(value: Disaggregated, options: SuppressionOptions = {}): Disaggregated {
  const lang = resolveLang(options.lang);
  const v = validateValue(value, [], lang);
  requireCounts(v, lang);
  const threshold = options.threshold ?? 5;
  if (typeof threshold !== "number" || !Number.isSafeInteger(threshold) || threshold < 1) {
    fail("invalid_threshold", ["threshold"], { threshold: String(threshold) }, lang);
  }
  const lines = marginLines(v);
  const known = v.cells.map((c) => (isSuppressed(c) ? undefined : c.value));
  const primary = known.map((x) => x === undefined || (x > 0 && x < threshold));
  const hidden = [...primary];

  for (let d = firstDerivable(lines, hidden); d !== undefined; d = firstDerivable(lines, hidden)) {
    const at = d;
    if (lines.some((line) => line.length === 1 && line[0] === at)) {
      fail("cannot_protect", ["cells", at], { cell: describeCell(v.cells[at] as CellValue) }, lang);
    }
    hidden[complement(lines, hidden, known, at, lang, v)] = true;
  }

  // Publish again what is not needed, largest first, until nothing more can be published.
  for (let changed = true; changed; ) {
    changed = false;
    const secondary = hidden
      .map((h, i) => (h && !primary[i] ? i : -1))
      .filter((i) => i >= 0)
      .sort((a, b) => (known[b] as number) - (known[a] as number) || b - a);
    for (const i of secondary) {
      hidden[i] = false;
      if (firstDerivable(lines, hidden) === undefined) changed = true;
      else hidden[i] = true;
    }
  }

  const cells = v.cells.map((cell, i) => (hidden[i] ? suppressedAt(cell) : { ...position(cell), value: known[i] as number }));
  const result: Disaggregated = { kind: "disaggregated", unit: "count", ageGroups: v.ageGroups, cells };
  if (v.total !== undefined) result.total = v.total;
  return result;
}

/** The cell to suppress next so that cell `d` can no longer be worked out. */
function complement(
  lines: readonly number[][],
  hidden: boolean[],
  known: readonly (number | undefined)[],
  d: number,
  lang: "sv" | "en",
  v: Disaggregated,
): number {
  const open = hidden.map((h, i) => (h ? -1 : i)).filter((i) => i >= 0);
  const frees = open.filter((i) => {
    hidden[i] = true;
    const still = derivable(lines, hidden).has(d);
    hidden[i] = false;
    return !still;
  });
  if (frees.length > 0) return best(frees, known);
  // No single cell frees d (in a table, a lone cell needs a whole rectangle): grow from a line where d is
  // alone, or else from any line of d; the loop continues until d is free.
  const ofD = lines.filter((line) => line.includes(d));
  const lonely = ofD.filter((line) => line.filter((i) => hidden[i]).length === 1);
  const pool = (lonely.length > 0 ? lonely : ofD).flatMap((line) => line.filter((i) => !hidden[i]));
  if (pool.length === 0) fail("cannot_protect", ["cells", d], { cell: describeCell(v.cells[d] as CellValue) }, lang);
  return best(pool, known);
}

/** Smallest non-zero count first, zeros last (a suppressed zero protects little), then the first in order. */
function best(candidates: readonly number[], known: readonly (number | undefined)[]): number {
  const rank = (i: number): [number, number] => {
    const x = known[i] as number;
    return [x === 0 ? 1 : 0, x];
  };
  return [...candidates].sort((a, b) => {
    const [za, xa] = rank(a);
    const [zb, xb] = rank(b);
    return za - zb || xa - xb || a - b;
  })[0] as number;
}

function firstDerivable(lines: readonly number[][], hidden: readonly boolean[]): number | undefined {
  const found = [...derivable(lines, hidden)];
  return found.length === 0 ? undefined : Math.min(...found);
}

const EPS = 1e-9;

/**
 * The suppressed cells that the margins give exactly. Each margin is a linear equation over the suppressed
 * cells (its published sum minus its published cells); a cell is derivable when its unit vector lies in the row
 * space of these equations, which in reduced row echelon form means a pivot row with no other entry.
 */
function derivable(lines: readonly number[][], hidden: readonly boolean[]): Set<number> {
  const cols = hidden.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
  const m: number[][] = lines.map((line) => cols.map((c) => (line.includes(c) ? 1 : 0)));
  const result = new Set<number>();
  let r = 0;
  for (let c = 0; c < cols.length && r < m.length; c++) {
    const p = m.findIndex((row, k) => k >= r && Math.abs(row[c] as number) > EPS);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p] as number[], m[r] as number[]];
    const pivotRow = m[r] as number[];
    const pivot = pivotRow[c] as number;
    for (let j = 0; j < pivotRow.length; j++) pivotRow[j] = (pivotRow[j] as number) / pivot;
    m.forEach((row, k) => {
      const f = row[c] as number;
      if (k === r || Math.abs(f) <= EPS) return;
      for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) - f * (pivotRow[j] as number);
    });
    r++;
  }
  for (const row of m) {
    const nonZero = row.map((x, j) => (Math.abs(x) > EPS ? j : -1)).filter((j) => j >= 0);
    if (nonZero.length === 1) result.add(cols[nonZero[0] as number] as number);
  }
  return result;
}

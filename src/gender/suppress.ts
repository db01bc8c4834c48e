import { resolveLang } from "../core/resolve-lang.js";
import type { Table } from "./internal/interval.js";
import { protect } from "./internal/protect.js";
import { describeCell, fail, isSuppressed, position, requireCounts, suppressedAt, validateValue } from "./internal.js";
import type { CellValue, Disaggregated, LangOptions } from "./types.js";

/**
 * Options of {@link suppressSmallCounts}.
 *
 * @example
 * ```ts
 * const options: SuppressionOptions = { threshold: 3, protectionWidth: 4 };
 * ```
 */
export interface SuppressionOptions extends LangOptions {
  /** Counts from 1 up to `threshold − 1` are withheld (*skyddas*); default 5 (so 1–4). */
  threshold?: number;
  /**
   * The protection width (*skyddsintervall*): how wide, at least, the interval must be that a reader can narrow
   * a suppressed cell to from the published numbers, knowing that counts are ≥ 0. Default: the threshold.
   */
  protectionWidth?: number;
}

/**
 * Protects small numbers (*röjandekontroll*, *skydd av små tal*). The total and every margin stay published;
 * cells are marked `suppressed` (printed `..`), never zeroed. The rules, with their sources, are in
 * docs/gender.md.
 *
 * 1. Primary suppression: every count with 0 < count < threshold, every cell that arrives suppressed, and every
 *    cell of a margin (the total, a sex's row, an age band's column) whose sum is from 1 to threshold − 1: the
 *    breakdown of a small total is not shown. Other zeros are published.
 * 2. Protection: a reader who knows the margins, the published cells and that counts are ≥ 0 can narrow each
 *    suppressed cell to an interval, found exactly by linear programming (as maximum flows). Every interval must
 *    be at least the protection width wide, or as wide as the cell's smallest margin when that is narrower.
 *    Until it is, the fewest published cells that widen it are suppressed too (secondary suppression).
 * 3. Then every secondary cell that is not needed is published again, largest first.
 *
 * @throws {@link GenderInputError} `not_counts`, `invalid_threshold`, `invalid_protection_width`, and
 * `cannot_protect` when a cell cannot reach its width even with every cell suppressed (for example a cell alone
 * in its row), with the interval it can still be narrowed to.
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
  if (!isWhole(threshold, 1)) fail("invalid_threshold", ["threshold"], { threshold: String(threshold) }, lang);
  const width = options.protectionWidth ?? threshold;
  if (!isWhole(width, 0)) fail("invalid_protection_width", ["protectionWidth"], { width: String(width) }, lang);

  const table = tableOf(v);
  const sums = lineSums(v, table);
  const primary = v.cells.map((cell, i) => {
    if (isSuppressed(cell)) return true;
    const small = (x: number): boolean => x > 0 && x < threshold;
    return small(cell.value) || (table.ends[i] as readonly number[]).some((node) => small(sums[node] as number));
  });
  const widths = v.cells.map((_, i) => Math.min(width, ...(table.ends[i] as readonly number[]).map((node) => sums[node] as number)));
  const hidden = [...primary];
  const exposed = protect(table, hidden, widths, primary);
  if (exposed !== undefined) {
    const { cell, interval } = exposed;
    const details = { cell: describeCell(v.cells[cell] as CellValue), ...interval, width: widths[cell] as number };
    fail("cannot_protect", ["cells", cell], details, lang);
  }
  const cells = v.cells.map((cell, i) => (hidden[i] || isSuppressed(cell) ? suppressedAt(cell) : { ...position(cell), value: cell.value }));
  const result: Disaggregated = { kind: "disaggregated", unit: "count", ageGroups: v.ageGroups, cells };
  if (v.total !== undefined) result.total = v.total;
  return result;
}

const isWhole = (x: unknown, min: number): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= min;

/**
 * The value as a table. By sex only, every cell joins node 0 (the total) and node 1 (free: no margin). By sex and
 * age, a cell joins its sex's row and its band's column. A cell that arrives suppressed counts as 0 there: the
 * least it can be, so that its own interval and those it helps are never overstated.
 */
function tableOf(v: Disaggregated): Table {
  const values = v.cells.map((c) => (isSuppressed(c) ? 0 : c.value));
  if (v.cells[0]?.age === undefined) return { nodes: 2, ends: v.cells.map(() => [0, 1] as const), values };
  // Nodes numbered in order of first appearance: rows, then columns (a map, not a search of the list per cell).
  const rows = numbering(v.cells.map((c) => c.sex));
  const cols = numbering(v.cells.map((c) => c.age as string));
  const ends = v.cells.map((c) => [rows.get(c.sex) as number, rows.size + (cols.get(c.age as string) as number)] as const);
  return { nodes: rows.size + cols.size, ends, values };
}

/** Each distinct key numbered from 0 in order of first appearance. */
function numbering(keys: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const key of keys) if (!numbers.has(key)) numbers.set(key, numbers.size);
  return numbers;
}

/**
 * The published sum of each node's margin; unlimited for the free node and for a margin with a cell that arrives
 * suppressed, whose sum is not known here.
 */
function lineSums(v: Disaggregated, table: Table): number[] {
  const sums = new Array<number>(table.nodes).fill(0);
  v.cells.forEach((cell, i) => {
    for (const node of table.ends[i] as readonly number[]) {
      sums[node] = isSuppressed(cell) ? Number.POSITIVE_INFINITY : (sums[node] as number) + cell.value;
    }
  });
  if (v.cells[0]?.age === undefined) sums[1] = Number.POSITIVE_INFINITY;
  return sums;
}

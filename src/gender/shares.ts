import { resolveLang } from "../core/resolve-lang.js";
import { fail, isSuppressed, position, requireCounts, validateValue } from "./internal.js";
import { totalOf } from "./total.js";
import type { Cell, Disaggregated, LangOptions, SuppressedCell } from "./types.js";

/**
 * One cell's share of the total (0–1), or the mark that the cell is suppressed.
 *
 * @example
 * ```ts
 * const s: ShareCell = { sex: "female", share: 0.47 };
 * ```
 */
export type ShareCell = PublishedShare | SuppressedCell;

/**
 * A published cell's share of the total.
 *
 * @example
 * ```ts
 * const s: PublishedShare = { sex: "male", share: 0.53 };
 * ```
 */
export interface PublishedShare extends Cell {
  /** The cell's value divided by the total, 0–1. */
  share: number;
}

/**
 * The shares of a count (*andelar*) returned by {@link shares}.
 *
 * @example
 * ```ts
 * const s: Shares = { cells: [{ sex: "female", share: 0.47 }, { sex: "male", share: 0.53 }], unattributed: 0 };
 * ```
 */
export interface Shares {
  /** Each cell's share of the total, in the value's cell order. */
  cells: readonly ShareCell[];
  /**
   * The part of the total that no published cell shows: the suppressed cells together with any remainder that
   * the cells do not explain (for example people of unreported sex). 0 when the cells add up to the total.
   */
  unattributed: number;
}

/**
 * Shares of a count (*andelar*): each cell divided by the total ({@link totalOf}: the reported total, or else
 * the sum of the cells). The shares and `unattributed` sum to 1.
 *
 * @throws {@link GenderInputError} `not_counts` for rates and percentages, `unknown_total`, `zero_total`, and
 * `parts_exceed_total` when the published cells add up to more than the reported total.
 * @example
 * ```ts
 * shares(disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 53 }] }));
 * // { cells: [{ sex: "female", share: 0.47 }, { sex: "male", share: 0.53 }], unattributed: 0 }
 * ```
 */
export function shares(value: Disaggregated, options: LangOptions = {}): Shares {
  const lang = resolveLang(options.lang);
  const v = validateValue(value, [], lang);
  requireCounts(v, lang);
  const total = totalOf(v, { lang });
  if (total === 0) fail("zero_total", ["total"], {}, lang);
  const parts = v.cells.reduce((sum, cell) => sum + (isSuppressed(cell) ? 0 : cell.value), 0);
  if (parts > total) fail("parts_exceed_total", ["total"], { parts, total }, lang);
  return {
    cells: v.cells.map((cell) =>
      isSuppressed(cell) ? { ...position(cell), suppressed: true as const } : { ...position(cell), share: cell.value / total },
    ),
    unattributed: (total - parts) / total,
  };
}

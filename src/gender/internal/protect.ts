import { type Interval, intervalOf, maxFlow, movesIn, type Network, network, reset, type Table } from "./interval.js";

/** A cell that cannot reach its width even with every other cell suppressed, and how far it can be narrowed. */
export interface Unprotectable {
  cell: number;
  interval: Interval;
}

/** Whether suppressed cell `i` is protected in a network of the suppressed cells: its interval is ≥ `width`. */
export function isProtectedIn(net: Network, table: Table, i: number, width: number): boolean {
  if (width <= 0) return true;
  const { up, down } = movesIn(net, table, i, width);
  return up + down >= width;
}

/**
 * Secondary suppression: suppresses more cells until every suppressed cell is protected, then publishes again,
 * largest first, every cell that is not needed. Returns the cell that cannot be protected, if any.
 */
export function protect(
  table: Table,
  hidden: boolean[],
  widths: readonly number[],
  primary: readonly boolean[],
): Unprotectable | undefined {
  const at: number[][] = Array.from({ length: table.nodes }, () => []);
  table.ends.forEach((ends, e) => {
    for (const node of ends) (at[node] as number[]).push(e);
  });
  const queue = hidden.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
  queue.sort((a, b) => (table.values[a] as number) - (table.values[b] as number) || a - b);
  for (let k = 0; k < queue.length; k++) {
    const i = queue[k] as number;
    for (let cells = cheapestCells(table, at, hidden, i, widths[i] as number); cells.length > 0; ) {
      for (const e of cells) {
        hidden[e] = true;
        queue.push(e);
      }
      cells = cheapestCells(table, at, hidden, i, widths[i] as number);
    }
    if (!isProtectedIn(network(table, hidden), table, i, widths[i] as number)) {
      return { cell: i, interval: intervalOf(table, hidden, i) };
    }
  }
  publishUnneeded(table, hidden, widths, primary);
  return undefined;
}

/** Publishes again, largest first, each secondary cell without which every suppressed cell stays protected. */
function publishUnneeded(table: Table, hidden: boolean[], widths: readonly number[], primary: readonly boolean[]): void {
  const secondary = hidden.map((h, i) => (h && !primary[i] ? i : -1)).filter((i) => i >= 0);
  secondary.sort((a, b) => (table.values[b] as number) - (table.values[a] as number) || b - a);
  for (const s of secondary) {
    hidden[s] = false;
    const net = network(table, hidden);
    if (hidden.some((h, j) => h && !isProtectedIn(net, table, j, widths[j] as number))) hidden[s] = true;
  }
}

interface Choice {
  cells: number[];
  complete: boolean;
  value: number;
}

/**
 * The fewest published cells whose suppression widens cell `i`'s interval (up or down), preferring a path that
 * closes the whole gap at once and then the smallest values. Empty when `i` is protected or no cell widens it.
 */
function cheapestCells(table: Table, at: readonly number[][], hidden: readonly boolean[], i: number, width: number): number[] {
  const [r, c] = table.ends[i] as readonly [number, number];
  const value = table.values[i] as number;
  const upNet = network(table, hidden);
  reset(upNet, i);
  const up = maxFlow(upNet, c, r, width);
  const downNet = network(table, hidden);
  reset(downNet, i);
  const down = maxFlow(downNet, r, c, Math.min(value, width));
  const gap = width - up - down;
  if (gap <= 0) return [];
  const search = (net: Network, s: number, t: number, need: number): Choice | undefined => {
    const whole = cheapestPath({ table, at, hidden, skip: i, net }, s, t, need);
    if (whole !== undefined) return { ...whole, complete: true };
    const part = cheapestPath({ table, at, hidden, skip: i, net }, s, t, 1);
    return part === undefined ? undefined : { ...part, complete: false };
  };
  const options = [search(upNet, c, r, gap)];
  if (down < value) options.push(search(downNet, r, c, Math.min(gap, value - down)));
  const found = options.filter((o): o is Choice => o !== undefined);
  found.sort((a, b) => a.cells.length - b.cells.length || Number(b.complete) - Number(a.complete) || a.value - b.value);
  return found[0]?.cells ?? [];
}

/** What a path search sees: the residual network of the suppressed cells and the published cells beside it. */
interface Search {
  table: Table;
  at: readonly number[][];
  hidden: readonly boolean[];
  skip: number;
  net: Network;
}

type Cost = [fresh: number, value: number];
const less = (a: Cost, b: Cost): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * The cheapest path from `s` to `t` whose every step carries at least `min`: residual arcs cost nothing, and a
 * published cell costs one, then its value (Dijkstra). Returns the published cells on it.
 */
function cheapestPath(x: Search, s: number, t: number, min: number): Omit<Choice, "complete"> | undefined {
  const n = x.table.nodes;
  const cost: Cost[] = Array.from({ length: n }, () => [Number.POSITIVE_INFINITY, 0]);
  const via: { from: number; fresh: number }[] = new Array(n);
  const done = new Array<boolean>(n).fill(false);
  cost[s] = [0, 0];
  for (let v = s; v >= 0 && v !== t; v = nearest(cost, done)) {
    done[v] = true;
    const [k, y] = cost[v] as Cost;
    const relax = (w: number, next: Cost, fresh: number): void => {
      if (done[w] || !less(next, cost[w] as Cost)) return;
      cost[w] = next;
      via[w] = { from: v, fresh };
    };
    for (let a = x.net.first[v] as number; a >= 0; a = x.net.next[a] as number) {
      if ((x.net.cap[a] as number) >= min) relax(x.net.to[a] as number, [k, y], -1);
    }
    for (const e of x.at[v] as number[]) {
      if (x.hidden[e] || e === x.skip) continue;
      const [r, c] = x.table.ends[e] as readonly [number, number];
      const value = x.table.values[e] as number;
      if (v === r) relax(c, [k + 1, y + value], e);
      else if (value >= min) relax(r, [k + 1, y + value], e);
    }
  }
  if (!Number.isFinite((cost[t] as Cost)[0])) return undefined;
  const cells: number[] = [];
  for (let v = t; v !== s; v = (via[v] as { from: number }).from) {
    const fresh = (via[v] as { fresh: number }).fresh;
    if (fresh >= 0) cells.push(fresh);
  }
  return { cells, value: (cost[t] as Cost)[1] };
}

/** The unvisited node of least finite cost, or −1. */
function nearest(cost: readonly Cost[], done: readonly boolean[]): number {
  let best = -1;
  cost.forEach((c, u) => {
    if (!done[u] && Number.isFinite(c[0]) && (best < 0 || less(c, cost[best] as Cost))) best = u;
  });
  return best;
}

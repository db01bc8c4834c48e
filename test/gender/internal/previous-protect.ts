// The secondary suppression as it was before its networks were kept between checks (interval.ts and protect.ts of
// that version, merged, unchanged but for the exports): test/gender/internal/protect.test.ts proves that the
// current one suppresses the same cells and reports the same intervals. Not used by the library.

/** A table: `ends[i]` are the two nodes cell `i` joins, `values[i]` its count (0 where unknown). */
export interface Table {
  readonly nodes: number;
  readonly ends: readonly (readonly [number, number])[];
  readonly values: readonly number[];
}

/** The interval a reader can narrow a suppressed cell to. */
interface Interval {
  lower: number;
  upper: number;
}

/**
 * The network of the suppressed cells, in flat arrays: arc 2k runs row → column of cell `cell[2k]` (unlimited),
 * arc 2k + 1 column → row (its value); the reverse of arc `a` is `a ^ 1`. `cap` is the residual capacity.
 */
interface Network {
  readonly first: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly cell: Int32Array;
  readonly base: Float64Array;
  readonly cap: Float64Array;
}

/** The network of the suppressed cells of `hidden`. */
function network(table: Table, hidden: readonly boolean[]): Network {
  const cells = hidden.map((h, e) => (h ? e : -1)).filter((e) => e >= 0);
  const n = cells.length * 2;
  const net: Network = {
    first: new Int32Array(table.nodes).fill(-1),
    next: new Int32Array(n),
    to: new Int32Array(n),
    cell: new Int32Array(n),
    base: new Float64Array(n),
    cap: new Float64Array(n),
  };
  cells.forEach((e, k) => {
    const [r, c] = table.ends[e] as readonly [number, number];
    link(net, 2 * k, r, c, e, Number.POSITIVE_INFINITY);
    link(net, 2 * k + 1, c, r, e, table.values[e] as number);
  });
  return net;
}

function link(net: Network, a: number, from: number, to: number, cell: number, cap: number): void {
  net.to[a] = to;
  net.cell[a] = cell;
  net.base[a] = cap;
  net.next[a] = net.first[from] as number;
  net.first[from] = a;
}

/** Restores every capacity and closes the arcs of cell `skip` (−1 for none). */
function reset(net: Network, skip: number): void {
  net.cap.set(net.base);
  for (let a = 0; a < net.cap.length; a++) if (net.cell[a] === skip) net.cap[a] = 0;
}

/** Arcs of a shortest path from `s` to `t` with residual capacity ≥ 1, last arc first; undefined when none. */
function augmentingPath(net: Network, s: number, t: number): number[] | undefined {
  const via = new Int32Array(net.first.length).fill(-1);
  const queue = [s];
  for (let k = 0; k < queue.length && via[t] === -1; k++) {
    const v = queue[k] as number;
    for (let a = net.first[v] as number; a >= 0; a = net.next[a] as number) {
      const w = net.to[a] as number;
      if ((net.cap[a] as number) < 1 || w === s || via[w] !== -1) continue;
      via[w] = a;
      queue.push(w);
    }
  }
  if (via[t] === -1) return undefined;
  const path: number[] = [];
  for (let v = t; v !== s; v = net.to[(via[v] as number) ^ 1] as number) path.push(via[v] as number);
  return path;
}

/** Maximum flow from `s` to `t` in the residual network, stopping once it reaches `limit` (whole numbers). */
function maxFlow(net: Network, s: number, t: number, limit: number): number {
  let flow = 0;
  while (flow < limit) {
    const path = augmentingPath(net, s, t);
    if (path === undefined) break;
    let amount = limit - flow;
    for (const a of path) amount = Math.min(amount, net.cap[a] as number);
    for (const a of path) {
      net.cap[a] = (net.cap[a] as number) - amount;
      net.cap[a ^ 1] = (net.cap[a ^ 1] as number) + amount;
    }
    flow += amount;
  }
  return flow;
}

/** How far suppressed cell `i` can rise (`up`) and fall (`down`), each found up to `limit`, in a network. */
function movesIn(net: Network, table: Table, i: number, limit: number): { up: number; down: number } {
  const [r, c] = table.ends[i] as readonly [number, number];
  reset(net, i);
  const up = maxFlow(net, c, r, limit);
  reset(net, i);
  const down = maxFlow(net, r, c, Math.min(table.values[i] as number, limit));
  return { up, down };
}

/**
 * The interval of suppressed cell `i`, exact up to `limit` on each side: `upper` is at most value + limit and
 * `lower` at least value − limit, so a check against a width ≤ limit needs no more.
 */
function intervalOf(table: Table, hidden: readonly boolean[], i: number, limit = Number.POSITIVE_INFINITY): Interval {
  const { up, down } = movesIn(network(table, hidden), table, i, limit);
  const value = table.values[i] as number;
  return { lower: value - down, upper: value + up };
}

/** A cell that cannot reach its width even with every other cell suppressed, and how far it can be narrowed. */
interface Unprotectable {
  cell: number;
  interval: Interval;
}

/** Whether suppressed cell `i` is protected in a network of the suppressed cells: its interval is ≥ `width`. */
function isProtectedIn(net: Network, table: Table, i: number, width: number): boolean {
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

/**
 * Publishes again, largest first, each secondary cell without which every suppressed cell stays protected.
 * Each suppressed cell keeps a proof, the cells its widest moves pass through: publishing a cell outside a proof
 * leaves those moves possible, so only the cells whose proof uses it are checked again. Checking every
 * suppressed cell for every secondary one took time in the cube of the cells.
 */
function publishUnneeded(table: Table, hidden: boolean[], widths: readonly number[], primary: readonly boolean[]): void {
  const proofs = new Map<number, Set<number>>();
  const users = new Map<number, number[]>();
  const prove = (net: Network, j: number): boolean => {
    const proof = proofOf(net, table, j, widths[j] as number);
    if (proof === undefined) return false;
    proofs.set(j, proof);
    for (const e of proof) users.set(e, [...(users.get(e) ?? []), j]);
    return true;
  };
  const all = network(table, hidden);
  hidden.forEach((h, j) => {
    // Every suppressed cell is protected here: secondary suppression has just made it so.
    if (h) prove(all, j);
  });
  const secondary = hidden.map((h, i) => (h && !primary[i] ? i : -1)).filter((i) => i >= 0);
  secondary.sort((a, b) => (table.values[b] as number) - (table.values[a] as number) || b - a);
  for (const s of secondary) {
    hidden[s] = false;
    const affected = [...new Set(users.get(s) ?? [])].filter((j) => hidden[j] && proofs.get(j)?.has(s) === true);
    if (affected.length === 0) continue;
    const net = network(table, hidden);
    // A proof found without s holds with s suppressed again too, so a failed check leaves every proof valid.
    if (!affected.every((j) => prove(net, j))) hidden[s] = true;
  }
}

/**
 * The cells (other than `i`) through which suppressed cell `i` moves by its width, up and down, in a network; or
 * undefined when it cannot move that far.
 */
function proofOf(net: Network, table: Table, i: number, width: number): Set<number> | undefined {
  const used = new Set<number>();
  if (width <= 0) return used;
  const [r, c] = table.ends[i] as readonly [number, number];
  reset(net, i);
  const up = maxFlow(net, c, r, width);
  cellsWithFlow(net, i, used);
  reset(net, i);
  const down = maxFlow(net, r, c, Math.min(table.values[i] as number, width));
  cellsWithFlow(net, i, used);
  return up + down >= width ? used : undefined;
}

/** Adds to `used` every cell but `skip` whose arcs carry flow. */
function cellsWithFlow(net: Network, skip: number, used: Set<number>): void {
  for (let a = 0; a < net.cap.length; a++) {
    const cell = net.cell[a] as number;
    if (cell !== skip && net.cap[a] !== net.base[a]) used.add(cell);
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
 * published cell costs one, then its value (Dijkstra, with a heap: a linear search for the nearest node took
 * time in the square of the rows and columns). Returns the published cells on it.
 */
function cheapestPath(x: Search, s: number, t: number, min: number): Omit<Choice, "complete"> | undefined {
  const n = x.table.nodes;
  const cost: Cost[] = Array.from({ length: n }, () => [Number.POSITIVE_INFINITY, 0]);
  const via: { from: number; fresh: number }[] = new Array(n);
  const done = new Array<boolean>(n).fill(false);
  const heap = new CostHeap();
  cost[s] = [0, 0];
  heap.push(s, [0, 0]);
  for (let v = heap.pop(done); v >= 0 && v !== t; v = heap.pop(done)) {
    done[v] = true;
    const [k, y] = cost[v] as Cost;
    const relax = (w: number, next: Cost, fresh: number): void => {
      if (done[w] || !less(next, cost[w] as Cost)) return;
      cost[w] = next;
      via[w] = { from: v, fresh };
      heap.push(w, next);
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

/**
 * A binary heap of nodes by cost, least first, then by node (as the linear search chose, so that ties break
 * the same way). A node pushed again at a lower cost leaves its old entry, skipped once the node is done.
 */
class CostHeap {
  private readonly items: { node: number; cost: Cost }[] = [];

  push(node: number, cost: Cost): void {
    const items = this.items;
    items.push({ node, cost });
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The nearest node not yet done, or −1. */
  pop(done: readonly boolean[]): number {
    const items = this.items;
    while (items.length > 0) {
      const top = items[0] as { node: number };
      const last = items.pop() as { node: number; cost: Cost };
      if (items.length > 0) {
        items[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < items.length && this.before(l, m)) m = l;
          if (r < items.length && this.before(r, m)) m = r;
          if (m === i) break;
          this.swap(i, m);
          i = m;
        }
      }
      if (!done[top.node]) return top.node;
    }
    return -1;
  }

  private before(a: number, b: number): boolean {
    const x = this.items[a] as { node: number; cost: Cost };
    const y = this.items[b] as { node: number; cost: Cost };
    return less(x.cost, y.cost) || (!less(y.cost, x.cost) && x.node < y.node);
  }

  private swap(a: number, b: number): void {
    const items = this.items;
    [items[a], items[b]] = [items[b] as { node: number; cost: Cost }, items[a] as { node: number; cost: Cost }];
  }
}

import { close, type Interval, intervalOf, maxFlow, type Network, network, open, quickFlow, reset, type Table } from "./interval.js";

/** A cell that cannot reach its width even with every other cell suppressed, and how far it can be narrowed. */
export interface Unprotectable {
  cell: number;
  interval: Interval;
}

/**
 * Secondary suppression: suppresses more cells until every suppressed cell is protected, then publishes again,
 * largest first, every cell that is not needed. Returns the cell that cannot be protected, if any.
 *
 * The networks of the suppressed cells are built once and kept: a cell suppressed or published again opens or
 * closes its own two arcs. Building them anew for every check made each check as long as the table.
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
  const x: Search = {
    table,
    at,
    hidden,
    skip: -1,
    up: network(table, hidden),
    down: network(table, hidden),
    paths: new Paths(table.nodes),
  };
  const queue = hidden.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
  queue.sort((a, b) => (table.values[a] as number) - (table.values[b] as number) || a - b);
  for (let k = 0; k < queue.length; k++) {
    const i = queue[k] as number;
    let step = cheapestCells(x, i, widths[i] as number);
    while (step !== true && step.length > 0) {
      for (const e of step) {
        hidden[e] = true;
        open(x.up, table, e);
        open(x.down, table, e);
        queue.push(e);
      }
      step = cheapestCells(x, i, widths[i] as number);
    }
    if (step !== true) return { cell: i, interval: intervalOf(table, hidden, i) };
  }
  publishUnneeded(table, hidden, widths, primary, x.up);
  return undefined;
}

/**
 * Publishes again, largest first, each secondary cell without which every suppressed cell stays protected.
 * Each suppressed cell keeps a proof, the cells its widest moves pass through: publishing a cell outside a proof
 * leaves those moves possible, so only the cells whose proof uses it are checked again. Checking every
 * suppressed cell for every secondary one took time in the cube of the cells. A cell is published again exactly
 * when every suppressed cell stays protected without it, whichever flows the proofs hold, so any flow will do
 * ({@link quickFlow}).
 */
function publishUnneeded(table: Table, hidden: boolean[], widths: readonly number[], primary: readonly boolean[], net: Network): void {
  const proofs = new Map<number, Set<number>>();
  const users = new Map<number, number[]>();
  const prove = (j: number): boolean => {
    const proof = proofOf(net, table, j, widths[j] as number);
    if (proof === undefined) return false;
    proofs.set(j, proof);
    for (const e of proof) {
      const list = users.get(e);
      if (list === undefined) users.set(e, [j]);
      else list.push(j);
    }
    return true;
  };
  hidden.forEach((h, j) => {
    // Every suppressed cell is protected here: secondary suppression has just made it so.
    if (h) prove(j);
  });
  const secondary = hidden.map((h, i) => (h && !primary[i] ? i : -1)).filter((i) => i >= 0);
  secondary.sort((a, b) => (table.values[b] as number) - (table.values[a] as number) || b - a);
  for (const s of secondary) {
    hidden[s] = false;
    close(net, s);
    const affected = [...new Set(users.get(s) ?? [])].filter((j) => hidden[j] && proofs.get(j)?.has(s) === true);
    // A proof found without s holds with s suppressed again too, so a failed check leaves every proof valid.
    if (!affected.every((j) => prove(j))) {
      hidden[s] = true;
      open(net, table, s);
    }
  }
}

/**
 * The cells (other than `i`) through which suppressed cell `i` moves by its width, up and down, in a network; or
 * undefined when it cannot move that far. Leaves the network reset.
 */
function proofOf(net: Network, table: Table, i: number, width: number): Set<number> | undefined {
  const used = new Set<number>();
  if (width <= 0) return used;
  const [r, c] = table.ends[i] as readonly [number, number];
  reset(net, i);
  const up = quickFlow(net, c, r, width);
  cellsWithFlow(net, i, used);
  reset(net, i);
  const down = quickFlow(net, r, c, Math.min(table.values[i] as number, width));
  cellsWithFlow(net, i, used);
  reset(net, -1);
  return up + down >= width ? used : undefined;
}

/** Adds to `used` every cell but `skip` whose arcs carry flow (only arcs a flow touched can). */
function cellsWithFlow(net: Network, skip: number, used: Set<number>): void {
  for (const a of net.touched) {
    const cell = a >> 1;
    if (cell !== skip && net.cap[a] !== net.base[a]) used.add(cell);
  }
}

interface Choice {
  cells: number[];
  complete: boolean;
  value: number;
}

/**
 * What the searches share: the table, the published cells at each node, the suppressed cells, the cell being
 * protected (`skip`), one network for its moves up and one for its moves down, and the path search's scratch space.
 */
interface Search {
  table: Table;
  at: readonly number[][];
  hidden: readonly boolean[];
  skip: number;
  up: Network;
  down: Network;
  paths: Paths;
}

/**
 * The fewest published cells whose suppression widens cell `i`'s interval (up or down), preferring a path that
 * closes the whole gap at once and then the smallest values. True when `i` is protected; empty when no cell
 * widens it. Leaves both networks reset.
 */
function cheapestCells(x: Search, i: number, width: number): number[] | true {
  const [r, c] = x.table.ends[i] as readonly [number, number];
  const value = x.table.values[i] as number;
  x.skip = i;
  // The amounts first, by the quicker search: most cells checked here are protected already.
  reset(x.up, i);
  const up = quickFlow(x.up, c, r, width);
  reset(x.down, i);
  const down = quickFlow(x.down, r, c, Math.min(value, width));
  const gap = width - up - down;
  let found: Choice[] = [];
  if (gap > 0) {
    // The same amounts again along shortest paths, whose residual networks the searches below read.
    reset(x.up, i);
    maxFlow(x.up, c, r, width);
    reset(x.down, i);
    maxFlow(x.down, r, c, Math.min(value, width));
    const search = (net: Network, s: number, t: number, need: number): Choice | undefined => {
      const whole = cheapestPath(x, net, s, t, need);
      if (whole !== undefined) return { ...whole, complete: true };
      // A need of 1 was the search for a part already, and found none.
      const part = need > 1 ? cheapestPath(x, net, s, t, 1) : undefined;
      return part === undefined ? undefined : { ...part, complete: false };
    };
    const options = [search(x.up, c, r, gap)];
    if (down < value) options.push(search(x.down, r, c, Math.min(gap, value - down)));
    found = options.filter((o): o is Choice => o !== undefined);
    found.sort((a, b) => a.cells.length - b.cells.length || Number(b.complete) - Number(a.complete) || a.value - b.value);
  }
  reset(x.up, -1);
  reset(x.down, -1);
  return gap <= 0 ? true : (found[0]?.cells ?? []);
}

/**
 * The path search's scratch space, one slot per node, marked with a stamp instead of cleared, so that a search
 * costs the nodes it reaches, not the table: a cost (published cells, then their values), the node and the
 * published cell (−1 for none) it is reached from, whether it is done, and a heap of nodes by cost.
 */
class Paths {
  readonly fresh: Float64Array;
  readonly value: Float64Array;
  readonly from: Int32Array;
  readonly cell: Int32Array;
  readonly reached: Int32Array;
  readonly done: Int32Array;
  readonly heap: CostHeap = new CostHeap();
  stamp = 0;

  constructor(nodes: number) {
    this.fresh = new Float64Array(nodes);
    this.value = new Float64Array(nodes);
    this.from = new Int32Array(nodes);
    this.cell = new Int32Array(nodes);
    this.reached = new Int32Array(nodes);
    this.done = new Int32Array(nodes);
  }
}

const less = (k: number, y: number, k2: number, y2: number): boolean => k < k2 || (k === k2 && y < y2);

/**
 * The cheapest path from `s` to `t` whose every step carries at least `min`: residual arcs cost nothing, and a
 * published cell costs one, then its value (Dijkstra, with a heap: a linear search for the nearest node took
 * time in the square of the rows and columns). Returns the published cells on it.
 */
function cheapestPath(x: Search, net: Network, s: number, t: number, min: number): Omit<Choice, "complete"> | undefined {
  const p = x.paths;
  const stamp = ++p.stamp;
  const heap = p.heap;
  heap.clear();
  const relax = (v: number, w: number, k: number, y: number, fresh: number): void => {
    if (p.done[w] === stamp) return;
    if (p.reached[w] === stamp && !less(k, y, p.fresh[w] as number, p.value[w] as number)) return;
    p.reached[w] = stamp;
    p.fresh[w] = k;
    p.value[w] = y;
    p.from[w] = v;
    p.cell[w] = fresh;
    heap.push(w, k, y);
  };
  p.reached[s] = stamp;
  p.fresh[s] = 0;
  p.value[s] = 0;
  heap.push(s, 0, 0);
  for (let v = heap.pop(p.done, stamp); v >= 0 && v !== t; v = heap.pop(p.done, stamp)) {
    p.done[v] = stamp;
    const k = p.fresh[v] as number;
    const y = p.value[v] as number;
    for (let a = net.first[v] as number; a >= 0; a = net.next[a] as number) {
      if ((net.cap[a] as number) >= min) relax(v, net.to[a] as number, k, y, -1);
    }
    for (const e of x.at[v] as number[]) {
      if (x.hidden[e] || e === x.skip) continue;
      const [r, c] = x.table.ends[e] as readonly [number, number];
      const value = x.table.values[e] as number;
      if (v === r) relax(v, c, k + 1, y + value, e);
      else if (value >= min) relax(v, r, k + 1, y + value, e);
    }
  }
  if (p.reached[t] !== stamp) return undefined;
  const cells: number[] = [];
  for (let v = t; v !== s; v = p.from[v] as number) {
    const fresh = p.cell[v] as number;
    if (fresh >= 0) cells.push(fresh);
  }
  return { cells, value: p.value[t] as number };
}

/**
 * A binary heap of nodes by cost, least first, then by node (as the linear search chose, so that ties break
 * the same way). A node pushed again at a lower cost leaves its old entry, skipped once the node is done.
 */
class CostHeap {
  private nodes: number[] = [];
  private fresh: number[] = [];
  private values: number[] = [];

  clear(): void {
    this.nodes.length = 0;
    this.fresh.length = 0;
    this.values.length = 0;
  }

  push(node: number, fresh: number, value: number): void {
    this.nodes.push(node);
    this.fresh.push(fresh);
    this.values.push(value);
    for (let i = this.nodes.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The nearest node not yet done (`done[node] === stamp`), or −1. */
  pop(done: Int32Array, stamp: number): number {
    const nodes = this.nodes;
    while (nodes.length > 0) {
      const top = nodes[0] as number;
      const last = nodes.length - 1;
      if (last > 0) {
        this.swap(0, last);
        this.drop();
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < nodes.length && this.before(l, m)) m = l;
          if (r < nodes.length && this.before(r, m)) m = r;
          if (m === i) break;
          this.swap(i, m);
          i = m;
        }
      } else {
        this.drop();
      }
      if (done[top] !== stamp) return top;
    }
    return -1;
  }

  private drop(): void {
    this.nodes.pop();
    this.fresh.pop();
    this.values.pop();
  }

  private before(a: number, b: number): boolean {
    const ka = this.fresh[a] as number;
    const ya = this.values[a] as number;
    const kb = this.fresh[b] as number;
    const yb = this.values[b] as number;
    return less(ka, ya, kb, yb) || (!less(kb, yb, ka, ya) && (this.nodes[a] as number) < (this.nodes[b] as number));
  }

  private swap(a: number, b: number): void {
    swapIn(this.nodes, a, b);
    swapIn(this.fresh, a, b);
    swapIn(this.values, a, b);
  }
}

function swapIn(list: number[], a: number, b: number): void {
  const x = list[a] as number;
  list[a] = list[b] as number;
  list[b] = x;
}

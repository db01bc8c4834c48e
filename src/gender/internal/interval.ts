/**
 * Exact bounds for suppressed cells of a table whose margins are published.
 *
 * A table is a graph: every cell joins two nodes, the two margins it is summed into (its sex row and its age
 * column; for a value by sex only, the total and a free node that no margin fixes). The values that a reader can
 * put in the suppressed cells, knowing the margins, the published cells and that counts are ≥ 0, differ from the
 * true values by a circulation on the suppressed cells. So the largest value a suppressed cell `i` can take is
 * its value plus the maximum flow from its column to its row through the other suppressed cells, where a cell
 * `e` gives an arc row → column of unlimited capacity (it can grow without end) and an arc column → row of
 * capacity `values[e]` (it can shrink to 0); the smallest is its value less the flow from row to column (at most
 * the value). This is the linear programme max/min x_i subject to the margins and x ≥ 0 solved exactly: its
 * constraint matrix is a network matrix, so the optimum is a maximum flow, in whole numbers.
 */

/** A table: `ends[i]` are the two nodes cell `i` joins, `values[i]` its count (0 where unknown). */
export interface Table {
  readonly nodes: number;
  readonly ends: readonly (readonly [number, number])[];
  readonly values: readonly number[];
}

/** The interval a reader can narrow a suppressed cell to. */
export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The network of the suppressed cells, in flat arrays: arc 2k runs row → column of cell `cell[2k]` (unlimited),
 * arc 2k + 1 column → row (its value); the reverse of arc `a` is `a ^ 1`. `cap` is the residual capacity.
 */
export interface Network {
  readonly first: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly cell: Int32Array;
  readonly base: Float64Array;
  readonly cap: Float64Array;
}

/** The network of the suppressed cells of `hidden`. */
export function network(table: Table, hidden: readonly boolean[]): Network {
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
export function reset(net: Network, skip: number): void {
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
export function maxFlow(net: Network, s: number, t: number, limit: number): number {
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
export function movesIn(net: Network, table: Table, i: number, limit: number): { up: number; down: number } {
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
export function intervalOf(table: Table, hidden: readonly boolean[], i: number, limit = Number.POSITIVE_INFINITY): Interval {
  const { up, down } = movesIn(network(table, hidden), table, i, limit);
  const value = table.values[i] as number;
  return { lower: value - down, upper: value + up };
}

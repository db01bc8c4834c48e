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
 * The network of the table, in flat arrays, kept while cells are suppressed and published again: arc 2e runs
 * row → column of cell e (unlimited), arc 2e + 1 column → row (its value); the reverse of arc `a` is `a ^ 1`. A
 * published cell's arcs are closed (capacity 0), so a search passes only through suppressed cells, in the order a
 * network of the suppressed cells alone would give. `cap` is the residual capacity; `touched` lists the arcs a
 * flow or a closed cell changed since the last {@link reset}, so that undoing them costs what they cost (restoring
 * every arc made each check as long as the table). `direct` maps `from × nodes + to` to an arc between the two
 * nodes. `seen`, `via`, `queue` and `arc` are the searches' scratch space, marked with `stamp` instead of being
 * cleared.
 */
export interface Network {
  readonly first: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly base: Float64Array;
  readonly cap: Float64Array;
  readonly touched: number[];
  readonly direct: Map<number, number>;
  readonly seen: Int32Array;
  readonly via: Int32Array;
  readonly queue: Int32Array;
  readonly arc: Int32Array;
  stamp: number;
}

/** The network of the table with the cells of `hidden` suppressed (open) and the others published (closed). */
export function network(table: Table, hidden: readonly boolean[]): Network {
  const arcs = table.ends.length * 2;
  const net: Network = {
    first: new Int32Array(table.nodes).fill(-1),
    next: new Int32Array(arcs),
    to: new Int32Array(arcs),
    base: new Float64Array(arcs),
    cap: new Float64Array(arcs),
    touched: [],
    direct: new Map(),
    seen: new Int32Array(table.nodes),
    via: new Int32Array(table.nodes),
    queue: new Int32Array(table.nodes),
    arc: new Int32Array(table.nodes),
    stamp: 0,
  };
  table.ends.forEach(([r, c], e) => {
    link(net, 2 * e, r, c);
    link(net, 2 * e + 1, c, r);
    if (hidden[e] === true) open(net, table, e);
  });
  return net;
}

function link(net: Network, a: number, from: number, to: number): void {
  net.direct.set(from * net.first.length + to, a);
  net.to[a] = to;
  net.next[a] = net.first[from] as number;
  net.first[from] = a;
}

/** Suppresses cell `e` in a reset network: its arcs get their capacities. */
export function open(net: Network, table: Table, e: number): void {
  net.base[2 * e] = Number.POSITIVE_INFINITY;
  net.base[2 * e + 1] = table.values[e] as number;
  net.cap[2 * e] = Number.POSITIVE_INFINITY;
  net.cap[2 * e + 1] = table.values[e] as number;
}

/** Publishes cell `e` in a reset network: its arcs are closed. */
export function close(net: Network, e: number): void {
  net.base.fill(0, 2 * e, 2 * e + 2);
  net.cap.fill(0, 2 * e, 2 * e + 2);
}

/** Restores every capacity and closes the arcs of cell `skip` (−1 for none) until the next reset. */
export function reset(net: Network, skip: number): void {
  for (const a of net.touched) net.cap[a] = net.base[a] as number;
  net.touched.length = 0;
  if (skip < 0) return;
  net.cap[2 * skip] = 0;
  net.cap[2 * skip + 1] = 0;
  net.touched.push(2 * skip, 2 * skip + 1);
}

/**
 * A shortest path from `s` to `t` with residual capacity ≥ 1, left in `net.via` (the arc into each node); false
 * when none. The search stops once `t` is reached: the rest of the breadth-first order cannot change its path.
 */
function augmentingPath(net: Network, s: number, t: number): boolean {
  const { first, next, to, cap, seen, via, queue } = net;
  const stamp = ++net.stamp;
  seen[s] = stamp;
  queue[0] = s;
  for (let k = 0, end = 1; k < end; k++) {
    const v = queue[k] as number;
    for (let a = first[v] as number; a >= 0; a = next[a] as number) {
      const w = to[a] as number;
      if ((cap[a] as number) < 1 || seen[w] === stamp) continue;
      seen[w] = stamp;
      via[w] = a;
      if (w === t) return true;
      queue[end++] = w;
    }
  }
  return false;
}

/**
 * A path from `s` to `t` with residual capacity ≥ 1, depth first, left in `net.via`; false when none. Each node
 * first tries its own arc to `t`, if it has one, before its list: in a table where most cells are suppressed the
 * path is found after a few nodes, where a breadth-first search scans every suppressed cell of a row, and a plain
 * depth-first one a row's list to find `t` in it.
 */
function anyPath(net: Network, s: number, t: number): boolean {
  const { first, next, to, cap, seen, via, queue: stack, arc, direct } = net;
  const nodes = first.length;
  const stamp = ++net.stamp;
  const reaches = (v: number): boolean => {
    const a = direct.get(v * nodes + t);
    if (a === undefined || (cap[a] as number) < 1) return false;
    via[t] = a;
    return true;
  };
  seen[s] = stamp;
  if (reaches(s)) return true;
  stack[0] = s;
  arc[s] = first[s] as number;
  for (let top = 0; top >= 0; ) {
    const v = stack[top] as number;
    let a = arc[v] as number;
    while (a >= 0 && ((cap[a] as number) < 1 || seen[to[a] as number] === stamp)) a = next[a] as number;
    if (a < 0) {
      top--;
      continue;
    }
    arc[v] = next[a] as number;
    const w = to[a] as number;
    seen[w] = stamp;
    via[w] = a;
    if (w === t || reaches(w)) return true;
    stack[++top] = w;
    arc[w] = first[w] as number;
  }
  return false;
}

/**
 * Maximum flow from `s` to `t` in the residual network, stopping once it reaches `limit` (whole numbers), along
 * shortest paths: the flow, and so the residual network that the search for the cheapest cells reads, is the one
 * the secondary suppression has always chosen.
 */
export function maxFlow(net: Network, s: number, t: number, limit: number): number {
  return augment(net, s, t, limit, augmentingPath);
}

/**
 * The same amount as {@link maxFlow} (a maximum flow's amount is unique), along any paths, found sooner: where
 * only the amount counts, or any flow that proves it.
 */
export function quickFlow(net: Network, s: number, t: number, limit: number): number {
  return augment(net, s, t, limit, anyPath);
}

function augment(net: Network, s: number, t: number, limit: number, path: (net: Network, s: number, t: number) => boolean): number {
  const { cap, to, via, touched } = net;
  let flow = 0;
  while (flow < limit && path(net, s, t)) {
    let amount = limit - flow;
    for (let v = t; v !== s; v = to[(via[v] as number) ^ 1] as number) amount = Math.min(amount, cap[via[v] as number] as number);
    for (let v = t; v !== s; v = to[(via[v] as number) ^ 1] as number) {
      const a = via[v] as number;
      cap[a] = (cap[a] as number) - amount;
      cap[a ^ 1] = (cap[a ^ 1] as number) + amount;
      touched.push(a, a ^ 1);
    }
    flow += amount;
  }
  return flow;
}

/** How far suppressed cell `i` can rise (`up`) and fall (`down`), each found up to `limit`, in a network. */
export function movesIn(net: Network, table: Table, i: number, limit: number): { up: number; down: number } {
  const [r, c] = table.ends[i] as readonly [number, number];
  reset(net, i);
  const up = quickFlow(net, c, r, limit);
  reset(net, i);
  const down = quickFlow(net, r, c, Math.min(table.values[i] as number, limit));
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

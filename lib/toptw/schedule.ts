import { type CompiledInstance, TIME_EPS } from './instance';

// Global so that a version number identifies one route content across every RouteState (the solver
// copies routes between states and keys its insertion cache on these numbers).
let versionCounter = 0;

/**
 * Mutable solution with the classic "wait / maxShift" bookkeeping (Vansteenwegen et al. 2009), so
 * that inserting a node anywhere is tested in O(1):
 *  - arr[p], st[p]: arrival and service start at position p; wait[p] = st[p] - arr[p];
 *  - maxShift[p]: how much later service at p may start without breaking p's window or any window /
 *    the budget further down the route. maxShift[p] = min(close(p) - st[p], wait[p+1] + maxShift[p+1]);
 *    for the end node it is endTime - arrival.
 * Inserting j between positions p-1 and p delays the arrival at p by `shift`; the route stays
 * feasible iff shift <= wait[p] + maxShift[p]. Multi-window nodes keep the window they are in: the
 * test is conservative there (it never accepts an infeasible move, it may miss a jump to a later
 * window), which is the price of O(1).
 *
 * Storage: one slab of typed arrays, route r owning indices r*cap .. r*cap+cap-1, position 0 = start
 * node, position len[r]-1 = end node. Nothing is allocated after construction.
 */
export class RouteState {
  /** The instance this state belongs to. */
  readonly inst: CompiledInstance;
  /** Slots per route (n + 2 is always enough). */
  readonly cap: number;
  /** Node at each slot. */
  readonly nodes: Int32Array;
  /** Positions used per route (start and end included). */
  readonly len: Int32Array;
  /** Arrival time per slot. */
  readonly arr: Float64Array;
  /** Service start per slot. */
  readonly st: Float64Array;
  /** Waiting time per slot. */
  readonly wait: Float64Array;
  /** Max delay of the service start per slot. */
  readonly maxShift: Float64Array;
  /** Close of the window the slot's service start lies in (endTime for the end node). */
  readonly selClose: Float64Array;
  /** Version of each route: changes whenever the route changes (see `touch`). */
  readonly ver: Float64Array;
  /** Route of every node, -1 when unvisited. */
  readonly routeOf: Int32Array;
  /** Total score. */
  score = 0;
  /** Number of mandatory nodes visited. */
  mandCount = 0;

  /** Allocates the storage and empties every route. */
  constructor(inst: CompiledInstance) {
    this.inst = inst;
    this.cap = inst.n + 2;
    const size = inst.m * this.cap;
    this.nodes = new Int32Array(size);
    this.len = new Int32Array(inst.m);
    this.arr = new Float64Array(size);
    this.st = new Float64Array(size);
    this.wait = new Float64Array(size);
    this.maxShift = new Float64Array(size);
    this.selClose = new Float64Array(size);
    this.routeOf = new Int32Array(inst.n);
    this.ver = new Float64Array(inst.m);
    this.reset();
  }

  /** Empties every route (start node then end node). */
  reset(): void {
    const { inst, cap } = this;
    for (let r = 0; r < inst.m; r++) {
      const base = r * cap;
      this.nodes[base] = inst.routeStart[r]!;
      this.nodes[base + 1] = inst.routeEnd[r]!;
      this.len[r] = 2;
      const t = inst.routeStartTime[r]!;
      this.arr[base] = t;
      this.st[base] = t;
      this.wait[base] = 0;
      this.selClose[base] = t;
      this.recompute(r, 1);
      this.touch(r);
    }
    this.routeOf.fill(-1);
    this.score = 0;
    this.mandCount = 0;
  }

  /** Copies another state of the same instance into this one. */
  copyFrom(o: RouteState): void {
    this.nodes.set(o.nodes);
    this.len.set(o.len);
    this.arr.set(o.arr);
    this.st.set(o.st);
    this.wait.set(o.wait);
    this.maxShift.set(o.maxShift);
    this.selClose.set(o.selClose);
    this.routeOf.set(o.routeOf);
    this.ver.set(o.ver);
    this.score = o.score;
    this.mandCount = o.mandCount;
  }

  /** Marks route r as changed; call after editing `nodes` directly. */
  touch(r: number): void {
    this.ver[r] = ++versionCounter;
  }

  /**
   * Recomputes route r's times from position `from` (>= 1) forward and all maxShift values backward.
   * With `earlyStop`, the forward pass stops at the first later position whose service start did not
   * change (everything after it is unchanged too): callers that moved the slot arrays along with the
   * nodes may use it. Returns false if some node can no longer be served in time.
   */
  recompute(r: number, from: number, earlyStop = false): boolean {
    const { inst, cap, nodes, arr, st, wait, maxShift, selClose } = this;
    const { n, dist, serv, winOff, winCnt, winOpen, winClose } = inst;
    const base = r * cap;
    const last = base + this.len[r]! - 1;
    let ok = true;
    let q = base + from;
    for (; q <= last; q++) {
      const prev = nodes[q - 1]!;
      const node = nodes[q]!;
      const a = st[q - 1]! + serv[prev]! + dist[prev * n + node]!;
      let s: number;
      let close: number;
      if (q === last) {
        s = a;
        close = inst.routeEndTime[r]!;
      } else {
        const off = winOff[r * n + node]!;
        const cnt = winCnt[r * n + node]!;
        let w = 0;
        while (w < cnt && winClose[off + w]! + TIME_EPS < a) w++;
        if (w === cnt) {
          // Not servable: keep going with the arrival so the caller sees `false` and times stay finite.
          ok = false;
          s = a;
          close = a - 1;
        } else {
          s = a > winOpen[off + w]! ? a : winOpen[off + w]!;
          close = winClose[off + w]!;
        }
      }
      arr[q] = a;
      wait[q] = s - a;
      if (earlyStop && q > base + from && st[q] === s && ok) {
        break;
      }
      st[q] = s;
      selClose[q] = close;
    }
    if (q > last) {
      q = last;
      maxShift[q] = selClose[q]! - st[q]!;
    }
    for (q = q - 1; q > base; q--) {
      const a = selClose[q]! - st[q]!;
      const b = wait[q + 1]! + maxShift[q + 1]!;
      maxShift[q] = a < b ? a : b;
    }
    return ok && maxShift[last]! >= -TIME_EPS && (this.len[r]! <= 2 || maxShift[base + 1]! >= -TIME_EPS);
  }

  /**
   * O(1) test of inserting node j at position p of route r (between p-1 and p). Returns the delay
   * it causes at position p (the time it costs), or Infinity when infeasible.
   */
  insertionShift(j: number, r: number, p: number): number {
    const inst = this.inst;
    const n = inst.n;
    const idx = r * this.cap + p;
    const i = this.nodes[idx - 1]!;
    const k = this.nodes[idx]!;
    const a = this.st[idx - 1]! + inst.serv[i]! + inst.dist[i * n + j]!;
    const off = inst.winOff[r * n + j]!;
    const cnt = inst.winCnt[r * n + j]!;
    let w = 0;
    while (w < cnt && inst.winClose[off + w]! + TIME_EPS < a) w++;
    if (w === cnt) return Infinity;
    const open = inst.winOpen[off + w]!;
    const s = a > open ? a : open;
    const shift = s + inst.serv[j]! + inst.dist[j * n + k]! - this.arr[idx]!;
    return shift <= this.wait[idx]! + this.maxShift[idx]! + TIME_EPS ? shift : Infinity;
  }

  /**
   * Smallest position p >= 1 of route r whose latest feasible service start (st + maxShift) is at
   * least t, or len[r] if none. Latest starts never decrease along a route (travel and service
   * times are >= 0), so binary search applies. A node that cannot be done before t cannot be
   * inserted in front of any earlier position: this bounds the positions worth testing.
   */
  firstPositionWithLatestStart(r: number, t: number): number {
    const base = r * this.cap;
    let lo = 1;
    let hi = this.len[r]!;
    const limit = t - TIME_EPS;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.st[base + mid]! + this.maxShift[base + mid]! >= limit) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Inserts node j at position p of route r; the caller has checked feasibility. */
  insert(j: number, r: number, p: number): void {
    const base = r * this.cap;
    const from = base + p;
    const to = base + this.len[r]!;
    this.nodes.copyWithin(from + 1, from, to);
    this.arr.copyWithin(from + 1, from, to);
    this.st.copyWithin(from + 1, from, to);
    this.wait.copyWithin(from + 1, from, to);
    this.maxShift.copyWithin(from + 1, from, to);
    this.selClose.copyWithin(from + 1, from, to);
    this.nodes[from] = j;
    this.st[from] = NaN; // forces the forward pass past position p
    this.len[r]!++;
    this.routeOf[j] = r;
    this.score += this.inst.score[j]!;
    this.mandCount += this.inst.isMandatory[j]!;
    this.recompute(r, p, true);
    this.touch(r);
  }

  /** Removes the node at position p (1 <= p < len-1) of route r; removing never breaks feasibility. */
  removeAt(r: number, p: number): void {
    const base = r * this.cap;
    const from = base + p;
    const j = this.nodes[from]!;
    const to = base + this.len[r]!;
    this.nodes.copyWithin(from, from + 1, to);
    this.arr.copyWithin(from, from + 1, to);
    this.st.copyWithin(from, from + 1, to);
    this.wait.copyWithin(from, from + 1, to);
    this.maxShift.copyWithin(from, from + 1, to);
    this.selClose.copyWithin(from, from + 1, to);
    this.len[r]!--;
    this.routeOf[j] = -1;
    this.score -= this.inst.score[j]!;
    this.mandCount -= this.inst.isMandatory[j]!;
    if (p < this.len[r]! - 1) this.st[from] = NaN;
    this.recompute(r, p, true);
    this.touch(r);
  }

  /** Time at which route r reaches its end node. */
  endArrival(r: number): number {
    return this.arr[r * this.cap + this.len[r]! - 1]!;
  }

  /** Sum over routes of (end arrival - start time): used to prefer tighter solutions at equal score. */
  totalDuration(): number {
    let total = 0;
    for (let r = 0; r < this.inst.m; r++) total += this.endArrival(r) - this.inst.routeStartTime[r]!;
    return total;
  }

  /** Routes as node lists including start and end nodes (allocates; not for hot loops). */
  toRoutes(): number[][] {
    const out: number[][] = [];
    for (let r = 0; r < this.inst.m; r++) {
      const base = r * this.cap;
      out.push(Array.from(this.nodes.subarray(base, base + this.len[r]!)));
    }
    return out;
  }
}

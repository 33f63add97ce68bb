// fuse-pointwise (Appleyard et al. 2016, FUSE_PW): every elementwise kernel of a step becomes
// one kernel. A kernel-IR pass, run by the scheduler (ScheduleOptions.fusePointwise). See
// docs/kernels.md.
//
// Per statement list (the program body and every loop body, innermost first):
//   1. x + 0, x * 1 are simplified away; a map that stores what is already there is dropped.
//   2. Copy forwarding: a map that only copies a scratch buffer X into a view of Y, X touched
//      only by kernels of this list before the copy and Y by nothing in between, goes away; those
//      kernels use Y directly (composeView maps X's views onto Y's).
//   3. Dependencies between statements come from the views they read and write: both touch a
//      buffer, one writes it, and the views are not provably disjoint (disjointViews: e.g. the
//      pieces of a concat are); a loop counts as everything its body touches.
//   4. Map kernels over the same iteration space (size-1 axes dropped) are merged greedily into
//      groups, in order, as long as the merge keeps the statement graph acyclic (no path from the
//      group to the new kernel through a statement outside it, none back) and no hazard arises
//      inside the merged kernel (below). A group runs where its dependencies allow: a step's gate
//      activations, cell update, mask selects, carry writes and step-output write, separated by
//      nothing but independent matmuls, become one kernel after the matmuls. A cheap kernel over a
//      leading part of a bigger space (a [B] mask copy beside [B, H] gate math) is lifted into it.
//   5. Inside a group every expression is evaluated on the state before the kernel (kernel-ir.ts:
//      each point reads what it reads before storing). So a load of a buffer that an earlier
//      member wrote is replaced by that member's expression (inlining the producer), which
//      requires the load to address the very element written at the same point (the same view);
//      a load of a buffer that a later member writes reads the old value, which is right,
//      provided again that it is the element that member writes at the same point (or one it
//      provably never writes). Any other overlap (a carry read flipped or shifted while it is
//      written, overlapping writes) keeps the kernels apart, with the scheduler's staging copies.
//   6. A member's output that only later members of its group read (every read site in the whole
//      program was inlined) and that is a scratch buffer is not stored at all: the buffer is gone.
//   7. The merged expressions form a DAG; values used more than once become `lets` (computed once
//      per point), e.g. the LSTM cell state c' feeds the carry c, tanh(c') and the output h.

import {
  add,
  evalIExpr,
  exprChildren,
  exprViews,
  isContiguous,
  mapKernelViews,
  mapLoads,
  numelExpr,
  rowMajorStrides,
  fmtIExpr,
  kernelReads,
  kernelWrites,
  mul,
  pruneBuffers,
  rewriteExpr,
  sameIExpr,
  sameView,
  simplify,
  stmtBuffers,
  substitute,
  walkStmts,
  type Expr,
  type IExpr,
  type Kernel,
  type MapKernel,
  type MapOutput,
  type Program,
  type Stmt,
  type View,
} from './kernel-ir.js';

export function fusePointwise(p: Program): Program {
  return pruneBuffers({ ...p, body: new Fuser(p).list(p.body) });
}

/** A map kernel with its size-1 axes dropped (views and axis variables follow) and its lets inlined. */
export function normalizeMap(k: MapKernel): MapKernel {
  let lets: Expr[] = [];
  let outs: MapOutput[] = [...k.outs];
  if (k.lets.length) {
    const memo = new Map<Expr, Expr>();
    const resolved: Expr[] = [];
    const inl = (e: Expr): Expr => rewriteExpr(e, (x) => (x.op === 'ref' ? resolved[x.id] : x), memo);
    for (const l of k.lets) resolved.push(inl(l));
    outs = outs.map((o) => ({ ...o, expr: inl(o.expr) }));
    lets = [];
  }
  const keep = k.shape.map((d) => simplify(d) !== 1);
  if (keep.every(Boolean)) return { ...k, lets, outs };
  const rename: Record<string, IExpr> = {};
  let n = 0;
  keep.forEach((kp, j) => (rename[`i${j}`] = kp ? `i${n++}` : 0));
  const view = (v: View): View => ({ ...v, strides: v.strides.filter((_, j) => keep[j]) });
  const memo = new Map<Expr, Expr>();
  const re = (e: Expr): Expr =>
    rewriteExpr(
      e,
      (x) => {
        if (x.op === 'load') return { op: 'load', view: view(x.view) };
        if (x.op === 'index') return { op: 'index', index: substitute(x.index, rename) };
        return x;
      },
      memo,
    );
  return { ...k, shape: k.shape.filter((_, j) => keep[j]), lets, outs: outs.map((o) => ({ ...o, out: view(o.out), expr: re(o.expr) })) };
}

type Load = Extract<Expr, { op: 'load' }>;

interface Access {
  readonly view: View;
  readonly shape: readonly IExpr[];
  readonly write: boolean;
}

/** Every view a statement reads or writes through, with the space it walks (a loop: its whole body). */
function stmtAccesses(s: Stmt, into: Access[] = []): Access[] {
  if (s.kind === 'loop') for (const x of s.body) stmtAccesses(x, into);
  else {
    const writes = new Set(kernelWrites(s));
    for (const sp of kernelViewSpaces(s)) into.push({ view: sp.view, shape: sp.shape, write: writes.has(sp.view) });
  }
  return into;
}

/** Every view of a kernel with the iteration space it is walked over (a matmul's a over [m, k], w over [k, n], out over [m, n]; ...). */
function kernelViewSpaces(k: Kernel): { view: View; shape: readonly IExpr[] }[] {
  const loads = (e: Expr, shape: readonly IExpr[]) => exprViews(e).map((view) => ({ view, shape }));
  switch (k.kind) {
    case 'map':
      return [...k.outs.map((o) => ({ view: o.out, shape: k.shape })), ...mapLoads(k).map((view) => ({ view, shape: k.shape }))];
    case 'reduce':
      return [{ view: k.out, shape: [...k.shape, k.size] }, ...loads(k.expr, [...k.shape, k.size])];
    case 'matmul':
      return [
        { view: k.a, shape: [k.m, k.k] },
        { view: k.w, shape: [k.k, k.n] },
        { view: k.out, shape: [k.m, k.n] },
      ];
    case 'gather':
      return [
        { view: k.ids, shape: k.shape },
        { view: k.table, shape: [k.vocab, k.dim] },
        { view: k.out, shape: [...k.shape, k.dim] },
      ];
    case 'scatter_add':
      return [
        { view: k.ids, shape: k.shape },
        { view: k.values, shape: [...k.shape, k.dim] },
        { view: k.out, shape: [k.vocab, k.dim] },
      ];
    case 'one_hot':
      return [
        { view: k.ids, shape: k.shape },
        { view: k.out, shape: [...k.shape, k.depth] },
      ];
    case 'linear_scan':
      return [
        ...[k.a, k.b, k.steps].map((view) => ({ view, shape: [...k.shape, k.len] })),
        { view: k.state, shape: k.shape },
        ...(k.chunks ? [k.chunks.a, k.chunks.h, k.chunks.c].map((view) => ({ view, shape: [k.chunks!.count, ...k.shape] })) : []),
      ];
  }
}

/**
 * A view `v` (over `space`) of a buffer laid out row-major as `shapeX`, re-expressed through
 * `target` (a view over shapeX of another buffer): element x[d0, d1, ...] lives at
 * target.offset + sum(d_k * target.strides[k]). Needs a constant offset and strides that are each
 * a non-negative multiple of one row-major stride of shapeX, without carries between digits.
 * Null when that does not hold.
 */
export function composeView(v: View, space: readonly IExpr[], shapeX: readonly IExpr[], target: View): View | null {
  // Merge adjacent axes of x that the target walks contiguously (a carry between them is harmless).
  const allRs = rowMajorStrides(shapeX);
  const ext: IExpr[] = [];
  const rs: IExpr[] = [];
  const ts: IExpr[] = [];
  for (let k = shapeX.length - 1; k >= 0; k--) {
    if (ext.length && sameIExpr(target.strides[k], mul(ext[0], ts[0])) && sameIExpr(allRs[k], mul(ext[0], rs[0]))) {
      ext[0] = simplify(mul(ext[0], shapeX[k]));
      continue;
    }
    ext.unshift(simplify(shapeX[k]));
    rs.unshift(simplify(allRs[k]));
    ts.unshift(target.strides[k]);
  }
  target = { ...target, strides: ts };
  const r = ext.length;
  const off = simplify(v.offset);
  if (typeof off !== 'number' || off < 0) return null;
  // Offset digits, outermost first (static strides needed below the outermost).
  const digits = new Array<number>(r).fill(0);
  let rest = off;
  for (let k = 0; k < r; k++) {
    const s = rs[k];
    if (typeof s !== 'number') {
      if (rest !== 0 && k === 0) return null;
      continue;
    }
    digits[k] = Math.floor(rest / s);
    rest -= digits[k] * s;
  }
  if (rest !== 0) return null;
  // Each stride: c * rs[k].
  const maxDigit = [...digits];
  const strides: IExpr[] = [];
  for (let j = 0; j < v.strides.length; j++) {
    const s = simplify(v.strides[j]);
    if (s === 0 || simplify(space[j]) === 1) {
      strides.push(0);
      continue;
    }
    let found = -1;
    let coef = 0;
    for (let k = 0; k < r && found < 0; k++) {
      if (sameIExpr(s, rs[k])) {
        found = k;
        coef = 1;
      } else if (typeof s === 'number' && typeof rs[k] === 'number' && s > 0 && s % (rs[k] as number) === 0) {
        found = k;
        coef = s / (rs[k] as number);
      }
    }
    if (found < 0) return null;
    const n = simplify(space[j]);
    if (typeof n !== 'number') {
      if (found !== 0) return null; // only the outermost digit may grow without a known bound
      maxDigit[0] = Infinity;
    } else maxDigit[found] += (n - 1) * coef;
    strides.push(mul(coef, target.strides[found]));
  }
  for (let k = 0; k < r; k++) {
    const e = ext[k];
    if (typeof e === 'number' && maxDigit[k] > e - 1) return null;
    if (typeof e !== 'number' && k !== 0 && maxDigit[k] !== digits[k]) return null;
  }
  let offset: IExpr = target.offset;
  digits.forEach((d, k) => (offset = add(offset, mul(d, target.strides[k]))));
  return { buf: target.buf, offset: simplify(offset), strides };
}

/** A kernel cheap enough to repeat per point of extra axes: a few arithmetic nodes, no transcendental functions. */
function cheap(k: MapKernel): boolean {
  let nodes = 0;
  const ok = (e: Expr): boolean => {
    nodes++;
    if (e.op === 'unary' && !['neg', 'abs', 'relu', 'square'].includes(e.fn)) return false;
    if (e.op === 'binary' && e.fn === 'div') return false;
    return exprChildren(e).every(ok);
  };
  return k.outs.every((o) => ok(o.expr)) && nodes <= 4 * k.outs.length + 4;
}

/** Kernel `k` over `shape` (which extends k's shape): every view gets stride 0 on the extra axes. */
function liftMap(k: MapKernel, shape: readonly IExpr[]): MapKernel {
  const extra = new Array<IExpr>(shape.length - k.shape.length).fill(0);
  const view = (v: View): View => ({ ...v, strides: [...v.strides, ...extra] });
  const memo = new Map<Expr, Expr>();
  const re = (e: Expr): Expr => rewriteExpr(e, (x) => (x.op === 'load' ? { op: 'load', view: view(x.view) } : x), memo);
  return { ...k, shape: [...shape], outs: k.outs.map((o) => ({ ...o, out: view(o.out), expr: re(o.expr) })) };
}

/** The load sites of an expression tree (the scheduler's trees share no nodes; a DAG's shared loads are listed per occurrence). */
function loadSites(e: Expr, into: Load[] = []): Load[] {
  if (e.op === 'load') into.push(e);
  else for (const x of exprChildren(e)) loadSites(x, into);
  return into;
}

interface Written {
  readonly view: View;
  readonly expr: Expr;
}

/** A group under construction: members merged into one map kernel. */
interface Group {
  readonly id: number;
  readonly members: number[];
  /** Map groups only: the iteration space (shape text), null for any other statement. */
  readonly key: string | null;
  readonly shape: readonly IExpr[];
  /** Outputs in member order, expressions already over the pre-kernel state. */
  readonly outs: { out: View; expr: Expr; src: string }[];
  /** Buffer -> the member outputs that write it (several only through provably disjoint views). */
  readonly written: Map<number, Written[]>;
  /** Buffer -> views the members read it through (pre-kernel state). */
  readonly reads: Map<number, View[]>;
  /** Buffer -> read sites inlined from an earlier member. */
  readonly inlined: Map<number, number>;
  readonly parts: string[];
}

class Fuser {
  /** Read / write sites per buffer over the whole program. */
  private readonly readSites = new Map<number, number>();
  private readonly writeSites = new Map<number, number>();

  constructor(private readonly p: Program) {
    walkStmts(p.body, (s) => {
      if (s.kind === 'loop') return;
      for (const v of kernelReads(s)) this.readSites.set(v.buf, (this.readSites.get(v.buf) ?? 0) + 1);
      for (const v of kernelWrites(s)) this.writeSites.set(v.buf, (this.writeSites.get(v.buf) ?? 0) + 1);
    });
  }

  list(stmts: readonly Stmt[]): Stmt[] {
    const items: Stmt[] = [];
    for (const s of stmts) {
      if (s.kind === 'loop') items.push({ ...s, body: this.list(s.body) });
      else if (s.kind === 'map') {
        const k = simplifyMap(s);
        if (k) items.push(k);
      } else items.push(s);
    }
    this.forwardCopies(items);
    const n = items.length;
    if (n < 2) return items;
    // succ[i]: statements after i that depend on it: both touch a buffer, one writes it, and the
    // two views are not provably disjoint (pieces of one row written while another is read are).
    const acc = items.map((s) => stmtAccesses(s));
    const succ: number[][] = items.map(() => []);
    const conflict = (x: Access[], y: Access[]): boolean => {
      for (const p of x) {
        for (const q of y) {
          if (p.view.buf !== q.view.buf || (!p.write && !q.write)) continue;
          if (!disjointViews(p.view, q.view, p.shape, q.shape)) return true;
        }
      }
      return false;
    };
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) if (conflict(acc[i], acc[j])) succ[i].push(j);
    }

    const groupOf: number[] = new Array<number>(n);
    const groups: Group[] = [];
    const normal: (MapKernel | null)[] = items.map((s) => (s.kind === 'map' ? normalizeMap(s) : null));
    // A cheap kernel over a leading part of a bigger iteration space of this list (a [B] mask copy
    // beside [B, H] gate math) is lifted into the bigger one, writing each element once per point
    // of the extra axes (stride 0), so that it can join that kernel. Kept as it was if it joins nothing.
    const counts = new Map<string, { shape: readonly IExpr[]; n: number }>();
    for (const k of normal) {
      if (!k) continue;
      const key = k.shape.map((d) => fmtIExpr(d)).join(',');
      const c = counts.get(key) ?? { shape: k.shape, n: 0 };
      c.n++;
      counts.set(key, c);
    }
    const lifted = new Set<number>();
    normal.forEach((k, i) => {
      if (!k || !cheap(k)) return;
      let best: { shape: readonly IExpr[]; n: number } | null = null;
      for (const c of counts.values()) {
        if (c.shape.length > k.shape.length && k.shape.every((d, j) => sameIExpr(d, c.shape[j])) && (!best || c.n > best.n)) best = c;
      }
      if (best) {
        normal[i] = liftMap(k, best.shape);
        lifted.add(i);
      }
    });
    const newGroup = (i: number): Group => {
      const k = normal[i];
      const g: Group = {
        id: groups.length,
        members: [i],
        key: k ? k.shape.map((d) => fmtIExpr(d)).join(',') : null,
        shape: k ? k.shape : [],
        outs: [],
        written: new Map(),
        reads: new Map(),
        inlined: new Map(),
        parts: [],
      };
      groups.push(g);
      groupOf[i] = g.id;
      if (k) this.absorb(g, k, items[i].src);
      return g;
    };

    const neighbours = (g: Group): Set<number> => {
      const out = new Set<number>();
      for (const i of g.members) for (const j of succ[i]) if (groupOf[j] !== undefined && groupOf[j] !== g.id) out.add(groupOf[j]);
      return out;
    };
    /** Whether `to` is reachable from `from` (with skipDirect, only through some other group). */
    const reaches = (from: Group, to: Group, skipDirect: boolean): boolean => {
      const seen = new Set<number>();
      const stack: number[] = [];
      for (const x of neighbours(from)) if (!(skipDirect && x === to.id)) stack.push(x);
      while (stack.length) {
        const x = stack.pop()!;
        if (x === to.id) return true;
        if (seen.has(x)) continue;
        seen.add(x);
        for (const y of neighbours(groups[x])) stack.push(y);
      }
      return false;
    };

    for (let i = 0; i < n; i++) {
      const k = normal[i];
      const mine = newGroup(i);
      if (!k) continue;
      // Try the groups over the same iteration space that produce most of what k reads first
      // (inlining them drops buffers), then the most recent.
      const feeds = (g: Group): number => k.outs.reduce((n, o) => n + loadSites(o.expr).filter((l) => g.written.get(l.view.buf)?.some((w) => sameView(w.view, l.view))).length, 0);
      const candidates = groups
        .filter((g) => g.id !== mine.id && g.key === mine.key && g.members.length > 0)
        .reverse()
        .slice(0, 8)
        .map((g, r) => ({ g, r, f: feeds(g) }))
        .sort((x, y) => y.f - x.f || x.r - y.r)
        .map((x) => x.g);
      for (const g of candidates) {
        // Lifted kernels only join real work of the bigger space (never just each other).
        if (lifted.has(i) && g.members.every((j) => lifted.has(j))) continue;
        if (!this.compatible(g, k)) continue;
        if (reaches(g, mine, true) || reaches(mine, g, false)) continue;
        // Merge: i joins g.
        mine.members.length = 0;
        groupOf[i] = g.id;
        g.members.push(i);
        this.absorb(g, k, items[i].src);
        break;
      }
    }

    // Emit the groups in a topological order of the contracted graph, earliest member first.
    const live = groups.filter((g) => g.members.length > 0);
    const indeg = new Map<number, number>(live.map((g) => [g.id, 0]));
    const next = new Map<number, Set<number>>(live.map((g) => [g.id, neighbours(g)]));
    for (const g of live) for (const y of next.get(g.id)!) indeg.set(y, indeg.get(y)! + 1);
    const ready = live.filter((g) => indeg.get(g.id) === 0);
    const out: Stmt[] = [];
    let emitted = 0;
    while (ready.length) {
      ready.sort((a, b) => a.members[0] - b.members[0]);
      const g = ready.shift()!;
      const s = this.emit(g, items);
      if (s) out.push(s);
      emitted++;
      for (const y of next.get(g.id)!) {
        const d = indeg.get(y)! - 1;
        indeg.set(y, d);
        if (d === 0) ready.push(groups[y]);
      }
    }
    if (emitted !== live.length) throw new Error('internal: fuse-pointwise made a cycle');
    return out;
  }

  /**
   * Copy forwarding: a map kernel that only copies a scratch buffer X (all of it, row-major) into
   * a view of Y, where X is touched only by kernels of this list before the copy and Y by nothing
   * between X's first access and the copy, goes away: those kernels use the copy's destination
   * directly (e.g. a step's concatenated gate gradients are built in the step output at t, and the
   * matmul reads them there). Every view of X must map onto Y's view (see composeView).
   */
  private forwardCopies(items: Stmt[]): void {
    for (let c = 0; c < items.length; c++) {
      const k = items[c];
      if (k.kind !== 'map' || k.lets.length || k.outs.length !== 1 || k.outs[0].expr.op !== 'load') continue;
      const vx = k.outs[0].expr.view;
      const vy = k.outs[0].out;
      const X = this.p.buffers[vx.buf];
      if (X.role !== 'scratch' || vx.buf === vy.buf || X.dtype !== this.p.buffers[vy.buf].dtype) continue;
      if (!(sameIExpr(vx.offset, 0) && isContiguous(vx, k.shape) && sameIExpr(numelExpr(k.shape), X.size))) continue;
      // Every access of X: kernels directly in this list, before the copy.
      let first = -1;
      let sites = 0;
      for (let i = 0; i < c; i++) {
        const s = items[i];
        if (s.kind === 'loop') {
          if (stmtBuffers(s).reads.has(X.id) || stmtBuffers(s).writes.has(X.id)) sites = -Infinity;
          continue;
        }
        const n = [...kernelReads(s), ...kernelWrites(s)].filter((v) => v.buf === X.id).length;
        if (n && first < 0) first = i;
        sites += n;
      }
      if (first < 0 || sites + 1 !== (this.readSites.get(X.id) ?? 0) + (this.writeSites.get(X.id) ?? 0)) continue;
      // Y untouched in between.
      if (items.slice(first, c).some((s) => {
        const rw = stmtBuffers(s);
        return rw.reads.has(vy.buf) || rw.writes.has(vy.buf);
      })) continue;
      // Every view of X maps onto Y.
      const shapeX = k.shape;
      const moved = new Map<View, View>();
      let ok = true;
      for (let i = first; i < c && ok; i++) {
        const s = items[i];
        if (s.kind === 'loop') continue; // touches no X (checked above)
        for (const sp of kernelViewSpaces(s)) {
          if (sp.view.buf !== X.id || moved.has(sp.view)) continue;
          const v = composeView(sp.view, sp.shape, shapeX, vy);
          if (!v) ok = false;
          else moved.set(sp.view, v);
        }
      }
      if (!ok) continue;
      for (let i = first; i < c; i++) {
        const s = items[i];
        if (s.kind !== 'loop') items[i] = mapKernelViews(s, (v) => moved.get(v) ?? v);
      }
      items.splice(c, 1);
      c--;
      const r = (this.readSites.get(X.id) ?? 0) - 1;
      const w = this.writeSites.get(X.id) ?? 0;
      this.readSites.set(X.id, 0);
      this.writeSites.set(X.id, 0);
      this.readSites.set(vy.buf, (this.readSites.get(vy.buf) ?? 0) + r);
      this.writeSites.set(vy.buf, (this.writeSites.get(vy.buf) ?? 0) - 1 + w);
    }
  }

  /** Whether map kernel `k` can join group `g` without a hazard inside the merged kernel. */
  private compatible(g: Group, k: MapKernel): boolean {
    if (g.key === null) return false;
    for (const o of k.outs) {
      for (const l of loadSites(o.expr)) {
        const ws = g.written.get(l.view.buf);
        // Read after write: inlined, so it must address the element one write stores at this
        // point (the group's writes of one buffer are disjoint), or none of them.
        if (ws && !ws.some((w) => sameView(w.view, l.view)) && !ws.every((w) => disjointViews(w.view, l.view, g.shape))) return false;
      }
    }
    for (const o of k.outs) {
      // Two writes of one buffer: only to disjoint parts (e.g. the pieces of a concat).
      const ws = g.written.get(o.out.buf);
      if (ws && !ws.every((w) => disjointViews(w.view, o.out, g.shape))) return false;
      // Write after read: the earlier members read the old value of the element written here, or other elements.
      const rs = g.reads.get(o.out.buf);
      if (rs && !rs.every((v) => sameView(v, o.out) || disjointViews(v, o.out, g.shape))) return false;
    }
    return true;
  }

  /** Adds map kernel `k` (normalized, no lets) to group `g`: inline reads of what the group wrote. */
  private absorb(g: Group, k: MapKernel, src: string): void {
    const subst = new Map<Expr, Expr>();
    for (const o of k.outs) {
      for (const l of loadSites(o.expr)) {
        const v = l.view;
        const w = g.written.get(v.buf)?.find((x) => sameView(x.view, v));
        if (w) {
          subst.set(l, w.expr);
          g.inlined.set(v.buf, (g.inlined.get(v.buf) ?? 0) + 1);
        } else {
          const rs = g.reads.get(v.buf) ?? [];
          rs.push(v);
          g.reads.set(v.buf, rs);
        }
      }
    }
    const memo = new Map<Expr, Expr>();
    const re = (e: Expr): Expr => {
      const s = subst.get(e);
      if (s) return s;
      const m = memo.get(e);
      if (m) return m;
      const kids = exprChildren(e);
      const r = kids.length ? rebuild(e, kids.map(re)) : e;
      memo.set(e, r);
      return r;
    };
    // All outputs of k see the state before k: substitute first, then record the writes.
    const exprs = k.outs.map((o) => re(o.expr));
    k.outs.forEach((o, j) => {
      g.outs.push({ out: o.out, expr: exprs[j], src });
      const ws = g.written.get(o.out.buf) ?? [];
      ws.push({ view: o.out, expr: exprs[j] });
      g.written.set(o.out.buf, ws);
    });
    g.parts.push(src);
  }

  /** The group's statement; null when nothing reads anything it computes. */
  private emit(g: Group, items: readonly Stmt[]): Stmt | null {
    if (g.key === null || g.members.length === 1) {
      // A statement on its own: unchanged (a map that merged with nothing needs no rewriting).
      return items[g.members[0]];
    }
    const kept = g.outs.filter((o) => {
      const b = this.p.buffers[o.out.buf];
      const dead = b.role === 'scratch' && this.writeSites.get(b.id) === 1 && (this.readSites.get(b.id) ?? 0) === (g.inlined.get(b.id) ?? 0);
      return !dead;
    });
    if (kept.length === 0) return null;
    const { lets, roots } = shareSubexpressions(kept.map((o) => o.expr));
    return {
      kind: 'map',
      src: `fused elementwise kernel (${g.parts.length} kernels)`,
      shape: [...g.shape],
      lets,
      outs: kept.map((o, j) => ({ out: o.out, expr: roots[j] })),
      parts: [...g.parts],
    };
  }
}

/**
 * Whether two views of one buffer over the iteration space `shape` never address the same
 * element: equal strides, offsets a constant apart, and that difference not a difference of two
 * addresses of one view. Decided exactly when the strides nest (each larger than the span of the
 * smaller ones), as in the pieces of a concat ([B, 32] blocks of a [B, 128] row at offsets 0, 32, ...).
 */
export function disjointViews(a: View, b: View, shape: readonly IExpr[], shapeB: readonly IExpr[] = shape): boolean {
  if (a.buf !== b.buf) return true;
  const d = simplify(add(b.offset, mul(-1, a.offset)));
  if (typeof d !== 'number' || d === 0) return false;
  // The footprint of a view: its (stride, extent) pairs, axes of extent 1 or stride 0 dropped,
  // largest stride first. Both views must walk the same footprint shape. A symbolic stride (e.g.
  // T * 32 in a step output) is allowed on the largest axis only, at its smallest value (B = T = 1:
  // a kernel over it runs only then).
  const footprint = (v: View, sh: readonly IExpr[]) => {
    const out: { st: IExpr; s: number; n: IExpr; symbolic: boolean }[] = [];
    for (let j = 0; j < v.strides.length; j++) {
      const n = simplify(sh[j]);
      const st = simplify(v.strides[j]);
      if (n === 1 || st === 0) continue;
      if (typeof st === 'number') out.push({ st: Math.abs(st), s: Math.abs(st), n, symbolic: false });
      else if (nonNegativePoly(st)) out.push({ st, s: evalIExpr(st, { B: 1, T: 1 }), n, symbolic: true });
      else return null;
    }
    return out.sort((x, y) => y.s - x.s);
  };
  const axes = footprint(a, shape);
  const other = footprint(b, shapeB);
  if (!axes || !other || axes.length !== other.length) return false;
  if (!axes.every((x, j) => sameIExpr(x.st, other[j].st) && sameIExpr(x.n, other[j].n))) return false;
  if (axes.slice(1).some((x) => x.symbolic)) return false;
  const span: number[] = new Array<number>(axes.length + 1).fill(0); // span[j]: max |sum| over axes j.. with |delta| <= n - 1
  for (let j = axes.length - 1; j >= 0; j--) {
    const n = axes[j].n;
    if (typeof n !== 'number') {
      if (j !== 0) return false;
      span[j] = Infinity;
    } else span[j] = span[j + 1] + (n - 1) * axes[j].s;
  }
  for (let j = 0; j < axes.length; j++) if (axes[j].s <= span[j + 1]) return false; // not nested
  let from = 0;
  if (axes.length && axes[0].symbolic) {
    // Any step along the symbolic axis moves further than d plus the rest can reach back.
    if (!(axes[0].s > span[1] + Math.abs(d))) return false;
    from = 1;
  }
  // Is d = sum delta_j * s_j with |delta_j| <= n_j - 1? With nested strides at most two choices per axis.
  const representable = (r: number, j: number): boolean => {
    if (j === axes.length) return r === 0;
    const { s, n } = axes[j];
    for (const q of new Set([Math.floor(r / s), Math.ceil(r / s)])) {
      if (typeof n === 'number' && Math.abs(q) > n - 1) continue;
      const rest = r - q * s;
      if (Math.abs(rest) <= span[j + 1] && representable(rest, j + 1)) return true;
    }
    return false;
  };
  return !representable(d, from);
}

/** A sum of products of non-negative numbers and variables. */
function nonNegativePoly(e: IExpr): boolean {
  if (typeof e === 'number') return e >= 0;
  if (typeof e === 'string') return true;
  if (e.op === 'add' || e.op === 'mul') return e.args.every(nonNegativePoly);
  return false;
}

const isConst = (e: Expr, v: number): boolean => e.op === 'const' && e.value === v;

/** x + 0, 0 + x, x - 0, x * 1, 1 * x -> x (autodiff and the scheduler's constant folding leave these). */
export function simplifyExpr(e: Expr, memo: Map<Expr, Expr> = new Map()): Expr {
  return rewriteExpr(
    e,
    (x) => {
      if (x.op !== 'binary') return x;
      if (x.fn === 'add') {
        if (isConst(x.a, 0)) return x.b;
        if (isConst(x.b, 0)) return x.a;
      }
      if (x.fn === 'sub' && isConst(x.b, 0)) return x.a;
      if (x.fn === 'mul') {
        if (isConst(x.a, 1)) return x.b;
        if (isConst(x.b, 1)) return x.a;
      }
      return x;
    },
    memo,
  );
}

/** The kernel with simplified expressions (the same object when nothing changes); null when it only stores what is already there. */
function simplifyMap(k: MapKernel): MapKernel | null {
  const memo = new Map<Expr, Expr>();
  const lets = k.lets.map((e) => simplifyExpr(e, memo));
  const outs = k.outs
    .map((o) => ({ ...o, expr: simplifyExpr(o.expr, memo) }))
    .filter((o) => !(o.expr.op === 'load' && sameView(o.expr.view, o.out)));
  if (outs.length === 0) return null;
  const same = outs.length === k.outs.length && outs.every((o, j) => o.expr === k.outs[j].expr) && lets.every((e, j) => e === k.lets[j]);
  return same ? k : { ...k, lets, outs };
}

function rebuild(e: Expr, kids: Expr[]): Expr {
  switch (e.op) {
    case 'unary':
      return { ...e, x: kids[0] };
    case 'cast':
      return { ...e, x: kids[0] };
    case 'binary':
      return { ...e, a: kids[0], b: kids[1] };
    case 'cmp':
      return { ...e, a: kids[0], b: kids[1] };
    case 'select':
      return { ...e, cond: kids[0], a: kids[1], b: kids[2] };
    default:
      return e;
  }
}

/** Structural key of a node whose operands have the given ids. */
function nodeKey(e: Expr, kids: readonly number[]): string {
  switch (e.op) {
    case 'load':
      return `L${e.view.buf}|${fmtIExpr(e.view.offset)}|${e.view.strides.map((s) => fmtIExpr(s)).join(',')}`;
    case 'const':
      return `C${e.dtype}${Object.is(e.value, -0) ? '-0' : String(e.value)}`;
    case 'index':
      return `I${fmtIExpr(e.index)}`;
    case 'ref':
      return `R${e.id}`;
    case 'unary':
      return `U${e.fn}(${kids.join(',')})`;
    case 'cast':
      return `X${e.to}(${kids.join(',')})`;
    case 'binary':
      return `B${e.fn}(${kids.join(',')})`;
    case 'cmp':
      return `P${e.fn}(${kids.join(',')})`;
    case 'select':
      return `S(${kids.join(',')})`;
  }
}

/**
 * Common subexpressions of several expressions (DAGs) as let bindings: structurally equal nodes
 * are merged, and every non-trivial node used more than once becomes a let, computed once.
 */
export function shareSubexpressions(exprs: readonly Expr[]): { lets: Expr[]; roots: Expr[] } {
  const ids = new Map<Expr, number>();
  const byKey = new Map<string, number>();
  const nodes: { e: Expr; kids: number[] }[] = [];
  const intern = (e: Expr): number => {
    const have = ids.get(e);
    if (have !== undefined) return have;
    const kids = exprChildren(e).map(intern);
    const key = nodeKey(e, kids);
    let id = byKey.get(key);
    if (id === undefined) {
      id = nodes.length;
      nodes.push({ e, kids });
      byKey.set(key, id);
    }
    ids.set(e, id);
    return id;
  };
  const roots = exprs.map(intern);
  const uses = new Array<number>(nodes.length).fill(0);
  for (const nd of nodes) for (const k of nd.kids) uses[k]++;
  for (const r of roots) uses[r]++;
  const trivial = (e: Expr): boolean => e.op === 'const' || e.op === 'index' || e.op === 'ref';
  const lets: Expr[] = [];
  const built = new Map<number, Expr>();
  const build = (id: number): Expr => {
    const have = built.get(id);
    if (have) return have;
    const nd = nodes[id];
    const e = nd.kids.length ? rebuild(nd.e, nd.kids.map(build)) : nd.e;
    let out = e;
    if (uses[id] > 1 && !trivial(e)) {
      out = { op: 'ref', id: lets.length };
      lets.push(e);
    }
    built.set(id, out);
    return out;
  };
  // A root used elsewhere too (or stored twice) is stored from its let.
  return { lets, roots: roots.map(build) };
}

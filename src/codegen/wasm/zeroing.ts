// Which scratch and output buffers a call must zero. The JS target allocates them fresh (zero),
// and a program may rely on that: a truncated backward scan leaves the gradients of the earliest
// steps unwritten and a hoisted matmul then reads all of them; an output may be written in part.
// The wasm memory is reused across calls, so those buffers are zeroed per call; but most are
// written in full before anything reads them (W4: 64 MB of 70 MB, about 5% of a training step
// spent in the fill), and those need no zeroing.
//
// Decided by running the program's access pattern (not its arithmetic) at small sizes: every
// address each kernel reads or writes, in program order with the time loops unrolled. A buffer
// needs zeroing when some address of it is read before it is written, or when it is an output
// that is not written in full. Views are affine in B, T and the loop variables; the sizes tried
// include a T beyond every constant in a loop count, so a loop truncated to k steps shows its
// unwritten steps.

import { evalIExpr, exprViews, mapLoads, writeSpaces, type IExpr, type Kernel, type Program, type Stmt, type View } from '../kernel-ir.js';
import { viewKey } from './nest.js';

/** Every integer literal in an index expression (loop counts: truncation lengths). */
function literals(e: IExpr, into: number[]): void {
  if (typeof e === 'number') into.push(Math.abs(e));
  else if (typeof e === 'object') for (const a of e.args) literals(a, into);
}

function loopCounts(ss: readonly Stmt[], into: IExpr[]): void {
  for (const s of ss) if (s.kind === 'loop') {
    into.push(s.count);
    loopCounts(s.body, into);
  }
}

/** The views a kernel reads, each with the iteration space it is read over. */
function readSpaces(k: Kernel): { shape: readonly IExpr[]; view: View }[] {
  switch (k.kind) {
    case 'map':
      return mapLoads(k).map((view) => ({ shape: k.shape, view }));
    case 'reduce':
      return exprViews(k.expr).map((view) => ({ shape: [...k.shape, k.size], view }));
    case 'matmul':
      return [
        { shape: [k.m, k.k], view: k.a },
        { shape: [k.k, k.n], view: k.w },
      ];
    case 'gather':
      // Rows chosen by the ids at run time: the whole table counts as read.
      return [
        { shape: k.shape, view: k.ids },
        { shape: [k.vocab, k.dim], view: k.table },
      ];
    case 'scatter_add':
      return [
        { shape: k.shape, view: k.ids },
        { shape: [...k.shape, k.dim], view: k.values },
      ];
    case 'one_hot':
      return [{ shape: k.shape, view: k.ids }];
    case 'linear_scan':
      return [
        { shape: [...k.shape, k.len], view: k.a },
        { shape: [...k.shape, k.len], view: k.b },
        { shape: k.shape, view: k.state },
      ];
  }
}

/** Calls f with every element index of `view` over `shape` (variables bound by `vars`). */
function forEachIndex(shape: readonly IExpr[], view: View, vars: Record<string, number>, f: (i: number) => void): void {
  const dims = shape.map((d) => evalIExpr(d, vars));
  const strides = view.strides.map((s) => evalIExpr(s, vars));
  const rec = (j: number, at: number): void => {
    if (j === dims.length) {
      f(at);
      return;
    }
    for (let i = 0; i < dims[j]; i++) rec(j + 1, at + i * strides[j]);
  };
  if (dims.every((d) => d > 0)) rec(0, evalIExpr(view.offset, vars));
}

function needsZeroAt(p: Program, B: number, T: number, local: ReadonlySet<number>): Set<number> {
  const written = new Map<number, Uint8Array>();
  for (const id of local) written.set(id, new Uint8Array(Math.max(0, evalIExpr(p.buffers[id].size, { B, T }))));
  const zero = new Set<number>();
  const run = (ss: readonly Stmt[], vars: Record<string, number>): void => {
    for (const s of ss) {
      if (s.kind === 'loop') {
        const n = evalIExpr(s.count, vars);
        for (let j = 0; j < n; j++) run(s.body, { ...vars, [s.var]: s.reverse ? n - 1 - j : j });
        continue;
      }
      const seen = new Set<string>();
      for (const { shape, view } of readSpaces(s)) {
        const key = viewKey(view);
        if (seen.has(key)) continue;
        seen.add(key);
        const w = written.get(view.buf);
        if (!w || zero.has(view.buf)) continue;
        forEachIndex(shape, view, vars, (i) => {
          if (!w[i]) zero.add(view.buf);
        });
      }
      // Every point of a kernel's write space is written (scatter_add zeroes its output first).
      for (const { shape, view } of writeSpaces(s)) {
        const w = written.get(view.buf);
        if (w) forEachIndex(shape, view, vars, (i) => (w[i] = 1));
      }
    }
  };
  run(p.body, { B, T });
  for (const id of local) if (p.buffers[id].role === 'output' && written.get(id)!.includes(0)) zero.add(id);
  return zero;
}

/**
 * The scratch and output buffers of `p` a call must zero (see the file comment); the rest are
 * written in full before they are read.
 */
export function buffersToZero(p: Program): Set<number> {
  const local = new Set(p.buffers.filter((b) => b.role === 'scratch' || b.role === 'output').map((b) => b.id));
  const counts: IExpr[] = [];
  loopCounts(p.body, counts);
  const lits: number[] = [];
  for (const c of counts) literals(c, lits);
  const longT = Math.max(5, ...lits) + 2;
  const zero = new Set<number>();
  for (const [B, T] of [
    [1, 1],
    [2, 3],
    [3, longT],
  ])
    for (const id of needsZeroAt(p, B, T, local)) zero.add(id);
  return zero;
}

// What a kernel function takes, for the targets that render each kernel as a function of its
// operands (js: one JS function per kernel; wasm: one WAT function per kernel) and for
// param-prep.ts (a kernel with no variables reads nothing that changes between calls).

import { iexprVars, kernelReads, kernelWrites, type Expr, type IExpr, type Kernel } from './kernel-ir.js';

/** Variables of the `index` leaves of an expression. */
function collectIndexVars(e: Expr, into: Set<string>, seen = new Set<Expr>()): void {
  if (seen.has(e)) return;
  seen.add(e);
  if (e.op === 'index') iexprVars(e.index, into);
  else if (e.op === 'unary' || e.op === 'cast') collectIndexVars(e.x, into, seen);
  else if (e.op === 'binary' || e.op === 'cmp') {
    collectIndexVars(e.a, into, seen);
    collectIndexVars(e.b, into, seen);
  } else if (e.op === 'select') {
    collectIndexVars(e.cond, into, seen);
    collectIndexVars(e.a, into, seen);
    collectIndexVars(e.b, into, seen);
  }
}

/**
 * B, T and the loop variables the kernel's sizes, views and index expressions use (in that
 * order: B, T, t, t1, t2, ...), then the buffers it touches (writes first, then reads; each
 * buffer once, in order of first use).
 */
export function kernelArgs(k: Kernel): { vars: string[]; bufs: number[] } {
  const vars = new Set<string>();
  const dims: IExpr[] = [];
  switch (k.kind) {
    case 'map':
      dims.push(...k.shape);
      for (const e of [...k.lets, ...k.outs.map((o) => o.expr)]) collectIndexVars(e, vars);
      break;
    case 'reduce':
      dims.push(...k.shape, k.size);
      collectIndexVars(k.expr, vars);
      break;
    case 'matmul':
      dims.push(k.m, k.k);
      break;
    case 'linear_scan':
      dims.push(...k.shape, k.len);
      break;
    default:
      dims.push(...k.shape);
  }
  const views = [...kernelWrites(k), ...kernelReads(k)];
  for (const d of dims) iexprVars(d, vars);
  for (const v of views) {
    iexprVars(v.offset, vars);
    for (const s of v.strides) iexprVars(s, vars);
  }
  const order = (v: string): number => (v === 'B' ? -2 : v === 'T' ? -1 : v === 't' ? 0 : Number(v.slice(1)));
  const syms = [...vars].filter((v) => !/^i\d+$/.test(v)).sort((a, b) => order(a) - order(b));
  const bufs: number[] = [];
  for (const v of views) if (!bufs.includes(v.buf)) bufs.push(v.buf);
  return { vars: syms, bufs };
}

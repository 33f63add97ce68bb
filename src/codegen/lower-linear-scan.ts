// lower-linear-scan: a kernel-IR pass for targets that do not render linear_scan kernels (GLSL:
// a fragment writes one element, so one draw cannot walk time): each becomes a time loop whose
// body is one map kernel, h = a_t * h + b_t stored to the state and to the step at t, the
// sequential form (T launches). It adds no buffer, so it may run after buffer planning.

import { add, constant, loopVarName, mul, type Expr, type LinearScanKernel, type Loop, type MapKernel, type Program, type Stmt, type View } from './kernel-ir.js';

export function lowerLinearScans(p: Program): Program {
  const go = (ss: readonly Stmt[], depth: number): Stmt[] =>
    ss.map((s) => (s.kind === 'loop' ? { ...s, body: go(s.body, depth + 1) } : s.kind === 'linear_scan' ? lowerOne(s, loopVarName(depth)) : s));
  return { ...p, body: go(p.body, 0) };
}

/** The update of one step: a * h + b, or log(exp(a + h) + exp(b)) in log space. */
export function linearStep(a: Expr, h: Expr, b: Expr, log: boolean): Expr {
  if (!log) return { op: 'binary', fn: 'add', a: { op: 'binary', fn: 'mul', a, b: h }, b };
  return logAddExp({ op: 'binary', fn: 'add', a, b: h }, b);
}

/** log(exp(x) + exp(y)) = max(x, y) + log(1 + exp(-|x - y|)): finite for finite operands. */
function logAddExp(x: Expr, y: Expr): Expr {
  const bin = (fn: 'add' | 'sub' | 'max', p: Expr, q: Expr): Expr => ({ op: 'binary', fn, a: p, b: q });
  const un = (fn: 'exp' | 'log' | 'abs' | 'neg', p: Expr): Expr => ({ op: 'unary', fn, x: p });
  return bin('add', bin('max', x, y), un('log', bin('add', constant(1), un('exp', un('neg', un('abs', bin('sub', x, y)))))));
}

function lowerOne(k: LinearScanKernel, tv: string): Loop {
  const rank = k.shape.length;
  const at = (v: View): View => ({ buf: v.buf, offset: add(v.offset, mul(tv, v.strides[rank])), strides: v.strides.slice(0, rank) });
  const step: MapKernel = {
    kind: 'map',
    src: `${k.src}: h = ${k.log ? 'logaddexp(a + h, b)' : 'a * h + b'} at ${tv}`,
    shape: [...k.shape],
    lets: [linearStep({ op: 'load', view: at(k.a) }, { op: 'load', view: k.state }, { op: 'load', view: at(k.b) }, k.log)],
    outs: [
      { out: k.state, expr: { op: 'ref', id: 0 } },
      { out: at(k.steps), expr: { op: 'ref', id: 0 } },
    ],
  };
  return { kind: 'loop', src: `${k.src} over ${tv}`, var: tv, count: k.len, reverse: k.reverse, body: [step] };
}

// lower-linear-scan: a kernel-IR pass for targets that do not render linear_scan kernels
// (KernelOptions.linearScanKernel false): each becomes a time loop whose body is one map kernel,
// h = a_t * h + b_t stored to the state and to the step at t: the sequential form, T launches.

import { add, linearStep, loopVarName, mul, type LinearScanKernel, type Loop, type MapKernel, type Program, type Stmt, type View } from './kernel-ir.js';

export function lowerLinearScans(p: Program): Program {
  const go = (ss: readonly Stmt[], depth: number): Stmt[] =>
    ss.map((s) => (s.kind === 'loop' ? { ...s, body: go(s.body, depth + 1) } : s.kind === 'linear_scan' ? lowerOne(s, loopVarName(depth)) : s));
  return { ...p, body: go(p.body, 0) };
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

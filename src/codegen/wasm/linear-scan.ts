// linear_scan: a linear recurrence over time per channel. Threads split the channels (the outermost
// channel axis), SIMD runs 4 adjacent channels at once where they are contiguous; each walks the
// steps with h in a register. Channels are plenty (B x state size) and every channel is one
// independent pass, so this is work-optimal: chunking time would only add a second pass.

import { linearStep, type LinearScanKernel, type View } from '../kernel-ir.js';
import { renderExpr, toTy, type ExprCtx } from './expr.js';
import type { MathFn } from './math.js';
import { emitNest } from './nest.js';
import { bytes, countedLoop, get, iexpr, set, staticValue, type WatFn } from './wat.js';

export function renderLinearScan(fn: WatFn, k: LinearScanKernel, base: (buf: number) => string, math: Set<MathFn>): void {
  const rank = k.shape.length;
  const chan = (v: View): View => ({ buf: v.buf, offset: v.offset, strides: v.strides.slice(0, rank) });
  const [a, b, st] = [chan(k.a), chan(k.b), chan(k.steps)];
  const views = [a, b, st, k.state];
  const last = rank > 0 ? staticValue(k.shape[rank - 1]) : null;
  const simd = rank > 0 && (last === null || last >= 4) && views.every((v) => staticValue(v.strides[rank - 1]) === 1);
  const n = fn.local('n', 'i32');
  fn.emit(set(n, iexpr(k.len)));
  const tsb = [k.a, k.b, k.steps].map((v) => {
    const l = fn.local('ts', 'i32');
    fn.emit(set(l, bytes(v.strides[rank])));
    return l;
  });
  emitNest(
    fn,
    k.shape,
    views,
    base,
    simd,
    {
      body: (ptr, vec) => {
        const h = fn.local(vec ? 'hv' : 'h', vec ? 'v128' : 'f32');
        const ps = [a, b, st].map((_, j) => fn.local(`${vec ? 'v' : ''}p${'abs'[j]}`, 'i32'));
        const s = fn.local(vec ? 'sv' : 's', 'i32');
        // The step's expression over two pseudo-views read through the running pointers pa, pb.
        const av: View = { buf: k.a.buf, offset: 0, strides: [] };
        const bv: View = { buf: k.b.buf, offset: 0, strides: [] };
        const c: ExprCtx = {
          fn,
          dtype: () => 'f32',
          ptr: (v) => (v === av ? ps[0] : v === bv ? ps[1] : ptr(v)),
          simd: vec,
          innerStride: () => 1,
          refs: [{ name: h, ty: 'f32' }],
          math,
        };
        const next = toTy(renderExpr(linearStep({ op: 'load', view: av }, { op: 'ref', id: 0 }, { op: 'load', view: bv }, k.log), c), 'f32', vec);
        const start = (j: number, v: View) => (k.reverse ? `(i32.add ${get(ptr(v))} (i32.mul (i32.sub ${get(n)} (i32.const 1)) ${get(tsb[j])}))` : get(ptr(v)));
        const move = (j: number) => set(ps[j], `(${k.reverse ? 'i32.sub' : 'i32.add'} ${get(ps[j])} ${get(tsb[j])})`);
        return [
          set(h, `(${vec ? 'v128' : 'f32'}.load ${get(ptr(k.state))})`),
          ...[a, b, st].map((v, j) => set(ps[j], start(j, v))),
          set(s, '(i32.const 0)'),
          ...countedLoop(s, get(n), 1, [set(h, next), `(${vec ? 'v128' : 'f32'}.store ${get(ps[2])} ${get(h)})`, move(0), move(1), move(2)], `${fn.name}_${vec ? 'tv' : 't'}`),
          `(${vec ? 'v128' : 'f32'}.store ${get(ptr(k.state))} ${get(h)})`,
        ];
      },
    },
    true,
  );
}

// Pooling over time, mask-aware (the Theano LSTM tutorial's mean pooling):
//   mean: sum of valid steps / number of valid steps (a row with none gives zeros)
//   max:  maximum over valid steps (a row with none gives zeros)
//   last: the last valid step, as the final carry of a masked scan (one mechanism for every case)

import { fmtShape } from '../../ir/shapes.js';
import { captureLoc, RnncError } from '../diagnostics.js';
import { impl } from '../scope.js';
import type { F32, Mask } from '../tensor.js';
import type { OpsBuilder } from '../builder.js';
import { checkOptions, oneOf } from '../options.js';

export type PoolMode = 'mean' | 'max' | 'last';

export interface PoolOptions {
  mode: PoolMode;
  mask?: Mask;
}

/** Padding value for max pooling: far below any activation, and exact in f32. */
const NEG = -1e30;

export function pool(m: OpsBuilder, seq: F32, opts: PoolOptions): F32 {
  const loc = captureLoc();
  checkOptions('pool', opts ?? {}, ['mode', 'mask'], loc);
  const mode = oneOf('pool', 'mode', opts?.mode, ['mean', 'max', 'last'] as const, loc);
  const s = impl(seq, 'pool', loc);
  if (s.dtype !== 'f32' || s.shape.length !== 3 || s.shape[0] !== 'B' || s.shape[1] !== 'T') {
    throw new RnncError(`pool: input must be a sequence f32[B, T, F], got ${s.dtype}${fmtShape(s.shape)}`, loc);
  }
  const mask = opts.mask;
  if (mode === 'last') {
    const F = s.shape[2] as number;
    const r = m.scan<{ last: F32 }, { x: F32 }>({ carries: { last: m.zeros(['B', F]) }, sequences: { x: seq }, ...(mask ? { mask } : {}), body: (_c, { x }) => ({ carries: { last: x as F32 } }) });
    return r.finals.last;
  }
  if (!mask) return mode === 'mean' ? m.mean(seq, 1) : m.max(seq, 1);
  const m3 = m.expandDims(mask, 2) as F32; // [B, T, 1]
  const count = m.expandDims(m.sum(mask, 1), 1) as F32; // [B, 1]
  const any = m.minimum(count, 1); // 1 if the row has a valid step, else 0
  if (mode === 'mean') return m.div(m.sum(m.mul(seq, m3), 1), m.maximum(count, 1));
  // (m - 1) * 1e30 is 0 on valid steps and -1e30 on padding.
  return m.mul(m.max(m.add(seq, m.mul(m.sub(m3, 1), -NEG)), 1), any);
}

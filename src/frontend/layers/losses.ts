// Losses, mask-aware, written with primitive ops (so autodiff needs no rule of their own). Each
// returns a scalar: the mean over valid positions (a mask weights them; an all-padding batch gives 0).

import { fmtShape } from '../../ir/shapes.js';
import { captureLoc, RnncError } from '../diagnostics.js';
import { impl } from '../scope.js';
import type { F32, Mask, Tensor } from '../tensor.js';
import type { OpsBuilder } from '../builder.js';
import { checkOptions } from '../options.js';

export interface LossOptions {
  /** f32 with the shape of the positions ([B] or [B, T]): 0 excludes a position from the mean. */
  mask?: Mask | Tensor<'f32', readonly ['B']>;
}

/** Sum over every axis: a scalar. */
export function sumAll(m: OpsBuilder, x: F32): F32<readonly []> {
  let y = x;
  while (y.shape.length > 0) y = m.sum(y, 0);
  return y as F32<readonly []>;
}

/** Mean of per-position losses `l` (shape = positions), weighted by the mask. */
function maskedMean(m: OpsBuilder, l: F32, mask: F32 | undefined, what: string): F32<readonly []> {
  if (!mask) {
    let y = l;
    while (y.shape.length > 0) y = m.mean(y, 0);
    return y as F32<readonly []>;
  }
  const loc = captureLoc();
  const mt = impl(mask, what, loc);
  if (fmtShape(mt.shape) !== fmtShape(l.shape)) throw new RnncError(`${what}: mask must have the shape of the positions ${fmtShape(l.shape)}, got ${fmtShape(mt.shape)}`, loc);
  return m.div(sumAll(m, m.mul(l, mask)), m.maximum(sumAll(m, mask), 1));
}

/** Softmax cross-entropy with integer labels: logits [..., C], labels i32 [...]. */
export function softmaxCrossEntropy(m: OpsBuilder, logits: F32, labels: Tensor, opts: LossOptions = {}): F32<readonly []> {
  const loc = captureLoc();
  checkOptions('softmaxCrossEntropy', opts, ['mask'], loc);
  const lt = impl(logits, 'softmaxCrossEntropy', loc);
  const yt = impl(labels, 'softmaxCrossEntropy', loc);
  const C = lt.shape[lt.shape.length - 1];
  if (lt.dtype !== 'f32' || typeof C !== 'number') throw new RnncError(`softmaxCrossEntropy: logits must be f32 [..., classes], got ${lt.dtype}${fmtShape(lt.shape)}`, loc);
  if (yt.dtype !== 'i32' || fmtShape(yt.shape) !== fmtShape(lt.shape.slice(0, -1))) {
    throw new RnncError(`softmaxCrossEntropy: labels must be i32${fmtShape(lt.shape.slice(0, -1))} to match logits ${fmtShape(lt.shape)}, got ${yt.dtype}${fmtShape(yt.shape)}`, loc);
  }
  const axis = lt.shape.length - 1;
  const mx = m.expandDims(m.max(logits, axis), axis) as F32;
  const shifted = m.sub(logits, mx);
  const logZ = m.log(m.sum(m.exp(shifted), axis));
  const picked = m.sum(m.mul(shifted, m.oneHot(labels as Tensor<'i32'>, C) as F32), axis);
  return maskedMean(m, m.sub(logZ, picked), opts.mask as F32 | undefined, 'softmaxCrossEntropy');
}

/** Sigmoid binary cross-entropy on logits (stable form: max(x, 0) - x y + log(1 + exp(-|x|))). */
export function sigmoidCrossEntropy(m: OpsBuilder, logits: F32, targets: F32, opts: LossOptions = {}): F32<readonly []> {
  const loc = captureLoc();
  checkOptions('sigmoidCrossEntropy', opts, ['mask'], loc);
  const lt = impl(logits, 'sigmoidCrossEntropy', loc);
  const tt = impl(targets, 'sigmoidCrossEntropy', loc);
  if (fmtShape(lt.shape) !== fmtShape(tt.shape)) throw new RnncError(`sigmoidCrossEntropy: targets ${fmtShape(tt.shape)} must have the shape of the logits ${fmtShape(lt.shape)}`, loc);
  const l = m.add(m.sub(m.relu(logits), m.mul(logits, targets)), m.log(m.add(m.exp(m.neg(m.abs(logits))), 1)));
  return positionMean(m, l, opts.mask as F32 | undefined, 'sigmoidCrossEntropy');
}

/** Mean squared error. */
export function meanSquaredError(m: OpsBuilder, pred: F32, target: F32, opts: LossOptions = {}): F32<readonly []> {
  const loc = captureLoc();
  checkOptions('meanSquaredError', opts, ['mask'], loc);
  const pt = impl(pred, 'meanSquaredError', loc);
  const tt = impl(target, 'meanSquaredError', loc);
  if (fmtShape(pt.shape) !== fmtShape(tt.shape)) throw new RnncError(`meanSquaredError: target ${fmtShape(tt.shape)} must have the shape of the prediction ${fmtShape(pt.shape)}`, loc);
  return positionMean(m, m.square(m.sub(pred, target)), opts.mask as F32 | undefined, 'meanSquaredError');
}

/** Elementwise losses [positions..., features...]: mean over features, then the masked mean over positions. */
function positionMean(m: OpsBuilder, l: F32, mask: F32 | undefined, what: string): F32<readonly []> {
  if (!mask) return maskedMean(m, l, undefined, what);
  let per = l;
  while (per.shape.length > mask.shape.length) per = m.mean(per, per.shape.length - 1);
  return maskedMean(m, per, mask, what);
}

// The model builder `m` a model's build function receives: the primitive ops of OpsBuilder
// plus the layers, which are plain functions over those ops (./layers).

import { OpsBuilder } from './builder.js';
import { captureLoc, RnncError } from './diagnostics.js';
import { impl } from './scope.js';
import type { F32, Mask, Seq, Tensor } from './tensor.js';
import { gruCell, lstmCell, simpleRnnCell } from './layers/cells.js';
import { dense, type DenseOptions } from './layers/dense.js';
import { embedding, type EmbeddingOptions } from './layers/embedding.js';
import { pool, type PoolOptions } from './layers/pool.js';
import { recurrent, type GruOptions, type HState, type LstmOptions, type LstmState, type Merge, type RecurrentOptions, type RecurrentResult } from './layers/recurrent.js';
import { oneOf } from './options.js';
import { meanSquaredError, sigmoidCrossEntropy, softmaxCrossEntropy, sumAll, type LossOptions } from './layers/losses.js';
import { fmtShape } from '../ir/shapes.js';

export class ModelBuilder extends OpsBuilder {
  /** Token ids [B, T] -> vectors [B, T, dim]. */
  embedding<const D extends number>(ids: Tensor<'i32', readonly ['B', 'T']>, opts: EmbeddingOptions<D>): Tensor<'f32', readonly ['B', 'T', D]> {
    return embedding(this, ids, opts) as unknown as Tensor<'f32', readonly ['B', 'T', D]>;
  }

  /** act(x W + b) over the last axis; on [B, T, F] it applies per time step. */
  dense<const L extends readonly ('B' | 'T' | number)[], const U extends number>(x: Tensor<'f32', readonly [...L, number]>, opts: DenseOptions<U>): Tensor<'f32', readonly [...L, U]> {
    return dense(this, x as F32, opts) as unknown as Tensor<'f32', readonly [...L, U]>;
  }

  /** LSTM (gates i, f, c, o; unit forget bias by default). */
  lstm<const O extends LstmOptions>(x: Seq, opts: O): RecurrentResult<O, LstmState> {
    return recurrent(this, lstmCell, x, opts) as unknown as RecurrentResult<O, LstmState>;
  }

  /** GRU, reset-after (PyTorch, default) or reset-before (`resetAfter: false`, Cho / Keras 0.x / tfjs). */
  gru<const O extends GruOptions>(x: Seq, opts: O): RecurrentResult<O, HState> {
    return recurrent(this, gruCell, x, opts) as unknown as RecurrentResult<O, HState>;
  }

  /** Elman RNN: h' = act(x W + h U + b). */
  simpleRNN<const O extends RecurrentOptions>(x: Seq, opts: O): RecurrentResult<O, HState> {
    return recurrent(this, simpleRnnCell, x, opts) as unknown as RecurrentResult<O, HState>;
  }

  /** Pool a sequence over time: 'mean', 'max' or 'last' valid step, honouring a mask. */
  pool<F extends number>(seq: Tensor<'f32', readonly ['B', 'T', F]>, opts: PoolOptions): Tensor<'f32', readonly ['B', F]> {
    return pool(this, seq as F32, opts) as unknown as Tensor<'f32', readonly ['B', F]>;
  }

  /** Softmax cross-entropy with integer labels (logits [..., C], labels i32 [...]), mean over valid positions. */
  softmaxCrossEntropy(logits: F32, labels: Tensor<'i32'>, opts: LossOptions = {}): F32<readonly []> {
    return softmaxCrossEntropy(this, logits, labels, opts);
  }

  /** Sigmoid binary cross-entropy on logits, mean over valid positions. */
  sigmoidCrossEntropy(logits: F32, targets: F32, opts: LossOptions = {}): F32<readonly []> {
    return sigmoidCrossEntropy(this, logits, targets, opts);
  }

  /** Mean squared error, mean over valid positions (and features). */
  meanSquaredError(pred: F32, target: F32, opts: LossOptions = {}): F32<readonly []> {
    return meanSquaredError(this, pred, target, opts);
  }

  /** Sum over every axis. */
  sumAll(x: F32): F32<readonly []> {
    return sumAll(this, x);
  }

  /**
   * Run any sequence layer both ways and merge: `layer(x, { reverse, suffix })` must return a
   * time-aligned sequence [B, T, H] (a reverse scan's steps are aligned with input time).
   * This is how custom `scan` cells become bidirectional.
   */
  bidirectional(x: Seq, opts: { merge?: Merge; mask?: Mask }, layer: (x: Seq, dir: { reverse: boolean; suffix: 'fw' | 'bw'; mask?: Mask }) => Tensor): F32 {
    const loc = captureLoc();
    const merge = oneOf('bidirectional', 'merge', opts.merge ?? 'concat', ['concat', 'sum'] as const, loc);
    const run = (reverse: boolean, suffix: 'fw' | 'bw') => {
      const y = impl(layer(x, { reverse, suffix, ...(opts.mask ? { mask: opts.mask } : {}) }), 'bidirectional', loc);
      if (y.shape.length !== 3 || y.shape[0] !== 'B' || y.shape[1] !== 'T') throw new RnncError(`bidirectional: the layer must return a sequence [B, T, H], got ${y.dtype}${fmtShape(y.shape)}`, loc);
      return y as unknown as F32;
    };
    const fw = run(false, 'fw');
    const bw = run(true, 'bw');
    return merge === 'sum' ? this.add(fw, bw) : (this.concat([fw, bw], -1) as F32);
  }
}

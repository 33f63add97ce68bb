// Dense: y = act(x W + b) over the last axis; works per time step on [B, T, F] as Keras'
// TimeDistributed(Dense) does, since matmul keeps the leading axes.

import { fmtShape } from '../../ir/shapes.js';
import { captureLoc, RnncError } from '../diagnostics.js';
import { impl } from '../scope.js';
import type { F32 } from '../tensor.js';
import type { Activation, Initializer, OpsBuilder } from '../builder.js';
import { checkOptions, checkParamElements, size } from '../options.js';

export interface DenseOptions<U extends number = number> {
  units: U;
  name?: string;
  activation?: Activation;
  useBias?: boolean;
  kernelInit?: Initializer;
  biasInit?: Initializer;
}

export function dense(m: OpsBuilder, x: F32, opts: DenseOptions): F32 {
  const loc = captureLoc();
  checkOptions('dense', opts ?? {}, ['units', 'name', 'activation', 'useBias', 'kernelInit', 'biasInit'], loc);
  const units = size('dense', 'units', opts?.units, loc);
  const xt = impl(x, 'dense', loc);
  const I = xt.shape[xt.shape.length - 1];
  if (xt.dtype !== 'f32' || typeof I !== 'number') throw new RnncError(`dense: input must be f32 with a static last axis, got ${xt.dtype}${fmtShape(xt.shape)}`, loc);
  const name = opts.name ?? m.autoName('dense');
  checkParamElements('dense', `units ${units}`, `parameter '${name}.W'`, [I, units], loc);
  const W = m.param(`${name}.W`, [I, units], opts.kernelInit ?? 'glorot_uniform');
  const useBias = opts.useBias ?? true;
  m.group({ kind: 'dense', path: name, input: I, units, bias: useBias });
  let y = m.matmul(x as never, W) as F32;
  if (useBias) y = m.add(y, m.param(`${name}.b`, [units], opts.biasInit ?? 'zeros'));
  return m.activation(opts.activation ?? 'linear', y);
}

// The recurrent layer driver shared by lstm, gru and simpleRNN: stacking, bidirectional
// merging, masks, goBackwards, initial and stateful states, returnSequences / returnState.
// Every direction of every layer is one `scan` over the cell's step function.

import type { MaskOutput, SourceLoc } from '../../ir/types.js';
import { fmtShape } from '../../ir/shapes.js';
import { captureLoc, RnncError } from '../diagnostics.js';
import { impl } from '../scope.js';
import type { F32, Mask, Tensor } from '../tensor.js';
import type { Activation, Initializer, OpsBuilder } from '../builder.js';
import { checkOptions, checkParamElements, oneOf, positiveInt, size } from '../options.js';
import type { Cell, CellConfig, CellKind } from './cells.js';

export type Merge = 'concat' | 'sum';

export interface RecurrentOptions<U extends number = number> {
  units: U;
  /** Layer name: parameter prefix and the PyTorch module / Keras layer name for weight layouts. Default: 'lstm', 'lstm_1', ... */
  name?: string;
  /** Output the whole sequence [B, T, U] (true) or the last step [B, U] (false, default, as Keras). */
  returnSequences?: boolean;
  /** Also return the final states of every layer and direction. */
  returnState?: boolean;
  /** Stacked layers (PyTorch's num_layers). */
  numLayers?: number;
  /** Run a second direction backwards and merge the two ('concat' as PyTorch, or 'sum'). */
  bidirectional?: Merge | false;
  /** Process the sequence from the end (Keras): the returned sequence is in processing order, i.e. reversed. */
  goBackwards?: boolean;
  /** f32 [B, T]: padding steps keep the state. */
  mask?: Mask;
  /** What padding steps output: zeros (default, PyTorch packed sequences) or the previous output (Keras). */
  maskOutput?: MaskOutput;
  /** Initial states, one record per layer and direction in order l0 fw, l0 bw, l1 fw, ... (default zeros). */
  initialState?: readonly Record<string, F32>[];
  /** Keep the final states inside the model and start the next forward call from them. */
  stateful?: boolean;
  /** Truncated BPTT (Theano's truncate_gradient): the backward pass covers only the last k steps of the processing order. */
  truncate?: number;
  /** Dropout on the layer's inputs, one mask per sequence (Keras' dropout; training only). */
  dropout?: number;
  /** Dropout on h where it enters the recurrent matmuls, one mask per sequence (Keras' recurrent_dropout; Gal & Ghahramani). */
  recurrentDropout?: number;
  activation?: Activation;
  recurrentActivation?: Activation;
  kernelInit?: Initializer;
  recurrentInit?: Initializer;
  biasInit?: Initializer;
}

export interface LstmOptions<U extends number = number> extends RecurrentOptions<U> {
  /** Initialize the forget-gate bias to one (Jozefowicz et al.; Keras' unit_forget_bias). Default true. */
  unitForgetBias?: boolean;
  /** Peephole connections from the cell to the gates (Gers & Schmidhuber). */
  peepholes?: boolean;
}

export interface GruOptions<U extends number = number> extends RecurrentOptions<U> {
  /** Apply the reset gate after the recurrent matmul (PyTorch, cuDNN, Keras >= 2.3: true, the default) or before it (Cho et al., Keras 0.x, tfjs: false). */
  resetAfter?: boolean;
  /** Initial bias of the update and reset gates (TensorFlow's GRUCell uses 1.0). Default 0. */
  gateBias?: number;
}

type Units<O> = O extends { bidirectional: 'concat' } ? number : O extends { units: infer U extends number } ? U : number;
export type LstmState = { h: F32<readonly ['B', number]>; c: F32<readonly ['B', number]> };
export type HState = { h: F32<readonly ['B', number]> };

/** `output` is the sequence or the last step by `returnSequences`; `states` exists only with `returnState: true`. */
export type RecurrentResult<O, St> = {
  output: O extends { returnSequences: true } ? Tensor<'f32', readonly ['B', 'T', Units<O>]> : Tensor<'f32', readonly ['B', Units<O>]>;
} & (O extends { returnState: true } ? { states: St[] } : unknown);

const COMMON = ['units', 'name', 'returnSequences', 'returnState', 'numLayers', 'bidirectional', 'goBackwards', 'mask', 'maskOutput', 'initialState', 'stateful', 'truncate', 'dropout', 'recurrentDropout', 'activation', 'recurrentActivation', 'kernelInit', 'recurrentInit', 'biasInit'] as const;
const EXTRA: Record<CellKind, readonly string[]> = { lstm: ['unitForgetBias', 'peepholes'], gru: ['resetAfter', 'gateBias'], simple_rnn: [] };
const ACTIVATIONS: readonly Activation[] = ['tanh', 'sigmoid', 'hard_sigmoid', 'relu', 'linear'];

export function recurrent(m: OpsBuilder, cell: Cell, x: Tensor, opts: RecurrentOptions & Partial<LstmOptions & GruOptions>): { output: F32; states: Record<string, F32>[] } {
  const loc = captureLoc();
  const what = cell.kind === 'simple_rnn' ? 'simpleRNN' : cell.kind;
  if (typeof opts !== 'object' || opts === null) throw new RnncError(`${what}: expected an options object with at least { units }`, loc);
  checkOptions(what, opts, [...COMMON, ...EXTRA[cell.kind]], loc);
  const units = size(what, 'units', opts.units, loc);
  const numLayers = opts.numLayers === undefined ? 1 : positiveInt(what, 'numLayers', opts.numLayers, loc);
  if (numLayers > 1024) throw new RnncError(`${what}: numLayers ${numLayers} is too large (at most 1024)`, loc);
  const merge = opts.bidirectional ? oneOf(what, 'bidirectional', opts.bidirectional, ['concat', 'sum'] as const, loc) : undefined;
  if (merge && opts.goBackwards) throw new RnncError(`${what}: goBackwards and bidirectional cannot be combined (a bidirectional layer already runs both ways)`, loc);
  if (opts.stateful && opts.initialState) throw new RnncError(`${what}: a stateful layer takes its initial state from the model; drop initialState`, loc);
  const xt = impl(x, what, loc);
  const I = xt.shape[2];
  if (xt.dtype !== 'f32' || xt.shape.length !== 3 || xt.shape[0] !== 'B' || xt.shape[1] !== 'T' || typeof I !== 'number') {
    throw new RnncError(`${what}: input must be a float sequence f32[B, T, features], got ${xt.dtype}${fmtShape(xt.shape)}`, loc);
  }
  const name = opts.name ?? m.autoName(cell.kind);
  // Each gate has a recurrent kernel [units, units] and an input kernel [input, units].
  checkParamElements(what, `units ${units}`, `the recurrent kernels of '${name}'`, [units, units], loc);
  checkParamElements(what, `units ${units}`, `the input kernels of '${name}'`, [Math.max(I, merge === 'concat' ? 2 * units : units), units], loc);
  const config = (input: number): CellConfig => ({
    input,
    units,
    activation: oneOf(what, 'activation', opts.activation ?? 'tanh', ACTIVATIONS, loc),
    recurrentActivation: oneOf(what, 'recurrentActivation', opts.recurrentActivation ?? (cell.kind === 'simple_rnn' ? 'tanh' : 'sigmoid'), ACTIVATIONS, loc),
    kernelInit: opts.kernelInit ?? 'glorot_uniform',
    recurrentInit: opts.recurrentInit ?? 'orthogonal',
    biasInit: opts.biasInit ?? 'zeros',
    unitForgetBias: opts.unitForgetBias ?? true,
    peepholes: opts.peepholes ?? false,
    resetAfter: opts.resetAfter ?? true,
    gateBias: opts.gateBias ?? 0,
  });
  const dirs = merge ? (['fw', 'bw'] as const) : ([undefined] as const);
  const expectedStates = numLayers * dirs.length;
  if (opts.initialState && (!Array.isArray(opts.initialState) || opts.initialState.length !== expectedStates)) {
    throw new RnncError(`${what}: initialState needs ${expectedStates} record(s) (one per layer and direction), got ${Array.isArray(opts.initialState) ? opts.initialState.length : typeof opts.initialState}`, loc);
  }

  let input: F32 = x as F32;
  let inputSize = I;
  const states: Record<string, F32>[] = [];
  let lastFinals: F32[] = [];
  for (let l = 0; l < numLayers; l++) {
    const top = l === numLayers - 1;
    const seqs: F32[] = [];
    lastFinals = [];
    for (const dir of dirs) {
      const path = [name, numLayers > 1 ? `l${l}` : undefined, dir].filter(Boolean).join('.');
      const reverse = dir === 'bw' || (!merge && opts.goBackwards === true);
      const step = cell.make(m, path, config(inputSize));
      m.group({ kind: cell.kind, path, layer: name, index: l, reverse: dir === 'bw', bidirectional: merge !== undefined, input: inputSize, units, ...(cell.kind === 'gru' ? { resetAfter: opts.resetAfter ?? true } : {}), ...(cell.kind === 'lstm' ? { peepholes: opts.peepholes ?? false } : {}) });
      const init = initialState(m, cell, path, units, opts, states.length, loc);
      const wantSteps = !top || opts.returnSequences === true;
      // Masks are made outside the scan, so each sequence keeps one mask for all its steps.
      const xmask = opts.dropout ? m.dropoutMask(['B', inputSize], opts.dropout, `${path}.dropout`) : undefined;
      const rmask = opts.recurrentDropout ? m.dropoutMask(['B', units], opts.recurrentDropout, `${path}.recurrent_dropout`) : undefined;
      const r = m.scan({
        carries: init,
        sequences: { x: input },
        ...(opts.mask ? { mask: opts.mask } : {}),
        ...(opts.maskOutput ? { maskOutput: opts.maskOutput } : {}),
        reverse,
        ...(opts.truncate !== undefined ? { truncate: opts.truncate } : {}),
        body: (s, { x: xs }) => {
          const next = step(xmask ? m.mul(xs as F32, xmask) : (xs as F32), s, rmask);
          const steps: Record<string, F32> = wantSteps ? { h: next.h } : {};
          return { carries: next, steps };
        },
      });
      if (opts.stateful) for (const s of cell.stateNames) m.updateState(`${path}.${s}`, r.finals[s]);
      states.push(r.finals);
      lastFinals.push(r.finals.h);
      if (wantSteps) seqs.push((r.steps as Record<string, F32>).h);
    }
    if (!top || opts.returnSequences === true) {
      input = mergeAll(m, seqs, merge);
      inputSize = merge === 'concat' ? 2 * units : units;
    }
  }
  let output: F32;
  if (opts.returnSequences === true) output = !merge && opts.goBackwards ? m.flip(input, 1) : input;
  else output = mergeAll(m, lastFinals, merge);
  return { output, states };
}

function mergeAll(m: OpsBuilder, xs: F32[], merge: Merge | undefined): F32 {
  if (xs.length === 1) return xs[0];
  return merge === 'sum' ? m.add(xs[0], xs[1]) : (m.concat(xs, -1) as F32);
}

function initialState(m: OpsBuilder, cell: Cell, path: string, units: number, opts: RecurrentOptions, index: number, loc: SourceLoc | undefined): Record<string, F32> {
  const out: Record<string, F32> = {};
  const given = opts.initialState?.[index];
  for (const s of cell.stateNames) {
    if (opts.stateful) {
      out[s] = m.state(`${path}.${s}`, ['B', units]);
    } else if (given) {
      const t = given[s];
      if (t === undefined) throw new RnncError(`initialState[${index}] has no '${s}' (a ${cell.kind} state is { ${cell.stateNames.join(', ')} })`, loc);
      const ti = impl(t, `initialState[${index}].${s}`, loc);
      if (ti.dtype !== 'f32' || fmtShape(ti.shape) !== fmtShape(['B', units])) {
        throw new RnncError(`initialState[${index}].${s} must be f32[B, ${units}], got ${ti.dtype}${fmtShape(ti.shape)}`, loc);
      }
      out[s] = t;
    } else {
      out[s] = m.zeros(['B', units]);
    }
  }
  return out;
}

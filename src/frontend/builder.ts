// The primitive half of the model builder `m` (see model-builder.ts for the layers). Every method records IR nodes
// (tracing); layers (./layers) are written with these same methods, so custom cells get
// exactly the IR the built-in ones get.

import type { BinaryFn, Dim, DType, InitSpec, TrainingSpec, InputInfo, InputRole, MaskOutput, OutputInfo, ParamInfo, ReduceFn, Shape, SourceLoc, StateInfo, UnaryFn, WeightGroup } from '../ir/types.js';
import { broadcastInto, fmtShape, stepType } from '../ir/shapes.js';
import { captureLoc, RnncError } from './diagnostics.js';
import { describe, impl, Scope, type TensorImpl } from './scope.js';
import { isTensor, type F32, type Init, type InsertAxis, type Mask, type Permute, type RemoveAxis, type ResizeAxis, type StackOf, type StepOf, type Tensor } from './tensor.js';
import { checkOptions, MAX_PARAM_ELEMENTS, MAX_SIZE } from './options.js';
import { validateOptimizerSpec } from '../runtime/optimizers.js';
import { validateLrSchedule } from '../runtime/schedules.js';

export type Activation = 'tanh' | 'sigmoid' | 'hard_sigmoid' | 'relu' | 'linear' | 'softmax' | 'exp';
export type InitName = 'zeros' | 'ones' | 'glorot_uniform' | 'orthogonal';
export type Initializer = InitName | InitSpec;

type TensorRecord = Record<string, Tensor>;

export interface ScanSpec<C extends TensorRecord, S extends TensorRecord, O extends TensorRecord> {
  /** State carried from step to step, by name; each enters with its initial value. */
  carries: C;
  /** [B, T, ...] tensors sliced per step along time; the body sees [B, ...]. */
  sequences?: S;
  /** f32 [B, T]: a step with mask 0 keeps the row's carries (see maskOutput). */
  mask?: Mask;
  /** What a masked step writes to its step outputs: zeros (default, PyTorch) or the previous output (Keras). */
  maskOutput?: MaskOutput;
  /** Run from the last step to the first; step outputs stay aligned with input time. */
  reverse?: boolean;
  /** Truncated BPTT (Theano's truncate_gradient): the backward pass covers only the last k steps. Forward results are unaffected. */
  truncate?: number;
  body: (carries: C, sequences: { [K in keyof S]: StepOf<S[K]> }) => { carries: C; steps?: O };
}

export interface ScanResult<C extends TensorRecord, O extends TensorRecord> {
  /** Carries after the last step (for a masked row: after its last valid step). */
  finals: C;
  /** Step outputs stacked over time, [B, T, ...]. */
  steps: { [K in keyof O]: StackOf<O[K]> };
}

export interface LinearScanSpec<S extends Shape> {
  /** Coefficients a_t, [B, T, ...] like b, or a shape that broadcasts into b's (e.g. [D] for one per channel, constant in time). */
  a: F32;
  /** Inputs b_t, [B, T, ...]: the shape of the steps. */
  b: F32<S>;
  /** The state before the first step, [B, ...]; default zeros (with `log`, log 0: -1e30). */
  h0?: F32;
  /** Run from the last step to the first; steps stay aligned with input time. */
  reverse?: boolean;
  /** f32 [B, T]: a step with mask 0 keeps the row's state (a = 1, b = 0: still linear). */
  mask?: Mask;
  /** What a masked step writes to its steps: zeros (default) or the state it keeps ('previous'). */
  maskOutput?: MaskOutput;
  /**
   * Every value is a logarithm: a = log coefficient, b = log input, h0 and the results log h
   * (h_t = logaddexp(a_t + h_{t-1}, b_t), minGRU's log-space mode): positive coefficients and
   * inputs over long sequences neither underflow nor overflow.
   */
  log?: boolean;
}

export interface LinearScanResult<S extends Shape> {
  /** h_t for every step, [B, T, ...]. */
  steps: F32<S>;
  /** The state after the last step, [B, ...]. */
  final: StepOf<F32<S>>;
}

const LINEAR_SCAN_KEYS = ['a', 'b', 'h0', 'reverse', 'mask', 'maskOutput', 'log'] as const;
/** log 0 for log-space scans: exp(-1e30) is 0 in float32 and float64, and it stays finite on every target. */
const LOG_ZERO = -1e30;

const SCAN_KEYS = ['carries', 'sequences', 'mask', 'maskOutput', 'reverse', 'truncate', 'body'] as const;

export class OpsBuilder {
  /** @internal */ readonly root = new Scope(undefined);
  /** @internal */ current: Scope = this.root;
  /** @internal */ readonly inputs: InputInfo[] = [];
  /** @internal */ readonly params: ParamInfo[] = [];
  /** @internal */ readonly outputs: OutputInfo[] = [];
  /** @internal */ readonly states: StateInfo[] = [];
  /** @internal */ readonly groups: WeightGroup[] = [];
  private readonly names = new Map<string, number>();
  private readonly dropoutNames = new Set<string>();
  private readonly stateValues = new Map<string, TensorImpl>();

  // ---------------------------------------------------------------- inputs, params, outputs

  /** A named model input. Shapes use 'B' (batch) and 'T' (time) for sizes bound at run time. */
  input<D extends DType, const S extends readonly Dim[]>(name: string, dtype: D, shape: S, opts: { doc?: string } = {}): Tensor<D, S> {
    return this.addInput(name, dtype, shape, 'data', opts.doc, captureLoc()) as unknown as Tensor<D, S>;
  }

  /** A float sequence input [B, T, features]. */
  sequence<const F extends number>(name: string, features: F, opts: { doc?: string } = {}): Tensor<'f32', readonly ['B', 'T', F]> {
    return this.addInput(name, 'f32', ['B', 'T', features], 'data', opts.doc, captureLoc()) as unknown as Tensor<'f32', readonly ['B', 'T', F]>;
  }

  /** An integer token sequence input [B, T]. */
  tokens(name: string, opts: { doc?: string } = {}): Tensor<'i32', readonly ['B', 'T']> {
    return this.addInput(name, 'i32', ['B', 'T'], 'data', opts.doc, captureLoc()) as unknown as Tensor<'i32', readonly ['B', 'T']>;
  }

  /** A mask input f32 [B, T]: 1 for a valid step, 0 for padding. */
  mask(name: string, opts: { doc?: string } = {}): Mask {
    return this.addInput(name, 'f32', ['B', 'T'], 'mask', opts.doc ?? '1 for a valid step, 0 for padding', captureLoc()) as unknown as Mask;
  }

  /** A lengths input i32 [B] (valid steps per row, PyTorch's packed-sequence lengths), returned as a mask over `like`'s time axis. */
  lengths(name: string, like: Tensor<DType, readonly ['B', 'T', ...Dim[]]>, opts: { doc?: string } = {}): Mask {
    const loc = captureLoc();
    const len = this.addInput(name, 'i32', ['B'], 'lengths', opts.doc ?? 'valid steps per batch row', loc);
    return this.root.add({ op: 'seq_mask' }, [len, impl(like, 'lengths', loc)], 'lengths', loc)[0] as unknown as Mask;
  }

  private addInput(name: string, dtype: DType, shape: Shape, role: InputRole, doc: string | undefined, loc: SourceLoc | undefined): TensorImpl {
    this.checkName(name, 'input', loc);
    if (this.inputs.some((i) => i.name === name)) throw new RnncError(`input '${name}' is declared twice`, loc);
    if (this.current !== this.root) throw new RnncError(`input '${name}' must be declared at the top level of the model, not inside a scan body`, loc);
    for (const d of shape) {
      if (!(d === 'B' || d === 'T' || (Number.isInteger(d) && (d as number) > 0))) {
        throw new RnncError(`input '${name}': shape ${fmtShape(shape)} has an invalid size ${String(d)} (use positive integers, 'B' or 'T')`, loc);
      }
      if (typeof d === 'number' && d > MAX_SIZE) throw new RnncError(`input '${name}': size ${d} in shape ${fmtShape(shape)} is too large (a size may be at most ${MAX_SIZE} = 2^24)`, loc);
    }
    const value = this.root.gb.leaf({ op: 'input', name }, { dtype, shape }, loc);
    this.inputs.push({ name, value, type: { dtype, shape }, role, ...(doc ? { doc } : {}) });
    return this.root.wrap(value);
  }

  /** A trainable parameter. Parameters live at the top level; a scan body that uses one captures it. */
  param<const S extends readonly number[]>(name: string, shape: S, init: Initializer = 'glorot_uniform'): Tensor<'f32', S> {
    const loc = captureLoc();
    this.checkName(name, 'parameter', loc);
    if (this.params.some((p) => p.name === name)) throw new RnncError(`parameter '${name}' is declared twice (give each layer its own name)`, loc);
    for (const d of shape) {
      if (!Number.isInteger(d) || d <= 0) throw new RnncError(`parameter '${name}': shape ${fmtShape(shape)} must have positive integer sizes`, loc);
    }
    const elements = shape.reduce((a, b) => a * b, 1);
    if (elements > MAX_PARAM_ELEMENTS) {
      throw new RnncError(`parameter '${name}': shape ${fmtShape(shape)} holds ${elements} elements, more than one parameter may hold (${MAX_PARAM_ELEMENTS} = 2^30 f32 values, 4 GiB: a whole wasm32 memory)`, loc);
    }
    const total = this.params.reduce((a, p) => a + p.shape.reduce((x, y) => x * y, 1), elements);
    if (total > MAX_PARAM_ELEMENTS) {
      throw new RnncError(`parameter '${name}': with it the model's parameters hold ${total} elements, more than fit in one wasm32 memory (${MAX_PARAM_ELEMENTS} = 2^30 f32 values, 4 GiB)`, loc);
    }
    const spec = toInitSpec(init, loc);
    if (spec.kind === 'orthogonal' && shape.length !== 2) throw new RnncError(`parameter '${name}': orthogonal init needs a matrix, got shape ${fmtShape(shape)}`, loc);
    const value = this.root.gb.leaf({ op: 'param', name }, { dtype: 'f32', shape }, loc);
    this.params.push({ name, value, shape: [...shape], init: spec, ...(loc ? { loc } : {}) });
    return this.root.wrap(value) as unknown as Tensor<'f32', S>;
  }

  /** A named model output. */
  output(name: string, t: Tensor, opts: { doc?: string } = {}): void {
    const loc = captureLoc();
    this.checkName(name, 'output', loc);
    if (this.outputs.some((o) => o.name === name)) throw new RnncError(`output '${name}' is declared twice`, loc);
    const ti = impl(t, `output '${name}'`, loc);
    if (this.current !== this.root || ti.scope !== this.root) throw new RnncError(`output '${name}' must be a top-level tensor, not one made inside a scan body`, loc);
    this.outputs.push({ name, value: ti.id, type: ti.type, ...(opts.doc ? { doc: opts.doc } : {}) });
  }

  /**
   * Model state kept between forward calls (stateful RNNs): reads as zeros after a reset,
   * and takes the value given to `updateState` after each call.
   */
  state<const S extends readonly Dim[]>(name: string, shape: S): Tensor<'f32', S> {
    const loc = captureLoc();
    this.checkName(name, 'state', loc);
    if (this.stateValues.has(name)) throw new RnncError(`state '${name}' is declared twice`, loc);
    const value = this.root.gb.leaf({ op: 'state', name }, { dtype: 'f32', shape }, loc);
    const t = this.root.wrap(value);
    this.stateValues.set(name, t);
    return t as unknown as Tensor<'f32', S>;
  }

  updateState(name: string, value: Tensor): void {
    const loc = captureLoc();
    const st = this.stateValues.get(name);
    if (!st) throw new RnncError(`updateState: no state named '${name}'`, loc);
    if (this.states.some((s) => s.name === name)) throw new RnncError(`state '${name}' is updated twice`, loc);
    const v = impl(value, 'updateState', loc);
    if (v.scope !== this.root) throw new RnncError(`updateState: '${name}' must be updated with a top-level tensor`, loc);
    if (v.dtype !== st.dtype || fmtShape(v.shape) !== fmtShape(st.shape)) {
      throw new RnncError(`updateState: state '${name}' is f32${fmtShape(st.shape)} but the update is ${v.dtype}${fmtShape(v.shape)}`, loc);
    }
    this.states.push({ name, value: st.id, update: v.id, type: st.type });
  }

  /** @internal */ training?: TrainingSpec;

  /**
   * Declare how the model trains: the scalar loss (also an output named by `name`, default 'loss'),
   * the optimizer, an optional learning-rate schedule and gradient clipping. The generated module
   * then has trainStep / evaluate / checkpoints.
   */
  train(spec: { loss: F32<readonly []>; optimizer: TrainingSpec['optimizer']; schedule?: TrainingSpec['schedule']; clipNorm?: number; clipValue?: number; name?: string }): void {
    const loc = captureLoc();
    if (this.training) throw new RnncError('train: the model already declares its training', loc);
    checkOptions('train', spec, ['loss', 'optimizer', 'schedule', 'clipNorm', 'clipValue', 'name'], loc);
    const lt = impl(spec.loss, 'train: loss', loc);
    if (lt.dtype !== 'f32' || lt.shape.length !== 0) throw new RnncError(`train: the loss must be a scalar f32[], got ${lt.dtype}${fmtShape(lt.shape)}`, loc);
    if (typeof spec.optimizer !== 'object' || spec.optimizer === null || typeof spec.optimizer.kind !== 'string') {
      throw new RnncError("train: optimizer must be an object like { kind: 'adam', lr: 1e-3 }", loc);
    }
    // The runtime's own checks, run now so a bad option is reported at the model's line.
    try {
      validateOptimizerSpec(spec.optimizer);
      if (spec.schedule !== undefined) validateLrSchedule(spec.schedule);
    } catch (e) {
      throw new RnncError(`train: ${(e as Error).message}`, loc);
    }
    for (const k of ['clipNorm', 'clipValue'] as const) {
      const v = spec[k];
      if (v !== undefined && !(typeof v === 'number' && v > 0)) throw new RnncError(`train: ${k} must be a positive number, got ${String(v)}`, loc);
    }
    const name = spec.name ?? 'loss';
    this.output(name, spec.loss);
    this.training = {
      loss: name,
      optimizer: spec.optimizer,
      ...(spec.schedule ? { schedule: spec.schedule } : {}),
      ...(spec.clipNorm !== undefined ? { clipNorm: spec.clipNorm } : {}),
      ...(spec.clipValue !== undefined ? { clipValue: spec.clipValue } : {}),
    };
  }

  /** @internal Layer metadata for weight layouts. */
  group(g: WeightGroup): void {
    this.groups.push(g);
  }

  /** @internal A fresh layer name: 'lstm', 'lstm_1', ... (Keras style). */
  autoName(kind: string): string {
    const n = this.names.get(kind) ?? 0;
    this.names.set(kind, n + 1);
    return n === 0 ? kind : `${kind}_${n}`;
  }

  private checkName(name: string, what: string, loc: SourceLoc | undefined): void {
    if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) {
      throw new RnncError(`${what} name ${JSON.stringify(name)} is not valid: use letters, digits, '_' and '.' (not first)`, loc);
    }
  }

  // ---------------------------------------------------------------- primitive ops

  /** A scalar constant. */
  constant(value: number): F32<readonly []> {
    const loc = captureLoc();
    if (!Number.isFinite(value)) throw new RnncError(`constant: ${value} is not a finite number`, loc);
    return this.current.add({ op: 'const', value }, [], 'constant', loc)[0] as unknown as F32<readonly []>;
  }

  /** A tensor of the given shape filled with `value` ('B' and 'T' bound at run time), e.g. zero initial states. */
  fill<const S extends readonly Dim[]>(shape: S, value = 0): Tensor<'f32', S> {
    const loc = captureLoc();
    return this.current.add({ op: 'fill', value, shape }, [], 'fill', loc)[0] as unknown as Tensor<'f32', S>;
  }

  zeros<const S extends readonly Dim[]>(shape: S): Tensor<'f32', S> {
    return this.fill(shape, 0);
  }

  private unary<S extends Shape>(fn: UnaryFn, x: F32<S>): F32<S> {
    const loc = captureLoc();
    return this.current.add({ op: 'unary', fn }, [impl(x, fn, loc)], fn, loc)[0] as unknown as F32<S>;
  }

  private binary<S extends Shape>(fn: BinaryFn, a: F32<S>, b: F32 | number): F32<S> {
    const loc = captureLoc();
    const ta = impl(a, fn, loc);
    const tb = typeof b === 'number' ? this.constantAt(b, loc) : impl(b, fn, loc);
    return this.current.add({ op: 'binary', fn }, [ta, tb], fn, loc)[0] as unknown as F32<S>;
  }

  private constantAt(value: number, loc: SourceLoc | undefined): TensorImpl {
    if (!Number.isFinite(value)) throw new RnncError(`${value} is not a finite number`, loc);
    return this.current.add({ op: 'const', value }, [], 'constant', loc)[0];
  }

  // The second operand broadcasts into the first (numpy rules), so the result has the first's shape.
  add<S extends Shape>(a: F32<S>, b: F32 | number): F32<S> { return this.binary('add', a, b); }
  sub<S extends Shape>(a: F32<S>, b: F32 | number): F32<S> { return this.binary('sub', a, b); }
  mul<S extends Shape>(a: F32<S>, b: F32 | number): F32<S> { return this.binary('mul', a, b); }
  div<S extends Shape>(a: F32<S>, b: F32 | number): F32<S> { return this.binary('div', a, b); }
  maximum<S extends Shape>(a: F32<S>, b: F32 | number): F32<S> { return this.binary('max', a, b); }
  minimum<S extends Shape>(a: F32<S>, b: F32 | number): F32<S> { return this.binary('min', a, b); }
  /** a where cond != 0, else b (numpy's where): cond broadcasts into a's shape; a and b have one shape. */
  where<S extends Shape>(cond: F32, a: F32<S>, b: F32<S>): F32<S> {
    const loc = captureLoc();
    return this.current.add({ op: 'select' }, [impl(cond, 'where', loc), impl(a, 'where', loc), impl(b, 'where', loc)], 'where', loc)[0] as unknown as F32<S>;
  }

  /** 1 where a == b, else 0 (no gradient flows through it: use it for masks). */
  equal<S extends Shape>(a: F32<S>, b: F32 | number): F32<S> { return this.binary('eq', a, b); }

  /** `c - x` for a scalar c, e.g. `rsub(1, z)`. */
  rsub<S extends Shape>(c: number, x: F32<S>): F32<S> { return this.add(this.neg(x), c); }

  neg<S extends Shape>(x: F32<S>): F32<S> { return this.unary('neg', x); }
  tanh<S extends Shape>(x: F32<S>): F32<S> { return this.unary('tanh', x); }
  sigmoid<S extends Shape>(x: F32<S>): F32<S> { return this.unary('sigmoid', x); }
  /** Keras' hard_sigmoid: clip(0.2 x + 0.5, 0, 1). */
  hardSigmoid<S extends Shape>(x: F32<S>): F32<S> { return this.unary('hard_sigmoid', x); }
  relu<S extends Shape>(x: F32<S>): F32<S> { return this.unary('relu', x); }
  /** log(1 + exp(x)), written so that it neither overflows nor loses precision: relu(x) + log(1 + exp(-|x|)). */
  softplus<S extends Shape>(x: F32<S>): F32<S> {
    return this.add(this.relu(x), this.log(this.add(this.exp(this.neg(this.abs(x))), 1)));
  }
  exp<S extends Shape>(x: F32<S>): F32<S> { return this.unary('exp', x); }
  log<S extends Shape>(x: F32<S>): F32<S> { return this.unary('log', x); }
  sqrt<S extends Shape>(x: F32<S>): F32<S> { return this.unary('sqrt', x); }
  abs<S extends Shape>(x: F32<S>): F32<S> { return this.unary('abs', x); }
  square<S extends Shape>(x: F32<S>): F32<S> { return this.unary('square', x); }

  /** Apply an activation by name ('linear' is the identity; 'softmax' is over the last axis). */
  activation<S extends Shape>(name: Activation, x: F32<S>): F32<S> {
    switch (name) {
      case 'linear':
        return x;
      case 'tanh':
        return this.tanh(x);
      case 'sigmoid':
        return this.sigmoid(x);
      case 'hard_sigmoid':
        return this.hardSigmoid(x);
      case 'relu':
        return this.relu(x);
      case 'exp':
        return this.exp(x);
      case 'softmax':
        return this.softmax(x);
      default:
        throw new RnncError(`unknown activation ${JSON.stringify(name)} (expected one of tanh, sigmoid, hard_sigmoid, relu, linear, softmax, exp)`, captureLoc());
    }
  }

  /** Softmax over the last axis, stabilized by subtracting the row maximum. */
  softmax<S extends Shape>(x: F32<S>): F32<S> {
    const axis = x.shape.length - 1;
    const keep = (t: F32) => this.expandDims(t, axis);
    const e = this.exp(this.sub(x, keep(this.max(x, axis))));
    return this.div(e, keep(this.sum(e, axis)));
  }

  /** [...L, K] x [K, N] -> [...L, N]. */
  matmul<const L extends readonly Dim[], K extends number, N extends number>(a: Tensor<'f32', readonly [...L, K]>, w: Tensor<'f32', readonly [NoInfer<K>, N]>): Tensor<'f32', readonly [...L, N]> {
    const loc = captureLoc();
    return this.current.add({ op: 'matmul' }, [impl(a, 'matmul', loc), impl(w, 'matmul', loc)], 'matmul', loc)[0] as unknown as Tensor<'f32', readonly [...L, N]>;
  }

  /** The range [start, start + size) of a static axis (default: the last). */
  slice<D extends DType, S extends Shape, const N extends number, const A extends number = -1>(x: Tensor<D, S>, start: number, size: N, axis?: A): Tensor<D, ResizeAxis<S, A, N>> {
    axis ??= -1 as A;
    const loc = captureLoc();
    const t = impl(x, 'slice', loc);
    return this.current.add({ op: 'slice', axis: axis < 0 ? axis + t.shape.length : axis, start, size }, [t], 'slice', loc)[0] as unknown as Tensor<D, ResizeAxis<S, A, N>>;
  }

  /** Split the last axis into `parts` equal pieces (e.g. fused gates). */
  split<S extends Shape>(x: F32<S>, parts: number): F32<readonly [...Init<S>, number]>[] {
    const loc = captureLoc();
    const t = impl(x, 'split', loc);
    const d = t.shape[t.shape.length - 1];
    if (typeof d !== 'number' || d % parts !== 0) throw new RnncError(`split: last axis ${String(d)} is not divisible into ${parts} parts`, loc);
    const size = d / parts;
    return Array.from({ length: parts }, (_, i) => this.current.add({ op: 'slice', axis: t.shape.length - 1, start: i * size, size }, [t], 'split', loc)[0]) as unknown as F32<readonly [...Init<S>, number]>[];
  }

  /** Join along an axis (default: the last). */
  concat<D extends DType, S extends Shape, const A extends number = -1>(xs: readonly [Tensor<D, S>, ...Tensor<D>[]], axis?: A): Tensor<D, ResizeAxis<S, A>>;
  concat<D extends DType>(xs: readonly Tensor<D>[], axis?: number): Tensor<D>;
  concat<D extends DType>(xs: readonly Tensor<D>[], axis = -1): Tensor<D> {
    const loc = captureLoc();
    if (!Array.isArray(xs) || xs.length === 0) throw new RnncError('concat: expected a non-empty array of tensors', loc);
    const ts = xs.map((x) => impl(x, 'concat', loc));
    const ax = axis < 0 ? axis + ts[0].shape.length : axis;
    return this.current.add({ op: 'concat', axis: ax }, ts, 'concat', loc)[0] as unknown as Tensor<D>;
  }

  private reduce(fn: ReduceFn, x: F32, axis: number): F32 {
    const loc = captureLoc();
    const t = impl(x, `reduce_${fn}`, loc);
    const ax = axis < 0 ? axis + t.shape.length : axis;
    return this.current.add({ op: 'reduce', fn, axis: ax }, [t], fn, loc)[0] as unknown as F32;
  }

  sum<S extends Shape, const A extends number>(x: F32<S>, axis: A): F32<RemoveAxis<S, A>> { return this.reduce('sum', x, axis) as F32<RemoveAxis<S, A>>; }
  mean<S extends Shape, const A extends number>(x: F32<S>, axis: A): F32<RemoveAxis<S, A>> { return this.reduce('mean', x, axis) as F32<RemoveAxis<S, A>>; }
  max<S extends Shape, const A extends number>(x: F32<S>, axis: A): F32<RemoveAxis<S, A>> { return this.reduce('max', x, axis) as F32<RemoveAxis<S, A>>; }

  reshape<D extends DType, const S extends readonly Dim[]>(x: Tensor<D>, shape: S): Tensor<D, S> {
    const loc = captureLoc();
    return this.current.add({ op: 'reshape', shape }, [impl(x, 'reshape', loc)], 'reshape', loc)[0] as unknown as Tensor<D, S>;
  }

  /** Insert an axis of size 1 at `axis` (e.g. [B, T] -> [B, T, 1] to broadcast a mask over features). */
  expandDims<D extends DType, S extends Shape, const A extends number>(x: Tensor<D, S>, axis: A): Tensor<D, InsertAxis<S, A>> {
    const loc = captureLoc();
    const t = impl(x, 'expandDims', loc);
    const ax = axis < 0 ? axis + t.shape.length + 1 : axis;
    if (ax < 0 || ax > t.shape.length) throw new RnncError(`expandDims: axis ${axis} is out of range for rank ${t.shape.length}`, loc);
    const shape = [...t.shape.slice(0, ax), 1, ...t.shape.slice(ax)];
    return this.current.add({ op: 'reshape', shape }, [t], 'expandDims', loc)[0] as unknown as Tensor<D, InsertAxis<S, A>>;
  }

  /** Rows of `table` [V, D] picked by integer ids: [...L] -> [...L, D]. */
  gather<const L extends readonly Dim[], D extends number>(table: Tensor<'f32', readonly [number, D]>, ids: Tensor<'i32', L>): Tensor<'f32', readonly [...L, D]> {
    const loc = captureLoc();
    return this.current.add({ op: 'gather' }, [impl(table, 'gather', loc), impl(ids, 'gather', loc)], 'gather', loc)[0] as unknown as Tensor<'f32', readonly [...L, D]>;
  }

  /** Permute axes: output axis i is input axis perm[i] (e.g. [1, 0, 2] turns time-major [T, B, F] into [B, T, F]). A view where it can be. */
  transpose<D extends DType, S extends Shape, const P extends readonly number[]>(x: Tensor<D, S>, perm: P): Tensor<D, Permute<S, P>> {
    const loc = captureLoc();
    const t = impl(x, 'transpose', loc);
    if (!Array.isArray(perm) || perm.length !== t.shape.length || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) {
      throw new RnncError(`transpose: perm [${Array.isArray(perm) ? perm.join(', ') : String(perm)}] must list each of the ${t.shape.length} axes of ${fmtShape(t.shape)} once`, loc);
    }
    return this.current.add({ op: 'transpose', perm: [...perm] }, [t], 'transpose', loc)[0] as unknown as Tensor<D, Permute<S, P>>;
  }

  /** Reverse an axis (default: time, axis 1). */
  flip<D extends DType, S extends Shape>(x: Tensor<D, S>, axis = 1): Tensor<D, S> {
    const loc = captureLoc();
    return this.current.add({ op: 'flip', axis }, [impl(x, 'flip', loc)], 'flip', loc)[0] as unknown as Tensor<D, S>;
  }

  /** i32 ids [...L] -> f32 [...L, depth] with a 1 at each id. */
  oneHot<const S extends Shape>(ids: Tensor<'i32', S>, depth: number): F32<readonly [...S, number]> {
    const loc = captureLoc();
    return this.current.add({ op: 'one_hot', depth }, [impl(ids, 'oneHot', loc)], 'oneHot', loc)[0] as unknown as F32<readonly [...S, number]>;
  }

  /**
   * A dropout mask: in training each element is 0 with probability `rate`, else 1 / (1 - rate),
   * drawn afresh for every training step from a seeded stream; in inference all ones. The mask is
   * made where it is called: made outside a scan and used inside, it is one mask per sequence
   * (variational dropout, Gal & Ghahramani).
   */
  dropoutMask<const S extends readonly Dim[]>(shape: S, rate: number, name?: string): Tensor<'f32', S> {
    const loc = captureLoc();
    if (typeof rate !== 'number' || !(rate >= 0 && rate < 1)) throw new RnncError(`dropout: rate must be in [0, 1), got ${String(rate)}`, loc);
    const n = name ?? this.autoName('dropout');
    if (this.dropoutNames.has(n)) throw new RnncError(`dropout '${n}' is declared twice`, loc);
    this.dropoutNames.add(n);
    if (shape[0] !== 'B') throw new RnncError(`dropout: a mask needs a leading batch axis, got ${fmtShape(shape)}`, loc);
    return this.current.add({ op: 'dropout', rate, shape, name: n }, [], 'dropout', loc)[0] as unknown as Tensor<'f32', S>;
  }

  /** x times a fresh dropout mask of x's shape (identity at inference). */
  dropout<S extends Shape>(x: F32<S>, rate: number, opts: { name?: string } = {}): F32<S> {
    const loc = captureLoc();
    if (rate === 0) return x;
    const t = impl(x, 'dropout', loc);
    return this.mul(x, this.dropoutMask(t.shape, rate, opts.name));
  }

  toFloat<S extends Shape>(x: Tensor<'i32', S>): F32<S> {
    const loc = captureLoc();
    return this.current.add({ op: 'cast', to: 'f32' }, [impl(x, 'toFloat', loc)], 'toFloat', loc)[0] as unknown as F32<S>;
  }

  // ---------------------------------------------------------------- scan

  /**
   * A recurrence linear in its state, h_t = a_t * h_{t-1} + b_t (elementwise), run as a parallel
   * (associative) scan where the target can: minGRU, minLSTM, LRU, selective state spaces.
   * `r.steps` is every h_t, `r.final` the last one.
   */
  linearScan<S extends Shape>(spec: LinearScanSpec<S>): LinearScanResult<S> {
    const loc = captureLoc();
    if (typeof spec !== 'object' || spec === null) throw new RnncError(`linearScan: expected an options object { a, b, h0?, ... }, got ${describe(spec)}`, loc);
    checkOptions('linearScan', spec as object, LINEAR_SCAN_KEYS, loc);
    const log = spec.log === true;
    const b = impl(spec.b, 'linearScan b', loc);
    if (b.dtype !== 'f32' || b.shape[0] !== 'B' || b.shape[1] !== 'T') throw new RnncError(`linearScan: b must be f32[B, T, ...], got ${b.dtype}${fmtShape(b.shape)}`, loc);
    const stepShape = [b.shape[0], ...b.shape.slice(2)];
    let a = impl(spec.a, 'linearScan a', loc);
    if (a.dtype !== 'f32') throw new RnncError(`linearScan: a must be f32, got ${a.dtype}${fmtShape(a.shape)}`, loc);
    const full = () => {
      // A mask varies per row and step: a broadcast coefficient is made full-size first.
      if (fmtShape(a.shape) === fmtShape(b.shape)) return a;
      const zeros = this.current.add({ op: 'fill', value: 0, shape: b.shape }, [], 'fill', loc)[0];
      return this.current.add({ op: 'binary', fn: 'add' }, [zeros, a], 'linearScan a', loc)[0];
    };
    try {
      broadcastInto(b.shape, a.shape);
    } catch {
      throw new RnncError(`linearScan: a is ${fmtShape(a.shape)}, which does not broadcast into b's ${fmtShape(b.shape)}`, loc);
    }
    const h0 = spec.h0 === undefined ? this.current.add({ op: 'fill', value: log ? LOG_ZERO : 0, shape: stepShape }, [], 'fill', loc)[0] : impl(spec.h0, 'linearScan h0', loc);
    if (fmtShape(h0.shape) !== fmtShape(stepShape)) throw new RnncError(`linearScan: h0 must be f32${fmtShape(stepShape)} (b's shape without T), got ${h0.dtype}${fmtShape(h0.shape)}`, loc);
    if (spec.maskOutput !== undefined && spec.maskOutput !== 'zero' && spec.maskOutput !== 'previous') {
      throw new RnncError(`linearScan: maskOutput must be 'zero' or 'previous', got ${JSON.stringify(spec.maskOutput)}`, loc);
    }
    let bIn = b;
    let m: TensorImpl | undefined;
    if (spec.mask !== undefined) {
      const mask = impl(spec.mask, 'linearScan mask', loc);
      if (mask.dtype !== 'f32' || fmtShape(mask.shape) !== fmtShape(['B', 'T'])) throw new RnncError(`linearScan: mask must be f32[B, T], got ${mask.dtype}${fmtShape(mask.shape)}`, loc);
      m = b.shape.length === 2 ? mask : this.current.add({ op: 'reshape', shape: [...mask.shape, ...Array<number>(b.shape.length - 2).fill(1)] }, [mask], 'linearScan mask', loc)[0];
      const keep = (x: TensorImpl, value: number) => {
        const fill = this.current.add({ op: 'fill', value, shape: b.shape }, [], 'fill', loc)[0];
        return this.current.add({ op: 'select' }, [m!, x, fill], 'linearScan mask', loc)[0];
      };
      // A masked step: a = 1, b = 0 (log: a = 0, b = log 0), so h passes through unchanged.
      a = keep(full(), log ? 0 : 1);
      bIn = keep(bIn, log ? LOG_ZERO : 0);
    }
    const [final, steps0] = this.current.add({ op: 'linear_scan', reverse: spec.reverse === true, log }, [a, bIn, h0], 'linearScan', loc);
    let steps = steps0;
    if (m && (spec.maskOutput ?? 'zero') === 'zero') {
      const zeros = this.current.add({ op: 'fill', value: 0, shape: b.shape }, [], 'fill', loc)[0];
      steps = this.current.add({ op: 'select' }, [m, steps, zeros], 'linearScan mask', loc)[0];
    }
    return { steps: steps as unknown as F32<S>, final: final as unknown as StepOf<F32<S>> };
  }

  /**
   * The recurrence. Carries and step outputs are named records, never positional lists:
   * `r.steps.h` is the whole sequence of `h`, `r.finals.h` its last value.
   */
  scan<C extends TensorRecord, S extends TensorRecord = Record<never, never>, O extends TensorRecord = Record<never, never>>(spec: ScanSpec<C, S, O>): ScanResult<C, O> {
    const loc = captureLoc();
    if (typeof spec !== 'object' || spec === null) throw new RnncError(`scan: expected an options object, got ${describe(spec)}`, loc);
    checkOptions('scan', spec as object, SCAN_KEYS, loc);
    if (typeof spec.body !== 'function') throw new RnncError('scan: `body` must be a function (carries, sequences) => ({ carries, steps })', loc);
    const carries = record('scan carries', spec.carries, loc);
    const seqs = record('scan sequences', spec.sequences ?? {}, loc);
    const carryNames = Object.keys(carries);
    const seqNames = Object.keys(seqs);
    if (spec.truncate !== undefined && !(Number.isInteger(spec.truncate) && spec.truncate >= 1)) {
      throw new RnncError(`scan: truncate must be a positive integer number of steps, got ${String(spec.truncate)}`, loc);
    }
    if (spec.maskOutput !== undefined && spec.maskOutput !== 'zero' && spec.maskOutput !== 'previous') {
      throw new RnncError(`scan: maskOutput must be 'zero' or 'previous', got ${JSON.stringify(spec.maskOutput)}`, loc);
    }
    const outer = this.current;
    const carryTs = carryNames.map((n) => impl(carries[n], `scan carry '${n}'`, loc));
    const seqTs = seqNames.map((n) => impl(seqs[n], `scan sequence '${n}'`, loc));
    for (const [i, s] of seqTs.entries()) {
      if (s.shape[0] !== 'B' || s.shape[1] !== 'T') {
        throw new RnncError(`scan: sequence '${seqNames[i]}' must be [B, T, ...], got ${s.dtype}${fmtShape(s.shape)}`, loc);
      }
    }
    const mask = spec.mask === undefined ? undefined : impl(spec.mask, 'scan mask', loc);
    if (mask) {
      if (mask.dtype !== 'f32' || fmtShape(mask.shape) !== fmtShape(['B', 'T'])) throw new RnncError(`scan: mask must be f32[B, T], got ${mask.dtype}${fmtShape(mask.shape)}`, loc);
      for (const [i, c] of carryTs.entries()) {
        if (c.shape[0] !== 'B') throw new RnncError(`scan: a masked scan needs carries with a leading batch axis; carry '${carryNames[i]}' is ${c.dtype}${fmtShape(c.shape)}`, loc);
      }
    }

    const body = new Scope(outer, carryNames.length + seqNames.length);
    const carryArgs: Record<string, TensorImpl> = {};
    carryTs.forEach((c, i) => (carryArgs[carryNames[i]] = body.wrap(body.gb.leaf({ op: 'arg', index: i }, c.type, loc))));
    const seqArgs: Record<string, TensorImpl> = {};
    seqTs.forEach((s, i) => (seqArgs[seqNames[i]] = body.wrap(body.gb.leaf({ op: 'arg', index: carryNames.length + i }, stepType(s.type), loc))));

    this.current = body;
    let ret: unknown;
    try {
      ret = spec.body(carryArgs as unknown as C, seqArgs as unknown as { [K in keyof S]: StepOf<S[K]> });
    } finally {
      this.current = outer;
      body.closed = true;
    }
    if (typeof ret !== 'object' || ret === null || !('carries' in ret)) {
      throw new RnncError(`scan body must return { carries: { ${carryNames.join(', ')} }, steps?: {...} }, got ${describe(ret)}`, loc);
    }
    const r = ret as { carries: unknown; steps?: unknown };
    const extraKeys = Object.keys(r).filter((k) => k !== 'carries' && k !== 'steps');
    if (extraKeys.length) throw new RnncError(`scan body returned unknown key(s) ${extraKeys.map((k) => `'${k}'`).join(', ')}; it returns { carries, steps }`, loc);
    const newCarries = record('scan body carries', r.carries, loc);
    const missing = carryNames.filter((n) => !(n in newCarries));
    const extra = Object.keys(newCarries).filter((n) => !carryNames.includes(n));
    if (missing.length || extra.length) {
      const parts = [...missing.map((n) => `no carry '${n}'`), ...extra.map((n) => `an unknown carry '${n}'`)];
      throw new RnncError(`scan body returned ${parts.join(' and ')} (carries are: ${carryNames.join(', ')})`, loc);
    }
    const steps = record('scan body steps', r.steps ?? {}, loc);
    const stepNames = Object.keys(steps);
    // Results are resolved in the body scope: returning an argument or a captured outer tensor is fine.
    const resultIds: number[] = [];
    for (const n of carryNames) {
      const t = impl(newCarries[n], `scan body carry '${n}'`, loc);
      const want = carryTs[carryNames.indexOf(n)];
      if (t.dtype !== want.dtype || fmtShape(t.shape) !== fmtShape(want.shape)) {
        throw new RnncError(`scan body returns carry '${n}' as ${t.dtype}${fmtShape(t.shape)}, but it enters the scan as ${want.dtype}${fmtShape(want.shape)}`, loc);
      }
      resultIds.push(body.use(t, loc));
    }
    for (const n of stepNames) {
      const t = impl(steps[n], `scan body step output '${n}'`, loc);
      if (t.shape[0] !== 'B') throw new RnncError(`scan body step output '${n}' must have a leading batch axis, got ${t.dtype}${fmtShape(t.shape)}`, loc);
      resultIds.push(body.use(t, loc));
    }
    const bodyGraph = body.gb.finish(resultIds);
    const captures = body.captures.map((id) => outer.wrap(id));
    const outs = outer.add(
      {
        op: 'scan',
        carries: carryNames,
        sequences: seqNames,
        invariants: captures.length,
        steps: stepNames,
        reverse: spec.reverse === true,
        masked: mask !== undefined,
        maskOutput: spec.maskOutput ?? 'zero',
        truncate: spec.truncate ?? null,
        body: bodyGraph,
      },
      [...carryTs, ...seqTs, ...captures, ...(mask ? [mask] : [])],
      'scan',
      loc,
    );
    const finals: Record<string, TensorImpl> = {};
    carryNames.forEach((n, i) => (finals[n] = outs[i]));
    const stacked: Record<string, TensorImpl> = {};
    stepNames.forEach((n, i) => (stacked[n] = outs[carryNames.length + i]));
    return { finals: finals as unknown as C, steps: stacked as unknown as ScanResult<C, O>['steps'] };
  }
}

function record(what: string, x: unknown, loc: SourceLoc | undefined): Record<string, Tensor> {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || isTensor(x)) {
    throw new RnncError(`${what} must be a record of named tensors, e.g. { h: ... }, got ${isTensor(x) ? 'a tensor' : describe(x)}`, loc);
  }
  return x as Record<string, Tensor>;
}

export function toInitSpec(init: Initializer, loc: SourceLoc | undefined): InitSpec {
  if (typeof init === 'string') {
    switch (init) {
      case 'zeros':
      case 'ones':
      case 'glorot_uniform':
      case 'orthogonal':
        return { kind: init };
      default:
        throw new RnncError(`unknown initializer ${JSON.stringify(init)} (expected zeros, ones, glorot_uniform, orthogonal, or an { kind, ... } spec)`, loc);
    }
  }
  if (typeof init === 'object' && init !== null && typeof (init as InitSpec).kind === 'string') return init;
  throw new RnncError(`invalid initializer ${describe(init)} (expected zeros, ones, glorot_uniform, orthogonal, or a { kind, ... } spec such as { kind: 'uniform', low, high })`, loc);
}

// Checks a generated model's input record against its declared inputs and binds the
// symbolic sizes B and T. Every message is one line naming the input, e.g.
//   input 'x': expected shape [B, T, 8], got [4, 10, 7]
//   input 'mask': T is 12 here but 10 from input 'x'
// Browser-safe: no Node imports.

import { InputError, WeightsError } from './errors.js';

export type InputDim = number | 'B' | 'T';

export interface InputSpec {
  readonly name: string;
  readonly dtype: 'f32' | 'i32';
  readonly shape: readonly InputDim[];
}

export interface InputTensor {
  readonly data: Float32Array | Int32Array;
  readonly shape: readonly number[];
}

export interface BoundSizes {
  /** The batch size, or null when no input has a B axis. */
  B: number | null;
  /** The sequence length, or null when no input has a T axis. */
  T: number | null;
}

function fmtShape(shape: readonly (number | string)[]): string {
  return `[${shape.join(', ')}]`;
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (ArrayBuffer.isView(x)) return x.constructor.name;
  if (typeof x === 'object') return (x as object).constructor?.name && (x as object).constructor !== Object ? (x as object).constructor.name : 'an object';
  return typeof x;
}

const ARRAY_FOR = { f32: 'Float32Array', i32: 'Int32Array' } as const;

/**
 * Validates `inputs` (a record `{ [name]: { data, shape } }`) against `specs` and returns
 * the bound B and T. Throws InputError on the first problem: an unknown or missing input,
 * a value that is not `{ data, shape }`, the wrong typed array for the dtype, a shape of
 * the wrong rank or static size, data whose length does not match the shape, or B / T
 * differing between inputs. Inputs named in `opts.ignore` may be given and are not checked
 * (e.g. the labels, which inference does not need).
 */
export function bindInputs(specs: readonly InputSpec[], inputs: unknown, opts: { ignore?: readonly string[] } = {}): BoundSizes {
  const expected = specs.map((s) => s.name);
  const list = expected.length ? expected.join(', ') : '(none)';
  if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs)) {
    throw new InputError(`inputs must be a record of tensors { ${expected.join(', ')} }, got ${describe(inputs)}`);
  }
  const rec = inputs as Record<string, unknown>;
  for (const name of Object.keys(rec)) {
    if (!expected.includes(name) && !opts.ignore?.includes(name)) throw new InputError(`unknown input '${name}' (expected inputs: ${list})`);
  }
  const bound: { B: { v: number; from: string } | null; T: { v: number; from: string } | null } = { B: null, T: null };
  for (const spec of specs) {
    const what = `input '${spec.name}'`;
    const x = rec[spec.name];
    if (x === undefined) throw new InputError(`missing input '${spec.name}' (${spec.dtype} ${fmtShape(spec.shape)}; expected inputs: ${list})`);
    if (x === null || typeof x !== 'object' || !('data' in x) || !('shape' in x)) {
      throw new InputError(`${what}: expected { data, shape }, got ${describe(x)}`);
    }
    const { data, shape } = x as { data: unknown; shape: unknown };
    const want = ARRAY_FOR[spec.dtype];
    const ok = spec.dtype === 'f32' ? data instanceof Float32Array : data instanceof Int32Array;
    if (!ok) throw new InputError(`${what}: expected ${want} data for dtype ${spec.dtype}, got ${describe(data)}`);
    if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new InputError(`${what}: shape must be an array of non-negative integers, got ${Array.isArray(shape) ? fmtShape(shape as (number | string)[]) : describe(shape)}`);
    }
    const dims = shape as number[];
    const mismatch = dims.length !== spec.shape.length || spec.shape.some((d, i) => typeof d === 'number' && d !== dims[i]);
    if (mismatch) throw new InputError(`${what}: expected shape ${fmtShape(spec.shape)}, got ${fmtShape(dims)}`);
    for (const [i, d] of spec.shape.entries()) {
      if (typeof d === 'number') continue;
      const b = bound[d];
      if (b === null) bound[d] = { v: dims[i], from: spec.name };
      else if (b.v !== dims[i]) throw new InputError(`${what}: ${d} is ${dims[i]} here but ${b.v} from input '${b.from}'`);
    }
    const n = dims.reduce((a, b) => a * b, 1);
    const len = (data as Float32Array | Int32Array).length;
    if (len !== n) throw new InputError(`${what}: data has ${len} elements, but shape ${fmtShape(dims)} needs ${n}`);
  }
  return { B: bound.B?.v ?? null, T: bound.T?.v ?? null };
}

export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
}

export interface StateSpec {
  readonly name: string;
  readonly dtype: 'f32' | 'i32';
  readonly shape: readonly InputDim[];
}

function count(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Checks a `setParams` record of a model's parameters (the generated modules of every target
 * call this): known names, Float32Array values, the element count of each shape. Throws
 * WeightsError naming the parameter; checks everything before the caller changes anything.
 */
export function checkParamRecord(model: string, params: readonly ParamSpec[], record: Record<string, unknown>): void {
  const names = params.map((p) => p.name);
  for (const [name, a] of Object.entries(record)) {
    const p = params.find((q) => q.name === name);
    if (!p) throw new WeightsError(`${model}: setParams: unknown parameter '${name}' (parameters: ${names.join(', ')})`);
    if (!(a instanceof Float32Array)) throw new WeightsError(`${model}: setParams: parameter '${name}' must be a Float32Array`);
    if (a.length !== count(p.shape)) {
      throw new WeightsError(`${model}: setParams: parameter '${name}' has ${a.length} elements, expected ${count(p.shape)} for shape ${fmtShape(p.shape)}`);
    }
  }
}

/**
 * Checks a `setState` record of a stateful model's states and returns its batch size: the rows
 * of the states with a B axis (all the same), else the kept state's, else 1. T is the kept
 * state's (1 without one). Throws InputError naming the state; checks before anything changes.
 */
export function stateRecordBatch(model: string, states: readonly StateSpec[], record: Record<string, unknown>, kept: { readonly B: number; readonly T: number } | null): number {
  const names = states.map((s) => s.name);
  const T = kept ? kept.T : 1;
  let B: number | null = null;
  for (const [name, a] of Object.entries(record)) {
    const s = states.find((q) => q.name === name);
    if (!s) throw new InputError(`${model}: setState: unknown state '${name}' (states: ${names.join(', ') || '(none)'})`);
    const Ctor = s.dtype === 'i32' ? Int32Array : Float32Array;
    if (!(a instanceof Ctor)) throw new InputError(`${model}: setState: state '${name}' must be a ${Ctor.name}`);
    const hasB = s.shape.includes('B');
    const fixed = count(s.shape.map((d) => (d === 'B' ? 1 : d === 'T' ? T : d)));
    const rows = hasB ? a.length / fixed : 1;
    if (!Number.isInteger(rows) || (!hasB && a.length !== fixed)) {
      throw new InputError(`${model}: setState: state '${name}' has ${a.length} elements, which does not fit shape ${fmtShape(s.shape)}`);
    }
    if (hasB) {
      if (B !== null && B !== rows) throw new InputError(`${model}: setState: state '${name}' has batch size ${rows} but ${B} elsewhere`);
      B = rows;
    }
  }
  return B ?? (kept ? kept.B : 1);
}

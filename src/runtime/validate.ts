// Checks a generated model's input record against its declared inputs and binds the
// symbolic sizes B and T. Every message is one line naming the input, e.g.
//   input 'x': expected shape [B, T, 8], got [4, 10, 7]
//   input 'mask': T is 12 here but 10 from input 'x'
//   input 'len': value 12 at [3] is out of range: lengths must be between 0 and T = 10
// Records are read through own properties only (an input or parameter named 'constructor' or
// 'toString' is looked up like any other name, never found on Object.prototype).
// Browser-safe: no Node imports.

import { clipText, InputError, WeightsError } from './errors.js';

export type InputDim = number | 'B' | 'T';

export interface InputSpec {
  readonly name: string;
  readonly dtype: 'f32' | 'i32';
  readonly shape: readonly InputDim[];
  /**
   * What the input is (the generated module's meta gives it): a 'mask' must hold only 0 and 1,
   * 'lengths' only 0..T. Absent or 'data' / 'state': no value check.
   */
  readonly role?: 'data' | 'mask' | 'lengths' | 'state';
  /** Ids into a table of `limit` rows (an embedding) or a one_hot of depth `limit`: each must be in [0, limit). */
  readonly ids?: { readonly limit: number; readonly what: string };
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
  if (typeof x === 'object') {
    const proto = Object.getPrototypeOf(x);
    const name = proto !== null && Object.hasOwn(proto, 'constructor') && typeof proto.constructor === 'function' ? String(proto.constructor.name) : '';
    return name && proto !== Object.prototype ? clipText(name) : 'an object';
  }
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
    if (!expected.includes(name) && !opts.ignore?.includes(name)) throw new InputError(`unknown input '${clipText(name)}' (expected inputs: ${list})`);
  }
  const bound: { B: { v: number; from: string } | null; T: { v: number; from: string } | null } = { B: null, T: null };
  for (const spec of specs) {
    const what = `input '${spec.name}'`;
    const x = Object.hasOwn(rec, spec.name) ? rec[spec.name] : undefined;
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
  const T = bound.T?.v ?? null;
  // Values last: a lengths input [B] comes before the input that binds T in some models.
  for (const spec of specs) {
    if (spec.role === 'mask' || spec.role === 'lengths') checkValues(spec, (rec[spec.name] as InputTensor), T);
    else if (spec.ids) checkIds(spec, spec.ids, rec[spec.name] as InputTensor);
  }
  return { B: bound.B?.v ?? null, T };
}

/** `flat` as an index into `shape`: [b, t] for a mask, [b] for lengths. */
function position(flat: number, shape: readonly number[]): string {
  const idx: number[] = [];
  let rest = flat;
  for (let k = shape.length - 1; k >= 0; k--) {
    idx.unshift(shape[k] > 0 ? rest % shape[k] : 0);
    rest = shape[k] > 0 ? Math.floor(rest / shape[k]) : 0;
  }
  return fmtShape(idx);
}

/**
 * A mask holds only 0 (padding) and 1 (a valid step); lengths hold 0..T valid steps per row.
 * Anything else would be computed with silently (a mask of 0.5 scales the state, a length past
 * T reads as T, a negative one as 0), so it is refused, naming the input, the first bad
 * position and value, and how many values are bad.
 */
function checkValues(spec: InputSpec, x: InputTensor, T: number | null): void {
  const { data, shape } = x;
  const ok: (v: number) => boolean =
    spec.role === 'mask' ? (v) => v === 0 || v === 1 : T === null ? (v) => v >= 0 : (v) => v >= 0 && v <= T;
  let first = -1;
  let bad = 0;
  for (let i = 0; i < data.length; i++) {
    if (!ok(data[i])) {
      if (first < 0) first = i;
      bad++;
    }
  }
  if (first < 0) return;
  const more = bad > 1 ? ` (${bad} values are out of range in all)` : '';
  const v = data[first];
  if (spec.role === 'mask') {
    throw new InputError(`input '${spec.name}': value ${v} at ${position(first, shape)} is not 0 or 1 (a mask holds 1 for a valid step, 0 for padding)${more}`);
  }
  const range = T === null ? 'lengths must be 0 or more' : `lengths must be between 0 and T = ${T}`;
  throw new InputError(`input '${spec.name}': value ${v} at ${position(first, shape)} is out of range: ${range}${more}`);
}

/** Ids must lie in [0, limit): an embedding's row or a one_hot's class. */
function checkIds(spec: InputSpec, ids: { readonly limit: number; readonly what: string }, x: InputTensor): void {
  const { data, shape } = x;
  const n = ids.limit;
  let first = -1;
  let bad = 0;
  for (let i = 0; i < data.length; i++) {
    if (!(data[i] >= 0 && data[i] < n)) {
      if (first < 0) first = i;
      bad++;
    }
  }
  if (first < 0) return;
  const more = bad > 1 ? ` (${bad} ids are out of range in all)` : '';
  throw new InputError(`input '${spec.name}' at ${position(first, shape)}: id ${data[first]} is out of range for ${ids.what} ${n} (valid ids are 0 to ${n - 1})${more}`);
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
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new WeightsError(`${model}: setParams: expected a record of Float32Arrays by parameter name, got ${describe(record)}`);
  }
  for (const [name, a] of Object.entries(record)) {
    const p = params.find((q) => q.name === name);
    if (!p) throw new WeightsError(`${model}: setParams: unknown parameter '${clipText(name)}' (parameters: ${names.join(', ')})`);
    if (!(a instanceof Float32Array)) throw new WeightsError(`${model}: setParams: parameter '${name}' must be a Float32Array`);
    if (a.length !== count(p.shape)) {
      throw new WeightsError(`${model}: setParams: parameter '${name}' has ${a.length} elements, expected ${count(p.shape)} for shape ${fmtShape(p.shape)}`);
    }
    for (let i = 0; i < a.length; i++) {
      if (!Number.isFinite(a[i])) throw new WeightsError(`${model}: setParams: parameter '${name}' element ${i} is ${a[i]}; parameters must be finite`);
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
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError(`${model}: setState: expected a record of typed arrays by state name, got ${describe(record)}`);
  }
  for (const [name, a] of Object.entries(record)) {
    const s = states.find((q) => q.name === name);
    if (!s) throw new InputError(`${model}: setState: unknown state '${clipText(name)}' (states: ${names.join(', ') || '(none)'})`);
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

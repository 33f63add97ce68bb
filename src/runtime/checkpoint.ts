// Training checkpoints: everything needed to resume a run bit-for-bit (params, optimizer state,
// step count, RNG state) in one safetensors file, so the same bytes load in Node, browsers and
// Python (`safetensors.safe_open`). Tensors: `param.<name>` with the param's shape, `opt.<slot>`
// 1-D (slot names from optimizerSlots). Metadata: format, version, model, step, optimizer (the
// spec as JSON), rng (the state as JSON), extra (caller strings as JSON, when given).
// A stateful model's kept recurrent state, when it has one: tensors `state.<name>` (each state's
// dtype and shape at the kept B and T) and metadata state = {"B":..,"T":..} (decodeState below).
// Decoding checks every part against what the model expects before returning anything (every
// tensor's name, dtype, shape and values, every metadata field, the optimizer state's invariants),
// so a stale, foreign or corrupt checkpoint fails at load time with one CheckpointError naming the
// file and the entry, and a model's loadCheckpoint, which decodes before it changes anything, is
// all-or-nothing.

import { clipText, WeightsError } from './errors.js';
import { readSafetensorsFile, writeSafetensors, type NamedTensor } from './safetensors.js';
import { optimizerSlots, validateOptimizerSpec, type OptimizerSpec } from './optimizers.js';

/** A checkpoint that cannot be read or does not fit the model and optimizer being trained. */
export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

export const CHECKPOINT_FORMAT = 'rnnc-checkpoint';
export const CHECKPOINT_VERSION = '1';

export interface Checkpoint {
  model: string;
  params: Record<string, Float32Array>;
  paramShapes: Record<string, readonly number[]>;
  optimizer: OptimizerSpec;
  /** Optimizer state by slot name, e.g. 'exp_avg.lstm.W_i' (Optimizer.slots()). */
  slots: Record<string, Float32Array>;
  /** Completed optimizer steps. */
  step: number;
  /** The dropout stream's xoshiro128** state: four u32 words, not all zero. */
  rngState: readonly number[];
  extra?: Record<string, string>;
  /** A stateful model's kept recurrent state; absent when it keeps none (none yet, or after resetState). */
  state?: CheckpointState;
}

/** The kept state of a stateful model: the B and T it was made for and each state's tensor, by name. */
export interface CheckpointState {
  B: number;
  T: number;
  tensors: Record<string, NamedTensor>;
}

export interface CheckpointExpectation {
  model: string;
  params: readonly { name: string; shape: readonly number[] }[];
  optimizer: OptimizerSpec;
  /** The model's kept states (meta.states); a checkpoint's `state.<name>` tensors must be exactly these. */
  states?: readonly { name: string; dtype: 'f32' | 'i32'; shape: readonly (number | 'B' | 'T')[] }[];
}

const METADATA_KEYS = new Set(['format', 'version', 'model', 'step', 'optimizer', 'rng', 'extra', 'state']);

const shapeText = (s: readonly number[]) => `[${s.join(', ')}]`;
const sizeOf = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);
const isU32 = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) < 2 ** 32;
const isShape = (s: unknown): s is readonly number[] =>
  Array.isArray(s) && s.every((d) => Number.isSafeInteger(d) && d >= 0);

/** xoshiro128** keeps four 32-bit words, and the all-zero state is a fixed point (it never leaves 0). */
export const RNG_WORDS = 4;

/**
 * Optimizer state kinds that hold running sums or averages of squares: never negative (a negative
 * one makes the next step's sqrt NaN). Adam's exp_avg_sq, AdaGrad's sum, RMSprop's and Adadelta's
 * square_avg, Adadelta's acc_delta.
 */
const NON_NEGATIVE_SLOTS = new Set(['exp_avg_sq', 'sum', 'square_avg', 'acc_delta']);

/** Index of the first non-finite element (or, with `nonNegative`, the first negative one), else -1. */
function firstBad(data: Float32Array, nonNegative: boolean): number {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (!Number.isFinite(v) || (nonNegative && v < 0)) return i;
  }
  return -1;
}

const valueText = (v: number) => (Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : '-Infinity');

export function encodeCheckpoint(c: Checkpoint): Uint8Array {
  const fail = (msg: string): never => {
    throw new CheckpointError(`checkpoint: ${msg}`);
  };
  if (typeof c.model !== 'string' || c.model === '') fail('model name must be a non-empty string');
  if (!Number.isSafeInteger(c.step) || c.step < 0) fail(`step must be a non-negative integer, got ${c.step}`);
  // Signed int32 words (from `x | 0` arithmetic) are stored as their u32 bit patterns.
  if (!Array.isArray(c.rngState) || c.rngState.length !== RNG_WORDS || !c.rngState.every((x) => isU32(x) || (Number.isSafeInteger(x) && x >= -(2 ** 31) && x < 0))) {
    fail(`rng state must be ${RNG_WORDS} 32-bit integers, got ${JSON.stringify(c.rngState)}`);
  }
  if (c.rngState.every((x) => x === 0)) fail('rng state must not be all zero (xoshiro128** would stay at zero)');
  let spec: OptimizerSpec;
  try {
    spec = validateOptimizerSpec(c.optimizer);
  } catch (e) {
    return fail((e as Error).message);
  }

  const tensors: Record<string, NamedTensor> = {};
  const paramList: { name: string; size: number }[] = [];
  for (const [name, data] of Object.entries(c.params)) {
    const shape = c.paramShapes[name];
    if (!isShape(shape)) fail(`parameter '${name}' has no valid shape in paramShapes`);
    if (!(data instanceof Float32Array)) fail(`parameter '${name}' is not a Float32Array`);
    if (data.length !== sizeOf(shape)) fail(`parameter '${name}' has ${data.length} elements, but shape ${shapeText(shape)} needs ${sizeOf(shape)}`);
    const bad = firstBad(data, false);
    if (bad >= 0) fail(`parameter '${name}' holds ${valueText(data[bad])} at element ${bad}`);
    tensors[`param.${name}`] = { dtype: 'f32', shape: [...shape], data };
    paramList.push({ name, size: data.length });
  }
  for (const name of Object.keys(c.paramShapes)) {
    if (!Object.hasOwn(c.params, name)) fail(`paramShapes names '${name}', which is not in params`);
  }
  // Write only what decodeCheckpoint will accept for this optimizer: exactly its slots.
  const expected = optimizerSlots(spec, paramList);
  const wanted = new Map(expected.map((s) => [s.name, s.size]));
  for (const [name, data] of Object.entries(c.slots)) {
    const size = wanted.get(name);
    if (size === undefined) fail(`optimizer slot '${name}' is not one that ${spec.kind} keeps for these params`);
    if (!(data instanceof Float32Array)) fail(`optimizer slot '${name}' is not a Float32Array`);
    if (data.length !== size) fail(`optimizer slot '${name}' has ${data.length} elements, expected ${size}`);
    const nonNegative = NON_NEGATIVE_SLOTS.has(name.slice(0, name.indexOf('.')));
    const bad = firstBad(data, nonNegative);
    if (bad >= 0) fail(`optimizer slot '${name}' holds ${valueText(data[bad])} at element ${bad}${nonNegative && Number.isFinite(data[bad]) ? ' (it must not be negative)' : ''}`);
    tensors[`opt.${name}`] = { dtype: 'f32', shape: [data.length], data };
  }
  for (const s of expected) if (!Object.hasOwn(c.slots, s.name)) fail(`optimizer slot '${s.name}' is missing`);

  const metadata: Record<string, string> = {
    format: CHECKPOINT_FORMAT,
    version: CHECKPOINT_VERSION,
    model: c.model,
    step: String(c.step),
    optimizer: JSON.stringify(spec),
    rng: JSON.stringify(c.rngState.map((x) => x >>> 0)),
  };
  if (c.state !== undefined) metadata.state = encodeState(c.state, tensors, fail);
  if (c.extra !== undefined) {
    for (const [k, v] of Object.entries(c.extra)) if (typeof v !== 'string') fail(`extra '${k}' must be a string`);
    metadata.extra = JSON.stringify(c.extra);
  }
  try {
    return writeSafetensors(tensors, metadata);
  } catch (e) {
    return fail((e as Error).message);
  }
}

export function decodeCheckpoint(bytes: Uint8Array, expect: CheckpointExpectation, source = 'checkpoint'): Checkpoint {
  const fail = (msg: string): never => {
    throw new CheckpointError(`${source}: ${msg}`);
  };
  let tensors: Map<string, NamedTensor>;
  let metadata: Map<string, string> | null;
  try {
    // The strict reader: its messages already start with `${source}: `, and it has checked the
    // metadata (strings only, no repeated key) without prototype lookups.
    ({ tensors, metadata } = readSafetensorsFile(bytes, source));
  } catch (e) {
    if (e instanceof WeightsError) throw new CheckpointError(e.message);
    throw e;
  }
  if (metadata === null) return fail('not an rnnc checkpoint (no safetensors metadata)');
  const meta: Record<string, string> = Object.create(null);
  for (const [k, v] of metadata) meta[k] = v;
  if (meta.format !== CHECKPOINT_FORMAT) {
    fail(`not an rnnc checkpoint (metadata format is ${clip(JSON.stringify(meta.format ?? null))}, expected '${CHECKPOINT_FORMAT}')`);
  }
  if (meta.version !== CHECKPOINT_VERSION) {
    fail(`unsupported checkpoint version ${clip(JSON.stringify(meta.version ?? null))} (this rnnc reads version ${CHECKPOINT_VERSION})`);
  }
  for (const k of Object.keys(meta)) if (!METADATA_KEYS.has(k)) fail(`unexpected metadata key '${clip(k)}'`);
  if (meta.model !== expect.model) fail(`checkpoint is for model ${clip(JSON.stringify(meta.model ?? null))}, not '${expect.model}'`);

  const stepText = meta.step ?? '';
  const step = Number(stepText);
  if (!/^(0|[1-9][0-9]*)$/.test(stepText) || !Number.isSafeInteger(step)) {
    fail(`step ${clip(JSON.stringify(meta.step ?? null))} is not a non-negative integer`);
  }

  const rng = parseJson(meta.rng, 'rng', fail);
  if (!Array.isArray(rng) || rng.length !== RNG_WORDS || !rng.every(isU32)) {
    fail(`metadata 'rng' ${clip(meta.rng ?? '')} is not ${RNG_WORDS} u32 integers (the dropout stream's xoshiro128** state)`);
  }
  if ((rng as number[]).every((x) => x === 0)) {
    fail(`metadata 'rng' ${clip(meta.rng)} is all zero, which is not a valid xoshiro128** state`);
  }

  const stored = parseJson(meta.optimizer, 'optimizer', fail);
  let optimizer: OptimizerSpec;
  try {
    optimizer = validateOptimizerSpec(stored);
  } catch (e) {
    return fail(`stored ${(e as Error).message}`);
  }
  if (optimizer.kind !== expect.optimizer.kind) {
    fail(`checkpoint optimizer is ${optimizer.kind}, but the model trains with ${expect.optimizer.kind}`);
  }

  let extra: Record<string, string> = {};
  if (meta.extra !== undefined) {
    const x = parseJson(meta.extra, 'extra', fail);
    if (x === null || typeof x !== 'object' || Array.isArray(x) || !Object.values(x).every((v) => typeof v === 'string')) {
      fail('metadata extra is not a JSON object of strings');
    }
    extra = x as Record<string, string>;
  }

  const known = new Set<string>();
  const params: Record<string, Float32Array> = {};
  const paramShapes: Record<string, readonly number[]> = {};
  for (const p of expect.params) {
    const key = `param.${p.name}`;
    const t = tensors.get(key);
    if (t === undefined) return fail(`missing parameter '${p.name}' (tensor '${key}')`);
    if (t.dtype !== 'f32') fail(`parameter '${p.name}' is ${t.dtype}, expected f32`);
    if (!sameShape(t.shape, p.shape)) fail(`parameter '${p.name}' has shape ${shapeText(t.shape)}, expected ${shapeText(p.shape)}`);
    const bad = firstBad(t.data as Float32Array, false);
    if (bad >= 0) fail(`parameter '${p.name}' (tensor '${key}') holds ${valueText(t.data[bad])} at element ${bad}`);
    params[p.name] = t.data as Float32Array;
    paramShapes[p.name] = [...p.shape];
    known.add(key);
  }

  // The slots the optimizer being resumed keeps (momentum on/off, centered, ... decide which).
  const expected = optimizerSlots(expect.optimizer, expect.params.map((p) => ({ name: p.name, size: sizeOf(p.shape) })));
  const slots: Record<string, Float32Array> = {};
  for (const s of expected) {
    const key = `opt.${s.name}`;
    const t = tensors.get(key);
    if (t === undefined) return fail(`missing optimizer slot '${s.name}' (tensor '${key}') that ${expect.optimizer.kind} keeps`);
    if (t.dtype !== 'f32') fail(`optimizer slot '${s.name}' is ${t.dtype}, expected f32`);
    if (!sameShape(t.shape, [s.size])) fail(`optimizer slot '${s.name}' has shape ${shapeText(t.shape)}, expected [${s.size}]`);
    const kind = s.name.slice(0, s.name.indexOf('.'));
    const nonNegative = NON_NEGATIVE_SLOTS.has(kind);
    const bad = firstBad(t.data as Float32Array, nonNegative);
    if (bad >= 0) {
      const v = t.data[bad];
      const why = Number.isFinite(v) ? ` (${expect.optimizer.kind}'s ${kind} is a sum of squares and is never negative)` : '';
      fail(`optimizer slot '${s.name}' (tensor '${key}') holds ${valueText(v)} at element ${bad}${why}`);
    }
    slots[s.name] = t.data as Float32Array;
    known.add(key);
  }

  const state = decodeState(meta.state, tensors, expect.states ?? [], known, fail);

  // An unknown parameter first: it explains its slots too.
  const unknown = [...tensors.keys()].filter((n) => !known.has(n)).sort();
  const param = unknown.find((n) => n.startsWith('param.'));
  if (param !== undefined) fail(`unexpected parameter '${param.slice(6)}' (the model has no such parameter)`);
  const slot = unknown.find((n) => n.startsWith('opt.'));
  if (slot !== undefined) fail(`unexpected optimizer slot '${slot.slice(4)}' (not kept by ${expect.optimizer.kind} with these options)`);
  if (unknown.length > 0) fail(`unexpected tensor '${unknown[0]}'`);

  return { model: expect.model, params, paramShapes, optimizer, slots, step, rngState: rng as number[], extra, ...(state ? { state } : {}) };
}

/** Text from the file, quoted in a message: one line, bounded. */
const clip = (text: string) => clipText(text, 60);

function parseJson(text: string | undefined, key: string, fail: (msg: string) => never): unknown {
  if (text === undefined) return fail(`metadata has no '${key}'`);
  try {
    return JSON.parse(text);
  } catch {
    return fail(`metadata '${key}' is not valid JSON: ${clip(text)}`);
  }
}

const isSize = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 1;

/** Adds the kept state's tensors (`state.<name>`) to `tensors`; returns the metadata `state`. */
function encodeState(st: CheckpointState, tensors: Record<string, NamedTensor>, fail: (msg: string) => never): string {
  if (st === null || typeof st !== 'object' || !isSize(st.B) || !isSize(st.T)) fail('kept state needs positive integer sizes B and T');
  for (const [name, t] of Object.entries(st.tensors)) {
    const array = t.dtype === 'f32' ? t.data instanceof Float32Array : t.dtype === 'i32' && t.data instanceof Int32Array;
    if (!array) fail(`kept state '${name}' is not an f32 Float32Array or an i32 Int32Array`);
    if (!isShape(t.shape) || t.data.length !== sizeOf(t.shape)) fail(`kept state '${name}' has ${t.data.length} elements, but shape ${shapeText(t.shape)} needs ${sizeOf(t.shape)}`);
    const bad = t.dtype === 'f32' ? firstBad(t.data as Float32Array, false) : -1;
    if (bad >= 0) fail(`kept state '${name}' holds ${valueText(t.data[bad])} at element ${bad}`);
    tensors[`state.${name}`] = { dtype: t.dtype, shape: [...t.shape], data: t.data };
  }
  return JSON.stringify({ B: st.B, T: st.T });
}

/**
 * The kept state of a checkpoint: none without metadata `state` (then no `state.` tensor may be
 * there), else every state of the model at the stored B and T, checked like the parameters.
 */
function decodeState(
  text: string | undefined,
  tensors: Map<string, NamedTensor>,
  states: NonNullable<CheckpointExpectation['states']>,
  known: Set<string>,
  fail: (msg: string) => never,
): CheckpointState | undefined {
  const stray = [...tensors.keys()].filter((k) => k.startsWith('state.') && !states.some((s) => `state.${s.name}` === k)).sort();
  if (text === undefined) {
    const any = [...tensors.keys()].filter((k) => k.startsWith('state.')).sort();
    if (any.length > 0) fail(`tensor '${any[0]}' is a kept state, but metadata has no 'state' (its B and T)`);
    return undefined;
  }
  if (states.length === 0) fail("metadata 'state' gives a kept recurrent state, but the model keeps none (it is not stateful)");
  const sizes = parseJson(text, 'state', fail) as { B?: unknown; T?: unknown } | null;
  if (sizes === null || typeof sizes !== 'object' || Array.isArray(sizes) || Object.keys(sizes).some((k) => k !== 'B' && k !== 'T') || !isSize(sizes.B) || !isSize(sizes.T)) {
    fail(`metadata 'state' ${clip(text)} is not {"B": positive integer, "T": positive integer}`);
  }
  const { B, T } = sizes as { B: number; T: number };
  if (stray.length > 0) fail(`unexpected kept state '${stray[0].slice(6)}' (the model keeps no such state)`);
  const out: Record<string, NamedTensor> = {};
  for (const s of states) {
    const key = `state.${s.name}`;
    const t = tensors.get(key);
    const shape = s.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d));
    if (t === undefined) return fail(`missing kept state '${s.name}' (tensor '${key}')`);
    if (t.dtype !== s.dtype) fail(`kept state '${s.name}' is ${t.dtype}, expected ${s.dtype}`);
    if (!sameShape(t.shape, shape)) fail(`kept state '${s.name}' has shape ${shapeText(t.shape)}, expected ${shapeText(shape)} (B = ${B}, T = ${T})`);
    const bad = t.dtype === 'f32' ? firstBad(t.data as Float32Array, false) : -1;
    if (bad >= 0) fail(`kept state '${s.name}' (tensor '${key}') holds ${valueText(t.data[bad])} at element ${bad}`);
    out[s.name] = t;
    known.add(key);
  }
  return { B, T, tensors: out };
}

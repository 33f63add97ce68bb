// Training checkpoints: everything needed to resume a run bit-for-bit (params, optimizer state,
// step count, RNG state) in one safetensors file, so the same bytes load in Node, browsers and
// Python (`safetensors.safe_open`). Tensors: `param.<name>` with the param's shape, `opt.<slot>`
// 1-D (slot names from optimizerSlots). Metadata: format, version, model, step, optimizer (the
// spec as JSON), rng (the state as JSON), extra (caller strings as JSON, when given).
// Decoding checks every part against what the model expects before returning anything, so a
// stale or foreign checkpoint fails at load time with one line naming the problem.

import { WeightsError } from './errors.js';
import { readSafetensors, writeSafetensors, type NamedTensor } from './safetensors.js';
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
  /** RNG state words (u32), e.g. xoshiro128**'s four. */
  rngState: readonly number[];
  extra?: Record<string, string>;
}

export interface CheckpointExpectation {
  model: string;
  params: readonly { name: string; shape: readonly number[] }[];
  optimizer: OptimizerSpec;
}

const METADATA_KEYS = new Set(['format', 'version', 'model', 'step', 'optimizer', 'rng', 'extra']);

const shapeText = (s: readonly number[]) => `[${s.join(', ')}]`;
const sizeOf = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);
const isU32 = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) < 2 ** 32;
const isShape = (s: unknown): s is readonly number[] =>
  Array.isArray(s) && s.every((d) => Number.isSafeInteger(d) && d >= 0);

export function encodeCheckpoint(c: Checkpoint): Uint8Array {
  const fail = (msg: string): never => {
    throw new CheckpointError(`checkpoint: ${msg}`);
  };
  if (typeof c.model !== 'string' || c.model === '') fail('model name must be a non-empty string');
  if (!Number.isSafeInteger(c.step) || c.step < 0) fail(`step must be a non-negative integer, got ${c.step}`);
  // Signed int32 words (from `x | 0` arithmetic) are stored as their u32 bit patterns.
  if (!Array.isArray(c.rngState) || c.rngState.length === 0 || !c.rngState.every((x) => isU32(x) || (Number.isSafeInteger(x) && x >= -(2 ** 31) && x < 0))) {
    fail(`rng state must be a non-empty array of 32-bit integers, got ${JSON.stringify(c.rngState)}`);
  }
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
  try {
    tensors = readSafetensors(bytes, source); // its messages already start with `${source}: `
  } catch (e) {
    if (e instanceof WeightsError) throw new CheckpointError(e.message);
    throw e;
  }

  const meta = readMetadata(bytes, fail);
  if (meta.format !== CHECKPOINT_FORMAT) {
    fail(`not an rnnc checkpoint (metadata format is ${JSON.stringify(meta.format ?? null)}, expected '${CHECKPOINT_FORMAT}')`);
  }
  if (meta.version !== CHECKPOINT_VERSION) {
    fail(`unsupported checkpoint version ${JSON.stringify(meta.version ?? null)} (this rnnc reads version ${CHECKPOINT_VERSION})`);
  }
  for (const k of Object.keys(meta)) if (!METADATA_KEYS.has(k)) fail(`unexpected metadata key '${k}'`);
  if (meta.model !== expect.model) fail(`checkpoint is for model ${JSON.stringify(meta.model ?? null)}, not '${expect.model}'`);

  const stepText = meta.step ?? '';
  const step = Number(stepText);
  if (!/^(0|[1-9][0-9]*)$/.test(stepText) || !Number.isSafeInteger(step)) {
    fail(`step ${JSON.stringify(meta.step ?? null)} is not a non-negative integer`);
  }

  const rng = parseJson(meta.rng, 'rng', fail);
  if (!Array.isArray(rng) || rng.length === 0 || !rng.every(isU32)) {
    fail(`rng state ${meta.rng} is not a non-empty array of u32 integers`);
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
    slots[s.name] = t.data as Float32Array;
    known.add(key);
  }

  // An unknown parameter first: it explains its slots too.
  const unknown = [...tensors.keys()].filter((n) => !known.has(n)).sort();
  const param = unknown.find((n) => n.startsWith('param.'));
  if (param !== undefined) fail(`unexpected parameter '${param.slice(6)}' (the model has no such parameter)`);
  const slot = unknown.find((n) => n.startsWith('opt.'));
  if (slot !== undefined) fail(`unexpected optimizer slot '${slot.slice(4)}' (not kept by ${expect.optimizer.kind} with these options)`);
  if (unknown.length > 0) fail(`unexpected tensor '${unknown[0]}'`);

  return { model: expect.model, params, paramShapes, optimizer, slots, step, rngState: rng as number[], extra };
}

/** safetensors' optional `__metadata__` (string -> string); readSafetensors skips it. */
function readMetadata(bytes: Uint8Array, fail: (msg: string) => never): Record<string, string> {
  // Safe to index: readSafetensors has already checked the length field and the JSON.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as Record<string, unknown>;
  const meta = header.__metadata__;
  if (meta === undefined) return fail('not an rnnc checkpoint (no safetensors metadata)');
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta) || !Object.values(meta).every((v) => typeof v === 'string')) {
    return fail('safetensors __metadata__ is not an object of strings');
  }
  return meta as Record<string, string>;
}

function parseJson(text: string | undefined, key: string, fail: (msg: string) => never): unknown {
  if (text === undefined) return fail(`metadata has no '${key}'`);
  try {
    return JSON.parse(text);
  } catch {
    return fail(`metadata '${key}' is not valid JSON: ${text.length > 60 ? `${text.slice(0, 60)}...` : text}`);
  }
}

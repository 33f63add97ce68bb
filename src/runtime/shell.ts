// What every generated module's host shell shares, whatever runs its programs (JS loops, WebAssembly,
// WebGPU, WebGL2): the module's description (`meta`, `training`), binding B and T from an input
// record against the kept state, naming outputs, the weights' bytes and layout options. The sync
// shell (model.ts: js, wasm) and the async one (device-model.ts: wgsl, glsl) are built on it.
// Browser-safe: no Node imports.

import { InputError, WeightsError } from './errors.js';
import type { Layout, WeightsMeta } from './layouts.js';
import type { OptimizerSpec } from './optimizers.js';
import type { LrSchedule } from './schedules.js';
import { bindInputs, type InputSpec, type InputTensor } from './validate.js';

export type Dim = number | 'B' | 'T';

/** The `meta` export of every generated module: plain JSON data describing the model. */
export interface ModelMeta extends WeightsMeta {
  readonly name: string;
  readonly inputs: readonly (InputSpec & {
    readonly role: string;
    readonly doc?: string;
    /** forward() does not need it (only the loss reads it, e.g. labels): it may be given and is ignored. */
    readonly optional?: true;
  })[];
  readonly outputs: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[]; readonly doc?: string }[];
  readonly params: readonly { readonly name: string; readonly shape: readonly number[]; readonly init: { readonly kind: string; readonly [k: string]: unknown } }[];
  readonly states: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[] }[];
}

/** What a generated module's training methods need to know (its `TRAINING` data, every target). */
export interface TrainingMeta {
  readonly loss: string;
  /** Index of the loss among the model's outputs (and the gradient programs' first outputs). */
  readonly lossIndex: number;
  readonly outputs: readonly { readonly name: string; readonly shape: readonly Dim[] }[];
  readonly optimizer: OptimizerSpec;
  readonly schedule: LrSchedule;
  readonly clipNorm?: number;
  readonly clipValue?: number;
  /** Inputs of runEval and of the gradient programs, in their order. */
  readonly evalInputs: readonly string[];
  readonly trainInputs: readonly string[];
  /** Index of the first gradient among the gradient programs' outputs. */
  readonly gradIndex: number;
  /** Whether trainStep runs runStep (no input's gradient) rather than runTrain. */
  readonly step: boolean;
  /** 'grad.<param>' and 'grad.<input>' names of runTrain's gradient outputs. */
  readonly grads: readonly string[];
  /** Output names of runTrain and runStep, in their order (the device targets address outputs by name). */
  readonly runTrainOutputs: readonly string[];
  readonly runStepOutputs?: readonly string[];
  /** Dropout masks the gradient programs take, in order. */
  readonly randoms: readonly { readonly name: string; readonly rate: number; readonly shape: readonly Dim[] }[];
}

/** Everything a shell needs of a generated module besides its programs. */
export interface ModelDef {
  readonly meta: ModelMeta;
  readonly training?: TrainingMeta;
  /** Inputs the inference program reads, in its order; the others are ignored by forward. */
  readonly forwardInputs: readonly string[];
  /** Whether some program (or state) is sized by B / T: then an input must give it. */
  readonly needB: boolean;
  readonly needT: boolean;
}

export type InputRecord = Readonly<Record<string, InputTensor>>;
export type OutputRecord = Record<string, { data: Float32Array | Int32Array; shape: number[] }>;
type Spec = ModelMeta['inputs'][number];

export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function resolveShape(shape: readonly Dim[], B: number, T: number): number[] {
  return shape.map((d) => (d === 'B' ? B : d === 'T' ? T : (d as number)));
}

export function fmtDims(shape: readonly Dim[]): string {
  return `[${shape.join(', ')}]`;
}

/** The input specs of `names`, in that order. */
export function pickInputs(meta: ModelMeta, names: readonly string[]): Spec[] {
  return names.map((n) => meta.inputs.find((s) => s.name === n)!);
}

/** The names of the inputs not in `specs` (given to a call, they are ignored). */
export function otherInputs(meta: ModelMeta, specs: readonly Spec[]): string[] {
  return meta.inputs.filter((s) => !specs.includes(s)).map((s) => s.name);
}

export function toBytes(meta: ModelMeta, bytes: unknown): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  throw new WeightsError(`${meta.name}: weights must be a Uint8Array or an ArrayBuffer`);
}

export function layoutOf(meta: ModelMeta, opts: { layout?: unknown } | undefined): Layout {
  const layout = (opts && opts.layout) ?? 'rnnc';
  if (layout !== 'rnnc' && layout !== 'pytorch' && layout !== 'keras') {
    throw new WeightsError(`${meta.name}: unknown weights layout '${String(layout)}' (expected rnnc, pytorch or keras)`);
  }
  return layout;
}

/** forward's second argument: caller-owned arrays to write outputs into (streaming, no allocation). */
export interface ForwardOptions {
  readonly into?: Readonly<Record<string, Float32Array | Int32Array>>;
}

/**
 * The `into` arrays in output order (undefined where none is given), each checked: a known output,
 * its dtype's array type and exactly its element count at this call's B and T.
 */
export function intoList(meta: ModelMeta, opts: ForwardOptions | undefined, B: number, T: number): (Float32Array | Int32Array | undefined)[] | undefined {
  const into = opts?.into;
  if (into === undefined) return undefined;
  if (typeof into !== 'object' || into === null) throw new InputError(`${meta.name}: forward's 'into' must be an object of output arrays, got ${typeof into}`);
  for (const k of Object.keys(into)) {
    if (!meta.outputs.some((o) => o.name === k)) throw new InputError(`${meta.name}: forward's 'into' names '${k.slice(0, 120)}', which is not an output (outputs: ${meta.outputs.map((o) => o.name).join(', ')})`);
  }
  return meta.outputs.map((o) => {
    const a = Object.hasOwn(into, o.name) ? into[o.name] : undefined;
    if (a === undefined) return undefined;
    const want = o.dtype === 'i32' ? Int32Array : Float32Array;
    if (!(a instanceof want)) throw new InputError(`${meta.name}: into.${o.name} must be ${want === Int32Array ? 'an' : 'a'} ${want.name} (output '${o.name}' is ${o.dtype})`);
    const n = numel(resolveShape(o.shape, B, T));
    if (a.length !== n) throw new InputError(`${meta.name}: into.${o.name} has ${a.length} elements; output '${o.name}' ${fmtDims(resolveShape(o.shape, B, T))} has ${n} at B=${B}, T=${T}`);
    return a;
  });
}

/** The outputs, with those the caller gave arrays for copied there (a no-op where a program wrote them already). */
export function fillInto(outs: readonly (Float32Array | Int32Array)[], into: readonly (Float32Array | Int32Array | undefined)[] | undefined): (Float32Array | Int32Array)[] {
  if (!into) return [...outs];
  return outs.map((o, i) => {
    const a = into[i];
    if (!a) return o;
    if (a !== o) a.set(o);
    return a;
  });
}

export function namedOutputs(specs: readonly { name: string; shape: readonly Dim[] }[], outs: readonly (Float32Array | Int32Array)[], B: number, T: number): OutputRecord {
  const result: OutputRecord = {};
  specs.forEach((o, i) => {
    result[o.name] = { data: outs[i], shape: resolveShape(o.shape, B, T) };
  });
  return result;
}

/** The sizes of the kept state; null until the first call or setState. */
export interface KeptSizes {
  readonly B: number;
  readonly T: number;
}

function stateSizeError(meta: ModelMeta, what: string, B: number, keptB: number): InputError {
  return new InputError(`${meta.name}: ${what} ${B} differs from the kept state's ${keptB}; call resetState() before changing it`);
}

/**
 * Binds B and T from the inputs (falling back on the kept state's, or 1 when no program needs
 * them) and checks them against the kept state. `fresh` is true when there is no kept state yet
 * (a stateful model's call then starts from zeros).
 */
export function bindCall(def: ModelDef, kept: KeptSizes | null, inputs: unknown, specs: readonly Spec[]): { B: number; T: number; fresh: boolean; data: (Float32Array | Int32Array)[] } {
  const { meta } = def;
  const snap = snapshotInputs(inputs);
  const sizes = bindInputs(specs, snap, { ignore: otherInputs(meta, specs) });
  const B = sizes.B ?? (kept ? kept.B : null) ?? (def.needB ? null : 1);
  const T = sizes.T ?? (kept ? kept.T : null) ?? (def.needT ? null : 1);
  if (B === null) throw new InputError(`${meta.name}: no input gives the batch size B`);
  if (T === null) throw new InputError(`${meta.name}: no input gives the sequence length T`);
  let fresh = false;
  if (meta.states.length) {
    if (kept === null) fresh = true;
    else if (kept.B !== B && meta.states.some((s) => s.shape.includes('B'))) throw stateSizeError(meta, 'batch size', B, kept.B);
    else if (kept.T !== T && meta.states.some((s) => s.shape.includes('T'))) throw stateSizeError(meta, 'sequence length', T, kept.T);
  }
  // The arrays that were checked: a getter on the caller's record is not read a second time.
  const data = specs.map((s) => (snap as Record<string, InputTensor>)[s.name].data);
  return { B, T, fresh, data };
}

/**
 * A caller's record (setParams, setState) read once: its own enumerable properties' values in a
 * prototype-free object, so that what is checked is what is kept. Anything else is returned as it
 * is, for the checks to describe.
 */
export function snapshotRecord(record: unknown): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const out: Record<string, unknown> = Object.create(null);
  for (const name of Object.keys(record)) out[name] = (record as Record<string, unknown>)[name];
  return out;
}

/**
 * The caller's input record read once: each tensor's `data` and `shape` (copied) as plain data, so
 * that what is validated is what runs. A record whose getters return another array on a second
 * read (or dispose the model) cannot slip past the checks.
 */
function snapshotInputs(inputs: unknown): unknown {
  if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs)) return inputs;
  const out: Record<string, unknown> = Object.create(null);
  for (const name of Object.keys(inputs)) {
    const t = (inputs as Record<string, unknown>)[name];
    // Anything but a { data, shape } record stays as it is, for bindInputs to describe.
    if (t === null || typeof t !== 'object' || ArrayBuffer.isView(t) || Array.isArray(t) || !('data' in t)) {
      out[name] = t;
      continue;
    }
    const shape = (t as { shape?: unknown }).shape;
    out[name] = { data: (t as { data?: unknown }).data, shape: Array.isArray(shape) ? [...shape] : shape };
  }
  return out;
}

/** The error of a training step whose loss is not finite (nothing was changed). */
export function lossNotFinite(meta: ModelMeta, loss: number): Error {
  const kept = meta.states.length ? ', the kept state' : '';
  return new Error(`${meta.name}: trainStep: the loss is ${loss}; the step was refused and the parameters, the optimizer state, the step count${kept} and the dropout stream were left unchanged (lower the learning rate or clip the gradients)`);
}

export function disposedError(meta: ModelMeta): Error {
  return new Error(`${meta.name}: this model was disposed`);
}

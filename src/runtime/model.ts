// The host shell of the CPU targets (js, wasm): a generated module is its `meta`, its programs
// (functions over typed arrays) and `create(options)`, which calls `createModel` here. Everything
// around the programs lives here, typed and tested once: input validation, parameters and their
// initialisation, weights import/export, kept state, and for models that train the optimizer,
// clipping, the learning-rate schedule, dropout streams and checkpoints.
// Browser-safe: no Node imports.

import { decodeCheckpoint, encodeCheckpoint } from './checkpoint.js';
import { clipByGlobalNorm, clipByValue } from './clip.js';
import { fillDropout } from './dropout.js';
import { WeightsError } from './errors.js';
import { initTensor } from './init.js';
import { exportWeights, importWeights, type Layout } from './layouts.js';
import { Optimizer } from './optimizers.js';
import { Rng, streamFor } from './rng.js';
import { writeSafetensors } from './safetensors.js';
import { readWeightsFile } from './weights-file.js';
import { learningRate } from './schedules.js';
import { summary } from './summary.js';
import {
  bindCall,
  disposedError,
  fillInto,
  fmtDims,
  intoList,
  layoutOf,
  lossNotFinite,
  namedOutputs,
  numel,
  pickInputs,
  resolveShape,
  snapshotRecord,
  toBytes,
  type ForwardOptions,
  type InputRecord,
  type ModelDef,
  type OutputRecord,
} from './shell.js';
import { checkParamRecord, stateRecordBatch } from './validate.js';

type Arr = Float32Array | Int32Array;

/** A program: (B, T, inputs, params, states[, randoms]) -> outputs; states are updated in place. */
/**
 * `paramsVersion`: an object that stays the same exactly as long as the parameters do (a new one
 * after every change). A target that keeps the parameters where its programs run (the wasm
 * target's memory) skips copying them in when it sees the version of its last call.
 */
export type ProgramFn = (
  B: number,
  T: number,
  inputs: readonly Arr[],
  params: readonly Float32Array[],
  states: readonly Arr[],
  randoms?: readonly Float32Array[],
  paramsVersion?: object,
  /** Caller arrays for the outputs (forward's `into`): a target may write them directly. */
  into?: readonly (Arr | undefined)[],
) => Arr[];

export interface ModelPrograms {
  readonly run: ProgramFn;
  readonly runEval?: ProgramFn;
  readonly runTrain?: ProgramFn;
  readonly runStep?: ProgramFn;
}

export interface CreateOptions {
  readonly seed?: number;
  readonly weights?: Uint8Array | ArrayBuffer;
  readonly layout?: Layout;
}

export interface Model {
  readonly meta: ModelDef['meta'];
  /** Layers, parameter names, shapes and counts as a text table (like tfjs' model.summary()). */
  summary(): string;
  /** `opts.into`: arrays to write outputs into (no allocation per call: streaming). */
  forward(inputs: InputRecord, opts?: ForwardOptions): OutputRecord;
  loadWeights(bytes: Uint8Array | ArrayBuffer, opts?: { layout?: Layout; source?: string }): void;
  saveWeights(opts?: { layout?: Layout }): Uint8Array;
  getParams(): Record<string, Float32Array>;
  setParams(record: Record<string, Float32Array>): void;
  resetState(): void;
  getState(): Record<string, Arr>;
  setState(record: Record<string, Arr>): void;
  dispose(): void;
  [training: string]: unknown;
}

interface KeptState {
  B: number;
  T: number;
  arrays: Arr[];
}

/** Creates a model: parameters from options.weights, else initialised from options.seed (default 0). */
export function createModel(def: ModelDef, programs: ModelPrograms, options: CreateOptions = {}, extend?: (model: Model) => void): Model {
  const { meta } = def;
  const seed = options.seed ?? 0;
  let params = new Map<string, Float32Array>();
  for (const p of meta.params) params.set(p.name, initTensor(p.init as Parameters<typeof initTensor>[0], p.shape, seed, p.name));
  // Kept state of a stateful model: null until the first forward call or setState.
  let state: KeptState | null = null;
  let disposed = false;
  const forwardSpecs = pickInputs(meta, def.forwardInputs);

  function live(): void {
    if (disposed) throw disposedError(meta);
  }

  function zeroState(B: number, T: number): KeptState {
    return { B, T, arrays: meta.states.map((s) => (s.dtype === 'i32' ? new Int32Array(numel(resolveShape(s.shape, B, T))) : new Float32Array(numel(resolveShape(s.shape, B, T))))) };
  }

  // Binds B and T from the inputs and checks them against the kept state.
  function prepare(inputs: unknown, specs: typeof forwardSpecs): { B: number; T: number; data: Arr[] } {
    const { B, T, fresh, data } = bindCall(def, state, inputs, specs);
    // An input's getter may have disposed the model.
    live();
    if (fresh) state = zeroState(B, T);
    return { B, T, data };
  }

  function paramList(): Float32Array[] {
    return meta.params.map((p) => params.get(p.name)!);
  }
  // Replaced whenever any parameter changes (ProgramFn's paramsVersion). The arrays in `params`
  // are never handed out (getParams copies), so only this file changes them.
  let paramsVersion = {};
  const paramsChanged = (): void => {
    paramsVersion = {};
  };

  const model: Model = {
    meta,
    summary: () => summary(meta),

    forward(inputs, opts) {
      live();
      const { B, T, data } = prepare(inputs, forwardSpecs);
      const into = intoList(meta, opts, B, T);
      const outs = programs.run(B, T, data, paramList(), state ? state.arrays : [], undefined, paramsVersion, into);
      return namedOutputs(meta.outputs, fillInto(outs, into), B, T);
    },

    loadWeights(bytes, opts = {}) {
      live();
      const layout = layoutOf(meta, opts);
      const source = opts.source ?? 'weights';
      const loaded = importWeights(meta, readWeightsFile(toBytes(meta, bytes), source), layout, source);
      const next = new Map<string, Float32Array>();
      for (const p of meta.params) {
        const a = loaded.get(p.name);
        if (!a || a.length !== numel(p.shape)) throw new WeightsError(`${meta.name}: weights give no parameter '${p.name}' of shape ${fmtDims(p.shape)}`);
        next.set(p.name, a);
      }
      params = next;
      paramsChanged();
    },

    saveWeights(opts = {}) {
      live();
      return writeSafetensors(exportWeights(meta, params, layoutOf(meta, opts)));
    },

    getParams() {
      live();
      const out: Record<string, Float32Array> = {};
      for (const [name, a] of params) out[name] = a.slice();
      return out;
    },

    setParams(record) {
      live();
      const snap = snapshotRecord(record) as Record<string, Float32Array>;
      checkParamRecord(meta.name, meta.params, snap);
      for (const [name, a] of Object.entries(snap)) params.set(name, a.slice());
      paramsChanged();
    },

    resetState() {
      live();
      state = null;
    },

    getState() {
      live();
      const out: Record<string, Arr> = {};
      if (state) {
        const kept = state;
        meta.states.forEach((s, i) => (out[s.name] = kept.arrays[i].slice()));
      }
      return out;
    },

    setState(record) {
      live();
      const snap = snapshotRecord(record) as Record<string, Arr>;
      const B = stateRecordBatch(meta.name, meta.states, snap, state);
      const T = state ? state.T : 1;
      const next = state && state.B === B ? state : zeroState(B, T);
      meta.states.forEach((s, i) => {
        if (Object.hasOwn(snap, s.name)) next.arrays[i] = snap[s.name].slice();
      });
      state = next;
    },

    dispose() {
      disposed = true;
      params = new Map();
      paramsChanged();
      state = null;
    },
  };

  if (def.training) {
    // Training (the model declares a loss and an optimizer): the optimizer's state and the dropout
    // stream live here; both are saved in checkpoints, so a resumed run continues the same trajectory.
    const training = def.training;
    const sizes = meta.params.map((p) => ({ name: p.name, size: numel(p.shape) }));
    let optimizer = new Optimizer(training.optimizer, sizes);
    let dropoutRng = streamFor(seed, 'dropout');
    const trainSpecs = pickInputs(meta, training.trainInputs);
    const evalSpecs = pickInputs(meta, training.evalInputs);
    const { runTrain, runEval, runStep } = programs;
    if (!runTrain || !runEval) throw new Error(`${meta.name}: a model that trains needs its runTrain and runEval programs`);

    // One pass of a gradient program (runTrain: every gradient; runStep: the parameters' only, for
    // trainStep); dropout masks drawn from the stream, or all ones. The program updates copies of
    // the kept state, returned as `states`: the caller decides whether to keep them.
    const gradientPass = (batch: InputRecord, withDropout: boolean, run: ProgramFn) => {
      const { B, T, data } = prepare(batch, trainSpecs);
      const randoms = training.randoms.map((r) => {
        const a = new Float32Array(numel(resolveShape(r.shape, B, T)));
        return withDropout ? fillDropout(a, r.rate, dropoutRng) : a.fill(1);
      });
      const states = state ? state.arrays.map((a) => a.slice()) : [];
      const outs = run(B, T, data, paramList(), states, randoms, paramsVersion);
      const grads: Record<string, Float32Array> = {};
      training.grads.forEach((name, i) => {
        if (training.gradIndex + i < outs.length) grads[name] = outs[training.gradIndex + i] as Float32Array;
      });
      return { loss: outs[training.lossIndex][0], grads, states };
    };

    const methods = {
      trainStep(batch: InputRecord) {
        live();
        // A step is all or nothing: a refused one (a loss that is not finite, an error) leaves the
        // kept state (even its absence) and the dropout stream as they were, as well as the
        // parameters, the optimizer state and the step count, which change only below.
        const keptBefore = state;
        const rngBefore = dropoutRng.state();
        let pass: ReturnType<typeof gradientPass>;
        try {
          pass = gradientPass(batch, true, training.step && runStep ? runStep : runTrain);
          if (!Number.isFinite(pass.loss)) throw lossNotFinite(meta, pass.loss);
        } catch (e) {
          state = keptBefore;
          dropoutRng = Rng.fromState(rngBefore);
          throw e;
        }
        const { loss, grads } = pass;
        if (state) state.arrays = pass.states;
        const paramGrads: Record<string, Float32Array> = {};
        for (const p of meta.params) paramGrads[p.name] = grads[`grad.${p.name}`];
        if (training.clipValue !== undefined) clipByValue(paramGrads, training.clipValue);
        const gradNorm = training.clipNorm !== undefined ? clipByGlobalNorm(paramGrads, training.clipNorm) : undefined;
        const lr = learningRate((training.optimizer as { lr?: number }).lr ?? 1, training.schedule, optimizer.stepCount);
        optimizer.step(Object.fromEntries(params), paramGrads, lr);
        paramsChanged();
        return gradNorm === undefined ? { loss, learningRate: lr } : { loss, learningRate: lr, gradNorm };
      },

      evaluate(batch: InputRecord) {
        live();
        const { B, T, data } = prepare(batch, evalSpecs);
        const outs = runEval(B, T, data, paramList(), state ? state.arrays : [], undefined, paramsVersion);
        const all = namedOutputs(training.outputs, outs, B, T);
        const loss = all[training.loss].data[0];
        delete all[training.loss];
        return { loss, outputs: all };
      },

      gradients(batch: InputRecord) {
        live();
        const { loss, grads } = gradientPass(batch, false, runTrain);
        return { loss, grads };
      },

      get step() {
        return optimizer.stepCount;
      },

      saveCheckpoint() {
        live();
        const paramShapes: Record<string, readonly number[]> = {};
        for (const p of meta.params) paramShapes[p.name] = p.shape;
        // A stateful model's kept state goes with it: a resumed run continues from the same state.
        const kept = state;
        const keptState = kept
          ? { B: kept.B, T: kept.T, tensors: Object.fromEntries(meta.states.map((s, i) => [s.name, { dtype: s.dtype, shape: resolveShape(s.shape, kept.B, kept.T), data: kept.arrays[i] }])) }
          : undefined;
        return encodeCheckpoint({ model: meta.name, params: Object.fromEntries(params), paramShapes, optimizer: training.optimizer, slots: optimizer.slots(), step: optimizer.stepCount, rngState: dropoutRng.state(), ...(keptState ? { state: keptState } : {}) });
      },

      loadCheckpoint(bytes: Uint8Array | ArrayBuffer, opts: { source?: string } = {}) {
        live();
        // decodeCheckpoint checks everything first: a bad file changes nothing.
        const c = decodeCheckpoint(toBytes(meta, bytes), { model: meta.name, params: meta.params, optimizer: training.optimizer, states: meta.states }, opts.source ?? 'checkpoint');
        const next = new Map<string, Float32Array>();
        for (const p of meta.params) next.set(p.name, c.params[p.name].slice());
        const nextOptimizer = new Optimizer(training.optimizer, sizes);
        nextOptimizer.loadSlots(c.slots, c.step);
        const nextRng = Rng.fromState(c.rngState as unknown as [number, number, number, number]);
        // The kept state is the checkpoint's: none when it holds none (as after resetState()).
        const cs = c.state;
        const nextState: KeptState | null = cs ? { B: cs.B, T: cs.T, arrays: meta.states.map((s) => cs.tensors[s.name].data.slice()) } : null;
        params = next;
        paramsChanged();
        optimizer = nextOptimizer;
        dropoutRng = nextRng;
        state = nextState;
      },
    };
    // Descriptors, not a spread: `step` must stay a live getter.
    Object.defineProperties(model, Object.getOwnPropertyDescriptors(methods));
  }

  // A target's own members (e.g. the wasm target's threads), added before the weights load.
  extend?.(model);
  if (options.weights !== undefined) model.loadWeights(options.weights, { ...(options.layout !== undefined ? { layout: options.layout } : {}) });
  return model;
}


// The host shell of the GPU targets (wgsl, glsl): `create(options)` of a generated device module
// calls `createDeviceModel` here with its engine class (rnnc-wgsl-engine.js or rnnc-glsl-engine.js)
// and plan. The API is the CPU targets' (model.ts), async where results are read back from the
// device. Parameters, optimizer slots and kept state live on the device; here are input validation,
// weights import/export, checkpoints (the same slots layout as the CPU targets, so a checkpoint
// moves between targets), the dropout stream, the learning-rate schedule and state bookkeeping.
// Browser-safe: no Node imports.

import { CheckpointError, decodeCheckpoint, encodeCheckpoint } from './checkpoint.js';
import type { CallOptions, DeviceEngine, DeviceEngineClass, DevicePlan, HostArray, LinearScanMode, WholeSequence } from './device-engine-api.js';
import { fillDropout } from './dropout.js';
import { InputError, WeightsError } from './errors.js';
import { initTensor } from './init.js';
import { resolveOptimizer, type OptimizerSpec } from './optimizers.js';
import { exportWeights, importWeights, type Layout } from './layouts.js';
import { Rng, streamFor } from './rng.js';
import { writeSafetensors } from './safetensors.js';
import { readWeightsFile } from './weights-file.js';
import { learningRate } from './schedules.js';
import { summary } from './summary.js';
import {
  bindCall,
  disposedError,
  fmtDims,
  type KeptSizes,
  fillInto,
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

/**
 * The optimizer step's scalars for update number t at learning rate lr, written to the device per
 * step (the HYPER input of src/codegen/update-program.ts): lr, Adam's lr / (1 - beta1^t),
 * sqrt(1 - beta2^t), AdamW's 1 - lr * wd.
 */
export function updateScalars(spec: OptimizerSpec, lr: number, t: number): number[] {
  const r = resolveOptimizer(spec);
  return [lr, lr / (1 - r.beta1 ** t), Math.sqrt(1 - r.beta2 ** t), 1 - lr * r.weightDecay];
}

export interface DeviceModelParts<Plan extends DevicePlan, Device> {
  readonly def: ModelDef;
  readonly plan: Plan;
  readonly Engine: DeviceEngineClass<Plan, Device>;
  /** The create() option that gives the device ('device' for WebGPU, 'gl' for WebGL2). */
  readonly deviceOption: string;
}

export interface DeviceCreateOptions {
  readonly seed?: number;
  readonly weights?: Uint8Array | ArrayBuffer;
  readonly layout?: Layout;
  /** Programs compiled before create() resolves: 'forward' (default) or 'all' (the training programs too). */
  readonly compile?: 'forward' | 'all';
  /** WebGPU: time loops as one whole-sequence kernel per call: 'auto' (default; the engine's rule), 'always' or 'never'. */
  readonly wholeSequence?: WholeSequence;
  /** WebGL2: linear scans as a chunked parallel scan or a draw per step: 'auto' (default; the loop on a software rasterizer), 'parallel' or 'sequential'. */
  readonly linearScan?: LinearScanMode;
  readonly [device: string]: unknown;
}

export interface DeviceModel {
  readonly meta: ModelDef['meta'];
  /** Layers, parameter names, shapes and counts as a text table (like tfjs' model.summary()). */
  summary(): string;
  readonly device: unknown;
  /** `opts.into`: arrays to copy the outputs into (no allocation per call: streaming). */
  forward(inputs: InputRecord, opts?: ForwardOptions): Promise<OutputRecord>;
  loadWeights(bytes: Uint8Array | ArrayBuffer, opts?: { layout?: Layout; source?: string }): void;
  saveWeights(opts?: { layout?: Layout }): Promise<Uint8Array>;
  getParams(): Promise<Record<string, Float32Array>>;
  setParams(record: Record<string, Float32Array>): void;
  resetState(): void;
  getState(): Promise<Record<string, HostArray>>;
  setState(record: Record<string, HostArray>): void;
  dispose(): void;
  [training: string]: unknown;
}

/** Creates a model on options[deviceOption] (or a device the engine requests). */
export async function createDeviceModel<Plan extends DevicePlan, Device>(x: DeviceModelParts<Plan, Device>, options: DeviceCreateOptions = {}): Promise<DeviceModel> {
  const { def, plan: PLAN, Engine } = x;
  const { meta } = def;
  const seed = options.seed ?? 0;
  const device = (options[x.deviceOption] as Device | undefined) ?? (await Engine.requestDevice(meta.name));
  const compile = options.compile ?? 'forward';
  if (compile !== 'forward' && compile !== 'all') throw new RangeError(`${meta.name}: create's compile option must be 'forward' or 'all', got ${JSON.stringify(compile) ?? String(compile)}`);
  const wholeSequence = options.wholeSequence ?? 'auto';
  if (wholeSequence !== 'auto' && wholeSequence !== 'always' && wholeSequence !== 'never') {
    throw new RangeError(`${meta.name}: create's wholeSequence option must be 'auto', 'always' or 'never', got ${JSON.stringify(wholeSequence) ?? String(wholeSequence)}`);
  }
  const linearScan = options.linearScan ?? 'auto';
  if (linearScan !== 'auto' && linearScan !== 'parallel' && linearScan !== 'sequential') {
    throw new RangeError(`${meta.name}: create's linearScan option must be 'auto', 'parallel' or 'sequential', got ${JSON.stringify(linearScan) ?? String(linearScan)}`);
  }
  const engine: DeviceEngine = await Engine.create(PLAN, device, { compile, wholeSequence, linearScan });
  // Engine errors about the caller's ids become InputErrors, like the CPU targets'.
  async function guard<R>(f: () => Promise<R>): Promise<R> {
    try {
      return await f();
    } catch (e) {
      if (e && (e as Error).name === 'InputError' && !(e instanceof InputError)) throw new InputError((e as Error).message);
      throw e;
    }
  }
  let disposed = false;
  // The kept state lives on the device; here only whether there is one and its sizes.
  let state: KeptSizes | null = null;
  const forwardSpecs = pickInputs(meta, def.forwardInputs);
  function live(): void {
    if (disposed) throw disposedError(meta);
  }
  // A call that fails leaves the state bookkeeping as it was (a fresh state it recorded is dropped:
  // the device never zeroed it).
  async function keeping<R>(prev: KeptSizes | null, f: () => Promise<R>): Promise<R> {
    try {
      return await f();
    } catch (e) {
      state = prev;
      throw e;
    }
  }
  function prepare(inputs: unknown, specs: typeof forwardSpecs): { B: number; T: number; zero: boolean; data: HostArray[] } {
    const { B, T, fresh, data } = bindCall(def, state, inputs, specs);
    // An input's getter may have disposed the model.
    live();
    if (fresh) state = { B, T };
    return { B, T, zero: fresh, data };
  }
  function writeParams(record: Record<string, Float32Array>): void {
    engine.writeModel(PLAN.params.filter((p) => Object.hasOwn(record, p.name)).map((p) => ({ base: p.base, data: record[p.name] })));
  }
  async function readParams(): Promise<Record<string, Float32Array>> {
    const arrays = await engine.readModel(PLAN.params);
    const out: Record<string, Float32Array> = {};
    PLAN.params.forEach((p, i) => (out[p.name] = arrays[i]));
    return out;
  }
  const init: Record<string, Float32Array> = {};
  for (const p of meta.params) init[p.name] = initTensor(p.init as Parameters<typeof initTensor>[0], p.shape, seed, p.name);
  writeParams(init);

  const model: DeviceModel = {
    meta,
    summary: () => summary(meta),
    device,

    async forward(inputs, opts) {
      live();
      const prev = state;
      const { B, T, zero, data } = prepare(inputs, forwardSpecs);
      const into = intoList(meta, opts, B, T);
      const p = PLAN.programs.run;
      const outs = await keeping(prev, () => guard(() => engine.call(B, T, [{ program: 'run', inputs: data }], { zeroState: zero, keepState: true, read: p.outputs.map((buf) => ({ program: 'run', buf })) })));
      return namedOutputs(meta.outputs, fillInto(outs, into), B, T);
    },

    loadWeights(bytes, opts = {}) {
      live();
      const layout = layoutOf(meta, opts);
      const source = opts.source ?? 'weights';
      const loaded = importWeights(meta, readWeightsFile(toBytes(meta, bytes), source), layout, source);
      const next: Record<string, Float32Array> = {};
      for (const p of meta.params) {
        const a = loaded.get(p.name);
        if (!a || a.length !== numel(p.shape)) throw new WeightsError(`${meta.name}: weights give no parameter '${p.name}' of shape ${fmtDims(p.shape)}`);
        next[p.name] = a;
      }
      writeParams(next);
    },

    async saveWeights(opts = {}) {
      live();
      const layout = layoutOf(meta, opts);
      const params = await readParams();
      return writeSafetensors(exportWeights(meta, new Map(Object.entries(params)), layout));
    },

    async getParams() {
      live();
      return readParams();
    },

    setParams(record) {
      live();
      const snap = snapshotRecord(record) as Record<string, Float32Array>;
      checkParamRecord(meta.name, meta.params, snap);
      writeParams(snap);
    },

    resetState() {
      live();
      state = null;
    },

    async getState() {
      live();
      const out: Record<string, HostArray> = {};
      if (state) {
        const arrays = await engine.readStates(state.B, state.T);
        meta.states.forEach((s, i) => (out[s.name] = arrays[i]));
      }
      return out;
    },

    setState(record) {
      live();
      const snap = snapshotRecord(record) as Record<string, HostArray>;
      const B = stateRecordBatch(meta.name, meta.states, snap, state);
      const T = state ? state.T : 1;
      const fresh = !(state && state.B === B);
      engine.writeStates(B, T, meta.states.map((s) => snap[s.name]), fresh);
      state = { B, T };
    },

    dispose() {
      disposed = true;
      engine.dispose();
      state = null;
    },
  };

  if (def.training) {
    // Training: the optimizer's slots live on the device beside the parameters; the step count and
    // the dropout stream live here. Checkpoints hold all of them in the CPU targets' layout.
    const training = def.training;
    let stepCount = 0;
    let dropoutRng = streamFor(seed, 'dropout');
    engine.writeModel(PLAN.slots.map((s) => ({ base: s.base, data: new Float32Array(s.size).fill(s.init) })));
    const trainSpecs = pickInputs(meta, training.trainInputs);
    const evalSpecs = pickInputs(meta, training.evalInputs);
    const randomsFor = (B: number, T: number, withDropout: boolean): Float32Array[] =>
      training.randoms.map((r) => {
        const a = new Float32Array(numel(resolveShape(r.shape, B, T)));
        return withDropout ? fillDropout(a, r.rate, dropoutRng) : a.fill(1);
      });
    const outputBuf = (program: 'runTrain' | 'runStep', name: string): number => {
      const names = program === 'runStep' ? training.runStepOutputs! : training.runTrainOutputs;
      return PLAN.programs[program].outputs[names.indexOf(name)];
    };
    const readSlots = async (): Promise<Record<string, Float32Array>> => {
      const arrays = await engine.readModel(PLAN.slots);
      const out: Record<string, Float32Array> = {};
      PLAN.slots.forEach((s, i) => (out[s.name] = arrays[i]));
      return out;
    };
    const methods = {
      async trainStep(batch: InputRecord) {
        live();
        // A step is all or nothing. The update kernels skip a step whose loss is not finite on the
        // device (parameters, optimizer slots), the step count changes only when it is taken, and a
        // refused step (or an error) puts back the dropout stream, the state bookkeeping and the kept
        // state on the device: a fresh state is simply dropped (the next call zeroes it); a kept one
        // is copied out by a read queued before the step (small: each state is B x units), and
        // written back only when the step is refused.
        const keptBefore = state;
        const rngBefore = dropoutRng.state();
        let before: { B: number; T: number; states: Promise<HostArray[]> } | null = null;
        try {
          const { B, T, zero, data } = prepare(batch, trainSpecs);
          if (keptBefore && !zero && meta.states.length) {
            before = { B, T, states: engine.readStates(B, T) };
            before.states.catch(() => undefined);
          }
          const randoms = randomsFor(B, T, true);
          const lr = learningRate((training.optimizer as { lr?: number }).lr ?? 1, training.schedule, stepCount);
          const hyper = Float32Array.from(updateScalars(training.optimizer, lr, stepCount + 1));
          // trainStep runs runStep (or runTrain), then update, which reads the loss and the gradients it wrote.
          const step = training.step ? 'runStep' : 'runTrain';
          const read: { program: string; buf: number }[] = [{ program: step, buf: outputBuf(step, training.loss) }];
          if (training.clipNorm !== undefined) read.push({ program: 'update', buf: PLAN.programs.update.outputs[0] });
          const opts: CallOptions = { zeroState: zero, keepState: true, writeModel: [{ base: PLAN.hyperBase, data: hyper }], read };
          const [loss, norm] = await guard(() => engine.call(B, T, [{ program: step, inputs: data, randoms }, { program: 'update' }], opts));
          // The update kernels skipped the step on the device when the loss was not finite.
          if (!Number.isFinite(loss[0])) throw lossNotFinite(meta, loss[0]);
          stepCount++;
          return norm === undefined ? { loss: loss[0], learningRate: lr } : { loss: loss[0], learningRate: lr, gradNorm: norm[0] };
        } catch (e) {
          state = keptBefore;
          dropoutRng = Rng.fromState(rngBefore);
          if (before && !disposed) engine.writeStates(before.B, before.T, await before.states, false);
          throw e;
        }
      },

      async evaluate(batch: InputRecord) {
        live();
        const prev = state;
        const { B, T, zero, data } = prepare(batch, evalSpecs);
        const p = PLAN.programs.runEval;
        const outs = await keeping(prev, () => guard(() => engine.call(B, T, [{ program: 'runEval', inputs: data }], { zeroState: zero, keepState: true, read: p.outputs.map((buf) => ({ program: 'runEval', buf })) })));
        const all = namedOutputs(training.outputs, outs, B, T);
        const loss = all[training.loss].data[0];
        delete all[training.loss];
        return { loss, outputs: all };
      },

      async gradients(batch: InputRecord) {
        live();
        const prev = state;
        const { B, T, zero, data } = prepare(batch, trainSpecs);
        const read = [training.loss, ...training.grads].map((n) => ({ program: 'runTrain', buf: outputBuf('runTrain', n) }));
        const outs = await keeping(prev, () => guard(() => engine.call(B, T, [{ program: 'runTrain', inputs: data, randoms: randomsFor(B, T, false) }], { zeroState: zero, keepState: false, read })));
        const grads: Record<string, Float32Array> = {};
        training.grads.forEach((name, i) => (grads[name] = outs[i + 1] as Float32Array));
        return { loss: outs[0][0], grads };
      },

      get step() {
        return stepCount;
      },

      async saveCheckpoint() {
        live();
        const paramShapes: Record<string, readonly number[]> = {};
        for (const p of meta.params) paramShapes[p.name] = p.shape;
        // A stateful model's kept state goes with it: a resumed run continues from the same state.
        const kept = state;
        const [params, slots, states] = [await readParams(), await readSlots(), kept ? await engine.readStates(kept.B, kept.T) : null];
        const keptState =
          kept && states ? { B: kept.B, T: kept.T, tensors: Object.fromEntries(meta.states.map((s, i) => [s.name, { dtype: s.dtype, shape: resolveShape(s.shape, kept.B, kept.T), data: states[i] }])) } : undefined;
        return encodeCheckpoint({ model: meta.name, params, paramShapes, optimizer: training.optimizer, slots, step: stepCount, rngState: dropoutRng.state(), ...(keptState ? { state: keptState } : {}) });
      },

      loadCheckpoint(bytes: Uint8Array | ArrayBuffer, opts: { source?: string } = {}) {
        live();
        // decodeCheckpoint checks everything first: a bad file changes nothing.
        const c = decodeCheckpoint(toBytes(meta, bytes), { model: meta.name, params: meta.params, optimizer: training.optimizer, states: meta.states }, opts.source ?? 'checkpoint');
        const names = new Set(PLAN.slots.map((s) => s.name));
        for (const name of Object.keys(c.slots)) if (!names.has(name)) throw new CheckpointError(`${meta.name}: checkpoint has an unexpected optimizer slot '${name}'`);
        for (const s of PLAN.slots) if (!c.slots[s.name] || c.slots[s.name].length !== s.size) throw new CheckpointError(`${meta.name}: checkpoint lacks optimizer slot '${s.name}' of ${s.size} elements`);
        const nextRng = Rng.fromState(c.rngState as unknown as [number, number, number, number]);
        // The kept state is the checkpoint's: none when it holds none (as after resetState()). Written
        // first: the engine may refuse its sizes (a device limit), and then nothing else has changed.
        const cs = c.state;
        if (cs) engine.writeStates(cs.B, cs.T, meta.states.map((s) => cs.tensors[s.name].data), true);
        writeParams(c.params);
        engine.writeModel(PLAN.slots.map((s) => ({ base: s.base, data: c.slots[s.name] })));
        stepCount = c.step;
        dropoutRng = nextRng;
        state = cs ? { B: cs.B, T: cs.T } : null;
      },
    };
    // Descriptors, not a spread: `step` must stay a live getter.
    Object.defineProperties(model, Object.getOwnPropertyDescriptors(methods));
  }

  if (options.weights !== undefined) {
    try {
      model.loadWeights(options.weights, { ...(options.layout !== undefined ? { layout: options.layout } : {}) });
    } catch (e) {
      // A create() that fails must not keep the engine's device buffers.
      engine.dispose();
      throw e;
    }
  }
  return model;
}

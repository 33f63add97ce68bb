// The JS backend's product: an ESM module (plus its .d.ts) that needs nothing but the
// bundled runtime file beside it. It exports `meta` (plain JSON data) and `create()`, which
// returns a model with forward, weights I/O, parameter access and, for stateful models,
// state kept between calls.

import { fmtShape } from '../../ir/shapes.js';
import type { Module, Shape } from '../../ir/types.js';
import { iexprVars, walkStmts, type Program } from '../kernel-ir.js';
import { schedule, type KernelOptions } from '../schedule.js';
import { addGradients } from '../../passes/autodiff.js';
import { withoutLoss } from '../../passes/dce.js';
import { optimize, type OptimizeOptions } from '../../passes/pipeline.js';
import { renderPrelude, renderProgram, type RenderOptions } from './render.js';

/** Renders one program as the module-level function `opts.fnName(B, T, inputs, params, states[, randoms])`. */
export type ProgramRenderer = (p: Program, opts: RenderOptions) => string;

export interface EmitJsOptions {
  /** Import specifier of the bundled runtime (default './rnnc-runtime.js'). */
  runtimeImport?: string;
  /** IR passes to run (default: all; see src/passes/pipeline.ts). */
  passes?: readonly string[];
  /** Kernel-level passes of the scheduler (default: all on; see src/codegen/schedule.ts). */
  kernels?: KernelOptions;
  /**
   * For targets that reuse this host shell (create(), validation, weights, optimizer, checkpoints)
   * around programs of their own, e.g. wasm: renders each program function (default: the JS
   * renderer). Programs are rendered in the order runEval, runTrain, run.
   */
  renderProgram?: ProgramRenderer;
  /** Module-level code before the programs, made after every program was rendered (default: the JS renderer's prelude). */
  prelude?: () => string;
  /** Code run first in create() (e.g. a feature check), indented by two spaces; default none. */
  createPrelude?: string;
  /** Code run last in create(), before the weights load, with \`model\` made (indented by two spaces); default none. */
  createEpilogue?: string;
}

export interface EmittedModule {
  js: string;
  dts: string;
}

/** The `meta` export: plain JSON data describing the model. */
export function moduleMeta(m: Module, infer: Module = withoutLoss(m)) {
  const needed = new Set(infer.inputs.map((i) => i.name));
  return {
    name: m.name,
    inputs: m.inputs.map((i) => ({
      name: i.name,
      dtype: i.type.dtype,
      shape: [...i.type.shape],
      role: i.role,
      ...(i.doc ? { doc: i.doc } : {}),
      // forward() does not need it (only the loss reads it, e.g. labels): it may be given and is ignored.
      ...(needed.has(i.name) ? {} : { optional: true }),
    })),
    outputs: infer.outputs.map((o) => ({ name: o.name, dtype: o.type.dtype, shape: [...o.type.shape], ...(o.doc ? { doc: o.doc } : {}) })),
    params: m.params.map((p) => ({ name: p.name, shape: [...p.shape], init: p.init })),
    states: m.states.map((s) => ({ name: s.name, dtype: s.type.dtype, shape: [...s.type.shape] })),
    groups: m.groups,
  };
}

/** Whether a program has a buffer or loop sized by `sym`. */
function usesSym(p: Program, sym: 'B' | 'T'): boolean {
  if (p.buffers.some((b) => iexprVars(b.size).has(sym))) return true;
  let found = false;
  walkStmts(p.body, (s) => {
    if (s.kind === 'loop' && iexprVars(s.count).has(sym)) found = true;
  });
  return found;
}

/** Whether a call must be given `sym` (B or T): some program or state is sized by it. Every target's rule. */
export function needsSym(m: Module, programs: readonly Program[], sym: 'B' | 'T'): boolean {
  return programs.some((p) => usesSym(p, sym)) || m.states.some((s) => s.type.shape.includes(sym));
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

function prop(name: string): string {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

function docText(s: string): string {
  return s.replace(/\*\//g, '*\\/').replace(/[\r\n]+/g, ' ');
}

function tsShape(shape: Shape, readonly: boolean): string {
  return `${readonly ? 'readonly ' : ''}[${shape.map((d) => (typeof d === 'number' ? String(d) : 'number')).join(', ')}]`;
}

function arrayType(dtype: string): string {
  return dtype === 'i32' ? 'Int32Array' : 'Float32Array';
}

export function emitJsModule(m: Module, opts: EmitJsOptions = {}): EmittedModule {
  const runtime = opts.runtimeImport ?? './rnnc-runtime.js';
  // Inference runs without the loss (so it needs no labels), with dropout masks the constant 1.
  const passes = { ...(opts.passes ? { passes: opts.passes } : {}) };
  const infer = optimize(withoutLoss(m), passes);
  const kernels = opts.kernels ?? {};
  const program = schedule(infer, { ...kernels, training: false });
  const meta = moduleMeta(m, infer);
  const render = opts.renderProgram ?? renderProgram;
  const training = m.training ? trainingParts(m, passes, kernels, render) : undefined;
  const runCode = render(program, { fnName: 'run', errorClass: 'rt.InputError' });
  const prelude = opts.prelude ? opts.prelude() : renderPrelude();
  const programs = [program, ...(training ? training.programs : [])];
  const needB = needsSym(m, programs, 'B');
  const needT = needsSym(m, programs, 'T');

  const js = `// ${m.name}.js: generated by rnnc${m.source ? ` from ${basename(m.source)}` : ''}. Do not edit.
// Needs only ${runtime} beside it. Types: ${m.name}.d.ts.
import * as rt from ${JSON.stringify(runtime)};

export const meta = ${fmtMeta(meta)};

${prelude}

// The scheduled program: one block per kernel, each naming the IR node it came from.
${runCode}
${training ? `${training.code}\nconst TRAINING = ${fmtMeta(training.meta)};\n` : ''}
const NEED_B = ${needB};
const NEED_T = ${needT};
// Each program reads the inputs it still uses after the passes, in this order; the others are ignored.
function pick(names) {
  return names.map((n) => meta.inputs.find((s) => s.name === n));
}
function others(specs) {
  return meta.inputs.filter((s) => !specs.includes(s)).map((s) => s.name);
}
const FORWARD_INPUTS = pick(${JSON.stringify(infer.inputs.map((i) => i.name))});
const FORWARD_IGNORED = others(FORWARD_INPUTS);

function numel(shape) {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function resolve(shape, B, T) {
  return shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d));
}

function fmt(shape) {
  return '[' + shape.join(', ') + ']';
}

function toBytes(bytes) {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  throw new rt.WeightsError(meta.name + ': weights must be a Uint8Array or an ArrayBuffer');
}

function layoutOf(opts) {
  const layout = (opts && opts.layout) ?? 'rnnc';
  if (layout !== 'rnnc' && layout !== 'pytorch' && layout !== 'keras') {
    throw new rt.WeightsError(meta.name + ": unknown weights layout '" + layout + "' (expected rnnc, pytorch or keras)");
  }
  return layout;
}

/** Creates a model: parameters from options.weights, else initialised from options.seed (default 0). */
export function create(options = {}) {
${opts.createPrelude ?? ''}  const seed = options.seed ?? 0;
  let params = new Map();
  for (const p of meta.params) params.set(p.name, rt.initTensor(p.init, p.shape, seed, p.name));
  // Kept state of a stateful model: null until the first forward call or setState.
  let state = null;
  let disposed = false;

  function live() {
    if (disposed) throw new Error(meta.name + ': this model was disposed');
  }

  function zeroState(B, T) {
    return { B, T, arrays: meta.states.map((s) => (s.dtype === 'i32' ? new Int32Array(numel(resolve(s.shape, B, T))) : new Float32Array(numel(resolve(s.shape, B, T))))) };
  }

  function stateSizeError(what, B, keptB) {
    return new rt.InputError(meta.name + ': ' + what + ' ' + B + ' differs from the kept state\\'s ' + keptB + '; call resetState() before changing it');
  }

  // Binds B and T from the inputs and checks them against the kept state.
  function prepare(inputs, specs, ignore) {
    const sizes = rt.bindInputs(specs, inputs, { ignore });
    const B = sizes.B ?? (state ? state.B : null) ?? (NEED_B ? null : 1);
    const T = sizes.T ?? (state ? state.T : null) ?? (NEED_T ? null : 1);
    if (B === null) throw new rt.InputError(meta.name + ': no input gives the batch size B');
    if (T === null) throw new rt.InputError(meta.name + ': no input gives the sequence length T');
    if (meta.states.length) {
      if (state === null) state = zeroState(B, T);
      else if (state.B !== B && meta.states.some((s) => s.shape.includes('B'))) throw stateSizeError('batch size', B, state.B);
      else if (state.T !== T && meta.states.some((s) => s.shape.includes('T'))) throw stateSizeError('sequence length', T, state.T);
    }
    return { B, T };
  }

  function paramList() {
    return meta.params.map((p) => params.get(p.name));
  }

  function named(specs, outs, B, T) {
    const result = {};
    specs.forEach((o, i) => {
      result[o.name] = { data: outs[i], shape: resolve(o.shape, B, T) };
    });
    return result;
  }

${training ? TRAINING_JS : ''}  const model = {
    meta,

    forward(inputs) {
      live();
      const { B, T } = prepare(inputs, FORWARD_INPUTS, FORWARD_IGNORED);
      const outs = run(B, T, FORWARD_INPUTS.map((s) => inputs[s.name].data), paramList(), state ? state.arrays : []);
      return named(meta.outputs, outs, B, T);
    },

    loadWeights(bytes, opts = {}) {
      live();
      const layout = layoutOf(opts);
      const loaded = rt.importWeights(meta, rt.readSafetensors(toBytes(bytes), opts.source ?? 'weights'), layout, opts.source ?? 'weights');
      const next = new Map();
      for (const p of meta.params) {
        const a = loaded.get(p.name);
        if (!a || a.length !== numel(p.shape)) throw new rt.WeightsError(meta.name + ": weights give no parameter '" + p.name + "' of shape " + fmt(p.shape));
        next.set(p.name, a);
      }
      params = next;
    },

    saveWeights(opts = {}) {
      live();
      return rt.writeSafetensors(rt.exportWeights(meta, params, layoutOf(opts)));
    },

    getParams() {
      live();
      const out = {};
      for (const [name, a] of params) out[name] = a.slice();
      return out;
    },

    setParams(record) {
      live();
      rt.checkParamRecord(meta.name, meta.params, record);
      for (const [name, a] of Object.entries(record)) params.set(name, a.slice());
    },

    resetState() {
      live();
      state = null;
    },

    getState() {
      live();
      const out = {};
      if (state) meta.states.forEach((s, i) => (out[s.name] = state.arrays[i].slice()));
      return out;
    },

    setState(record) {
      live();
      const B = rt.stateRecordBatch(meta.name, meta.states, record, state);
      const T = state ? state.T : 1;
      const next = state && state.B === B ? state : zeroState(B, T);
      meta.states.forEach((s, i) => {
        if (Object.prototype.hasOwnProperty.call(record, s.name)) next.arrays[i] = record[s.name].slice();
      });
      state = next;
    },

    dispose() {
      disposed = true;
      params = new Map();
      state = null;
    },
  };
${training ? TRAINING_ATTACH : ''}${opts.createEpilogue ?? ''}  if (options.weights !== undefined) model.loadWeights(options.weights, { layout: options.layout });
  return model;
}
`;

  return { js, dts: emitDts(m, infer, training?.meta.grads) };
}

function emitDts(m: Module, infer: Module, gradNames: readonly string[] = []): string {
  const L: string[] = [];
  L.push(`// ${m.name}.d.ts: generated by rnnc. Do not edit.`);
  L.push('');
  L.push(`export type Layout = 'rnnc' | 'pytorch' | 'keras';`);
  L.push(`export type Dim = number | 'B' | 'T';`);
  L.push('');
  const needed = new Set(infer.inputs.map((i) => i.name));
  L.push('/** The model inputs; B and T are bound from them at each call. Inputs only the loss needs are optional here. */');
  L.push('export interface Inputs {');
  for (const i of m.inputs) {
    const only = !needed.has(i.name);
    const doc = `${i.type.dtype} ${fmtShape(i.type.shape)}${i.role !== 'data' ? ` (${i.role})` : ''}${only ? ' (not needed by forward)' : ''}${i.doc ? `: ${i.doc}` : ''}`;
    L.push(`  /** ${docText(doc)} */`);
    L.push(`  ${prop(i.name)}${only ? '?' : ''}: { data: ${arrayType(i.type.dtype)}; shape: ${tsShape(i.type.shape, true)} };`);
  }
  L.push('}');
  L.push('');
  L.push('/** The model outputs: fresh arrays the caller owns. */');
  L.push('export interface Outputs {');
  for (const o of infer.outputs) {
    L.push(`  /** ${docText(`${o.type.dtype} ${fmtShape(o.type.shape)}${o.doc ? `: ${o.doc}` : ''}`)} */`);
    L.push(`  ${prop(o.name)}: { data: ${arrayType(o.type.dtype)}; shape: ${tsShape(o.type.shape, false)} };`);
  }
  L.push('}');
  L.push('');
  const union = (xs: readonly string[]): string => (xs.length ? xs.map((x) => JSON.stringify(x)).join(' | ') : 'never');
  L.push(`export type ParamName = ${union(m.params.map((p) => p.name))};`);
  L.push(`export type StateName = ${union(m.states.map((s) => s.name))};`);
  L.push('');
  L.push('export interface ModelMeta {');
  L.push('  readonly name: string;');
  L.push(`  readonly inputs: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[]; readonly role: 'data' | 'mask' | 'lengths' | 'state'; readonly doc?: string }[];`);
  L.push(`  readonly outputs: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[]; readonly doc?: string }[];`);
  L.push(`  readonly params: readonly { readonly name: string; readonly shape: readonly number[]; readonly init: { readonly kind: string; readonly [k: string]: unknown } }[];`);
  L.push(`  readonly states: readonly { readonly name: string; readonly dtype: 'f32' | 'i32'; readonly shape: readonly Dim[] }[];`);
  L.push(`  readonly groups: readonly { readonly kind: string; readonly path: string; readonly [k: string]: unknown }[];`);
  L.push('}');
  L.push('');
  L.push('export interface CreateOptions {');
  L.push('  /** Seed of the parameter initialisers (default 0); each parameter draws from its own (seed, name) stream. */');
  L.push('  seed?: number;');
  L.push('  /** safetensors bytes to load instead of initialising. */');
  L.push('  weights?: Uint8Array | ArrayBuffer;');
  L.push(`  /** Layout of \`weights\` (default 'rnnc'). */`);
  L.push('  layout?: Layout;');
  L.push('}');
  L.push('');
  L.push('export interface Model {');
  L.push('  readonly meta: ModelMeta;');
  L.push(`  /** Runs the model. Throws an InputError naming the input when one does not fit.${m.states.length ? ' Reads and updates the kept state.' : ''} */`);
  L.push('  forward(inputs: Inputs): Outputs;');
  L.push('  /** Replaces every parameter from safetensors bytes. */');
  L.push('  loadWeights(bytes: Uint8Array | ArrayBuffer, opts?: { layout?: Layout }): void;');
  L.push('  /** The parameters as safetensors bytes. */');
  L.push('  saveWeights(opts?: { layout?: Layout }): Uint8Array;');
  L.push('  /** Copies of the parameters. */');
  L.push('  getParams(): Record<ParamName, Float32Array>;');
  L.push('  /** Replaces the given parameters (checked by name and length). */');
  L.push('  setParams(params: Partial<Record<ParamName, Float32Array>>): void;');
  L.push('  /** Forgets the kept state: the next forward call starts from zeros (and may change the batch size). */');
  L.push('  resetState(): void;');
  L.push('  /** Copies of the kept state (empty before the first forward call or after resetState). */');
  L.push('  getState(): Partial<Record<StateName, Float32Array>>;');
  L.push('  /** Sets the kept state (checked by name and length; the batch size follows from the lengths). */');
  L.push('  setState(state: Partial<Record<StateName, Float32Array>>): void;');
  L.push('  /** Releases the parameters and state; the model cannot be used afterwards. */');
  L.push('  dispose(): void;');
  if (m.training) {
    const grads = gradNames;
    L.push('');
    L.push(`  // Training (${docText(`${m.training.optimizer.kind}, loss '${m.training.loss}'`)}).`);
    L.push('  /** One optimizer step on a batch: forward with dropout, backward (BPTT), clipping, update. */');
    L.push('  trainStep(batch: TrainBatch): TrainResult;');
    L.push(`  /** The loss and outputs without dropout; parameters are not changed${m.states.length ? ' (the kept state advances, as in forward)' : ''}. */`);
    L.push('  evaluate(batch: TrainBatch): { loss: number; outputs: Outputs };');
    L.push('  /** The loss and the gradient of every parameter and float input, without dropout; nothing is changed. */');
    L.push('  gradients(batch: TrainBatch): { loss: number; grads: Record<GradName, Float32Array> };');
    L.push('  /** Completed optimizer steps. */');
    L.push('  readonly step: number;');
    L.push('  /** Parameters, optimizer state, step count and dropout stream as safetensors bytes. */');
    L.push('  saveCheckpoint(): Uint8Array;');
    L.push('  /** Restores a checkpoint; a corrupt or mismatched one is refused and nothing changes. */');
    L.push('  loadCheckpoint(bytes: Uint8Array | ArrayBuffer, opts?: { source?: string }): void;');
    L.push('}');
    L.push('');
    L.push('/** Every input, the labels included. */');
    L.push('export type TrainBatch = Required<Inputs>;');
    L.push('export interface TrainResult {');
    L.push('  loss: number;');
    L.push('  learningRate: number;');
    L.push('  /** The global gradient norm before clipping (with clipNorm). */');
    L.push('  gradNorm?: number;');
    L.push('}');
    L.push(`export type GradName = ${union(grads)};`);
  } else {
    L.push('}');
  }
  L.push('');
  L.push('export declare const meta: ModelMeta;');
  L.push('export declare function create(options?: CreateOptions): Model;');
  L.push('');
  return L.join('\n');
}

/** The file name alone: generated code must not depend on where the model was compiled. */
function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** meta as JSON with one entry (input, param, ...) per line: compact, and diff-friendly in golden files. */
function fmtMeta(meta: Record<string, unknown>): string {
  const lines = Object.entries(meta).map(([k, v]) => {
    if (Array.isArray(v)) {
      const items = v.map((x) => `    ${JSON.stringify(x)}`);
      return `  ${JSON.stringify(k)}: [${items.length ? `\n${items.join(',\n')}\n  ` : ''}]`;
    }
    return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `{\n${lines.join(',\n')}\n}`;
}

/** The create() part of a model that trains: trainStep, evaluate, gradients, checkpoints. */
const TRAINING_JS = `  // Training (the model declares a loss and an optimizer): the optimizer's state and the dropout
  // stream live here; both are saved in checkpoints, so a resumed run continues the same trajectory.
  let optimizer = new rt.Optimizer(TRAINING.optimizer, meta.params.map((p) => ({ name: p.name, size: numel(p.shape) })));
  let dropoutRng = rt.streamFor(seed, 'dropout');

  function trainingMethods() {
    // One pass of the gradient program; dropout masks drawn from the stream, or all ones.
    function gradientPass(batch, withDropout, keepState) {
      const specs = pick(TRAINING.trainInputs);
      const { B, T } = prepare(batch, specs, others(specs));
      const randoms = TRAINING.randoms.map((r) => {
        const a = new Float32Array(numel(resolve(r.shape, B, T)));
        return withDropout ? rt.fillDropout(a, r.rate, dropoutRng) : a.fill(1);
      });
      const states = state ? (keepState ? state.arrays : state.arrays.map((a) => a.slice())) : [];
      const outs = runTrain(B, T, specs.map((s) => batch[s.name].data), paramList(), states, randoms);
      const grads = {};
      TRAINING.grads.forEach((name, i) => (grads[name] = outs[TRAINING.gradIndex + i]));
      return { loss: outs[TRAINING.lossIndex][0], grads };
    }
    return {
      trainStep(batch) {
        live();
        const { loss, grads } = gradientPass(batch, true, true);
        if (!Number.isFinite(loss)) throw new Error(meta.name + ': trainStep: the loss is ' + loss + '; the parameters were left unchanged (lower the learning rate or clip the gradients)');
        const paramGrads = {};
        for (const p of meta.params) paramGrads[p.name] = grads['grad.' + p.name];
        if (TRAINING.clipValue !== undefined) rt.clipByValue(paramGrads, TRAINING.clipValue);
        const gradNorm = TRAINING.clipNorm !== undefined ? rt.clipByGlobalNorm(paramGrads, TRAINING.clipNorm) : undefined;
        const lr = rt.learningRate(TRAINING.optimizer.lr ?? 1, TRAINING.schedule, optimizer.stepCount);
        optimizer.step(Object.fromEntries(params), paramGrads, lr);
        return gradNorm === undefined ? { loss, learningRate: lr } : { loss, learningRate: lr, gradNorm };
      },

      evaluate(batch) {
        live();
        const specs = pick(TRAINING.evalInputs);
        const { B, T } = prepare(batch, specs, others(specs));
        const outs = runEval(B, T, specs.map((s) => batch[s.name].data), paramList(), state ? state.arrays : []);
        const all = named(TRAINING.outputs, outs, B, T);
        const loss = all[TRAINING.loss].data[0];
        delete all[TRAINING.loss];
        return { loss, outputs: all };
      },

      gradients(batch) {
        live();
        const { loss, grads } = gradientPass(batch, false, false);
        return { loss, grads };
      },

      get step() {
        return optimizer.stepCount;
      },

      saveCheckpoint() {
        live();
        const paramShapes = {};
        for (const p of meta.params) paramShapes[p.name] = p.shape;
        return rt.encodeCheckpoint({ model: meta.name, params: Object.fromEntries(params), paramShapes, optimizer: TRAINING.optimizer, slots: optimizer.slots(), step: optimizer.stepCount, rngState: dropoutRng.state() });
      },

      loadCheckpoint(bytes, opts = {}) {
        live();
        // decodeCheckpoint checks everything first: a bad file changes nothing.
        const c = rt.decodeCheckpoint(toBytes(bytes), { model: meta.name, params: meta.params, optimizer: TRAINING.optimizer }, opts.source ?? 'checkpoint');
        const next = new Map();
        for (const p of meta.params) next.set(p.name, c.params[p.name].slice());
        const nextOptimizer = new rt.Optimizer(TRAINING.optimizer, meta.params.map((p) => ({ name: p.name, size: numel(p.shape) })));
        nextOptimizer.loadSlots(c.slots, c.step);
        params = next;
        optimizer = nextOptimizer;
        dropoutRng = rt.Rng.fromState(c.rngState);
      },
    };
  }

`;

// Descriptors, not a spread: \`step\` must stay a live getter.
const TRAINING_ATTACH = `  Object.defineProperties(model, Object.getOwnPropertyDescriptors(trainingMethods()));
`;

/** The training programs (evaluation with the loss, and the gradient pass) and their metadata. */
function trainingParts(m: Module, passes: OptimizeOptions, kernels: KernelOptions, render: ProgramRenderer) {
  const spec = m.training!;
  const opt = optimize(m, passes);
  // The gradient graph gets the clean-up passes too: autodiff emits zeros, repeats and dead values freely.
  const grad = optimize(addGradients(opt, { loss: spec.loss }), passes);
  const evalProgram = schedule(opt, { ...kernels, training: false });
  const trainProgram = schedule(grad, { ...kernels, training: true });
  const meta = {
    loss: spec.loss,
    lossIndex: m.outputs.findIndex((o) => o.name === spec.loss),
    outputs: m.outputs.map((o) => ({ name: o.name, shape: [...o.type.shape] })),
    optimizer: spec.optimizer,
    schedule: spec.schedule ?? { kind: 'constant' },
    ...(spec.clipNorm !== undefined ? { clipNorm: spec.clipNorm } : {}),
    ...(spec.clipValue !== undefined ? { clipValue: spec.clipValue } : {}),
    evalInputs: opt.inputs.map((i) => i.name),
    trainInputs: grad.inputs.map((i) => i.name),
    gradIndex: m.outputs.length,
    grads: grad.outputs.slice(m.outputs.length).map((o) => o.name),
    randoms: trainProgram.randoms.map((r) => ({ name: r.name, rate: r.rate, shape: [...r.shape] })),
  };
  const code = [
    '// Evaluation: the model with its loss, no dropout.',
    render(evalProgram, { fnName: 'runEval', errorClass: 'rt.InputError' }),
    '// Training: outputs, loss and the gradient of every parameter and float input (autodiff, BPTT).',
    render(trainProgram, { fnName: 'runTrain', errorClass: 'rt.InputError' }),
  ].join('\n');
  return { meta, code, programs: [evalProgram, trainProgram] };
}

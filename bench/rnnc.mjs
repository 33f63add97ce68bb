// rnnc rows: the workload models written with the DSL, compiled in-process (trace ->
// emitJsModule -> bundleRuntime, written to a temporary folder and imported), exactly the module
// `rnnc compile --target js` writes. Needs dist/ (`npm run bench` builds it first).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineModel } from '../dist/index.js';
import { trace } from '../dist/frontend/trace.js';
import { bundleRuntime, emitJsModule } from '../dist/codegen/js/index.js';
import { passNames } from '../dist/passes/pipeline.js';
import { evalStats, moduleStats } from '../dist/codegen/stats.js';
import { readSafetensors, writeSafetensors } from '../dist/runtime/safetensors.js';
import { LR } from './workloads.mjs';

export { passNames };

/** Kernel-level options of emitJsModule that the ablation switches off one at a time. */
export const KERNEL_OPTIONS = ['fusePointwise', 'planBuffers', 'transposeOperands'];

/** The workload as an rnnc model: x [B, T, I] -> y [B, T, H] (and an MSE loss with SGD when training). */
export function modelDef(w, { resetAfter = true } = {}) {
  const name = `bench_${w.id}_${w.cell}${w.cell === 'gru' ? (resetAfter ? '_ra' : '_rb') : ''}`;
  return defineModel(name, (m) => {
    const x = m.sequence('x', w.I);
    const opts = { units: w.H, name: 'rnn', returnSequences: true };
    const { output } = w.cell === 'lstm' ? m.lstm(x, opts) : m.gru(x, { ...opts, resetAfter });
    m.output('y', output);
    if (w.train) m.train({ loss: m.meanSquaredError(output, m.sequence('target', w.H)), optimizer: { kind: 'sgd', lr: LR } });
  });
}

let tmpRoot = null;
let counter = 0;

function tmpDir() {
  if (!tmpRoot) {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-bench-'));
    process.on('exit', () => fs.rmSync(tmpRoot, { recursive: true, force: true }));
  }
  return tmpRoot;
}

/**
 * Compiles `def` with the given emitJsModule options and imports the generated module.
 * Returns the module, its JS text (the ablation compares texts) and the compile times.
 */
export async function compile(def, emitOptions = {}) {
  const t0 = performance.now();
  const mod = trace(def);
  const t1 = performance.now();
  const { js } = emitJsModule(mod, emitOptions);
  const t2 = performance.now();
  const dir = path.join(tmpDir(), `${def.name}-${counter++}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), await bundleRuntime());
  fs.writeFileSync(path.join(dir, `${def.name}.js`), js);
  const module = await import(pathToFileURL(path.join(dir, `${def.name}.js`)).href);
  return { module, js, traceMs: t1 - t0, emitMs: t2 - t1 };
}

/** Keras-layout weights ({ kernel, recurrent_kernel, bias } of layer 'rnn') as safetensors bytes. */
export function kerasBytes(weights) {
  const tensors = {};
  for (const [k, t] of Object.entries(weights)) tensors[`rnn.${k}`] = { dtype: 'f32', shape: t.shape, data: t.data };
  return writeSafetensors(tensors);
}

/**
 * rnnc's gradients (grad.<param> from model.gradients) in Keras layout, by the model's own
 * saveWeights: a second model instance holds the gradients as its parameters.
 */
export function gradsAsKeras(module, grads) {
  const holder = module.create();
  const params = {};
  for (const p of module.meta.params) params[p.name] = grads[`grad.${p.name}`];
  holder.setParams(params);
  const out = {};
  for (const [name, t] of readSafetensors(holder.saveWeights({ layout: 'keras' }), 'grads')) out[name.replace(/^rnn\./, '')] = t.data;
  holder.dispose();
  return out;
}

/**
 * An rnnc row: compiles, loads the workload's weights, and returns the timed step (forward, or
 * trainStep) and the reference values for the numerics check (the output, or the gradients).
 */
export async function rnncRow(w, { resetAfter = true, weights, inputs, emitOptions = {} }) {
  const c = await compile(modelDef(w, { resetAfter }), emitOptions);
  const model = c.module.create({ weights: kerasBytes(weights), layout: 'keras' });
  const x = { data: inputs.x, shape: [w.B, w.T, w.I] };
  const batch = w.train ? { x, target: { data: inputs.target, shape: [w.B, w.T, w.H] } } : { x };
  return {
    js: c.js,
    note: `compile ${Math.round(c.traceMs + c.emitMs)} ms`,
    /** The first call: its result is the reference for the peers (and it warms up the same code). */
    reference() {
      if (!w.train) return { output: model.forward(batch).y.data };
      const { loss, grads } = model.gradients(batch);
      return { loss, grads: gradsAsKeras(c.module, grads) };
    },
    step: w.train ? () => model.trainStep(batch).loss : () => model.forward(batch).y.data,
    dispose: () => model.dispose(),
  };
}

/**
 * The deterministic figures of the program a row times (`run` for inference, trainStep's program
 * for a training step: `runStep`, or `runTrain` for a model without float inputs), compiled with `emitOptions` exactly as emitJsModule schedules it
 * (src/codegen/stats.ts): kernels per step of the forward and backward loops, kernels in all,
 * kernel launches per call, matmul FLOPs and peak buffer bytes, at the workload's B and T.
 * They show what a pass changes even where its time is within the noise of a shared machine.
 */
export function statsOf(w, emitOptions = {}, { resetAfter = true } = {}) {
  const mod = trace(modelDef(w, { resetAfter }));
  const programs = moduleStats(mod, { passes: emitOptions.passes, kernels: emitOptions.kernels });
  const fn = w.train ? (programs.some((x) => x.fn === 'runStep') ? 'runStep' : 'runTrain') : 'run';
  const p = programs.find((x) => x.fn === fn);
  if (!p) throw new Error(`statsOf: no ${fn} program for ${w.id}`);
  const s = p.stats;
  const perStep = (role) => s.loops.filter((l) => l.role === role).reduce((n, l) => n + l.kernelsPerStep, 0);
  const k = s.kernels;
  const v = evalStats(s, { B: w.B, T: w.T });
  return {
    fwdPerStep: perStep('forward'),
    bwdPerStep: w.train ? perStep('backward') : undefined,
    kernels: k.map + k.reduce + k.matmul + k.gather + (k.scatter_add ?? 0) + (k.one_hot ?? 0) + (k.linear_scan ?? 0),
    launches: v.launches,
    matmulFlops: v.matmulFlops,
    peakBytes: v.peakBytes,
    buffers: s.buffers,
  };
}

// Training through the wasm module equals training through the JS module: the loss and every
// gradient (rel. to each tensor's largest, <= 1e-5), parameters after a few optimizer steps
// (Adam with a schedule, clipping and dropout; SGD with peepholes and truncation; SGD with momentum;
// not Adam or RMSprop on the wide model: their first steps are about sign(g) per element, so float32
// noise in a near-zero gradient element flips a whole step), stateful
// TBPTT, and a checkpoint that resumes the same trajectory.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32, type ModelDef } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import type { HostTensor } from '../../../src/ir/interpret.js';
import { compileJs, inputsFor, maxRelError, paramsFor, type GeneratedModel } from '../../helpers/models.js';
import { compileWasm } from './helpers.js';
import sentiment from '../../../examples/sentiment/model.js';
import { trainMinGru, trainRegress, trainTagger } from '../../helpers/cases.js';

interface Trainable extends GeneratedModel {
  trainStep(b: Record<string, HostTensor>): { loss: number; learningRate: number; gradNorm?: number };
  evaluate(b: Record<string, HostTensor>): { loss: number; outputs: Record<string, HostTensor> };
  gradients(b: Record<string, HostTensor>): { loss: number; grads: Record<string, Float32Array> };
  saveCheckpoint(): Uint8Array;
  loadCheckpoint(bytes: Uint8Array): void;
  readonly step: number;
  getState(): Record<string, Float32Array>;
}

// The shared training models (test/helpers/cases.ts), and one wide enough for the SIMD paths.
const tagger = trainTagger;
const regress = trainRegress;

const wide = defineModel('wasm_train_wide', (m) => {
  const x = m.sequence('x', 66);
  const target = m.input('target', 'f32', ['B', 'T', 64]);
  const h = m.lstm(x, { units: 64, returnSequences: true }).output;
  const g = m.gru(h as never, { units: 64, returnSequences: true }).output;
  m.train({ loss: m.meanSquaredError(g as F32, target), optimizer: { kind: 'sgd', lr: 0.1, momentum: 0.9 } });
});

async function build(def: ModelDef) {
  const mod = trace(def);
  const [j, w] = await Promise.all([compileJs(mod), compileWasm(mod)]);
  return { mod, js: (seed = 0) => j.module.create({ seed }) as unknown as Trainable, wasm: (seed = 0) => w.module.create({ seed }) as unknown as Trainable };
}

/** Largest |a - b| over the largest |b|: gradients are compared relative to each tensor's scale. */
function scaledError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let scale = 1e-30;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const e = Math.abs(a[i] - b[i]) / scale;
    if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : e;
  }
  return worst;
}

describe('wasm gradients == JS gradients', () => {
  for (const [def, B, T] of [[sentiment, 4, 6], [tagger, 4, 6], [regress, 4, 6], [wide, 5, 3], [trainMinGru, 5, 7]] as const) {
    it(def.name, async () => {
      const { mod, js, wasm } = await build(def);
      const params = paramsFor(mod, 3, 0.4);
      const a = wasm();
      const b = js();
      a.setParams(params);
      b.setParams(params);
      const batch = inputsFor(mod, B, T, 4, 50, { labels: 2 });
      const ga = a.gradients(batch);
      const gb = b.gradients(batch);
      expect(Math.abs(ga.loss - gb.loss) / Math.max(1, Math.abs(gb.loss))).toBeLessThanOrEqual(1e-5);
      expect(Object.keys(ga.grads).sort()).toEqual(Object.keys(gb.grads).sort());
      for (const name of Object.keys(gb.grads)) expect(scaledError(ga.grads[name], gb.grads[name]), `${def.name} ${name}`).toBeLessThanOrEqual(1e-5);
    });
  }
});

describe('wasm optimizer steps == JS optimizer steps', () => {
  for (const def of [tagger, regress, wide]) {
    it(`${def.name}: 3 trainSteps, then evaluate`, async () => {
      const { mod, js, wasm } = await build(def);
      const a = wasm(2);
      const b = js(2);
      for (let s = 0; s < 3; s++) {
        const batch = inputsFor(mod, 4, 5, 10 + s, 50, { labels: 2 });
        const ra = a.trainStep(batch);
        const rb = b.trainStep(batch);
        expect(Math.abs(ra.loss - rb.loss) / Math.max(1, Math.abs(rb.loss)), `step ${s} loss`).toBeLessThanOrEqual(1e-5);
        expect(ra.learningRate).toBe(rb.learningRate);
      }
      expect(a.step).toBe(3);
      const pa = a.getParams();
      const pb = b.getParams();
      for (const p of mod.params) expect(maxRelError(pa[p.name], pb[p.name]), p.name).toBeLessThanOrEqual(1e-5);
      const batch = inputsFor(mod, 4, 5, 99, 50, { labels: 2 });
      expect(Math.abs(a.evaluate(batch).loss - b.evaluate(batch).loss)).toBeLessThanOrEqual(1e-5);
    });
  }

  it('a checkpoint from the wasm module resumes the same trajectory', async () => {
    const { mod, wasm } = await build(tagger);
    const batches = [0, 1, 2, 3].map((s) => inputsFor(mod, 4, 5, 20 + s, 50, { labels: 2 }));
    const straight = wasm(9);
    for (const b of batches) straight.trainStep(b);
    const first = wasm(9);
    for (const b of batches.slice(0, 2)) first.trainStep(b);
    const resumed = wasm(1234);
    resumed.loadCheckpoint(first.saveCheckpoint());
    for (const b of batches.slice(2)) resumed.trainStep(b);
    const a = straight.getParams();
    const c = resumed.getParams();
    for (const p of mod.params) expect(Buffer.from(c[p.name].buffer).equals(Buffer.from(a[p.name].buffer)), p.name).toBe(true);
  });

  it('stateful TBPTT: the kept state and the next chunk\'s gradients match the JS module', async () => {
    const def = defineModel('wasm_tbptt', (m) => {
      const x = m.sequence('x', 2);
      const target = m.input('target', 'f32', ['B', 'T', 3]);
      const h = m.gru(x, { units: 3, stateful: true, returnSequences: true, truncate: 2 }).output;
      m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'sgd', lr: 0.1 } });
    });
    const { mod, js, wasm } = await build(def);
    const a = wasm(5);
    const b = js(5);
    a.trainStep(inputsFor(mod, 2, 4, 40));
    b.trainStep(inputsFor(mod, 2, 4, 40));
    const sa = a.getState();
    const sb = b.getState();
    for (const k of Object.keys(sb)) expect(maxRelError(sa[k], sb[k]), k).toBeLessThanOrEqual(1e-6);
    const ga = a.gradients(inputsFor(mod, 2, 4, 41)).grads;
    const gb = b.gradients(inputsFor(mod, 2, 4, 41)).grads;
    for (const k of Object.keys(gb)) expect(scaledError(ga[k], gb[k]), k).toBeLessThanOrEqual(1e-5);
  });
});

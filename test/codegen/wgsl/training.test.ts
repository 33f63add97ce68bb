// Training on the device: the WGSL target's gradients equal the JS target's, and trainStep (the
// gradient program, then the optimizer update program on the device: clipping, schedule, dropout)
// follows the JS target's trajectory for a few steps (rel. error <= 1e-4); checkpoints move between
// the two targets; a non-finite loss is reported and leaves the parameters unchanged.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32, type ModelDef } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import type { HostTensor } from '../../../src/ir/interpret.js';
import { compileJs, inputsFor, maxRelError, paramsFor, type GeneratedModel } from '../../helpers/models.js';
import { compileWgsl } from './helpers.js';
import { trainMinGru, trainRegress, trainTagger } from '../../helpers/cases.js';
import sentiment from '../../../examples/sentiment/model.js';

interface JsTrainable extends GeneratedModel {
  trainStep(b: Record<string, HostTensor>): { loss: number; learningRate: number; gradNorm?: number };
  gradients(b: Record<string, HostTensor>): { loss: number; grads: Record<string, Float32Array> };
  saveCheckpoint(): Uint8Array;
  loadCheckpoint(bytes: Uint8Array): void;
  readonly step: number;
}

const TOL = 1e-4;
const B = 4;
const T = 6;

// Each model is compiled once for the file (compiling is most of the time on llvmpipe).
const compiled = new Map<ModelDef, ReturnType<typeof compileBoth>>();
async function compileBoth(def: ModelDef) {
  const mod = trace(def);
  const [w, j] = await Promise.all([compileWgsl(mod), compileJs(mod)]);
  return { mod, wgsl: w.create, js: (seed = 0) => j.module.create({ seed }) as unknown as JsTrainable };
}
function both(def: ModelDef) {
  if (!compiled.has(def)) compiled.set(def, compileBoth(def));
  return compiled.get(def)!;
}

/** Largest |a - b| relative to the largest |b| (gradients near zero compare on the array's scale). */
function scaledError(a: Float32Array, b: Float32Array): number {
  const scale = Math.max(1, ...Array.from(b, Math.abs));
  let worst = a.length === b.length ? 0 : Infinity;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / scale);
  return worst;
}

describe('WGSL gradients == JS gradients', () => {
  for (const def of [sentiment, trainTagger, trainRegress, trainMinGru]) {
    it(def.name, async () => {
      const { mod, wgsl, js } = await both(def);
      const params = paramsFor(mod, 3, 0.4);
      const ref = js();
      ref.setParams(params);
      const model = await wgsl();
      model.setParams(params);
      const batch = inputsFor(mod, B, T, 4, 50, { labels: 2 });
      const got = await model.gradients(batch);
      const want = ref.gradients(batch);
      expect(maxRelError([got.loss], [want.loss])).toBeLessThanOrEqual(TOL);
      expect(Object.keys(got.grads).sort()).toEqual(Object.keys(want.grads).sort());
      for (const name of Object.keys(want.grads)) expect(scaledError(got.grads[name], want.grads[name]), name).toBeLessThanOrEqual(TOL);
      // Nothing changed: the same call gives the same loss.
      expect((await model.gradients(batch)).loss).toBe(got.loss);
    }, 120_000);
  }
});

describe('trainStep on the device follows the JS target', () => {
  for (const def of [trainTagger, trainRegress]) {
    it(`${def.name}: 3 steps`, async () => {
      const { mod, wgsl, js } = await both(def);
      const ref = js(5);
      const model = await wgsl({ seed: 5 });
      for (let s = 0; s < 3; s++) {
        const batch = inputsFor(mod, B, T, 30 + s, 50, { labels: 2 });
        const got = await model.trainStep(batch);
        const want = ref.trainStep(batch);
        expect(maxRelError([got.loss], [want.loss]), `step ${s} loss`).toBeLessThanOrEqual(TOL);
        expect(got.learningRate).toBe(want.learningRate);
        if (want.gradNorm !== undefined) expect(maxRelError([got.gradNorm!], [want.gradNorm])).toBeLessThanOrEqual(TOL);
      }
      expect(model.step).toBe(3);
      const a = await model.getParams();
      const b = ref.getParams();
      for (const p of mod.params) expect(scaledError(a[p.name], b[p.name]), p.name).toBeLessThanOrEqual(TOL);
      // and the step moved them
      const init = js(5).getParams();
      expect(mod.params.some((p) => scaledError(b[p.name], init[p.name]) > 1e-3)).toBe(true);
    }, 120_000);
  }
});

describe('checkpoints move between the JS and WGSL targets', () => {
  it('JS -> WGSL -> JS continues the same trajectory (Adam, cosine, clipNorm, dropout)', async () => {
    const { mod, wgsl, js } = await both(trainTagger);
    const batches = [0, 1, 2, 3].map((s) => inputsFor(mod, B, T, 20 + s, 50, { labels: 2 }));
    const straight = js(9);
    for (const b of batches) straight.trainStep(b);

    const first = js(9);
    for (const b of batches.slice(0, 2)) first.trainStep(b);
    const onDevice = await wgsl({ seed: 1234 });
    onDevice.loadCheckpoint(first.saveCheckpoint());
    expect(onDevice.step).toBe(2);
    await onDevice.trainStep(batches[2]);
    const back = js(77);
    back.loadCheckpoint(await onDevice.saveCheckpoint());
    expect(back.step).toBe(3);
    back.trainStep(batches[3]);
    const a = straight.getParams();
    const c = back.getParams();
    for (const p of mod.params) expect(scaledError(c[p.name], a[p.name]), p.name).toBeLessThanOrEqual(TOL);
    // A checkpoint of another model is refused and changes nothing.
    const other = (await both(trainRegress)).js().saveCheckpoint();
    const before = await onDevice.getParams();
    expect(() => onDevice.loadCheckpoint(other)).toThrow(/model/);
    expect(await onDevice.getParams()).toEqual(before);
  }, 120_000);
});

describe('a non-finite loss', () => {
  it('rejects trainStep and leaves parameters and step unchanged', async () => {
    const { mod, wgsl } = await both(trainRegress);
    const model = await wgsl({ seed: 2 });
    const batch = inputsFor(mod, B, T, 3);
    batch.target.data[0] = NaN;
    const before = await model.getParams();
    await expect(model.trainStep(batch)).rejects.toThrow(/loss is NaN.*left unchanged/);
    expect(await model.getParams()).toEqual(before);
    expect(model.step).toBe(0);
  }, 60_000);
});

describe('stateful TBPTT on the device', () => {
  it('state carries across trainStep chunks as in the JS target', async () => {
    const def = defineModel('tbptt', (m) => {
      const x = m.sequence('x', 2);
      const target = m.input('target', 'f32', ['B', 'T', 3]);
      const h = m.gru(x, { units: 3, stateful: true, returnSequences: true, truncate: 2 }).output;
      m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'sgd', lr: 0.1 } });
    });
    const { mod, wgsl, js } = await both(def);
    const ref = js(5);
    const model = await wgsl({ seed: 5 });
    for (const seed of [40, 41]) {
      const chunk = inputsFor(mod, 2, 4, seed);
      expect(maxRelError([(await model.trainStep(chunk)).loss], [ref.trainStep(chunk).loss])).toBeLessThanOrEqual(TOL);
    }
    const kept = await model.getState();
    const keptJs = (ref as unknown as { getState(): Record<string, Float32Array> }).getState();
    for (const name of Object.keys(keptJs)) expect(maxRelError(kept[name], keptJs[name]), name).toBeLessThanOrEqual(TOL);
    const g = await model.gradients(inputsFor(mod, 2, 4, 42));
    const gj = ref.gradients(inputsFor(mod, 2, 4, 42));
    for (const name of Object.keys(gj.grads)) expect(scaledError(g.grads[name], gj.grads[name]), name).toBeLessThanOrEqual(TOL);
  }, 60_000);
});

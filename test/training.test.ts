// Training through the generated JS module: gradients equal the reference interpreter's, an
// optimizer step is exactly the update rule, training lowers the loss, checkpoints resume the same
// trajectory bit for bit, a corrupt checkpoint changes nothing, and stateful TBPTT carries state.
import { describe, expect, it } from 'vitest';
import { defineModel, type ModelDef, type F32 } from 'rnnc';
import { trace } from '../src/frontend/trace.js';
import { interpret, type HostTensor } from '../src/ir/interpret.js';
import { addGradients } from '../src/passes/autodiff.js';
import { compileJs, inputsFor, maxRelError, paramsFor, type GeneratedModel } from './helpers/models.js';
import { trainCases, trainRegress as regress, trainTagger as tagger } from './helpers/cases.js';

interface Trainable extends GeneratedModel {
  trainStep(b: Record<string, HostTensor>): { loss: number; learningRate: number; gradNorm?: number };
  evaluate(b: Record<string, HostTensor>): { loss: number; outputs: Record<string, HostTensor> };
  gradients(b: Record<string, HostTensor>): { loss: number; grads: Record<string, Float32Array> };
  saveCheckpoint(): Uint8Array;
  loadCheckpoint(bytes: Uint8Array): void;
  readonly step: number;
  getState(): Record<string, Float32Array>;
  resetState(): void;
}

async function build(def: ModelDef) {
  const mod = trace(def);
  const { module } = await compileJs(mod);
  return { mod, create: (seed = 0) => module.create({ seed }) as unknown as Trainable };
}

const B = 4;
const T = 6;

describe('generated JS gradients equal the reference interpreter', () => {
  for (const def of trainCases) {
    it(def.name, async () => {
      const { mod, create } = await build(def);
      const model = create();
      const params = paramsFor(mod, 3, 0.4);
      model.setParams(params);
      const batch = inputsFor(mod, B, T, 4, 50, { labels: 2 });
      const got = model.gradients(batch);
      const want = interpret(addGradients(mod, { loss: mod.training!.loss }), batch, params).outputs;
      expect(Math.abs(got.loss - want[mod.training!.loss].data[0])).toBeLessThanOrEqual(1e-5);
      const names = Object.keys(got.grads);
      expect(names.length).toBe(mod.params.length + mod.inputs.filter((i) => i.type.dtype === 'f32' && i.role === 'data').length);
      for (const name of names) {
        const ref = want[name].data;
        const scale = Math.max(1, ...Array.from(ref, Math.abs));
        let worst = 0;
        for (let i = 0; i < ref.length; i++) worst = Math.max(worst, Math.abs(got.grads[name][i] - ref[i]) / scale);
        expect(worst, `${def.name} ${name}`).toBeLessThanOrEqual(1e-5);
      }
    });
  }
});

describe('trainStep', () => {
  it('an SGD step is exactly p - lr * g (in float32)', async () => {
    const { mod, create } = await build(regress);
    const model = create(1);
    const batch = inputsFor(mod, B, T, 5);
    const before = model.getParams();
    const { grads } = model.gradients(batch);
    const r = model.trainStep(batch);
    expect(r.learningRate).toBe(0.5);
    const after = model.getParams();
    for (const p of mod.params) {
      const g = grads[`grad.${p.name}`];
      for (let i = 0; i < g.length; i++) expect(after[p.name][i]).toBe(Math.fround(before[p.name][i] - 0.5 * g[i]));
    }
    expect(model.step).toBe(1);
  });

  it('training lowers the loss', async () => {
    const { mod, create } = await build(tagger);
    const model = create(2);
    const batch = inputsFor(mod, 8, T, 6, 50, { labels: 2 });
    const first = model.evaluate(batch).loss;
    for (let s = 0; s < 20; s++) model.trainStep(batch);
    const last = model.evaluate(batch).loss;
    expect(last).toBeLessThan(first * 0.8);
  });

  it('dropout is live in trainStep and off in evaluate and gradients', async () => {
    const { mod, create } = await build(tagger);
    const model = create(3);
    const batch = inputsFor(mod, B, T, 7, 50, { labels: 2 });
    const ev = model.evaluate(batch).loss;
    expect(model.gradients(batch).loss).toBeCloseTo(ev, 6);
    const a = create(3).trainStep(batch).loss;
    const b = create(3).trainStep(batch).loss;
    expect(a).toBe(b); // same seed, same masks
    expect(Math.abs(a - ev)).toBeGreaterThan(1e-6); // masks change the loss
  });
});

describe('checkpoints', () => {
  it('resuming continues the same trajectory bit for bit (Adam, cosine schedule, dropout)', async () => {
    const { mod, create } = await build(tagger);
    const batches = [0, 1, 2, 3, 4, 5].map((s) => inputsFor(mod, B, T, 20 + s, 50, { labels: 2 }));
    const straight = create(9);
    for (const b of batches) straight.trainStep(b);

    const first = create(9);
    for (const b of batches.slice(0, 3)) first.trainStep(b);
    const bytes = first.saveCheckpoint();
    const resumed = create(1234); // another seed: everything must come from the checkpoint
    resumed.loadCheckpoint(bytes);
    expect(resumed.step).toBe(3);
    for (const b of batches.slice(3)) resumed.trainStep(b);

    expect(resumed.step).toBe(6);
    const a = straight.getParams();
    const c = resumed.getParams();
    for (const p of mod.params) expect(Buffer.from(c[p.name].buffer).equals(Buffer.from(a[p.name].buffer)), p.name).toBe(true);
  });

  it('a corrupt or mismatched checkpoint is refused and changes nothing', async () => {
    const { mod, create } = await build(tagger);
    const model = create(4);
    const batch = inputsFor(mod, B, T, 30, 50, { labels: 2 });
    model.trainStep(batch);
    const good = model.saveCheckpoint();
    const before = model.getParams();
    const truncated = good.slice(0, good.length - 17);
    expect(() => model.loadCheckpoint(truncated)).toThrow(/checkpoint/);
    const other = (await build(regress)).create().saveCheckpoint();
    expect(() => model.loadCheckpoint(other)).toThrow(/model/);
    expect(model.getParams()).toEqual(before);
    expect(model.step).toBe(1);
    // And training goes on exactly as if nothing had been tried.
    const twin = create(4);
    twin.trainStep(batch);
    expect(model.trainStep(batch).loss).toBe(twin.trainStep(batch).loss);
  });
});

describe('stateful TBPTT', () => {
  it('state carries across trainStep chunks, without gradient across the border', async () => {
    const def = defineModel('tbptt', (m) => {
      const x = m.sequence('x', 2);
      const target = m.input('target', 'f32', ['B', 'T', 3]);
      const h = m.gru(x, { units: 3, stateful: true, returnSequences: true, truncate: 2 }).output;
      m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'sgd', lr: 0.1 } });
    });
    const { mod, create } = await build(def);
    const model = create(5);
    const chunk1 = inputsFor(mod, 2, 4, 40);
    const chunk2 = inputsFor(mod, 2, 4, 41);
    const p0 = model.getParams();
    model.trainStep(chunk1);
    const g = addGradients(mod, { loss: 'loss' });
    const r1 = interpret(mod, chunk1, p0);
    const kept = model.getState();
    for (const [name, s] of Object.entries(r1.states)) expect(maxRelError(kept[name], s.data)).toBeLessThanOrEqual(1e-6);
    const p1 = model.getParams();
    const got = model.gradients(chunk2);
    const want = interpret(g, chunk2, p1, { states: r1.states }).outputs;
    for (const p of mod.params) expect(maxRelError(got.grads[`grad.${p.name}`], want[`grad.${p.name}`].data), p.name).toBeLessThanOrEqual(1e-5);
    model.resetState();
    expect(model.getState()).toEqual({});
  });
});

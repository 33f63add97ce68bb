// Stateful training on the device (src/runtime/device-model.ts, the WebGPU engine on Dawn): a step
// refused for a NaN loss leaves the kept state on the device, the dropout stream, the parameters,
// the optimizer slots and the step as they were (issue 19, item 3), and a checkpoint holds the
// kept state, so resuming equals the uninterrupted run (issue 19, item 10); within 1e-5 of each
// other, and of the JS target's run.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32 } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import { inputsFor, maxRelError } from '../../helpers/models.js';
import { compileWgsl, type WgslModel } from './helpers.js';

const TOL = 1e-5;
const def = defineModel('wgsl_stateful_drop', (m) => {
  const x = m.sequence('x', 3);
  const target = m.input('target', 'f32', ['B', 'T', 5]);
  const h = m.lstm(x, { units: 5, stateful: true, returnSequences: true, dropout: 0.2, recurrentDropout: 0.3 }).output;
  m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'adam', lr: 0.05 } });
});
const mod = trace(def);
const B = 3;
const T = 4;
const chunks = [0, 1, 2, 3].map((s) => inputsFor(mod, B, T, 60 + s));
const nanBatch = inputsFor(mod, B, T, 70);
(nanBatch.target.data as Float32Array)[5] = Number.NaN;

async function snapshot(m: WgslModel): Promise<Record<string, Float32Array>> {
  const out: Record<string, Float32Array> = {};
  for (const [k, v] of Object.entries(await m.getParams())) out[`param.${k}`] = v;
  for (const [k, v] of Object.entries(await m.getState())) out[`state.${k}`] = Float32Array.from(v);
  return out;
}
async function close(a: WgslModel, b: WgslModel, what: string): Promise<void> {
  const [x, y] = [await snapshot(a), await snapshot(b)];
  expect(Object.keys(x).sort(), what).toEqual(Object.keys(y).sort());
  for (const k of Object.keys(y)) expect(maxRelError(x[k], y[k]), `${what}: ${k}`).toBeLessThanOrEqual(TOL);
  expect(a.step, what).toBe(b.step);
}

describe('wgsl: stateful training', () => {
  it('a step refused for a NaN loss changes nothing, on the device too', async () => {
    const { create } = await compileWgsl(mod);
    const clean = await create({ seed: 3 });
    const faulty = await create({ seed: 3 });
    await expect(faulty.trainStep(nanBatch)).rejects.toThrow(/loss is NaN; the step was refused/);
    expect(await faulty.getState()).toEqual({});
    for (const [i, chunk] of chunks.entries()) {
      const [a, b] = [await clean.trainStep(chunk), await faulty.trainStep(chunk)];
      expect(maxRelError([b.loss], [a.loss]), `loss ${i}`).toBeLessThanOrEqual(TOL);
      if (i === 1) {
        const before = await snapshot(faulty);
        await expect(faulty.trainStep(nanBatch)).rejects.toThrow(/loss is NaN/);
        expect(await snapshot(faulty)).toEqual(before);
        expect(faulty.step).toBe(2);
      }
      await close(faulty, clean, `after chunk ${i}`);
    }
  }, 120_000);

  it('a checkpoint holds the kept state: resume == the uninterrupted run', async () => {
    const { create } = await compileWgsl(mod);
    const whole = await create({ seed: 5 });
    const first = await create({ seed: 5 });
    for (const c of chunks) await whole.trainStep(c);
    for (const c of chunks.slice(0, 2)) await first.trainStep(c);
    const resumed = await create({ seed: 9 });
    await resumed.trainStep(chunks[3]);
    resumed.loadCheckpoint(await first.saveCheckpoint());
    await close(resumed, first, 'loaded');
    for (const c of chunks.slice(2)) await resumed.trainStep(c);
    await close(resumed, whole, 'resumed');
    resumed.resetState();
    const none = await resumed.saveCheckpoint();
    first.loadCheckpoint(none);
    expect(await first.getState()).toEqual({});
  }, 120_000);
});

// Streaming on the WGSL target (Dawn): a stateful model called one step at a time (T = 1), outputs
// written into the caller's arrays, equals one call on the whole sequence within 1e-5, across
// resetState, setState and setParams mid-stream (a stale parameter fails it); the kernels of the
// parameters alone (the gate weights' concatenation) run on the first call and after a parameter
// change only.
import { describe, expect, it } from 'vitest';
import { defineModel } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import { maxRelError } from '../../helpers/models.js';
import { compileWgsl, dispatches } from './helpers.js';

const def = defineModel('wgsl_stream', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 11, dim: 5, name: 'emb' });
  const { output: h } = m.lstm(x, { units: 7, returnSequences: true, stateful: true, name: 'enc' });
  const { output: g } = m.gru(h, { units: 6, returnSequences: true, stateful: true, name: 'dec' });
  m.output('logits', m.dense(g, { units: 11, name: 'head' }));
});

type Arr = Float32Array | Int32Array;
interface Model {
  forward(i: Record<string, { data: Arr; shape: number[] }>, o?: { into?: Record<string, Arr> }): Promise<Record<string, { data: Float32Array; shape: number[] }>>;
  resetState(): void;
  getState(): Promise<Record<string, Float32Array>>;
  setState(s: Record<string, Float32Array>): void;
  getParams(): Promise<Record<string, Float32Array>>;
  setParams(p: Record<string, Float32Array>): void;
  dispose(): void;
}

const B = 3;
const T = 9;
const V = 11;
const TOL = 1e-5;
const ids = Int32Array.from({ length: B * T }, (_, i) => (i * 7 + 3) % V);
const step = (t: number) => ({ tokens: { data: Int32Array.from({ length: B }, (_, b) => ids[b * T + t]), shape: [B, 1] } });
const at = (y: Float32Array, t: number) => Float32Array.from({ length: B * V }, (_, k) => y[(Math.floor(k / V) * T + t) * V + (k % V)]);

describe('streaming on wgsl (Dawn)', () => {
  it('T = 1 calls equal one call on the sequence; setParams and setState mid-stream; prep kernels only when the parameters change', async () => {
    const { create } = await compileWgsl(trace(def));
    const model = (await create({ seed: 4, compile: 'all' })) as unknown as Model;
    const whole = (await model.forward({ tokens: { data: ids, shape: [B, T] } })).logits.data;
    model.resetState();
    const buf = new Float32Array(B * V);
    const counts: number[] = [];
    for (let t = 0; t < T; t++) {
      counts.push(await dispatches(() => model.forward(step(t), { into: { logits: buf } })));
      expect(maxRelError(buf, at(whole, t)), `step ${t}`).toBeLessThanOrEqual(TOL);
    }
    // The first streaming call after the whole-sequence call on the same program keeps the prep.
    expect(new Set(counts.slice(1)).size).toBe(1);

    const other = (await create({ seed: 9, compile: 'all' })) as unknown as Model;
    const before = await dispatches(() => model.forward(step(0), { into: { logits: buf } }));
    model.setParams(await other.getParams());
    const after = await dispatches(() => model.forward(step(1), { into: { logits: buf } }));
    const again = await dispatches(() => model.forward(step(2), { into: { logits: buf } }));
    expect(after).toBeGreaterThan(before);
    expect(again).toBe(before);

    // a (other's parameters now) and b (other, a's state) go on identically.
    const kept = await model.getState();
    other.setState(kept);
    const out = new Float32Array(B * V);
    for (let t = 3; t < T; t++) {
      await model.forward(step(t), { into: { logits: buf } });
      await other.forward(step(t), { into: { logits: out } });
      expect(maxRelError(buf, out), `step ${t}`).toBeLessThanOrEqual(TOL);
    }
    // resetState: from zeros, with other's parameters.
    model.resetState();
    const fresh = (await create({ seed: 9 })) as unknown as Model;
    await model.forward(step(0), { into: { logits: buf } });
    expect(maxRelError(buf, (await fresh.forward(step(0))).logits.data)).toBeLessThanOrEqual(TOL);
    for (const m of [model, other, fresh]) m.dispose();
  });
});

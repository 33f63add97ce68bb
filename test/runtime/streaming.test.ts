// Streaming: a stateful model called one step at a time (T = 1) with outputs written into the
// caller's arrays (forward's `into`) computes exactly what one call on the whole sequence does, bit
// for bit on js and wasm, across resetState, setState and setParams (a stale parameter fails it);
// also through linear_scan layers (plain and log space) with their state kept.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, writeCompiled } from '../../src/compiler/index.js';

const root = path.resolve(__dirname, '..', '..');
const work = path.join(root, 'test', '.out', `streaming-${process.pid}`);
const MODEL = `import { defineModel } from 'rnnc';
export default defineModel('stream', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 11, dim: 5, name: 'emb' });
  const { output: h } = m.lstm(x, { units: 7, returnSequences: true, stateful: true, name: 'enc' });
  const { output: g } = m.gru(h, { units: 6, returnSequences: true, stateful: true, name: 'dec' });
  // Two linear recurrences with their state kept (a trained-in-parallel model decoding step by step).
  const lin = m.linearScan({ a: m.sigmoid(m.dense(g, { units: 6, name: 'la' })), b: m.tanh(m.dense(g, { units: 6, name: 'lb' })), h0: m.state('lin.h', ['B', 6]) });
  m.updateState('lin.h', lin.final);
  const lg = m.linearScan({ a: m.neg(m.softplus(m.dense(g, { units: 6, name: 'ga' }))), b: lin.steps, h0: m.state('log.h', ['B', 6]), log: true });
  m.updateState('log.h', lg.final);
  m.output('logits', m.dense(m.add(m.add(g, lin.steps), m.tanh(lg.steps)), { units: 11, name: 'head' }));
});
`;

type Arr = Float32Array | Int32Array;
interface Model {
  forward(i: Record<string, { data: Arr; shape: number[] }>, o?: { into?: Record<string, Arr> }): Record<string, { data: Float32Array; shape: number[] }>;
  resetState(): void;
  getState(): Record<string, Float32Array>;
  setState(s: Record<string, Float32Array>): void;
  getParams(): Record<string, Float32Array>;
  setParams(p: Record<string, Float32Array>): void;
}
interface Mod {
  create(o?: { seed?: number }): Model;
}
const mods: Record<string, Mod> = {};

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'model.ts'), MODEL);
  const r = await compile(path.join(work, 'model.ts'), { targets: ['js', 'wasm'], training: false });
  expect(r.diagnostics).toEqual([]);
  writeCompiled(r.files, path.join(work, 'gen'));
  for (const t of ['js', 'wasm'] as const) mods[t] = (await import(pathToFileURL(path.join(work, 'gen', r.entries[t]!)).href)) as Mod;
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const B = 3;
const T = 9;
const V = 11;
const ids = Int32Array.from({ length: B * T }, (_, i) => (i * 7 + 3) % V);
/** Step t of the ids [B, T] as [B, 1]. */
const step = (t: number) => ({ tokens: { data: Int32Array.from({ length: B }, (_, b) => ids[b * T + t]), shape: [B, 1] } });
/** Step t of a [B, T, V] output. */
const at = (y: Float32Array, t: number) => Float32Array.from({ length: B * V }, (_, k) => y[(Math.floor(k / V) * T + t) * V + (k % V)]);

for (const target of ['js', 'wasm'] as const) {
  describe(`streaming on ${target}`, () => {
    it('T = 1 calls into the caller\'s array equal one call on the sequence, bit for bit', () => {
      const model = mods[target].create({ seed: 4 });
      const whole = model.forward({ tokens: { data: ids, shape: [B, T] } }).logits.data;
      model.resetState();
      const buf = new Float32Array(B * V);
      for (let t = 0; t < T; t++) {
        const out = model.forward(step(t), { into: { logits: buf } });
        expect(out.logits.data).toBe(buf); // the caller's array, not a copy
        expect(out.logits.shape).toEqual([B, 1, V]);
        expect(buf).toEqual(at(whole, t));
      }
    });

    it('across setState and setParams mid-stream: never a stale parameter or state', () => {
      const a = mods[target].create({ seed: 4 });
      const b = mods[target].create({ seed: 9 });
      const buf = new Float32Array(B * V);
      for (let t = 0; t < 4; t++) a.forward(step(t), { into: { logits: buf } });
      const kept = a.getState();
      // a takes b's parameters mid-stream; b takes a's state: both must go on identically.
      a.setParams(b.getParams());
      b.setState(kept);
      const other = new Float32Array(B * V);
      for (let t = 4; t < T; t++) {
        a.forward(step(t), { into: { logits: buf } });
        b.forward(step(t), { into: { logits: other } });
        expect(buf).toEqual(other);
      }
      // resetState: the stream starts over from zeros.
      a.resetState();
      const fresh = mods[target].create({ seed: 9 });
      a.forward(step(0), { into: { logits: buf } });
      expect(buf).toEqual(fresh.forward(step(0)).logits.data);
    });

    it('a wrong into array is an InputError naming it', () => {
      const model = mods[target].create();
      expect(() => model.forward(step(0), { into: { logits: new Float32Array(5) } })).toThrow(/^stream: into\.logits has 5 elements; output 'logits' \[3, 1, 11\] has 33 at B=3, T=1$/);
      expect(() => model.forward(step(0), { into: { logits: new Int32Array(33) } })).toThrow(/^stream: into\.logits must be a Float32Array \(output 'logits' is f32\)$/);
      expect(() => model.forward(step(0), { into: { nope: new Float32Array(33) } })).toThrow(/^stream: forward's 'into' names 'nope', which is not an output \(outputs: logits\)$/);
    });
  });
}

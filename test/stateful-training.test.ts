// Stateful training on the CPU targets (js, and wasm through the same shell, src/runtime/model.ts):
// - a refused step (a batch whose loss is NaN) changes nothing at all: parameters, optimizer state,
//   step, the kept recurrent state (even its absence) and the dropout stream, so the run that
//   skipped the bad batch goes on bit for bit like a run that never saw it (issue 19, item 3);
// - checkpoints hold the kept state: save, load into a fresh model, continue == the uninterrupted
//   run, bit for bit (issue 19, item 10), and a checkpoint's state entries are checked like the rest.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32 } from 'rnnc';
import { trace } from '../src/frontend/trace.js';
import type { HostTensor } from '../src/ir/interpret.js';
import { CheckpointError, decodeCheckpoint, encodeCheckpoint } from '../src/runtime/checkpoint.js';
import { compileJs, inputsFor, type GeneratedModel } from './helpers/models.js';
import { compileWasm } from './codegen/wasm/helpers.js';

interface Trainable extends GeneratedModel {
  getState(): Record<string, Float32Array>;
  trainStep(b: Record<string, HostTensor>): { loss: number };
  saveCheckpoint(): Uint8Array;
  loadCheckpoint(bytes: Uint8Array): void;
  readonly step: number;
  resetState(): void;
}
type Create = (opts?: { seed?: number }) => Trainable;

// Stateful, with input and recurrent dropout (so the dropout stream matters) and Adam (so the
// optimizer state and step count matter).
const stateful = defineModel('stateful_drop', (m) => {
  const x = m.sequence('x', 3);
  const target = m.input('target', 'f32', ['B', 'T', 5]);
  const h = m.lstm(x, { units: 5, stateful: true, returnSequences: true, dropout: 0.2, recurrentDropout: 0.3 }).output;
  m.train({ loss: m.meanSquaredError(h as F32, target), optimizer: { kind: 'adam', lr: 0.05 } });
});
const mod = trace(stateful);
const B = 3;
const T = 4;
const chunks = [0, 1, 2, 3, 4].map((s) => inputsFor(mod, B, T, 60 + s));
// A batch whose loss is NaN: one NaN target.
const nanBatch = inputsFor(mod, B, T, 70);
(nanBatch.target.data as Float32Array)[5] = Number.NaN;

const targets: { name: string; create: () => Promise<Create> }[] = [
  { name: 'js', create: async () => (await compileJs(mod)).module.create as unknown as Create },
  { name: 'wasm', create: async () => (await compileWasm(mod)).module.create as unknown as Create },
];

const bits = (a: ArrayLike<number>): string => Buffer.from(Float32Array.from(a).buffer).toString('hex');
function snapshot(m: Trainable): Record<string, string> {
  const out: Record<string, string> = { step: String(m.step) };
  for (const [k, v] of Object.entries(m.getParams())) out[`param.${k}`] = bits(v);
  for (const [k, v] of Object.entries(m.getState())) out[`state.${k}`] = bits(v);
  return out;
}

for (const target of targets) {
  describe(`${target.name}: stateful training`, () => {
    it('a step refused for a NaN loss changes nothing: the run goes on as if the batch had not come', async () => {
      const create = await target.create();
      const clean = create({ seed: 3 });
      const faulty = create({ seed: 3 });
      // A refused first step leaves no kept state behind.
      expect(() => faulty.trainStep(nanBatch)).toThrow(/loss is NaN; the step was refused and the parameters, the optimizer state, the step count, the kept state and the dropout stream were left unchanged/);
      expect(faulty.getState()).toEqual({});
      expect(faulty.step).toBe(0);
      const losses: [number, number][] = [];
      for (const [i, chunk] of chunks.entries()) {
        losses.push([clean.trainStep(chunk).loss, faulty.trainStep(chunk).loss]);
        if (i === 1 || i === 3) {
          const before = snapshot(faulty);
          expect(() => faulty.trainStep(nanBatch)).toThrow(/loss is NaN/);
          expect(snapshot(faulty)).toEqual(before);
        }
        expect(snapshot(faulty), `after chunk ${i}`).toEqual(snapshot(clean));
      }
      for (const [a, b] of losses) {
        expect(Number.isFinite(a)).toBe(true);
        expect(b).toBe(a);
      }
      expect(faulty.step).toBe(chunks.length);
    }, 60_000);

    it('a checkpoint holds the kept state: resume == the uninterrupted run, bit for bit', async () => {
      const create = await target.create();
      const whole = create({ seed: 5 });
      const first = create({ seed: 5 });
      const losses = chunks.map((c) => whole.trainStep(c).loss);
      for (const c of chunks.slice(0, 2)) first.trainStep(c);
      const bytes = first.saveCheckpoint();
      // A model made with another seed, with a kept state of its own, becomes the saved one.
      const resumed = create({ seed: 9 });
      resumed.trainStep(chunks[4]);
      resumed.loadCheckpoint(bytes);
      expect(snapshot(resumed)).toEqual(snapshot(first));
      const rest = chunks.slice(2).map((c) => resumed.trainStep(c).loss);
      expect(rest).toEqual(losses.slice(2));
      expect(snapshot(resumed)).toEqual(snapshot(whole));

      // Without a kept state (before the first call, or after resetState) a checkpoint holds none,
      // and loading it drops the model's.
      const fresh = create({ seed: 5 });
      fresh.trainStep(chunks[0]);
      fresh.resetState();
      const none = fresh.saveCheckpoint();
      const meta = (fresh as unknown as { meta: { states: { name: string; dtype: 'f32' | 'i32'; shape: (number | 'B' | 'T')[] }[] } }).meta;
      expect(meta.states.length).toBeGreaterThan(0);
      expect(decodeCheckpoint(none, { model: 'stateful_drop', params: mod.params, optimizer: { kind: 'adam', lr: 0.05 }, states: meta.states }).state).toBeUndefined();
      expect(decodeCheckpoint(bytes, { model: 'stateful_drop', params: mod.params, optimizer: { kind: 'adam', lr: 0.05 }, states: meta.states }).state?.B).toBe(B);
      resumed.loadCheckpoint(none);
      expect(resumed.getState()).toEqual({});
      expect(resumed.step).toBe(1);
    }, 60_000);
  });
}

describe('checkpoint kept-state entries', () => {
  const params = { w: new Float32Array([1, 2]) };
  const base = { model: 'm', params, paramShapes: { w: [2] }, optimizer: { kind: 'sgd' as const, lr: 0.1 }, slots: {}, step: 2, rngState: [1, 2, 3, 4] };
  const states = [
    { name: 'h', dtype: 'f32' as const, shape: ['B', 3] as ('B' | number)[] },
    { name: 'n', dtype: 'i32' as const, shape: ['B'] as ('B' | number)[] },
  ];
  const expectation = { model: 'm', params: [{ name: 'w', shape: [2] }], optimizer: { kind: 'sgd' as const, lr: 0.1 }, states };
  const state = (h: Float32Array, n = new Int32Array([7, 8])) => ({
    B: 2,
    T: 4,
    tensors: { h: { dtype: 'f32' as const, shape: [2, 3], data: h }, n: { dtype: 'i32' as const, shape: [2], data: n } },
  });
  const decode = (bytes: Uint8Array, exp: Parameters<typeof decodeCheckpoint>[1] = expectation) => decodeCheckpoint(bytes, exp, 'ck.safetensors');

  it('round-trips, and a checkpoint without one is the same bytes as before', () => {
    const c = decode(encodeCheckpoint({ ...base, state: state(new Float32Array([1, 2, 3, 4, 5, 6])) }));
    expect(c.state?.B).toBe(2);
    expect(c.state?.T).toBe(4);
    expect(Array.from(c.state!.tensors.h.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(c.state!.tensors.n.data)).toEqual([7, 8]);
    const plain = encodeCheckpoint(base);
    expect(new TextDecoder().decode(plain)).not.toMatch(/state/);
    expect(decode(plain).state).toBeUndefined();
  });

  it('refuses what does not fit the model, naming the file and the entry', () => {
    const good = encodeCheckpoint({ ...base, state: state(new Float32Array(6)) });
    expect(() => decode(good, { ...expectation, states: [] })).toThrow(/ck.safetensors: metadata 'state' gives a kept recurrent state, but the model keeps none/);
    expect(() => decode(good, { ...expectation, states: [states[0], { name: 'n', dtype: 'i32', shape: ['B', 2] }] })).toThrow(/ck.safetensors: kept state 'n' has shape \[2\], expected \[2, 2\] \(B = 2, T = 4\)/);
    expect(() => decode(good, { ...expectation, states: [...states, { name: 'c', dtype: 'f32', shape: ['B', 3] }] })).toThrow(/ck.safetensors: missing kept state 'c' \(tensor 'state.c'\)/);
    expect(() => decode(good, { ...expectation, states: [states[0]] })).toThrow(/ck.safetensors: unexpected kept state 'n'/);
    expect(() => decode(good, { ...expectation, states: [{ ...states[0], dtype: 'i32' }, states[1]] })).toThrow(/kept state 'h' is f32, expected i32/);
    expect(() => encodeCheckpoint({ ...base, state: state(new Float32Array([0, Number.NaN, 0, 0, 0, 0])) })).toThrow(/kept state 'h' holds NaN at element 1/);
    expect(() => encodeCheckpoint({ ...base, state: { ...state(new Float32Array(6)), B: 0 } })).toThrow(CheckpointError);
  });

  it('refuses state tensors without their sizes, and bad sizes', () => {
    const good = encodeCheckpoint({ ...base, state: state(new Float32Array(6)) });
    const edit = (f: (header: Record<string, unknown>) => void): Uint8Array => {
      const view = new DataView(good.buffer, good.byteOffset, good.byteLength);
      const len = Number(view.getBigUint64(0, true));
      const header = JSON.parse(new TextDecoder().decode(good.subarray(8, 8 + len))) as Record<string, unknown>;
      f(header);
      let text = JSON.stringify(header);
      while (text.length % 8) text += ' ';
      const head = new TextEncoder().encode(text);
      const out = new Uint8Array(8 + head.length + good.length - 8 - len);
      new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
      out.set(head, 8);
      out.set(good.subarray(8 + len), 8 + head.length);
      return out;
    };
    const meta = (h: Record<string, unknown>) => h.__metadata__ as Record<string, string>;
    expect(() => decode(edit((h) => delete meta(h).state))).toThrow(/ck.safetensors: tensor 'state.h' is a kept state, but metadata has no 'state'/);
    expect(() => decode(edit((h) => (meta(h).state = '{"B":2}')))).toThrow(/ck.safetensors: metadata 'state' \{"B":2\} is not \{"B": positive integer, "T": positive integer\}/);
    expect(() => decode(edit((h) => (meta(h).state = '{"B":3,"T":4}')))).toThrow(/kept state 'h' has shape \[2, 3\], expected \[3, 3\]/);
    expect(() => decode(edit((h) => (meta(h).state = 'nope')))).toThrow(/metadata 'state' is not valid JSON/);
  });
});

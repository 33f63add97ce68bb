// loadCheckpoint through a real generated module is all-or-nothing: a checkpoint that fails any
// check (rng state, negative second moments, non-finite values) is refused with a CheckpointError
// naming the file and the entry, and the model's parameters, optimizer state, step and dropout
// stream are exactly as before (saveCheckpoint gives the same bytes, training goes on identically).
import { describe, expect, it } from 'vitest';
import { trace } from '../../src/frontend/trace.js';
import type { HostTensor } from '../../src/ir/interpret.js';
import { Rng } from '../../src/runtime/rng.js';
import { readSafetensors, writeSafetensors, type NamedTensor } from '../../src/runtime/safetensors.js';
import { trainTagger } from '../helpers/cases.js';
import { compileJs, inputsFor, type GeneratedModel } from '../helpers/models.js';
import { metadataOf } from './optim-fixtures.js';

interface Trainable extends GeneratedModel {
  trainStep(b: Record<string, HostTensor>): { loss: number };
  saveCheckpoint(): Uint8Array;
  loadCheckpoint(bytes: Uint8Array, opts?: { source?: string }): void;
  readonly step: number;
}

function edit(bytes: Uint8Array, f: (tensors: Map<string, NamedTensor>, meta: Record<string, string>) => void): Uint8Array {
  const tensors = readSafetensors(bytes);
  const meta = metadataOf(bytes);
  f(tensors, meta);
  return writeSafetensors(tensors, meta);
}

function setElement(tensors: Map<string, NamedTensor>, name: string, i: number, v: number): void {
  const t = tensors.get(name);
  if (!t) throw new Error(`no tensor ${name}`);
  const data = (t.data as Float32Array).slice();
  data[i] = v;
  tensors.set(name, { ...t, data });
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('loadCheckpoint is atomic (generated JS module)', () => {
  it('a refused checkpoint changes nothing: params, optimizer state, step, dropout stream', async () => {
    const mod = trace(trainTagger); // Adam, dropout and recurrent dropout
    const { module } = await compileJs(mod);
    const create = (seed: number) => module.create({ seed }) as unknown as Trainable;
    const batches = [0, 1, 2, 3].map((s) => inputsFor(mod, 4, 6, 50 + s, 50, { labels: 2 }));
    const firstParam = mod.params[0].name;

    // A checkpoint from another run (another seed): loading it would change everything.
    const donor = create(77);
    for (const b of batches.slice(0, 3)) donor.trainStep(b);
    const good = donor.saveCheckpoint();

    const bad: [string, Uint8Array, RegExp][] = [
      ['rng all zero', edit(good, (_, m) => void (m.rng = '[0,0,0,0]')), /metadata 'rng' \[0,0,0,0\] is all zero/],
      ['rng one word', edit(good, (_, m) => void (m.rng = '[5]')), /metadata 'rng' \[5\] is not 4 u32 integers/],
      ['rng three words', edit(good, (_, m) => void (m.rng = '[1,2,3]')), /metadata 'rng' \[1,2,3\] is not 4 u32 integers/],
      ['rng five words', edit(good, (_, m) => void (m.rng = '[1,2,3,4,5]')), /metadata 'rng' \[1,2,3,4,5\] is not 4 u32 integers/],
      [
        'negative second moment',
        edit(good, (t) => setElement(t, `opt.exp_avg_sq.${firstParam}`, 0, -1)),
        new RegExp(`optimizer slot 'exp_avg_sq\\.${firstParam.replace(/\./g, '\\.')}' \\(tensor 'opt\\.exp_avg_sq\\.[^']+'\\) holds -1 at element 0`),
      ],
      ['NaN parameter', edit(good, (t) => setElement(t, `param.${firstParam}`, 1, Number.NaN)), /parameter '[^']+' \(tensor 'param\.[^']+'\) holds NaN at element 1/],
      ['infinite first moment', edit(good, (t) => setElement(t, `opt.exp_avg.${firstParam}`, 0, Infinity)), /holds Infinity at element 0/],
      ['negative step', edit(good, (_, m) => void (m.step = '-3')), /step "-3" is not a non-negative integer/],
    ];

    const model = create(4);
    model.trainStep(batches[0]);
    const snapshot = model.saveCheckpoint();
    const params = model.getParams();
    for (const [what, bytes, message] of bad) {
      let error: unknown;
      try {
        model.loadCheckpoint(bytes, { source: 'runs/ckpt-3.safetensors' });
      } catch (e) {
        error = e;
      }
      expect(error, what).toBeInstanceOf(Error);
      expect((error as Error).name, what).toBe('CheckpointError');
      expect((error as Error).message, what).toMatch(/^runs\/ckpt-3\.safetensors: /);
      expect((error as Error).message, what).toMatch(message);
      // Same params, optimizer state, step and rng state, bit for bit.
      expect(same(model.saveCheckpoint(), snapshot), what).toBe(true);
      expect(model.getParams(), what).toEqual(params);
      expect(model.step, what).toBe(1);
    }

    // The dropout stream and optimizer go on exactly as in a model that never saw a bad file.
    const twin = create(4);
    twin.trainStep(batches[0]);
    for (const b of batches.slice(1)) expect(model.trainStep(b).loss).toBe(twin.trainStep(b).loss);
    expect(same(model.saveCheckpoint(), twin.saveCheckpoint())).toBe(true);
    for (const v of Object.values(model.getParams())) expect(v.every(Number.isFinite)).toBe(true);

    // And the good checkpoint still loads.
    model.loadCheckpoint(good);
    expect(same(model.saveCheckpoint(), good)).toBe(true);
  });
});

describe('Rng.fromState', () => {
  it('takes exactly four 32-bit words, not all zero, and says so otherwise', () => {
    expect(Rng.fromState([1, 2, 3, 4]).state()).toEqual([1, 2, 3, 4]);
    expect(Rng.fromState([-1, 0, 0, 0]).state()).toEqual([0xffffffff, 0, 0, 0]);
    for (const s of [[5], [1, 2, 3], [1, 2, 3, 4, 5], [1.5, 1, 1, 1], [2 ** 32, 1, 1, 1]]) {
      expect(() => Rng.fromState(s), JSON.stringify(s)).toThrow(RangeError);
      expect(() => Rng.fromState(s)).toThrow(`xoshiro128** state must be four 32-bit integers, got ${JSON.stringify(s)}`);
    }
    expect(() => Rng.fromState([0, 0, 0, 0])).toThrow(RangeError);
  });
});

// The wasm target computes what the JS target computes (rel. error <= 1e-5) for every layer and
// option of the JS parity list, plus sizes that exercise the SIMD paths (full 4-wide vectors and
// tails, matmul row and column tails), state carried across calls, bad ids and missing SIMD.
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineModel, type ModelDef } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import type { Module } from '../../../src/ir/types.js';
import { compileJs, inputsFor, maxRelError, paramsFor, type GeneratedModule } from '../../helpers/models.js';
import { parityCases as cases, seqModel } from '../../helpers/cases.js';
import { compileWasm, wasmApi } from './helpers.js';

const TOL = 1e-5;

/** Larger than the parity list's sizes: vectors of 4 with tails, matmul tiles with row / column / k tails. */
const wide: ModelDef[] = [
  defineModel('wide_lstm', (m) => {
    const x = m.sequence('x', 9);
    const mask = m.mask('mask');
    const h = m.lstm(x, { units: 18, returnSequences: true, mask }).output;
    m.output('y', m.dense(h, { units: 6, activation: 'tanh' }));
  }),
  seqModel('wide_gru_bi', (m, x, mask) => m.output('y', m.gru(x, { units: 12, bidirectional: 'concat', returnSequences: true, mask }).output)),
  // Units >= 64: the scheduler transposes the weights (unit stride along k), so the dot-form micro-kernel runs.
  defineModel('wide_dot_lstm', (m) => {
    const x = m.sequence('x', 70);
    m.output('y', m.lstm(x, { units: 66, returnSequences: true }).output);
  }),
  seqModel('wide_rnn_stack', (m, x) => m.output('y', m.simpleRNN(x, { units: 16, numLayers: 2, returnSequences: true }).output)),
];

async function both(mod: Module): Promise<{ js: GeneratedModule; wasm: GeneratedModule }> {
  const [j, w] = await Promise.all([compileJs(mod), compileWasm(mod)]);
  return { js: j.module, wasm: w.module };
}

function compare(got: Record<string, { data: ArrayLike<number>; shape: number[] }>, want: Record<string, { data: ArrayLike<number>; shape: number[] }>, what: string): void {
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const k of Object.keys(want)) {
    expect(got[k].shape, `${what}.${k} shape`).toEqual(want[k].shape);
    const err = maxRelError(got[k].data, want[k].data);
    expect(err, `${what}.${k}: max rel error ${err}`).toBeLessThanOrEqual(TOL);
  }
}

describe('wasm forward == JS forward', () => {
  for (const def of [...cases, ...wide]) {
    it(def.name, async () => {
      const mod = trace(def);
      const { js, wasm } = await both(mod);
      const params = paramsFor(mod);
      const a = wasm.create();
      const b = js.create();
      a.setParams(params);
      b.setParams(params);
      for (const [B, T] of [[4, 6], [5, 3]]) {
        const inputs = inputsFor(mod, B, T);
        compare(a.forward(inputs), b.forward(inputs), `${def.name} B=${B} T=${T}`);
        a.resetState?.();
        b.resetState?.();
        if (mod.training) {
          const ea = (a as unknown as { evaluate(x: unknown): { loss: number } }).evaluate(inputs).loss;
          const eb = (b as unknown as { evaluate(x: unknown): { loss: number } }).evaluate(inputs).loss;
          expect(Math.abs(ea - eb) / Math.max(1, Math.abs(eb)), `${def.name} loss`).toBeLessThanOrEqual(TOL);
        }
      }
    });
  }
});

describe('wasm module behaviour', () => {
  it('carries state across forward calls like the JS target, and resetState starts over', async () => {
    const def = seqModel('wasm_stateful', (m, x) => m.output('y', m.gru(x, { units: 4, stateful: true, returnSequences: true }).output));
    const mod = trace(def);
    const { js, wasm } = await both(mod);
    const a = wasm.create({ seed: 1 });
    const b = js.create({ seed: 1 });
    for (const seed of [5, 6, 7]) compare(a.forward(inputsFor(mod, 2, 3, seed)), b.forward(inputsFor(mod, 2, 3, seed)), `call ${seed}`);
    const sa = a.getState!();
    const sb = b.getState!();
    for (const k of Object.keys(sb)) expect(maxRelError(sa[k], sb[k]), k).toBeLessThanOrEqual(TOL);
    a.resetState!();
    b.resetState!();
    compare(a.forward(inputsFor(mod, 2, 3, 5)), b.forward(inputsFor(mod, 2, 3, 5)), 'after reset');
    expect(() => a.forward(inputsFor(mod, 3, 3, 7))).toThrow(/resetState/);
  });

  it('models created from one module keep their own parameters', async () => {
    const mod = trace(cases[0]);
    const { wasm, js } = await both(mod);
    const a = wasm.create({ seed: 1 });
    const b = wasm.create({ seed: 2 });
    const inputs = inputsFor(mod, 3, 4);
    const ya = a.forward(inputs).y.data;
    b.forward(inputs);
    expect(a.forward(inputs).y.data).toEqual(ya);
    compare(a.forward(inputs), js.create({ seed: 1 }).forward(inputs), 'seed 1');
  });

  it('a bad token id is the JS target\'s InputError, naming the id and the vocabulary', async () => {
    const mod = trace(cases.find((c) => c.name === 'embedding_lengths')!);
    const { wasm, js } = await both(mod);
    const inputs = inputsFor(mod, 2, 3);
    (inputs.ids.data as Int32Array)[4] = 50;
    const msg = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
      return 'no error';
    };
    const want = msg(() => js.create().forward(inputs));
    expect(want).toMatch(/InputError: .*id 50 is out of range for a vocabulary of size 50/);
    expect(msg(() => wasm.create().forward(inputs))).toBe(want);
    (inputs.ids.data as Int32Array)[4] = -3;
    expect(msg(() => wasm.create().forward(inputs))).toMatch(/id -3 is out of range/);
  });

  it('without WebAssembly SIMD, create() says so and names the JS target', async () => {
    const mod = trace(cases[0]);
    const { file } = await compileWasm(mod);
    const api = wasmApi();
    const validate = api.validate;
    // An engine without SIMD128 refuses to validate the module; imitate one.
    api.validate = () => false;
    try {
      const copy = file.replace(/\.js$/, '.nosimd.js');
      fs.copyFileSync(file, copy);
      const m = (await import(pathToFileURL(copy).href)) as GeneratedModule;
      expect(m.meta.name).toBe('lstm_seq');
      expect(() => m.create()).toThrow(/lstm_seq: this module needs WebAssembly with SIMD \(128-bit\).*--target js/);
    } finally {
      api.validate = validate;
    }
  });
});

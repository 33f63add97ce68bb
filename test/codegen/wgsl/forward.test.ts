// The WGSL target's forward pass equals the JS target's (rel. error <= 1e-4) for every layer and
// option of test/parity.test.ts, run for real on Dawn (OpenGL ES on llvmpipe); and stateful carry.
import { describe, expect, it } from 'vitest';
import { defineModel } from 'rnnc';
import { trace } from '../../../src/frontend/trace.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from '../../helpers/models.js';
import { compileWgsl } from './helpers.js';
import { emitWgslModule } from '../../../src/codegen/wgsl/module.js';
import { parityCases } from '../../helpers/cases.js';

const TOL = 1e-4;
const B = 4;
const T = 6;

describe('WGSL forward == JS forward', () => {
  for (const def of parityCases) {
    it(def.name, async () => {
      const mod = trace(def);
      const [{ create }, js] = await Promise.all([compileWgsl(mod), compileJs(mod)]);
      const params = paramsFor(mod);
      const ref = js.module.create();
      ref.setParams(params);
      const model = await create();
      model.setParams(params);
      const inputs = inputsFor(mod, B, T);
      const got = await model.forward(inputs);
      const want = ref.forward(inputs);
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      for (const name of Object.keys(want)) {
        expect(got[name].shape, name).toEqual(want[name].shape);
        const err = maxRelError(got[name].data, want[name].data);
        expect(err, `${def.name}.${name}: max rel error ${err}`).toBeLessThanOrEqual(TOL);
      }
      // B = 1 and 2: a row count below the matmul's 16-row block (clamped rows, skipped stores).
      for (const b of [1, 2]) {
        model.resetState();
        (ref as unknown as { resetState(): void }).resetState();
        const small = inputsFor(mod, b, 3, 11 + b);
        const g = await model.forward(small);
        const w = ref.forward(small);
        for (const name of Object.keys(w)) expect(maxRelError(g[name].data, w[name].data), `${def.name}.${name} at B=${b}`).toBeLessThanOrEqual(TOL);
      }
      model.resetState();
      (ref as unknown as { resetState(): void }).resetState();
      if (mod.training) {
        const ev = await model.evaluate(inputs);
        const evJs = (ref as unknown as { evaluate(b: unknown): { loss: number } }).evaluate(inputs);
        expect(maxRelError([ev.loss], [evJs.loss]), `${def.name} loss`).toBeLessThanOrEqual(TOL);
      }
      model.dispose();
    }, 60_000);
  }

  it('one LSTM / GRU forward step is 2 dispatches per layer (recurrent matmul + fused step kernel), or one whole-sequence kernel', () => {
    for (const name of ['lstm_seq', 'gru_reset_after', 'lstm_bi_concat']) {
      const { plan } = emitWgslModule(trace(parityCases.find((d) => d.name === name)!));
      const run = plan.programs.run;
      const groups = run.body.flatMap((s) => ('group' in s ? [s.group] : []));
      expect(groups.length, name).toBeGreaterThan(0);
      expect(run.body.some((s) => 'loop' in s), name).toBe(false);
      for (const g of groups) {
        const kinds = g.loop.body.map((s) => ('k' in s ? run.kernels[s.k].name.replace(/^run_\d+_/, '') : 'loop'));
        expect(kinds.sort(), name).toEqual(['fused', 'matmul']);
        expect(run.kernels[g.k].grid.kind, name).toBe('single');
      }
    }
  });

  it('calls with other batch sizes and lengths (the work arena grows and is reused)', async () => {
    const mod = trace(parityCases.find((d) => d.name === 'lstm_mask_zero')!);
    const [{ create }, js] = await Promise.all([compileWgsl(mod), compileJs(mod)]);
    const ref = js.module.create({ seed: 2 });
    const model = await create({ seed: 2 });
    for (const [b, t] of [[4, 6], [7, 9], [2, 3], [7, 9]]) {
      const inputs = inputsFor(mod, b, t, b + t);
      const got = await model.forward(inputs);
      expect(got.y.shape).toEqual([b, t, 7]);
      expect(maxRelError(got.y.data, ref.forward(inputs).y.data), `B=${b} T=${t}`).toBeLessThanOrEqual(TOL);
    }
    // A bad input is refused before anything runs, with the JS target's message.
    const bad = inputsFor(mod, 2, 3);
    bad.x = { data: new Float32Array(2 * 3 * 4), shape: [2, 3, 4] };
    await expect(model.forward(bad)).rejects.toThrow("input 'x': expected shape [B, T, 5], got [2, 3, 4]");
  }, 60_000);

  it('an id out of the vocabulary is refused with the JS target\'s message', async () => {
    const mod = trace(parityCases.find((d) => d.name === 'embedding_lengths')!);
    const [{ create }, js] = await Promise.all([compileWgsl(mod), compileJs(mod)]);
    const model = await create();
    const inputs = inputsFor(mod, 2, 3);
    (inputs.ids.data as Int32Array)[4] = 50;
    let want = '';
    try {
      js.module.create().forward(inputs);
    } catch (e) {
      want = (e as Error).message;
    }
    expect(want).toMatch(/id 50 is out of range for a vocabulary of size 50/);
    await expect(model.forward(inputs)).rejects.toThrow(want);
    await expect(model.forward(inputs)).rejects.toHaveProperty('name', 'InputError');
  }, 60_000);

  it('stateful layers carry their state across forward calls on the device; resetState starts over', async () => {
    const def = defineModel('stateful', (m) => {
      const x = m.sequence('x', 5);
      m.output('y', m.gru(x, { units: 4, stateful: true, returnSequences: true }).output);
    });
    const mod = trace(def);
    const [{ create }, js] = await Promise.all([compileWgsl(mod), compileJs(mod)]);
    const params = paramsFor(mod);
    const ref = js.module.create();
    ref.setParams(params);
    const model = await create();
    model.setParams(params);
    const first = inputsFor(mod, 2, 3, 5);
    const second = inputsFor(mod, 2, 3, 6);
    for (const batch of [first, second]) {
      const got = await model.forward(batch);
      expect(maxRelError(got.y.data, ref.forward(batch).y.data)).toBeLessThanOrEqual(TOL);
    }
    const kept = await model.getState();
    const keptJs = ref.getState!();
    for (const name of Object.keys(keptJs)) expect(maxRelError(kept[name], keptJs[name])).toBeLessThanOrEqual(TOL);
    model.resetState();
    ref.resetState!();
    expect(await model.getState()).toEqual({});
    expect(maxRelError((await model.forward(second)).y.data, ref.forward(second).y.data)).toBeLessThanOrEqual(TOL);
    await expect(model.forward(inputsFor(mod, 3, 3, 7))).rejects.toThrow(/resetState/);
    // setState then forward: the device state is what was set.
    model.setState(keptJs);
    (ref as unknown as { setState(s: unknown): void }).setState(keptJs);
    expect(maxRelError((await model.forward(first)).y.data, ref.forward(first).y.data)).toBeLessThanOrEqual(TOL);
  }, 60_000);
});

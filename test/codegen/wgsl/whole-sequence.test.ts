// Whole-sequence kernels (kernels/sequence.ts: a forward time loop as one dispatch of one
// workgroup) equal the per-step path and the JS target, for every layer and option of the parity
// list, forward and (for training models) evaluate and gradients, at B = 1, 4, 7, on Dawn.
import { describe, expect, it } from 'vitest';
import { trace } from '../../../src/frontend/trace.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from '../../helpers/models.js';
import { compileWgsl, dispatches } from './helpers.js';
import { parityCases } from '../../helpers/cases.js';
import { emitWgslModule } from '../../../src/codegen/wgsl/module.js';

const TOL = 1e-4;

describe('WGSL whole-sequence kernels == per-step dispatches == JS', () => {
  for (const def of parityCases) {
    it(def.name, async () => {
      const mod = trace(def);
      const [{ create }, js] = await Promise.all([compileWgsl(mod), compileJs(mod)]);
      const params = paramsFor(mod);
      const ref = js.module.create();
      ref.setParams(params);
      const whole = await create({ wholeSequence: 'always' });
      const steps = await create({ wholeSequence: 'never' });
      whole.setParams(params);
      steps.setParams(params);
      for (const [b, t] of [[1, 5], [4, 6], [7, 3]]) {
        for (const m of [whole, steps]) m.resetState();
        (ref as unknown as { resetState(): void }).resetState();
        const inputs = inputsFor(mod, b, t, 3 + b);
        const w = ref.forward(inputs);
        const [a, s] = await Promise.all([whole.forward(inputs), steps.forward(inputs)]);
        for (const name of Object.keys(w)) {
          expect(maxRelError(a[name].data, w[name].data), `${def.name}.${name} whole B=${b}`).toBeLessThanOrEqual(TOL);
          expect(maxRelError(a[name].data, s[name].data), `${def.name}.${name} whole vs steps B=${b}`).toBeLessThanOrEqual(TOL);
        }
      }
      whole.dispose();
      steps.dispose();
    }, 60_000);
  }

  it('inference loops get a whole-sequence kernel (training programs do not)', () => {
    const { plan } = emitWgslModule(trace(parityCases.find((d) => d.name === 'sentiment')!));
    expect(plan.programs.run.body.filter((s) => 'group' in s).length).toBe(1);
    for (const p of ['runEval', 'runTrain']) expect(plan.programs[p].kernels.some((k) => k.grid.kind === 'single'), p).toBe(false);
  });

  it('dispatches: one per layer per call whatever T (always), per kernel per step (never), by the one-pass rule (auto)', async () => {
    const mod = trace(parityCases.find((d) => d.name === 'lstm_stacked_state')!);
    const { create } = await compileWgsl(mod);
    const always = await create({ wholeSequence: 'always' });
    const never = await create({ wholeSequence: 'never' });
    const auto = await create({ compile: 'all' });
    const count = async (m: typeof always, b: number, t: number) => dispatches(() => m.forward(inputsFor(mod, b, t)));
    // The first call also runs the kernels of the parameters alone (kept after it).
    for (const m of [always, never, auto]) await m.forward(inputsFor(mod, 2, 3));
    // Three layers: one whole-sequence kernel each, the kernels around each loop inside it.
    expect(await count(always, 2, 3)).toBe(3);
    expect(await count(always, 2, 9)).toBe(3);
    const n3 = await count(never, 2, 3);
    expect((await count(never, 2, 9)) - n3).toBe(3 * 2 * 6);
    // auto: units 4, B = 2: every kernel of a step fits one pass of the workgroup.
    expect(await count(auto, 2, 9)).toBeLessThan(n3);
    // B = 300: the step (300 x 16 gate columns) does not fit one pass: per-step dispatches.
    expect(await count(auto, 300, 3)).toBe(n3);
    for (const m of [always, never, auto]) m.dispose();
  }, 60_000);

  it('rejects a bad wholeSequence option', async () => {
    const { create } = await compileWgsl(trace(parityCases[0]));
    await expect(create({ wholeSequence: 'sometimes' as never })).rejects.toThrow("create's wholeSequence option must be 'auto', 'always' or 'never', got \"sometimes\"");
  });
});

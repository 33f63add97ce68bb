// The optimizer update as a kernel-IR Program (src/codegen/update-program.ts), rendered with the JS
// renderer, follows rt.Optimizer (PyTorch's update rules) with rt.clipByValue / clipByGlobalNorm
// and rt.learningRate step for step (rel. error <= 1e-6), for every optimizer and option; a
// non-finite loss leaves everything unchanged.
import { describe, expect, it } from 'vitest';
import * as rt from '../../src/runtime/index.js';
import { renderProgram } from '../../src/codegen/js/render.js';
import { updateProgram, updateScalarsJs, type UpdateSpec } from '../../src/codegen/update-program.js';
import { maxRelError, rng } from '../helpers/models.js';

const PARAMS = [
  { name: 'enc.W', shape: [6, 8] },
  { name: 'enc.b', shape: [8] },
  { name: 'out', shape: [3, 5, 7] },
];

type Run = (B: number, T: number, inputs: Float32Array[], params: Float32Array[], states: Float32Array[]) => Float32Array[];

function compile(spec: UpdateSpec): { run: Run; scalars: (lr: number, t: number) => number[]; slots: string[] } {
  const p = updateProgram('update', PARAMS, spec);
  const run = new Function(`${renderProgram(p, { fnName: 'run' })}\nreturn run;`)() as Run;
  const scalars = new Function(`return ${updateScalarsJs(spec.optimizer)};`)() as (lr: number, t: number) => number[];
  return { run, scalars, slots: p.states.map((s) => s.name) };
}

const numel = (s: number[]) => s.reduce((a, b) => a * b, 1);

function randomArrays(seed: number, scale: number): Record<string, Float32Array> {
  const r = rng(seed);
  return Object.fromEntries(PARAMS.map((p) => [p.name, Float32Array.from({ length: numel(p.shape) }, () => (r() * 2 - 1) * scale)]));
}

const SPECS: [string, UpdateSpec][] = [
  ['sgd', { optimizer: { kind: 'sgd', lr: 0.1 } }],
  ['sgd momentum nesterov decay', { optimizer: { kind: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 0.01 } }],
  ['sgd momentum, step schedule, clipValue', { optimizer: { kind: 'sgd', lr: 0.05, momentum: 0.5 }, schedule: { kind: 'step', stepSize: 2, gamma: 0.5 }, clipValue: 0.3 }],
  ['adagrad', { optimizer: { kind: 'adagrad', lr: 0.1, initialAccumulator: 0.1, weightDecay: 0.001 } }],
  ['adadelta', { optimizer: { kind: 'adadelta', rho: 0.8, weightDecay: 0.01 } }],
  ['rmsprop', { optimizer: { kind: 'rmsprop', lr: 0.01 } }],
  ['rmsprop centered momentum', { optimizer: { kind: 'rmsprop', lr: 0.01, alpha: 0.9, momentum: 0.8, centered: true, weightDecay: 0.01 } }],
  ['adam, cosine warmup, clipNorm', { optimizer: { kind: 'adam', lr: 0.02, weightDecay: 0.01 }, schedule: { kind: 'cosine', totalSteps: 6, warmupSteps: 2, minLr: 0.001 }, clipNorm: 0.5 }],
  ['adamw, clipNorm and clipValue', { optimizer: { kind: 'adamw', lr: 0.01, beta1: 0.8, beta2: 0.99, eps: 1e-6 }, clipNorm: 1, clipValue: 0.2 }],
];

describe('update program == rt.Optimizer', () => {
  for (const [label, spec] of SPECS) {
    it(label, () => {
      const { run, scalars, slots } = compile(spec);
      const sizes = PARAMS.map((p) => ({ name: p.name, size: numel(p.shape) }));
      const ref = new rt.Optimizer(spec.optimizer, sizes);
      expect(slots).toEqual(rt.optimizerSlots(spec.optimizer, sizes).map((s) => s.name));
      const refParams = randomArrays(1, 0.5);
      const params = PARAMS.map((p) => refParams[p.name].slice());
      // Slots start as rt.Optimizer's do (adagrad's sum at initialAccumulator).
      const start = ref.slots();
      const states = slots.map((s) => start[s].slice());
      for (let step = 0; step < 5; step++) {
        const grads = randomArrays(10 + step, 2);
        const lr = rt.learningRate(spec.optimizer.lr ?? 1, spec.schedule ?? { kind: 'constant' }, ref.stepCount);
        const hyper = Float32Array.from(scalars(lr, ref.stepCount + 1));
        const outs = run(1, 1, [hyper, Float32Array.of(0.7), ...PARAMS.map((p) => grads[p.name].slice())], params, states);
        const g = Object.fromEntries(Object.entries(grads).map(([k, v]) => [k, v.slice()]));
        if (spec.clipValue !== undefined) rt.clipByValue(g, spec.clipValue);
        const norm = spec.clipNorm !== undefined ? rt.clipByGlobalNorm(g, spec.clipNorm) : undefined;
        ref.step(refParams, g, lr);
        if (norm !== undefined) expect(maxRelError(outs[0], [norm]), 'grad norm').toBeLessThanOrEqual(1e-6);
        PARAMS.forEach((p, i) => expect(maxRelError(params[i], refParams[p.name]), `step ${step} ${p.name}`).toBeLessThanOrEqual(1e-6));
        const refSlots = ref.slots();
        slots.forEach((s, i) => expect(maxRelError(states[i], refSlots[s]), `step ${step} ${s}`).toBeLessThanOrEqual(1e-6));
      }
      // The step changed the parameters (the comparison above is not vacuous).
      expect(maxRelError(params[0], randomArrays(1, 0.5)['enc.W'])).toBeGreaterThan(1e-4);
    });
  }

  it('a non-finite loss leaves parameters and slots unchanged', () => {
    const spec: UpdateSpec = { optimizer: { kind: 'adam', lr: 0.1 }, clipNorm: 1 };
    const { run, scalars, slots } = compile(spec);
    const params = PARAMS.map((p) => randomArrays(3, 1)[p.name]);
    const states = slots.map((_, i) => new Float32Array(numel(PARAMS[i % PARAMS.length].shape)).fill(0.25));
    const before = [...params, ...states].map((a) => a.slice());
    const grads = randomArrays(4, 1);
    for (const loss of [NaN, Infinity, -Infinity]) {
      run(1, 1, [Float32Array.from(scalars(0.1, 1)), Float32Array.of(loss), ...PARAMS.map((p) => grads[p.name])], params, states);
      expect([...params, ...states]).toEqual(before);
    }
    run(1, 1, [Float32Array.from(scalars(0.1, 1)), Float32Array.of(1), ...PARAMS.map((p) => grads[p.name])], params, states);
    expect(params[0]).not.toEqual(before[0]);
  });
});

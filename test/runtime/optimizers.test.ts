import { describe, it, expect } from 'vitest';
import { Optimizer, optimizerSlots, validateOptimizerSpec, type OptimizerSpec } from '../../src/runtime/optimizers.js';
import { learningRate } from '../../src/runtime/schedules.js';
import { PARAMS, loadFixture, maxRelError, optimizerCases } from './optim-fixtures.js';

// torch 1.13 reference trajectories (float64 compute, float32 storage after every step, as rnnc).
const TOL = 1e-6;
const SIZES = PARAMS.map((p) => ({ name: p.name, size: p.shape.reduce((a, b) => a * b, 1) }));
const inputs = loadFixture('inputs.safetensors');

const EXPECTED_CASES = [
  'adadelta', 'adadelta-options', 'adagrad', 'adagrad-init-wd', 'adam', 'adam-weight-decay', 'adamw', 'adamw-steplr',
  'rmsprop', 'rmsprop-centered-momentum', 'sgd', 'sgd-momentum', 'sgd-nesterov', 'sgd-weight-decay',
];

function initial(): Record<string, Float32Array> {
  return Object.fromEntries(PARAMS.map((p) => [p.name, inputs.tensors.get(`init.${p.name}`)!.slice()]));
}
function grads(k: number): Record<string, Float32Array> {
  return Object.fromEntries(PARAMS.map((p) => [p.name, inputs.tensors.get(`grad.${k}.${p.name}`)!.slice()]));
}

/** The lr rnnc is given at step k: a StepLR schedule for 'adamw-steplr', the spec's own lr otherwise. */
function lrFor(name: string, spec: OptimizerSpec, k: number): number | undefined {
  return name === 'adamw-steplr' ? learningRate(spec.lr!, { kind: 'step', stepSize: 2, gamma: 0.5 }, k) : undefined;
}

const worst: Record<string, number> = {};

describe('optimizers against torch 1.13', () => {
  it('has every reference case', () => {
    expect(optimizerCases()).toEqual(EXPECTED_CASES);
  });

  for (const name of EXPECTED_CASES) {
    it(`${name}: params and state after each of 5 steps`, () => {
      const fx = loadFixture(`${name}.safetensors`);
      const spec = JSON.parse(fx.meta.spec) as OptimizerSpec;
      const lrs = JSON.parse(fx.meta.lrs) as number[];
      const opt = new Optimizer(spec, SIZES);
      const params = initial();
      let err = 0;
      for (let k = 0; k < 5; k++) {
        const lr = lrFor(name, spec, k);
        expect(lr ?? spec.lr ?? 1.0).toBe(lrs[k]);
        opt.step(params, grads(k), lr);
        expect(opt.stepCount).toBe(k + 1);
        for (const p of PARAMS) {
          const e = maxRelError(params[p.name], fx.tensors.get(`param.${k + 1}.${p.name}`)!);
          expect(e, `param ${p.name} after step ${k + 1}`).toBeLessThanOrEqual(TOL);
          err = Math.max(err, e);
        }
        const slots = opt.slots();
        const prefix = `state.${k + 1}.`;
        const torchSlots = [...fx.tensors.keys()].filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
        expect(Object.keys(slots).sort()).toEqual(torchSlots.sort());
        for (const s of torchSlots) {
          const e = maxRelError(slots[s], fx.tensors.get(prefix + s)!);
          expect(e, `state ${s} after step ${k + 1}`).toBeLessThanOrEqual(TOL);
          err = Math.max(err, e);
        }
      }
      // The run moved the params (a no-op optimizer would fail above, but say so plainly).
      expect(maxRelError(params['enc.W'], inputs.tensors.get('init.enc.W')!)).toBeGreaterThan(1e-4);
      worst[name] = err;
    });
  }

  it('reports the worst relative error of each case (RNNC_OPTIM_REPORT=1)', () => {
    if (process.env.RNNC_OPTIM_REPORT) console.log(worst);
    expect(Object.keys(worst).length).toBeLessThanOrEqual(EXPECTED_CASES.length);
  });
});

describe('Optimizer state', () => {
  it('names slots `${slot}.${param}` in torch state-key terms', () => {
    const p = [{ name: 'lstm.W_i', size: 3 }];
    expect(optimizerSlots({ kind: 'adam', lr: 1e-3 }, p)).toEqual([
      { name: 'exp_avg.lstm.W_i', size: 3 },
      { name: 'exp_avg_sq.lstm.W_i', size: 3 },
    ]);
    expect(optimizerSlots({ kind: 'sgd', lr: 0.1 }, p)).toEqual([]);
    expect(optimizerSlots({ kind: 'sgd', lr: 0.1, momentum: 0.9 }, p).map((s) => s.name)).toEqual(['momentum_buffer.lstm.W_i']);
    expect(optimizerSlots({ kind: 'rmsprop', lr: 0.1, centered: true, momentum: 0.5 }, p).map((s) => s.name)).toEqual([
      'square_avg.lstm.W_i', 'momentum_buffer.lstm.W_i', 'grad_avg.lstm.W_i',
    ]);
    expect(optimizerSlots({ kind: 'adadelta' }, p).map((s) => s.name)).toEqual(['square_avg.lstm.W_i', 'acc_delta.lstm.W_i']);
    expect(optimizerSlots({ kind: 'adagrad', lr: 0.1 }, p).map((s) => s.name)).toEqual(['sum.lstm.W_i']);
  });

  it('starts Adagrad at initialAccumulator and returns copies from slots()', () => {
    const opt = new Optimizer({ kind: 'adagrad', lr: 0.1, initialAccumulator: 0.25 }, [{ name: 'w', size: 2 }]);
    const s = opt.slots();
    expect(Array.from(s['sum.w'])).toEqual([0.25, 0.25]);
    s['sum.w'][0] = 99;
    expect(opt.slots()['sum.w'][0]).toBe(0.25);
  });

  it('resumes exactly: 2 steps, slots -> new optimizer -> 3 steps equals 5 steps', () => {
    for (const spec of [
      { kind: 'adam', lr: 0.01, weightDecay: 0.1 },
      { kind: 'rmsprop', lr: 0.01, centered: true, momentum: 0.9 },
      { kind: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true },
    ] as OptimizerSpec[]) {
      const straight = initial();
      const a = new Optimizer(spec, SIZES);
      for (let k = 0; k < 5; k++) a.step(straight, grads(k));

      const resumed = initial();
      const b = new Optimizer(spec, SIZES);
      for (let k = 0; k < 2; k++) b.step(resumed, grads(k));
      const c = new Optimizer(spec, SIZES);
      c.loadSlots(b.slots(), b.stepCount);
      for (let k = 2; k < 5; k++) c.step(resumed, grads(k));
      expect(c.stepCount).toBe(5);
      for (const p of PARAMS) expect(Array.from(resumed[p.name]), spec.kind).toEqual(Array.from(straight[p.name]));
    }
  });

  it('rejects bad loadSlots input by name', () => {
    const opt = new Optimizer({ kind: 'adam', lr: 0.01 }, [{ name: 'w', size: 2 }]);
    const ok = { 'exp_avg.w': new Float32Array(2), 'exp_avg_sq.w': new Float32Array(2) };
    expect(() => opt.loadSlots({ 'exp_avg.w': new Float32Array(2) }, 1)).toThrow("optimizer adam: state slot 'exp_avg_sq.w' is missing");
    expect(() => opt.loadSlots({ ...ok, 'sum.w': new Float32Array(2) }, 1)).toThrow("optimizer adam: unexpected state slot 'sum.w'");
    expect(() => opt.loadSlots({ ...ok, 'exp_avg.w': new Float32Array(3) }, 1)).toThrow(
      "optimizer adam: state slot 'exp_avg.w' has 3 elements, expected 2",
    );
    expect(() => opt.loadSlots(ok, -1)).toThrow('optimizer: step count must be a non-negative integer, got -1');
    expect(() => opt.loadSlots(ok, 1.5)).toThrow('step count must be a non-negative integer');
  });

  it('rejects a missing or mis-sized param or gradient in step() and leaves the state unchanged', () => {
    const opt = new Optimizer({ kind: 'adam', lr: 0.01 }, [{ name: 'w', size: 2 }, { name: 'b', size: 1 }]);
    const w = new Float32Array([1, 2]);
    const b = new Float32Array([3]);
    expect(() => opt.step({ w, b }, { w: new Float32Array(2) })).toThrow("optimizer: gradient of 'b' is missing (or not a Float32Array)");
    expect(() => opt.step({ w }, { w: new Float32Array(2), b: new Float32Array(1) })).toThrow("optimizer: param 'b' is missing");
    expect(() => opt.step({ w, b }, { w: new Float32Array(3), b: new Float32Array(1) })).toThrow(
      "optimizer: gradient of 'w' has 3 elements, expected 2",
    );
    expect(() => opt.step({ w, b }, { w: new Float32Array(2), b: new Float32Array(1) }, -0.1)).toThrow(
      'optimizer adam: lr must be a finite number >= 0, got -0.1',
    );
    expect(opt.stepCount).toBe(0);
    expect(Array.from(w)).toEqual([1, 2]);
  });

  it('rejects duplicate or mis-sized params at construction', () => {
    expect(() => new Optimizer({ kind: 'sgd', lr: 1 }, [{ name: 'w', size: 1 }, { name: 'w', size: 2 }])).toThrow(
      "optimizer: param 'w' is listed twice",
    );
    expect(() => new Optimizer({ kind: 'sgd', lr: 1 }, [{ name: 'w', size: -1 }])).toThrow("optimizer: param 'w' has invalid size -1");
  });
});

describe('optimizer spec validation', () => {
  const bad: [unknown, string][] = [
    [{ kind: 'lion', lr: 0.1 }, 'optimizer: unknown kind "lion" (expected one of sgd, adagrad, adadelta, rmsprop, adam, adamw)'],
    [null, 'optimizer spec must be an object, got null'],
    [{ kind: 'sgd', lr: 0.1, betas: [0.9, 0.99] }, "optimizer sgd: unknown option 'betas' (expected lr, momentum, nesterov, weightDecay)"],
    [{ kind: 'adam', lr: 0.1, weight_decay: 0.1 }, "optimizer adam: unknown option 'weight_decay'"],
    [{ kind: 'adam' }, "optimizer adam: option 'lr' is required"],
    [{ kind: 'sgd', lr: -0.1 }, "optimizer sgd: option 'lr' is -0.1, outside [0, inf)"],
    [{ kind: 'sgd', lr: NaN }, "optimizer sgd: option 'lr' must be a finite number, got null"],
    [{ kind: 'sgd', lr: '0.1' }, `optimizer sgd: option 'lr' must be a finite number, got "0.1"`],
    [{ kind: 'sgd', lr: 0.1, nesterov: true }, "optimizer sgd: option 'nesterov' needs 'momentum' > 0"],
    [{ kind: 'sgd', lr: 0.1, nesterov: 1, momentum: 0.9 }, "optimizer sgd: option 'nesterov' must be a boolean, got 1"],
    [{ kind: 'sgd', lr: 0.1, momentum: -0.5 }, "optimizer sgd: option 'momentum' is -0.5, outside [0, inf)"],
    [{ kind: 'adam', lr: 0.1, beta1: 1 }, "optimizer adam: option 'beta1' is 1, outside [0, 1)"],
    [{ kind: 'adamw', lr: 0.1, beta2: -0.1 }, "optimizer adamw: option 'beta2' is -0.1, outside [0, 1)"],
    [{ kind: 'adadelta', rho: 1.5 }, "optimizer adadelta: option 'rho' is 1.5, outside [0, 1]"],
    [{ kind: 'adagrad', lr: 0.1, eps: -1e-10 }, "optimizer adagrad: option 'eps' is -1e-10, outside [0, inf)"],
    [{ kind: 'rmsprop', lr: 0.1, weightDecay: -1 }, "optimizer rmsprop: option 'weightDecay' is -1, outside [0, inf)"],
  ];
  for (const [spec, msg] of bad) {
    it(`rejects ${JSON.stringify(spec)}`, () => {
      expect(() => validateOptimizerSpec(spec)).toThrow(msg);
      expect(() => new Optimizer(spec as OptimizerSpec, [])).toThrow(msg);
    });
  }

  it('accepts every kind with its defaults', () => {
    for (const spec of [
      { kind: 'sgd', lr: 0.1 },
      { kind: 'adagrad', lr: 0.1 },
      { kind: 'adadelta' },
      { kind: 'rmsprop', lr: 0.01 },
      { kind: 'adam', lr: 0.001 },
      { kind: 'adamw', lr: 0.001 },
    ]) {
      expect(validateOptimizerSpec(spec)).toBe(spec);
    }
  });

  it('applies AdamW\'s default weight decay of 0.01 (decoupled) and none for Adam', () => {
    // zero gradient: Adam leaves the weight alone; AdamW shrinks it by lr * 0.01
    const adam = { w: new Float32Array([2]) };
    new Optimizer({ kind: 'adam', lr: 0.5 }, [{ name: 'w', size: 1 }]).step(adam, { w: new Float32Array([0]) });
    expect(adam.w[0]).toBe(2);
    const adamw = { w: new Float32Array([2]) };
    new Optimizer({ kind: 'adamw', lr: 0.5 }, [{ name: 'w', size: 1 }]).step(adamw, { w: new Float32Array([0]) });
    expect(adamw.w[0]).toBe(Math.fround(2 * (1 - 0.5 * 0.01)));
  });
});

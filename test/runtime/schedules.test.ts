import { describe, it, expect } from 'vitest';
import { learningRate, validateLrSchedule, type LrSchedule } from '../../src/runtime/schedules.js';
import { loadFixture } from './optim-fixtures.js';

// torch's StepLR / CosineAnnealingLR get_last_lr() after k scheduler steps, base lr 0.1.
const fx = loadFixture('schedules.safetensors');

describe('learning-rate schedules against torch 1.13', () => {
  const base = Number(fx.meta.base_lr);
  for (const name of ['step', 'cosine', 'cosine-zero-min']) {
    it(`${name} matches torch over ${name === 'step' ? 10 : 'T_max + 1'} steps`, () => {
      const { schedule, lrs } = JSON.parse(fx.meta[name]) as { schedule: LrSchedule; lrs: number[] };
      expect(lrs.length).toBeGreaterThanOrEqual(8);
      lrs.forEach((want, k) => {
        // torch steps the cosine recursively; the closed form agrees to rounding
        const got = learningRate(base, schedule, k);
        expect(Math.abs(got - want), `step ${k}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-12 * Math.max(want, 1e-3));
      });
    });
  }
});

describe('learningRate', () => {
  it('constant is the base lr at every step', () => {
    expect([0, 1, 1000].map((k) => learningRate(0.3, { kind: 'constant' }, k))).toEqual([0.3, 0.3, 0.3]);
  });

  it('cosine holds minLr after totalSteps', () => {
    const s: LrSchedule = { kind: 'cosine', totalSteps: 4, minLr: 0.01 };
    expect(learningRate(1, s, 4)).toBeCloseTo(0.01, 15);
    expect(learningRate(1, s, 7)).toBe(0.01);
    expect(learningRate(1, s, 2)).toBeCloseTo(0.505, 15);
  });

  it('cosine warmup ramps linearly to the base lr, then anneals over the remaining steps', () => {
    const s: LrSchedule = { kind: 'cosine', totalSteps: 10, warmupSteps: 4 };
    expect([0, 1, 2, 3].map((k) => learningRate(2, s, k))).toEqual([0.5, 1, 1.5, 2]);
    expect(learningRate(2, s, 4)).toBe(2); // cosine t = 0
    expect(learningRate(2, s, 7)).toBeCloseTo(1, 14); // t = 3 of T = 6: halfway
    expect(learningRate(2, s, 10)).toBe(0);
  });

  const bad: [unknown, string][] = [
    [{ kind: 'exp' }, 'lr schedule: unknown kind "exp" (expected one of constant, step, cosine)'],
    [{ kind: 'step', stepSize: 0, gamma: 0.5 }, "lr schedule step: option 'stepSize' must be a positive integer, got 0"],
    [{ kind: 'step', stepSize: 2 }, "lr schedule step: option 'gamma' must be a finite number >= 0, got undefined"],
    [{ kind: 'step', stepSize: 2, gamma: 0.5, step_size: 2 }, "lr schedule step: unknown option 'step_size' (expected stepSize, gamma)"],
    [{ kind: 'cosine', totalSteps: 1.5 }, "lr schedule cosine: option 'totalSteps' must be a positive integer, got 1.5"],
    [{ kind: 'cosine', totalSteps: 5, minLr: -1 }, "lr schedule cosine: option 'minLr' must be a finite number >= 0, got -1"],
    [{ kind: 'cosine', totalSteps: 5, warmupSteps: 5 }, "lr schedule cosine: option 'warmupSteps' must be an integer in [0, totalSteps 5), got 5"],
    [{ kind: 'constant', lr: 1 }, "lr schedule constant: unknown option 'lr'"],
  ];
  for (const [s, msg] of bad) {
    it(`rejects ${JSON.stringify(s)}`, () => {
      expect(() => validateLrSchedule(s)).toThrow(msg);
      expect(() => learningRate(0.1, s as LrSchedule, 0)).toThrow(msg);
    });
  }

  it('rejects a bad step or base lr', () => {
    expect(() => learningRate(0.1, { kind: 'constant' }, -1)).toThrow('lr schedule: step must be a non-negative integer, got -1');
    expect(() => learningRate(0.1, { kind: 'constant' }, 0.5)).toThrow('step must be a non-negative integer');
    expect(() => learningRate(-0.1, { kind: 'constant' }, 0)).toThrow('lr schedule: base lr must be a finite number >= 0, got -0.1');
  });
});

import { describe, it, expect } from 'vitest';
import { clipByGlobalNorm, clipByValue } from '../../src/runtime/clip.js';
import { PARAMS, loadFixture, maxRelError } from './optim-fixtures.js';

// torch.nn.utils.clip_grad_norm_ on grad set 0 (max_norm 1: clipped) and 1 (max_norm 100: not).
const inputs = loadFixture('inputs.safetensors');
const fx = loadFixture('clip.safetensors');

const gradSet = (k: number) => Object.fromEntries(PARAMS.map((p) => [p.name, inputs.tensors.get(`grad.${k}.${p.name}`)!.slice()]));

describe('clipByGlobalNorm against torch 1.13', () => {
  for (const k of [0, 1]) {
    it(`grad set ${k}: returns torch's norm and scales the grads as torch does`, () => {
      const grads = gradSet(k);
      const before = gradSet(k);
      const norm = clipByGlobalNorm(grads, Number(fx.meta[`max_norm.${k}`]));
      expect(Math.abs(norm - Number(fx.meta[`norm.${k}`]))).toBeLessThanOrEqual(1e-12 * norm);
      for (const p of PARAMS) {
        expect(maxRelError(grads[p.name], fx.tensors.get(`clipped.${k}.${p.name}`)!), p.name).toBeLessThanOrEqual(1e-6);
      }
      if (k === 0) expect(maxRelError(grads['enc.W'], before['enc.W'])).toBeGreaterThan(0.5); // really clipped
      else for (const p of PARAMS) expect(grads[p.name]).toEqual(before[p.name]); // untouched
    });
  }
});

describe('clipByGlobalNorm', () => {
  it('clips to maxNorm over all tensors together', () => {
    const g = { a: new Float32Array([3]), b: new Float32Array([4]) };
    expect(clipByGlobalNorm(g, 1)).toBe(5);
    const after = Math.hypot(g.a[0], g.b[0]);
    expect(after).toBeCloseTo(1, 6);
    expect(g.a[0]).toBe(Math.fround(3 * (1 / (5 + 1e-6))));
  });

  it('scales, as torch does, when the norm is within 1e-6 below maxNorm', () => {
    const g = { a: new Float32Array([1]) };
    clipByGlobalNorm(g, 1);
    expect(g.a[0]).toBe(Math.fround(1 / (1 + 1e-6)));
  });

  it('leaves grads alone and returns a non-finite norm', () => {
    const g = { a: new Float32Array([Infinity, 1]) };
    expect(clipByGlobalNorm(g, 1)).toBe(Infinity);
    expect(Array.from(g.a)).toEqual([Infinity, 1]);
    expect(Number.isNaN(clipByGlobalNorm({ a: new Float32Array([NaN]) }, 1))).toBe(true);
  });

  it('returns 0 for no gradients and rejects a bad maxNorm', () => {
    expect(clipByGlobalNorm({}, 1)).toBe(0);
    expect(() => clipByGlobalNorm({}, 0)).toThrow('clipByGlobalNorm: maxNorm must be a finite number > 0, got 0');
    expect(() => clipByGlobalNorm({}, NaN)).toThrow('maxNorm must be a finite number > 0, got NaN');
  });
});

describe('clipByValue', () => {
  it('clamps every element to [-limit, limit] (torch clip_grad_value_)', () => {
    const g = { a: new Float32Array([-3, -0.5, 0, 0.5, 3]), b: new Float32Array([Infinity, NaN]) };
    clipByValue(g, 1);
    expect(Array.from(g.a)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(g.b[0]).toBe(1);
    expect(Number.isNaN(g.b[1])).toBe(true);
    expect(() => clipByValue(g, -1)).toThrow('clipByValue: limit must be a number > 0, got -1');
  });
});

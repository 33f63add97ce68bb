import { describe, it, expect } from 'vitest';
import { Rng, createRng, fnv1a, streamFor } from '../../src/runtime/rng.js';

const take = (r: Rng, n: number, f: (r: Rng) => number = (x) => x.uniform()) => Array.from({ length: n }, () => f(r));

describe('rng', () => {
  it('implements FNV-1a and xoshiro128** (reference vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    const r = Rng.fromState([1, 2, 3, 4]);
    expect(take(r, 3, (x) => x.nextU32())).toEqual([11520, 0, 5927040]);
  });

  it('is deterministic for the same seed', () => {
    expect(take(createRng(7), 50)).toEqual(take(createRng(7), 50));
    expect(take(createRng(7), 50)).not.toEqual(take(createRng(8), 50));
    // seeds that differ only above 32 bits still give different streams
    expect(take(createRng(1), 5)).not.toEqual(take(createRng(1 + 2 ** 32), 5));
  });

  it('derives streams from (seed, name) only, independent of creation order', () => {
    const a1 = take(streamFor(3, 'enc.W_i'), 20);
    take(streamFor(3, 'enc.W_f'), 100); // creating and using other streams changes nothing
    expect(take(streamFor(3, 'enc.W_i'), 20)).toEqual(a1);
    expect(take(streamFor(3, 'enc.W_f'), 20)).not.toEqual(a1);
    expect(take(streamFor(4, 'enc.W_i'), 20)).not.toEqual(a1);
  });

  it('gives uncorrelated streams for similar names', () => {
    const n = 20000;
    const a = take(streamFor(1, 'x.W_1'), n, (r) => r.normal());
    const b = take(streamFor(1, 'x.W_2'), n, (r) => r.normal());
    let dot = 0;
    for (let i = 0; i < n; i++) dot += a[i] * b[i];
    expect(Math.abs(dot / n)).toBeLessThan(0.03);
  });

  it('draws uniform in [0, 1) and standard normals', () => {
    const n = 50000;
    const u = take(createRng(11), n);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const mean = u.reduce((a, b) => a + b, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    const z = take(createRng(12), n, (r) => r.normal());
    const zm = z.reduce((a, b) => a + b, 0) / n;
    const zv = z.reduce((a, b) => a + (b - zm) ** 2, 0) / n;
    expect(Math.abs(zm)).toBeLessThan(0.02);
    expect(Math.abs(zv - 1)).toBeLessThan(0.03);
    expect(z.every(Number.isFinite)).toBe(true);
    expect(z.filter((x) => Math.abs(x) > 1.96).length / n).toBeCloseTo(0.05, 1);
  });
});

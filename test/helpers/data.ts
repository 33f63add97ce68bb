// Deterministic test data for any module: inputs, parameters, dropout masks. No code generator
// here, so IR-only tests can use it too. Arrays are Float32 by default (what generated modules
// take); pass Float64Array for float64-only interpreter comparisons.
import { walkNodes } from '../../src/ir/graph.js';
import type { InputInfo, Module } from '../../src/ir/types.js';

type FloatArray = typeof Float32Array | typeof Float64Array;
/** A tensor of the given float array type (or i32). */
export interface HostTensor<F extends FloatArray = typeof Float32Array> { data: InstanceType<F> | Int32Array; shape: number[] }

function filled<F extends FloatArray>(Float: F, n: number, f: (i: number) => number): InstanceType<F> {
  return Float.from(Array.from({ length: n }, (_, i) => f(i))) as InstanceType<F>;
}

/** A small deterministic generator (tests only). */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

/** Lengths per batch row: full, shorter, one step, and none at all (an edge case every backend must get right). */
export function lengthsFor(B: number, T: number): number[] {
  const pattern = [T, Math.max(1, T - 2), 1, 0];
  return Array.from({ length: B }, (_, b) => pattern[b % pattern.length]);
}

/** Deterministic inputs; i32 ids are below `vocab`, or below `idRange[name]` for the named inputs (e.g. labels). */
export function inputsFor<F extends FloatArray = typeof Float32Array>(mod: Module, B: number, T: number, seed = 1, vocab = 50, idRange: Record<string, number> = { labels: 2 }, Float: F = Float32Array as F): Record<string, HostTensor<F>> {
  const r = rng(seed);
  const out: Record<string, HostTensor<F>> = {};
  const lengths = lengthsFor(B, T);
  for (const inp of mod.inputs as InputInfo[]) {
    const shape = inp.type.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d)) as number[];
    const n = shape.reduce((a, b) => a * b, 1);
    if (inp.role === 'mask') out[inp.name] = { data: filled(Float, n, (i) => (i % T < lengths[Math.floor(i / T)] ? 1 : 0)), shape };
    else if (inp.role === 'lengths') out[inp.name] = { data: Int32Array.from(lengths), shape };
    else if (inp.type.dtype === 'i32') out[inp.name] = { data: Int32Array.from({ length: n }, () => Math.floor(r() * (idRange[inp.name] ?? vocab))), shape };
    else out[inp.name] = { data: filled(Float, n, () => r() * 2 - 1), shape };
  }
  return out;
}

/** Parameters with enough spread to exercise saturation and sign, deterministic per seed. */
export function paramsFor<F extends FloatArray = typeof Float32Array>(mod: Module, seed = 2, scale = 0.5, Float: F = Float32Array as F): Record<string, InstanceType<F>> {
  const r = rng(seed);
  const out: Record<string, InstanceType<F>> = {};
  for (const p of mod.params) out[p.name] = filled(Float, p.shape.reduce((a, b) => a * b, 1), () => (r() * 2 - 1) * scale);
  return out;
}

/** Fixed dropout masks (training mode) for every dropout the module names, float64. */
export function dropoutMasks(mod: Module, B: number, T: number, seed: number): Record<string, { data: Float64Array; shape: number[] }> {
  const r = rng(seed);
  const out: Record<string, { data: Float64Array; shape: number[] }> = {};
  walkNodes(mod.graph, (n) => {
    const op = n.op;
    if (op.op !== 'dropout' || out[op.name]) return;
    const shape = op.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d)) as number[];
    const size = shape.reduce((a, b) => a * b, 1);
    out[op.name] = { data: Float64Array.from({ length: size }, () => (r() < op.rate ? 0 : 1 / (1 - op.rate))), shape };
  });
  return out;
}


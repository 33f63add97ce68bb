// Test helpers: compile a traced module to a real generated JS module on disk and import it,
// and make deterministic inputs and parameters for any module.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InputInfo, Module } from '../../src/ir/types.js';
import { bundleRuntime, emitJsModule } from '../../src/codegen/js/index.js';

const outRoot = path.resolve(new URL('../.out', import.meta.url).pathname);
let runtimeText: Promise<string> | undefined;
let counter = 0;

export interface HostTensor { data: Float32Array | Int32Array; shape: number[] }
export interface GeneratedModel {
  forward(inputs: Record<string, HostTensor>): Record<string, HostTensor>;
  loadWeights(bytes: Uint8Array, opts?: { layout?: string }): void;
  saveWeights(opts?: { layout?: string }): Uint8Array;
  getParams(): Record<string, Float32Array>;
  setParams(p: Record<string, Float32Array>): void;
  resetState?(): void;
  getState?(): Record<string, Float32Array>;
  dispose(): void;
}
export interface GeneratedModule {
  meta: { name: string; inputs: unknown[]; outputs: unknown[]; params: { name: string; shape: number[] }[] };
  create(opts?: { seed?: number; weights?: Uint8Array; layout?: string }): GeneratedModel;
}

/** Emit JS for `mod`, write it with the runtime into test/.out, import it. */
export async function compileJs(mod: Module): Promise<{ module: GeneratedModule; dir: string; js: string; dts: string }> {
  const runtime = (runtimeText ??= bundleRuntime());
  const { js, dts } = emitJsModule(mod);
  const dir = path.join(outRoot, `${mod.name}-${process.pid}-${counter++}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), await runtime);
  fs.writeFileSync(path.join(dir, `${mod.name}.js`), js);
  fs.writeFileSync(path.join(dir, `${mod.name}.d.ts`), dts);
  const module = (await import(pathToFileURL(path.join(dir, `${mod.name}.js`)).href)) as GeneratedModule;
  return { module, dir, js, dts };
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
export function inputsFor(mod: Module, B: number, T: number, seed = 1, vocab = 50, idRange: Record<string, number> = { labels: 2 }): Record<string, HostTensor> {
  const r = rng(seed);
  const out: Record<string, HostTensor> = {};
  const lengths = lengthsFor(B, T);
  for (const inp of mod.inputs as InputInfo[]) {
    const shape = inp.type.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d)) as number[];
    const n = shape.reduce((a, b) => a * b, 1);
    if (inp.role === 'mask') out[inp.name] = { data: Float32Array.from({ length: n }, (_, i) => (i % T < lengths[Math.floor(i / T)] ? 1 : 0)), shape };
    else if (inp.role === 'lengths') out[inp.name] = { data: Int32Array.from(lengths), shape };
    else if (inp.type.dtype === 'i32') out[inp.name] = { data: Int32Array.from({ length: n }, () => Math.floor(r() * (idRange[inp.name] ?? vocab))), shape };
    else out[inp.name] = { data: Float32Array.from({ length: n }, () => r() * 2 - 1), shape };
  }
  return out;
}

/** Parameters with enough spread to exercise saturation and sign, deterministic per seed. */
export function paramsFor(mod: Module, seed = 2, scale = 0.5): Record<string, Float32Array> {
  const r = rng(seed);
  const out: Record<string, Float32Array> = {};
  for (const p of mod.params) out[p.name] = Float32Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, () => (r() * 2 - 1) * scale);
  return out;
}

/** Largest |a - b| / max(1, |b|) over all elements. */
export function maxRelError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const e = Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i]));
    if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : e;
  }
  return worst;
}

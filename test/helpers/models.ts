// Test helpers: compile a traced module to a real generated JS module on disk and import it,
// and make deterministic inputs and parameters for any module.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Module } from '../../src/ir/types.js';
import { bundleRuntime, emitJsModule } from '../../src/codegen/js/index.js';

const outRoot = path.resolve(new URL('../.out', import.meta.url).pathname);
let runtimeText: Promise<string> | undefined;
let counter = 0;

export type { HostTensor } from './data.js';
import type { HostTensor } from './data.js';
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
export async function compileJs(mod: Module, opts: Parameters<typeof emitJsModule>[1] = {}): Promise<{ module: GeneratedModule; dir: string; js: string; dts: string }> {
  const runtime = (runtimeText ??= bundleRuntime());
  const { js, dts } = emitJsModule(mod, opts);
  const dir = path.join(outRoot, `${mod.name}-${process.pid}-${counter++}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), await runtime);
  fs.writeFileSync(path.join(dir, `${mod.name}.js`), js);
  fs.writeFileSync(path.join(dir, `${mod.name}.d.ts`), dts);
  const module = (await import(pathToFileURL(path.join(dir, `${mod.name}.js`)).href)) as GeneratedModule;
  return { module, dir, js, dts };
}

export { dropoutMasks, inputsFor, lengthsFor, paramsFor, rng } from './data.js';

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

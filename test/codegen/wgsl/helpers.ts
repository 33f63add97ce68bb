// Compile a traced module with the WGSL target, write it beside the runtime and engine bundles in
// test/.out, import it, and create models on the shared Dawn device.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Module } from '../../../src/ir/types.js';
import { bundleRuntime } from '../../../src/codegen/runtime-bundle.js';
import { bundleEngine } from '../../../src/codegen/wgsl/engine-bundle.js';
import { emitWgslModule } from '../../../src/codegen/wgsl/module.js';
import { dawnDevice } from '../../helpers/dawn.js';
import type { HostTensor } from '../../helpers/data.js';

const outRoot = path.resolve(new URL('../../.out', import.meta.url).pathname);
let counter = 0;

export interface WgslModel {
  forward(inputs: Record<string, HostTensor>): Promise<Record<string, HostTensor>>;
  getParams(): Promise<Record<string, Float32Array>>;
  setParams(p: Record<string, Float32Array>): void;
  loadWeights(bytes: Uint8Array, opts?: { layout?: string }): void;
  saveWeights(opts?: { layout?: string }): Promise<Uint8Array>;
  resetState(): void;
  getState(): Promise<Record<string, Float32Array>>;
  setState(s: Record<string, Float32Array>): void;
  trainStep(b: Record<string, HostTensor>): Promise<{ loss: number; learningRate: number; gradNorm?: number }>;
  evaluate(b: Record<string, HostTensor>): Promise<{ loss: number; outputs: Record<string, HostTensor> }>;
  gradients(b: Record<string, HostTensor>): Promise<{ loss: number; grads: Record<string, Float32Array> }>;
  saveCheckpoint(): Promise<Uint8Array>;
  loadCheckpoint(bytes: Uint8Array): void;
  readonly step: number;
  dispose(): void;
}

export interface WgslCreateOptions {
  seed?: number;
  weights?: Uint8Array;
  layout?: string;
  compile?: 'forward' | 'all';
  wholeSequence?: 'auto' | 'always' | 'never';
}

export interface WgslModule {
  create(opts?: WgslCreateOptions & { device?: GPUDevice }): Promise<WgslModel>;
}

export async function compileWgsl(mod: Module, emit: Parameters<typeof emitWgslModule>[1] = {}): Promise<{ module: WgslModule; dir: string; create: (opts?: WgslCreateOptions) => Promise<WgslModel> }> {
  const { js, dts } = emitWgslModule(mod, emit);
  const dir = path.join(outRoot, `${mod.name}-wgsl-${process.pid}-${counter++}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), await bundleRuntime());
  fs.writeFileSync(path.join(dir, 'rnnc-wgsl-engine.js'), await bundleEngine());
  fs.writeFileSync(path.join(dir, `${mod.name}.wgsl.js`), js);
  fs.writeFileSync(path.join(dir, `${mod.name}.wgsl.d.ts`), dts);
  const module = (await import(pathToFileURL(path.join(dir, `${mod.name}.wgsl.js`)).href)) as WgslModule;
  const device = await dawnDevice();
  return { module, dir, create: (opts = {}) => module.create({ ...opts, device }) };
}

/** Counts compute dispatches while f runs. */
export async function dispatches(f: () => Promise<unknown>): Promise<number> {
  const proto = (globalThis as unknown as { GPUComputePassEncoder: { prototype: { dispatchWorkgroups(...a: number[]): void } } }).GPUComputePassEncoder.prototype;
  const orig = proto.dispatchWorkgroups;
  let n = 0;
  proto.dispatchWorkgroups = function (this: unknown, ...a: number[]) {
    n++;
    return orig.apply(this, a);
  };
  try {
    await f();
  } finally {
    proto.dispatchWorkgroups = orig;
  }
  return n;
}

// Helpers for the wasm target's tests: compile a traced module to the generated wasm module
// (written with the runtime into test/.out and imported), beside the JS target's for comparison.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Module } from '../../../src/ir/types.js';
import { bundleRuntime } from '../../../src/codegen/js/index.js';
import { emitWasmModule, type EmitWasmOptions } from '../../../src/codegen/wasm/module.js';
import type { GeneratedModule } from '../../helpers/models.js';

const outRoot = path.resolve(new URL('../../.out', import.meta.url).pathname);
let counter = 0;

export async function compileWasm(mod: Module, opts: EmitWasmOptions = {}): Promise<{ module: GeneratedModule; dir: string; js: string; wat: string; file: string }> {
  const { js, dts, wat } = emitWasmModule(mod, opts);
  const dir = path.join(outRoot, `wasm-${mod.name}-${process.pid}-${counter++}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'rnnc-runtime.js'), await bundleRuntime());
  const file = path.join(dir, `${mod.name}.wasm.js`);
  fs.writeFileSync(file, js);
  fs.writeFileSync(path.join(dir, `${mod.name}.wasm.d.ts`), dts);
  fs.writeFileSync(path.join(dir, `${mod.name}.wat`), wat);
  const module = (await import(pathToFileURL(file).href)) as GeneratedModule;
  return { module, dir, js, wat, file };
}

/** The WebAssembly global as these tests use it (the project's TypeScript libs do not declare it). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  instantiate(bytes: Uint8Array, imports?: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}
export const wasmApi = (): WasmApi => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

// The code generation targets behind `rnnc compile --target`: each backend directory exports one
// `backend` (src/codegen/<target>/target.ts) that turns a module into the files of its generated
// module. Loaded on demand, so that compiling for JS never loads binaryen and the like.

import type { Module } from '../ir/types.js';

/** One file of a generated module, relative to the output directory. */
export interface GeneratedFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

export interface TargetOutput {
  /** The file an app imports (e.g. 'sentiment.wasm.js'); one of `files`. */
  readonly entry: string;
  readonly files: readonly GeneratedFile[];
}

export interface TargetOptions {
  /** The IR passes to run (default all). */
  readonly passes?: readonly string[];
}

export interface TargetBackend {
  readonly name: 'js' | 'wgsl' | 'glsl' | 'wasm';
  /** False while the backend is being built: `--target` refuses it and `--target all` leaves it out. */
  readonly implemented: boolean;
  emit(m: Module, opts: TargetOptions): Promise<TargetOutput>;
}

export const TARGET_NAMES = ['js', 'wasm', 'wgsl', 'glsl'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export async function loadBackend(name: TargetName): Promise<TargetBackend> {
  switch (name) {
    case 'js':
      return (await import('./js/target.js')).backend;
    case 'wasm':
      return (await import('./wasm/target.js')).backend;
    case 'wgsl':
      return (await import('./wgsl/target.js')).backend;
    case 'glsl':
      return (await import('./glsl/target.js')).backend;
  }
}

// What a code generation target is: a name, the scheduler's kernel options its programs are made
// with, and a renderer from a program set (src/codegen/programs.ts) to the files of a generated
// module. The registry that loads them is targets.ts.

import type { ProgramSet } from './programs.js';
import type { KernelOptions } from './schedule.js';

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

export const TARGET_NAMES = ['js', 'wasm', 'wgsl', 'glsl'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface RenderOptions {
  /**
   * Import specifier of the runtime (default './rnnc-runtime.js', written among the files). A
   * bundler plugin passes 'rnnc/runtime': the app's bundle then holds one copy of it, shared by
   * every module and by the app's own imports of rnnc/runtime.
   */
  readonly runtimeImport?: string;
}

export interface TargetBackend {
  readonly name: TargetName;
  /** The scheduler's kernel options this target's programs are made with. */
  readonly kernels: KernelOptions;
  render(set: ProgramSet, opts?: RenderOptions): Promise<TargetOutput>;
}

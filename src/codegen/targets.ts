// The code generation targets behind `rnnc compile --target`: each backend directory exports one
// `backend` (src/codegen/<target>/target.ts) that renders a program set (src/codegen/programs.ts)
// into the files of its generated module. Loaded on demand, so that compiling for JS never loads
// binaryen and the like. A target never runs the passes: it names the kernel options it schedules
// with, and renders what compileModel(...).programs(kernels) gives it.

import type { TargetBackend, TargetName } from './target-api.js';

export { TARGET_NAMES, type GeneratedFile, type TargetBackend, type TargetName, type TargetOutput } from './target-api.js';

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

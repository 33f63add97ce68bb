// `--target wasm`: <model>.wasm.js (the host module with the WebAssembly inlined), its .d.ts and
// the shared rnnc-runtime.js. See docs/wasm.md.

import { bundleRuntime } from '../js/runtime-bundle.js';
import type { TargetBackend } from '../targets.js';

export const backend: TargetBackend = {
  name: 'wasm',
  implemented: true,
  async emit(m, opts) {
    // Loaded here: binaryen is large, and only this target needs it.
    const { emitWasmModule } = await import('./module.js');
    const { js, dts } = emitWasmModule(m, opts.passes ? { passes: opts.passes } : {});
    return {
      entry: `${m.name}.wasm.js`,
      files: [
        { name: `${m.name}.wasm.js`, data: js },
        { name: `${m.name}.wasm.d.ts`, data: dts },
        { name: 'rnnc-runtime.js', data: await bundleRuntime() },
      ],
    };
  },
};

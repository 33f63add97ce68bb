// `--target wasm`: <model>.wasm.js (the module with the WebAssembly inlined), its .d.ts and the
// shared rnnc-runtime.js. See docs/wasm.md.

import { bundleRuntime } from '../runtime-bundle.js';
import type { TargetBackend } from '../target-api.js';

export const backend: TargetBackend = {
  name: 'wasm',
  kernels: {},
  async render(set) {
    // Loaded here: binaryen is large, and only this target needs it.
    const { renderWasmModule } = await import('./module.js');
    const { js, dts } = renderWasmModule(set);
    const name = set.module.name;
    return {
      entry: `${name}.wasm.js`,
      files: [
        { name: `${name}.wasm.js`, data: js },
        { name: `${name}.wasm.d.ts`, data: dts },
        { name: 'rnnc-runtime.js', data: await bundleRuntime() },
      ],
    };
  },
};

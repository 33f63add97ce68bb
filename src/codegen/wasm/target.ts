// `--target wasm`: <model>.wasm.js (the module with the WebAssembly inlined), its .d.ts and the
// shared rnnc-runtime.js. See docs/wasm.md.

import { importOptional } from '../optional-package.js';
import { runtimeFiles } from '../runtime-bundle.js';
import type { TargetBackend } from '../target-api.js';

export const backend: TargetBackend = {
  name: 'wasm',
  kernels: {},
  async render(set, opts = {}) {
    // Loaded here: binaryen is large, and only this target needs it (an optional peer dependency).
    const { renderWasmModule } = await importOptional('binaryen', 'the wasm target (--target wasm)', () => import('./module.js'));
    const { js, dts } = renderWasmModule(set, opts);
    const name = set.module.name;
    return {
      entry: `${name}.wasm.js`,
      files: [
        { name: `${name}.wasm.js`, data: js },
        { name: `${name}.wasm.d.ts`, data: dts },
        ...(await runtimeFiles(opts)),
      ],
    };
  },
};

// `--target wgsl`: <model>.wgsl.js (WGSL kernels and their plan), its .d.ts, the WebGPU engine
// rnnc-wgsl-engine.js and the shared rnnc-runtime.js.

import { runtimeFiles } from '../runtime-bundle.js';
import type { TargetBackend } from '../target-api.js';
import { bundleEngine } from './engine-bundle.js';
import { renderWgslModule, WGSL_KERNELS } from './module.js';

export const backend: TargetBackend = {
  name: 'wgsl',
  kernels: WGSL_KERNELS,
  async render(set, opts = {}) {
    const { js, dts } = renderWgslModule(set, opts);
    const name = set.module.name;
    return {
      entry: `${name}.wgsl.js`,
      files: [
        { name: `${name}.wgsl.js`, data: js },
        { name: `${name}.wgsl.d.ts`, data: dts },
        { name: 'rnnc-wgsl-engine.js', data: await bundleEngine() },
        ...(await runtimeFiles(opts)),
      ],
    };
  },
};

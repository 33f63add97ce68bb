// `--target wgsl`: <model>.wgsl.js (WGSL kernels, their plan and the async WebGPU host), its
// .d.ts, the WebGPU engine rnnc-wgsl-engine.js and the shared rnnc-runtime.js.

import type { TargetBackend } from '../targets.js';
import { bundleRuntime } from '../js/runtime-bundle.js';
import { bundleEngine } from './engine-bundle.js';
import { emitWgslModule } from './module.js';

export const backend: TargetBackend = {
  name: 'wgsl',
  implemented: true,
  async emit(m, opts) {
    const { js, dts } = emitWgslModule(m, opts.passes ? { passes: opts.passes } : {});
    return {
      entry: `${m.name}.wgsl.js`,
      files: [
        { name: `${m.name}.wgsl.js`, data: js },
        { name: `${m.name}.wgsl.d.ts`, data: dts },
        { name: 'rnnc-wgsl-engine.js', data: await bundleEngine() },
        { name: 'rnnc-runtime.js', data: await bundleRuntime() },
      ],
    };
  },
};

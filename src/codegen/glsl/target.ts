// `--target glsl`: <model>.glsl.js (GLSL ES 3.00 kernels, their plan and the async WebGL2 host),
// its .d.ts, the WebGL2 engine rnnc-glsl-engine.js and the shared rnnc-runtime.js.

import type { TargetBackend } from '../targets.js';
import { bundleRuntime } from '../js/runtime-bundle.js';
import { bundleGlslEngine } from './engine-bundle.js';
import { emitGlslModule } from './module.js';

export const backend: TargetBackend = {
  name: 'glsl',
  implemented: true,
  async emit(m, opts) {
    const { js, dts } = emitGlslModule(m, opts.passes ? { passes: opts.passes } : {});
    return {
      entry: `${m.name}.glsl.js`,
      files: [
        { name: `${m.name}.glsl.js`, data: js },
        { name: `${m.name}.glsl.d.ts`, data: dts },
        { name: 'rnnc-glsl-engine.js', data: await bundleGlslEngine() },
        { name: 'rnnc-runtime.js', data: await bundleRuntime() },
      ],
    };
  },
};

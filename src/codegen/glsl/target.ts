// `--target glsl`: <model>.glsl.js (GLSL ES 3.00 shaders and their plan), its .d.ts, the WebGL2
// engine rnnc-glsl-engine.js and the shared rnnc-runtime.js.

import { runtimeFiles } from '../runtime-bundle.js';
import type { TargetBackend } from '../target-api.js';
import { bundleGlslEngine } from './engine-bundle.js';
import { renderGlslModule } from './module.js';

export const backend: TargetBackend = {
  name: 'glsl',
  kernels: {},
  async render(set, opts = {}) {
    const { js, dts } = renderGlslModule(set, opts);
    const name = set.module.name;
    return {
      entry: `${name}.glsl.js`,
      files: [
        { name: `${name}.glsl.js`, data: js },
        { name: `${name}.glsl.d.ts`, data: dts },
        { name: 'rnnc-glsl-engine.js', data: await bundleGlslEngine() },
        ...(await runtimeFiles(opts)),
      ],
    };
  },
};

// `--target js`: <model>.js, <model>.d.ts and the shared rnnc-runtime.js.

import { runtimeFiles } from '../runtime-bundle.js';
import type { TargetBackend } from '../target-api.js';
import { renderJsModule } from './module.js';

export const backend: TargetBackend = {
  name: 'js',
  kernels: {},
  async render(set, opts = {}) {
    const { js, dts } = renderJsModule(set, opts);
    const name = set.module.name;
    return {
      entry: `${name}.js`,
      files: [
        { name: `${name}.js`, data: js },
        { name: `${name}.d.ts`, data: dts },
        ...(await runtimeFiles(opts)),
      ],
    };
  },
};

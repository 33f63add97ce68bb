// `--target js`: <model>.js, <model>.d.ts and the shared rnnc-runtime.js.

import type { TargetBackend } from '../targets.js';
import { emitJsModule } from './module.js';
import { bundleRuntime } from './runtime-bundle.js';

export const backend: TargetBackend = {
  name: 'js',
  implemented: true,
  async emit(m, opts) {
    const { js, dts } = emitJsModule(m, opts.passes ? { passes: opts.passes } : {});
    return {
      entry: `${m.name}.js`,
      files: [
        { name: `${m.name}.js`, data: js },
        { name: `${m.name}.d.ts`, data: dts },
        { name: 'rnnc-runtime.js', data: await bundleRuntime() },
      ],
    };
  },
};

// rnnc/esbuild: rnnc's bundler plugin for esbuild (one implementation for every bundler: unplugin.ts).
import { rnncUnplugin } from './unplugin.js';

export type { RnncPluginOptions } from './unplugin.js';

/** `plugins: [rnnc({ target: 'wasm' })]`; then `import { create } from './model.rnnc'`. */
const rnnc = rnncUnplugin.esbuild;
export default rnnc;

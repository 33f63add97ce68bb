// rnnc/rollup: rnnc's bundler plugin for rollup (one implementation for every bundler: unplugin.ts).
import { rnncUnplugin } from './unplugin.js';

export type { RnncPluginOptions } from './unplugin.js';

/** `plugins: [rnnc({ target: 'wasm' })]`; then `import { create } from './model.rnnc'`. */
const rnnc = rnncUnplugin.rollup;
export default rnnc;

// rnnc/webpack: rnnc's bundler plugin for webpack (one implementation for every bundler: unplugin.ts).
import { rnncUnplugin } from './unplugin.js';

export type { RnncPluginOptions } from './unplugin.js';

/** `plugins: [rnnc({ target: 'wasm' })]`; then `import { create } from './model.rnnc'`. */
const rnnc = rnncUnplugin.webpack;
export default rnnc;

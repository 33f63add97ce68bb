// rnnc/vite: rnnc's bundler plugin for vite (one implementation for every bundler: unplugin.ts).
import { rnncUnplugin } from './unplugin.js';

export type { RnncPluginOptions } from './unplugin.js';

/** `plugins: [rnnc({ target: 'wasm' })]`; then `import { create } from './model.rnnc'`. */
const rnnc = rnncUnplugin.vite;
export default rnnc;

// `--target wasm`: not built yet (its issue is open).

import type { TargetBackend } from '../targets.js';

export const backend: TargetBackend = {
  name: 'wasm',
  implemented: false,
  async emit() {
    throw new Error("target 'wasm' is not implemented yet");
  },
};

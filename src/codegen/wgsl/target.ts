// `--target wgsl`: not built yet (its issue is open).

import type { TargetBackend } from '../targets.js';

export const backend: TargetBackend = {
  name: 'wgsl',
  implemented: false,
  async emit() {
    throw new Error("target 'wgsl' is not implemented yet");
  },
};

// `--target glsl`: not built yet (its issue is open).

import type { TargetBackend } from '../targets.js';

export const backend: TargetBackend = {
  name: 'glsl',
  implemented: false,
  async emit() {
    throw new Error("target 'glsl' is not implemented yet");
  },
};

// `defineModel` only packages the build function: the model file's bundle may carry its own
// copy of this module, so the compiler recognizes a model by a brand, not by instanceof.

import type { ModelBuilder } from './model-builder.js';

export interface ModelDef {
  readonly __rnnc: 'model';
  readonly name: string;
  readonly build: (m: ModelBuilder) => void;
}

export function defineModel(name: string, build: (m: ModelBuilder) => void): ModelDef {
  return { __rnnc: 'model', name, build };
}

export function isModelDef(x: unknown): x is ModelDef {
  return typeof x === 'object' && x !== null && (x as { __rnnc?: unknown }).__rnnc === 'model' && typeof (x as ModelDef).build === 'function';
}

// `defineModel` only packages the build function: the model file's bundle may carry its own
// copy of this module, so the compiler recognizes a model by a brand, not by instanceof.

import type { SourceLoc } from '../ir/types.js';
import { captureLoc } from './diagnostics.js';
import type { ModelBuilder } from './model-builder.js';

export interface ModelDef {
  readonly __rnnc: 'model';
  readonly name: string;
  readonly build: (m: ModelBuilder) => void;
  /** Where defineModel was called: errors about the build function as a whole point here. */
  readonly loc?: SourceLoc;
}

export function defineModel(name: string, build: (m: ModelBuilder) => void): ModelDef {
  const loc = captureLoc();
  return { __rnnc: 'model', name, build, ...(loc ? { loc } : {}) };
}

export function isModelDef(x: unknown): x is ModelDef {
  return typeof x === 'object' && x !== null && (x as { __rnnc?: unknown }).__rnnc === 'model' && typeof (x as ModelDef).build === 'function';
}

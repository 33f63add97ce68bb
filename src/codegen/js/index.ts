// The JS backend: scheduled kernel IR rendered as Float32Array loops, wrapped in a typed ESM module.
export { emitJsModule, renderJsModule, type EmitJsOptions, type EmittedModule } from './module.js';
export { moduleMeta } from '../programs.js';
export { bundleRuntime, runtimeEntry } from '../runtime-bundle.js';
export { renderProgram, renderPrelude, type RenderOptions } from './render.js';

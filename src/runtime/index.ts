// rnnc/runtime: the browser-safe library that generated modules and the CLI share.
export * from './errors.js';
export * from './safetensors.js';
export * from './rng.js';
export * from './init.js';
export * from './layouts.js';
export * from './validate.js';
export * from './dropout.js';
export * from './optimizers.js';
export * from './schedules.js';
export * from './clip.js';
export * from './checkpoint.js';
export * from './summary.js';
export * from './pick-target.js';
export * from './fetch-weights.js';
export * from './idb-store.js';
export { readWeightsFile, mergeShards, shardIndex, type NoteSink } from './weights-file.js';
// The host shells of generated modules: CPU (js, wasm) and GPU (wgsl, glsl) targets.
export * from './shell.js';
export * from './model.js';
export * from './wasm-model.js';
export * from './device-model.js';
export type * from './device-engine-api.js';

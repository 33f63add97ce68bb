// The public entry of rnnc: what a model file imports. At run time only `defineModel` is
// needed (the compiler passes the builder in); everything else is types.

export { defineModel } from './frontend/define.js';
export type { ModelDef } from './frontend/define.js';
export type { ModelBuilder } from './frontend/model-builder.js';
export type { OpsBuilder, Activation, Initializer, InitName, ScanSpec, ScanResult } from './frontend/builder.js';
export type { Tensor, F32, Seq, Step, Mask, StepOf, StackOf } from './frontend/tensor.js';
export type { RecurrentOptions, LstmOptions, GruOptions, RecurrentResult, LstmState, HState, Merge } from './frontend/layers/recurrent.js';
export type { DenseOptions } from './frontend/layers/dense.js';
export type { EmbeddingOptions } from './frontend/layers/embedding.js';
export type { PoolOptions, PoolMode } from './frontend/layers/pool.js';
export type { DType, Dim, Shape, InitSpec, MaskOutput } from './ir/types.js';

// Tensor handles of the DSL. A handle names a value in the graph being traced; its dtype and
// shape are also type parameters, so TypeScript checks shapes where it can tell (literal sizes),
// and the tracer checks the rest at compile time with a located message.

import type { DType, Dim, Shape } from '../ir/types.js';

export type { DType, Dim, Shape };

export const TENSOR = Symbol.for('rnnc.tensor');

export interface Tensor<D extends DType = DType, S extends Shape = Shape> {
  readonly [TENSOR]: true;
  readonly dtype: D;
  readonly shape: S;
}

export type F32<S extends Shape = Shape> = Tensor<'f32', S>;
/** A float sequence, batch-major: [B, T, F]. */
export type Seq<F extends number = number> = Tensor<'f32', readonly ['B', 'T', F]>;
/** One time step of a float sequence: [B, F]. */
export type Step<F extends number = number> = Tensor<'f32', readonly ['B', F]>;
/** A per-step mask: 1 for a valid step, 0 for padding. */
export type Mask = Tensor<'f32', readonly ['B', 'T']>;

/** [B, T, ...R] -> [B, ...R]: what a scan body sees of a sequence. */
export type StepOf<X> = X extends Tensor<infer D, readonly ['B', 'T', ...infer R extends Dim[]]> ? Tensor<D, readonly ['B', ...R]> : never;
/** [B, ...R] -> [B, T, ...R]: a step output stacked over time. */
export type StackOf<X> = X extends Tensor<infer D, readonly ['B', ...infer R extends Dim[]]> ? Tensor<D, readonly ['B', 'T', ...R]> : never;
/** All axes but the last. */
export type Init<S extends Shape> = S extends readonly [...infer L extends Dim[], Dim] ? L : Dim[];

export function isTensor(x: unknown): x is Tensor {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[TENSOR] === true;
}

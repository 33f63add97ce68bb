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

/** The axes of S in the order perm gives (output axis i is input axis perm[i]). */
export type Permute<S extends Shape, P extends readonly number[]> = number extends S['length'] ? Shape : { readonly [K in keyof P]: S[P[K] & number] };

/** A literal axis as a non-negative index into S (-1 is the last axis); number when unknown. */
type AxisIndex<S extends Shape, A extends number> = number extends A ? number : number extends S['length'] ? number : `${A}` extends `-1` ? Init<S>['length'] : `${A}` extends `-${string}` ? number : A;

type Take<S extends Shape, N extends number, Acc extends Dim[] = []> = Acc['length'] extends N ? Acc : S extends readonly [infer H extends Dim, ...infer R extends Dim[]] ? Take<R, N, [...Acc, H]> : Acc;
type Drop<S extends Shape, N extends number, Acc extends unknown[] = []> = Acc['length'] extends N ? S : S extends readonly [Dim, ...infer R extends Dim[]] ? Drop<R, N, [...Acc, 0]> : readonly [];

/** S without axis A (a reduction's result). */
export type RemoveAxis<S extends Shape, A extends number> = AxisIndex<S, A> extends infer I extends number ? (number extends I ? Shape : readonly [...Take<S, I>, ...Drop<S, [...Take<S, I>, 0]['length'] & number>]) : Shape;

/** S with a unit axis inserted at A (-1 appends). */
export type InsertAxis<S extends Shape, A extends number> = number extends A ? Shape : number extends S['length'] ? Shape : `${A}` extends `-1` ? readonly [...S, 1] : `${A}` extends `-${string}` ? Shape : readonly [...Take<S, A>, 1, ...Drop<S, A>];

/** S with axis A's size replaced by N. */
export type ResizeAxis<S extends Shape, A extends number, N extends Dim = number> = AxisIndex<S, A> extends infer I extends number ? (number extends I ? Shape : readonly [...Take<S, I>, N, ...Drop<S, [...Take<S, I>, 0]['length'] & number>]) : Shape;

export function isTensor(x: unknown): x is Tensor {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[TENSOR] === true;
}

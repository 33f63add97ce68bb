// The GLSL target's product for one kernel-IR Program: plain JSON data that the WebGL2 engine
// (engine.ts) executes. Buffers become textures TEX_W texels wide holding the flat array in
// row-major texel order (R32F, or RGBA32F with four elements per texel); each kernel becomes one or
// more draws, each a GLSL ES 3.00 program that writes the texels of one group of outputs. See
// docs/glsl.md for the memory model.

import type { DType, Shape } from '../../ir/types.js';
import type { BufferRole, IExpr } from '../kernel-ir.js';

/**
 * Texture width of every buffer, in texels: a power of two, so the flat index splits with a mask and
 * a shift; narrow, because SwiftShader spreads a draw over threads by rows (4096 was 2-3x slower).
 */
export const TEX_W = 256;
export const TEX_W_LOG2 = 8;

/** Which texels a draw covers. */
export type Geometry =
  /** A row-aligned run of flat indices [offset, offset + count): the rows holding it are drawn as a quad, texels outside discarded. */
  | { readonly kind: 'range'; readonly offset: IExpr; readonly count: IExpr }
  /** `count` single-texel points, each placed by the vertex shader at the flat index it writes. */
  | { readonly kind: 'points'; readonly count: IExpr };

export interface PlanOut {
  readonly buf: number;
  /**
   * The kernel also reads this buffer, so the draw renders into the buffer's spare texture:
   * 'swap' when the draw writes every element (the spare becomes the buffer), 'copy' when it
   * writes only some (the written texels are copied back with `copyShader`, same geometry).
   */
  readonly via?: 'swap' | 'copy';
}

export interface PlanDraw {
  /** Index into GlslPlan.shaders. */
  readonly shader: number;
  readonly geom: Geometry;
  readonly outs: readonly PlanOut[];
  /** Buffers bound as samplers, each as uniform `s_<name>`. */
  readonly reads: readonly number[];
  /** For outs with via 'copy': the shader copying their spare textures back (samplers `c_<name>`). */
  readonly copyShader?: number;
}

export interface PlanKernel {
  readonly kind: 'kernel';
  /** Name for errors: e.g. 'k3_fused'. */
  readonly name: string;
  readonly src: string;
  readonly draws: readonly PlanDraw[];
}

export interface PlanLoop {
  readonly kind: 'loop';
  readonly var: string;
  readonly count: IExpr;
  readonly reverse: boolean;
  readonly body: readonly PlanStmt[];
}

export type PlanStmt = PlanKernel | PlanLoop;

export interface PlanShader {
  /** The kernel (and draw) it belongs to, for compile and link errors. */
  readonly name: string;
  readonly vs: string;
  readonly fs: string;
}

export interface PlanBuffer {
  readonly name: string;
  readonly dtype: DType;
  readonly size: IExpr;
  readonly role: BufferRole;
  readonly shape: Shape;
  /** Elements per texel: 1 (R32F) or 4 (RGBA32F, four consecutive elements per texel). */
  readonly packing: 1 | 4;
}

/** An id check the host does before uploading an input (a shader cannot throw). */
export interface PlanIdCheck {
  readonly buf: number;
  readonly limit: number;
  /** Message pieces around the bad id, as in the JS target. */
  readonly before: string;
  readonly after: string;
}

export interface GlslPlan {
  readonly name: string;
  readonly buffers: readonly PlanBuffer[];
  readonly body: readonly PlanStmt[];
  readonly shaders: readonly PlanShader[];
  readonly inputs: readonly number[];
  readonly params: readonly number[];
  readonly states: readonly number[];
  readonly outputs: readonly number[];
  readonly randoms: readonly number[];
  /** The bindings' names (Program.inputs[i].name, ...), for hosts that wire programs together. */
  readonly names: { readonly inputs: readonly string[]; readonly params: readonly string[]; readonly states: readonly string[]; readonly outputs: readonly string[] };
  readonly idChecks: readonly PlanIdCheck[];
}

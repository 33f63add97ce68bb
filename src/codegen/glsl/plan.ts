// The GLSL target's product for one kernel-IR Program: plain JSON data that the WebGL2 engine
// (engine.ts) executes. Buffers become textures (TEX_W texels wide, wider for big buffers: texWidthLog2)
// holding the flat array in row-major texel order (R32F, or RGBA32F with four elements per texel); each kernel becomes one or
// more draws, each a GLSL ES 3.00 program that writes the texels of one group of outputs. See
// docs/glsl.md for the memory model.

import type { DType, Shape } from '../../ir/types.js';
import type { BufferRole, IExpr } from '../kernel-ir.js';

/**
 * Texture width of every buffer that fits, in texels: a power of two, so the flat index splits with a
 * mask and a shift; narrow, because SwiftShader spreads a draw over threads by rows (4096 was 2-3x slower).
 */
export const TEX_W = 256;
export const TEX_W_LOG2 = 8;
/** Rows a texture may have before its buffer gets a wider one: the least MAX_TEXTURE_SIZE the engine accepts. */
export const TEX_ROWS = 4096;

/**
 * log2 of the texture width of a buffer of `texels` texels: TEX_W, or the narrowest wider power of
 * two that keeps it within TEX_ROWS rows. A function of the size alone, so a shader can bake it in
 * for a static size and every program lays a tensor out alike.
 */
export function texWidthLog2(texels: number, narrow = false): number {
  let l = TEX_W_LOG2;
  while (Math.ceil(texels / 2 ** l) > TEX_ROWS) l++;
  if (narrow) while (l > NARROW_W_LOG2 && Math.ceil(texels / 2 ** l) < BLOCK_ROWS) l--;
  return l;
}

/**
 * The scratch textures of 4x4-blocked matmuls are narrower, down to 2^NARROW_W_LOG2, to have at least
 * BLOCK_ROWS rows where they can: their fragments are few and heavy (a K-long loop each) and
 * SwiftShader hands rows to threads in pairs (the backward recurrent matmul's 560 blocks were 3
 * rows at 256 wide: one thread did nearly all of it). Only the blocked matmul's two draws touch them.
 */
export const BLOCK_ROWS = 32;
export const NARROW_W_LOG2 = 4;

/**
 * The scratch buffer of a blocked matmul's targets: one texture array, a layer per render target
 * (its kernel-IR shape is [layers], its size that of all layers). One texture rather than one per target so
 * a reader picks the layer with an index (one fetch) instead of choosing among samplers.
 */
export function blockBufferName(kernel: number): string {
  return `k${kernel}_blocks`;
}

export function isBlockBuffer(name: string): boolean {
  return /^k\d+_blocks$/.test(name);
}

/** Which texels a draw covers. */
export type Geometry =
  /**
   * A row-aligned run of flat indices [offset, offset + count): the rows holding it are drawn as a
   * quad, texels outside discarded; with `run`, only the first `len` of every `stride` elements
   * from offset are written (the others discarded too).
   */
  | { readonly kind: 'range'; readonly offset: IExpr; readonly count: IExpr; readonly run?: { readonly len: number; readonly stride: number } }
  /**
   * `count` runs of `len` consecutive elements each (the written view's contiguous innermost axes;
   * its outer axes enumerate the runs): one quad per run over the rows holding it, placed by the
   * vertex shader, texels outside the run discarded. SwiftShader draws points slowly (2048 points:
   * ~1.5 ms; 32 quads of the same texels: ~0.2 ms), so this serves every strided write whose runs
   * are at least 4 elements long (a step's slice of a [B, T, H] sequence: B runs of H).
   */
  | { readonly kind: 'runs'; readonly count: IExpr; readonly len: IExpr }
  /** `count` single-texel points, each placed by the vertex shader at the flat index it writes. */
  | { readonly kind: 'points'; readonly count: IExpr };

export interface PlanOut {
  readonly buf: number;
  /** The layer drawn into, for a buffer with layers (PlanBuffer.layers). */
  readonly layer?: number;
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
  /**
   * Draws of the same outputs with at most four render targets each (the least MAX_DRAW_BUFFERS
   * WebGL2 allows): the engine runs them instead where the context has fewer draw buffers than
   * this draw has outputs (and never compiles this draw's shader there).
   */
  readonly alt?: readonly PlanDraw[];
}

export interface PlanKernel {
  readonly kind: 'kernel';
  /** Name for errors: e.g. 'k3_fused'. */
  readonly name: string;
  /**
   * Reads only parameters (and other such kernels' outputs; src/codegen/param-prep.ts): the engine
   * skips it when the parameters' textures are those of this plan's last run, unwritten since.
   */
  readonly params?: true;
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
  /** Render targets the fragment shader writes (its outputs). */
  readonly targets: number;
}

export interface PlanBuffer {
  readonly name: string;
  readonly dtype: DType;
  readonly size: IExpr;
  readonly role: BufferRole;
  readonly shape: Shape;
  /** Elements per texel: 1 (R32F) or 4 (RGBA32F, four consecutive elements per texel). */
  readonly packing: 1 | 4;
  /** A block scratch buffer (isBlockBuffer): its width is texWidthLog2(texels per layer, true). */
  readonly narrow: boolean;
  /** Layers of a block scratch buffer (a TEXTURE_2D_ARRAY, `size` elements over all layers; sampler2DArray in shaders); absent: one (TEXTURE_2D). */
  readonly layers?: number;
  /** log2 of the texture width (texWidthLog2) when the size is static; null when it depends on B or T (shaders read the int uniform `u_lw_<name>`). */
  readonly lw: number | null;
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

// GLSL ES 3.00 text of kernel-IR index and value expressions. Every value is a float in the
// shader: i32 buffers hold their integers exactly as floats (below 2^24), so ids, lengths and
// counts compare and add exactly; a store into an i32 buffer truncates, as an Int32Array does.

import { add, iexprVars, mul, sameIExpr, simplify, substitute, type CmpFn, type Expr, type IExpr, type Program, type View } from '../kernel-ir.js';
import type { BinaryFn, UnaryFn } from '../../ir/types.js';
import { CStyle, floatLiteral, indexText, type Builtin, type Code, type FloatStyle, type Val } from '../c-style.js';
import { isBlockBuffer, texWidthLog2, TEX_W_LOG2 } from './plan.js';

/** GLSL builtins by the op table's names; tanh, sigmoid and square are helpers of SHADER_HELPERS. */
const GLSL_FN = (name: Builtin): string => (name === 'tanh' ? 'rn_tanh' : name);

/** An int expression. Variables (B, T, loop variables, axis variables i0..) are ints of the same name in the shader. */
export function ix(e: IExpr): string {
  return indexText(e, GLSL_FN);
}

/** The flat index a view addresses at the point (`${axis}0`, `${axis}1`, ...) of the iteration space. */
export function viewIndex(v: View, axis = 'i'): IExpr {
  return add(v.offset, ...v.strides.map((s, j) => mul(`${axis}${j}`, s)));
}

/** Whether an index expression is a multiple of n for every value of its variables (sums of products with a constant factor). */
export function multipleOf(e: IExpr, n: number): boolean {
  const x = simplify(e);
  if (typeof x === 'number') return x % n === 0;
  if (typeof x === 'string') return false;
  if (x.op === 'add') return x.args.every((a) => multipleOf(a, n));
  if (x.op === 'mul') return x.args.some((a) => typeof a === 'number' && a % n === 0);
  return false;
}

/** Float literals: GLSL has none for NaN and infinities (they are bit patterns); every literal has a point. */
const GLSL_FLOATS: FloatStyle = {
  nan: 'uintBitsToFloat(0x7fc00000u)',
  inf: 'uintBitsToFloat(0x7f800000u)',
  ninf: 'uintBitsToFloat(0xff800000u)',
  negZero: '(-0.0)',
  point: true,
  pointBeforeExp: true,
  parenNegative: true,
};

export function floatLit(v: number): string {
  return floatLiteral(v, GLSL_FLOATS);
}

/** Elements per texel of each buffer: 1 (R32F) or 4 (RGBA32F, four consecutive elements per texel). */
export type Packing = (buf: number) => 1 | 4;

/**
 * log2 of a buffer's texture width in the shader: a constant where its size is static, else the int
 * uniform `u_lw_<name>` that the engine sets from the texture it binds.
 */
export function widthLog2(p: Program, pk: Packing, buf: number): number | string {
  const size = simplify(p.buffers[buf].size);
  const block = isBlockBuffer(p.buffers[buf].name);
  return typeof size === 'number' ? texWidthLog2(Math.ceil(size / layersOf(p, buf) / pk(buf)), block) : `u_lw_${p.buffers[buf].name}`;
}

/** Layers of a buffer's texture: a block scratch buffer's shape is [layers]; others have one. */
export function layersOf(p: Program, buf: number): number {
  const b = p.buffers[buf];
  return isBlockBuffer(b.name) ? (b.shape[0] as number) : 1;
}

/** The texel coordinates of texel index `q` (GLSL int) in a texture 2^lw wide. */
export function texelCoord(lw: number | string, q: string): string {
  return typeof lw === 'number' ? `ivec2((${q}) & ${(1 << lw) - 1}, (${q}) >> ${lw})` : `ivec2((${q}) & ((1 << ${lw}) - 1), (${q}) >> ${lw})`;
}

/** The flat texel index of the fragment (gl_FragCoord) in a texture 2^lw wide. */
export function fragTexel(lw: number | string): string {
  return `((int(gl_FragCoord.y) << ${lw}) + int(gl_FragCoord.x))`;
}

/** The width uniforms (`u_lw_<name>`) a shader's text uses, as declarations. */
export function widthUniforms(text: string): string[] {
  return [...new Set(text.match(/\bu_lw_\w+/g) ?? [])].map((u) => `uniform int ${u};`);
}

const MASK = (1 << TEX_W_LOG2) - 1;

/** Helpers every fragment and vertex shader gets (unused ones cost nothing). */
export const SHADER_HELPERS = `// Element f of an R32F buffer; of an RGBA32F buffer; texel q of an RGBA32F buffer.
float ld1(highp sampler2D s, int f) {
  return texelFetch(s, ivec2(f & ${MASK}, f >> ${TEX_W_LOG2}), 0).r;
}
float ld4(highp sampler2D s, int f) {
  int q = f >> 2;
  return texelFetch(s, ivec2(q & ${MASK}, q >> ${TEX_W_LOG2}), 0)[f & 3];
}
vec4 tx4(highp sampler2D s, int q) {
  return texelFetch(s, ivec2(q & ${MASK}, q >> ${TEX_W_LOG2}), 0);
}
// The same for textures wider than ${1 << TEX_W_LOG2} texels, 2^l wide.
float ld1w(highp sampler2D s, int f, int l) {
  return texelFetch(s, ivec2(f & ((1 << l) - 1), f >> l), 0).r;
}
float ld4w(highp sampler2D s, int f, int l) {
  int q = f >> 2;
  return texelFetch(s, ivec2(q & ((1 << l) - 1), q >> l), 0)[f & 3];
}
// Texel q of layer k of an RGBA32F texture array 2^l wide (block scratch buffers); element f.
vec4 tx4a(highp sampler2DArray s, int q, int l, int k) {
  return texelFetch(s, ivec3(q & ((1 << l) - 1), q >> l, k), 0);
}
float ld4a(highp sampler2DArray s, int f, int l, int k) {
  return tx4a(s, f >> 2, l, k)[f & 3];
}
vec4 tx4w(highp sampler2D s, int q, int l) {
  return texelFetch(s, ivec2(q & ((1 << l) - 1), q >> l), 0);
}
// tanh through exp of a non-positive argument: no overflow, so no NaN for large |x|.
float rn_tanh(float x) {
  float e = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e) / (1.0 + e);
}
float rn_sigmoid(float x) {
  return 1.0 / (1.0 + exp(-x));
}
float rn_square(float x) {
  return x * x;
}
vec4 rn_tanh(vec4 x) {
  vec4 e = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e) / (1.0 + e);
}
vec4 rn_sigmoid(vec4 x) {
  return 1.0 / (1.0 + exp(-x));
}
vec4 rn_square(vec4 x) {
  return x * x;
}`;

/** Renders value expressions of one kernel (GLSL as a C-style language, every value a float): loads through `ld(s_<buffer>, index)`, lets as `v<j>`. */
export class ExprRenderer extends CStyle {
  /** Buffers loaded so far, in order of first use. */
  readonly reads: number[] = [];
  protected readonly floats = GLSL_FLOATS;

  constructor(
    private readonly p: Program,
    readonly packing: Packing,
  ) {
    super();
  }

  protected override fn(name: Builtin): string {
    return GLSL_FN(name);
  }

  protected override unary(fn: UnaryFn, x: string): string {
    return fn === 'sigmoid' || fn === 'square' ? `rn_${fn}(${x})` : super.unary(fn, x);
  }

  /** An index is an int: as a value, a float. */
  protected override index(e: IExpr): Code {
    return { text: `float(${ix(e)})`, dtype: 'f32' };
  }

  protected loadView(v: View): Code {
    return { text: this.load(v), dtype: 'f32' };
  }

  protected refOf(id: number): Val {
    return { text: `v${id}`, dtype: 'f32' };
  }

  sampler(buf: number): string {
    if (!this.reads.includes(buf)) this.reads.push(buf);
    return `s_${this.p.buffers[buf].name}`;
  }

  /** log2 of a buffer's texture width (a constant, or its uniform). */
  lw(buf: number): number | string {
    return widthLog2(this.p, this.packing, buf);
  }

  /** Element `f` (GLSL int) of a buffer, through the load helper of its packing and width. */
  fetch(buf: number, f: string): string {
    const lw = this.lw(buf);
    const ld = this.packing(buf) === 4 ? 'ld4' : 'ld1';
    return lw === TEX_W_LOG2 ? `${ld}(${this.sampler(buf)}, ${f})` : `${ld}w(${this.sampler(buf)}, ${f}, ${lw})`;
  }

  /** Texel `q` (GLSL int) of an RGBA32F buffer. */
  texel(buf: number, q: string): string {
    const lw = this.lw(buf);
    return lw === TEX_W_LOG2 ? `tx4(${this.sampler(buf)}, ${q})` : `tx4w(${this.sampler(buf)}, ${q}, ${lw})`;
  }

  /** Texel `q` of layer `layer` (GLSL ints) of a block scratch buffer (a texture array). */
  layerTexel(buf: number, q: string, layer: string): string {
    return `tx4a(${this.sampler(buf)}, ${q}, ${this.lw(buf)}, ${layer})`;
  }

  /** Element `f` of layer `layer` (GLSL ints) of a block scratch buffer. */
  layerFetch(buf: number, f: string, layer: string): string {
    return `ld4a(${this.sampler(buf)}, ${f}, ${this.lw(buf)}, ${layer})`;
  }

  load(v: View, axis = 'i'): string {
    return this.fetch(v.buf, ix(viewIndex(v, axis)));
  }

  expr(e: Expr): string {
    return this.text(e);
  }
}

/**
 * Renders value expressions of a map kernel as vec4: the four consecutive elements along the
 * innermost axis (`i<last>`, a multiple of 4 at the fragment's point) at once. A load along that
 * axis with unit stride from an RGBA32F buffer at a 4-aligned index is one texel fetch; a
 * broadcast (stride 0) one element fetch; anything else four element fetches. Comparisons are
 * bvec4, selections `mix(b, a, cond)` (a component-wise pick, no arithmetic).
 */
export class Vec4ExprRenderer extends ExprRenderer {
  constructor(
    p: Program,
    packing: Packing,
    /** The innermost axis of the iteration space. */
    private readonly last: number,
  ) {
    super(p, packing);
  }

  /** Whether a kernel's innermost axis var appears in an index expression. */
  private usesLast(e: IExpr): boolean {
    return iexprVars(e).has(`i${this.last}`);
  }

  /** A load it renders itself when this gives a value (kernels fused into a matmul read its accumulators). */
  loadOverride?: (v: View) => string | undefined;

  vload(v: View): string {
    const own = this.loadOverride?.(v);
    if (own !== undefined) return own;
    const idx = viewIndex(v);
    const s = simplify(v.strides[this.last] ?? 0);
    if (s === 0) return `vec4(${this.fetch(v.buf, ix(idx))})`;
    if (sameIExpr(s, 1) && this.packing(v.buf) === 4 && multipleOf(v.offset, 4) && v.strides.every((x, j) => j === this.last || multipleOf(x, 4))) return this.texel(v.buf, `(${ix(idx)}) >> 2`);
    return `vec4(${[0, 1, 2, 3].map((c) => this.fetch(v.buf, ix(add(idx, mul(c, s))))).join(', ')})`;
  }

  protected override loadView(v: View): Code {
    return { text: this.vload(v), dtype: 'f32' };
  }

  override literal(v: number, dtype: 'f32' | 'i32'): string {
    return `vec4(${super.literal(v, dtype)})`;
  }

  protected override index(e: IExpr): Code {
    const iv = `i${this.last}`;
    if (!this.usesLast(e)) return { text: `vec4(float(${ix(e)}))`, dtype: 'f32' };
    return { text: `vec4(${[0, 1, 2, 3].map((c) => `float(${ix(substitute(e, { [iv]: add(iv, c) }))})`).join(', ')})`, dtype: 'f32' };
  }

  /** The same functions componentwise; relu keeps max's operand order. */
  protected override unary(fn: UnaryFn, x: string): string {
    return fn === 'relu' ? `max(vec4(0.0), ${x})` : super.unary(fn, x);
  }

  /** eq's comparison gives a bvec4. */
  protected override binary(fn: BinaryFn, a: Val, b: Val): Code {
    return fn === 'eq' ? { text: `vec4(equal(${a.text}, ${b.text}))`, dtype: 'f32' } : super.binary(fn, a, b);
  }

  protected override cmp(fn: CmpFn, a: string, b: string): Code {
    return { text: `${{ lt: 'lessThan', le: 'lessThanEqual', eq: 'equal', ne: 'notEqual' }[fn]}(${a}, ${b})`, dtype: 'i32' };
  }

  /** A component-wise pick, no arithmetic. */
  protected override select(cond: string, a: string, b: string): Code {
    return { text: `mix(${b}, ${a}, ${cond})`, dtype: 'f32' };
  }

  protected override node(e: Expr): Val {
    if (e.op !== 'select') return super.node(e);
    // The operands in the order of mix's arguments (the order samplers are first used in).
    const b = this.text(e.b);
    const a = this.text(e.a);
    return this.emit(this.select(this.text(e.cond), a, b));
  }

  vexpr(e: Expr): string {
    return this.text(e);
  }
}

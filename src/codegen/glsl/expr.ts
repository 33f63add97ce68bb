// GLSL ES 3.00 text of kernel-IR index and value expressions. Every value is a float in the
// shader: i32 buffers hold their integers exactly as floats (below 2^24), so ids, lengths and
// counts compare and add exactly; a store into an i32 buffer truncates, as an Int32Array does.

import { add, fmtIExpr, iexprVars, mul, sameIExpr, simplify, substitute, type Expr, type IExpr, type Program, type View } from '../kernel-ir.js';
import type { BinaryFn, UnaryFn } from '../../ir/types.js';
import { isBlockBuffer, texWidthLog2, TEX_W_LOG2 } from './plan.js';

const GLSL_SYNTAX = { max: (a: string, b: string) => `max(${a}, ${b})`, min: (a: string, b: string) => `min(${a}, ${b})` };

/** An int expression. Variables (B, T, loop variables, axis variables i0..) are ints of the same name in the shader. */
export function ix(e: IExpr): string {
  return fmtIExpr(e, GLSL_SYNTAX);
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

/** A float literal (GLSL has none for NaN and infinities: they are bit patterns). */
export function floatLit(v: number): string {
  if (Number.isNaN(v)) return 'uintBitsToFloat(0x7fc00000u)';
  if (v === Infinity) return 'uintBitsToFloat(0x7f800000u)';
  if (v === -Infinity) return 'uintBitsToFloat(0xff800000u)';
  if (Object.is(v, -0)) return '(-0.0)';
  let s = String(v);
  if (!/[.eE]/.test(s)) s += '.0';
  else if (/^-?\d+e/.test(s)) s = s.replace('e', '.0e');
  return v < 0 ? `(${s})` : s;
}

const UNARY: Record<UnaryFn, (x: string) => string> = {
  neg: (x) => `(-${x})`,
  tanh: (x) => `rn_tanh(${x})`,
  sigmoid: (x) => `rn_sigmoid(${x})`,
  hard_sigmoid: (x) => `clamp(0.2 * ${x} + 0.5, 0.0, 1.0)`,
  relu: (x) => `max(0.0, ${x})`,
  exp: (x) => `exp(${x})`,
  log: (x) => `log(${x})`,
  sqrt: (x) => `sqrt(${x})`,
  abs: (x) => `abs(${x})`,
  square: (x) => `rn_square(${x})`,
  reciprocal: (x) => `(1.0 / ${x})`,
};

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

/** Renders value expressions of one kernel: loads through `ld(s_<buffer>, index)`, lets as `v<j>`. */
/** A binary op as GLSL, for floats or (vec4) four at a time: the same text but for eq, whose comparison gives a bool / bvec4. */
function binaryText(fn: BinaryFn, a: string, b: string, vec4: boolean): string {
  switch (fn) {
    case 'add':
      return `(${a} + ${b})`;
    case 'sub':
      return `(${a} - ${b})`;
    case 'mul':
      return `(${a} * ${b})`;
    case 'div':
      return `(${a} / ${b})`;
    case 'max':
      return `max(${a}, ${b})`;
    case 'min':
      return `min(${a}, ${b})`;
    case 'eq':
      return vec4 ? `vec4(equal(${a}, ${b}))` : `(${a} == ${b} ? 1.0 : 0.0)`;
  }
}

export class ExprRenderer {
  /** Buffers loaded so far, in order of first use. */
  readonly reads: number[] = [];

  constructor(
    private readonly p: Program,
    readonly packing: Packing,
  ) {}

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
    switch (e.op) {
      case 'load':
        return this.load(e.view);
      case 'const':
        return floatLit(e.value);
      case 'index':
        return `float(${ix(e.index)})`;
      case 'ref':
        return `v${e.id}`;
      case 'unary':
        return UNARY[e.fn](this.expr(e.x));
      case 'binary':
        return binaryText(e.fn, this.expr(e.a), this.expr(e.b), false);
      case 'cmp': {
        const op = { lt: '<', le: '<=', eq: '==', ne: '!=' }[e.fn];
        return `(${this.expr(e.a)} ${op} ${this.expr(e.b)})`;
      }
      case 'select':
        return `(${this.expr(e.cond)} ? ${this.expr(e.a)} : ${this.expr(e.b)})`;
      case 'cast':
        return e.to === 'i32' ? `trunc(${this.expr(e.x)})` : this.expr(e.x);
    }
  }
}

/** `UNARY` for vec4 operands (the same functions componentwise; relu keeps max's operand order). */
const UNARY4: Record<UnaryFn, (x: string) => string> = { ...UNARY, relu: (x) => `max(vec4(0.0), ${x})` };

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

  vexpr(e: Expr): string {
    switch (e.op) {
      case 'load':
        return this.vload(e.view);
      case 'const':
        return `vec4(${floatLit(e.value)})`;
      case 'index': {
        const iv = `i${this.last}`;
        if (!this.usesLast(e.index)) return `vec4(float(${ix(e.index)}))`;
        return `vec4(${[0, 1, 2, 3].map((c) => `float(${ix(substitute(e.index, { [iv]: add(iv, c) }))})`).join(', ')})`;
      }
      case 'ref':
        return `v${e.id}`;
      case 'unary':
        return UNARY4[e.fn](this.vexpr(e.x));
      case 'binary':
        return binaryText(e.fn, this.vexpr(e.a), this.vexpr(e.b), true);
      case 'cmp': {
        const f = { lt: 'lessThan', le: 'lessThanEqual', eq: 'equal', ne: 'notEqual' }[e.fn];
        return `${f}(${this.vexpr(e.a)}, ${this.vexpr(e.b)})`;
      }
      case 'select':
        return `mix(${this.vexpr(e.b)}, ${this.vexpr(e.a)}, ${this.vexpr(e.cond)})`;
      case 'cast':
        return e.to === 'i32' ? `trunc(${this.vexpr(e.x)})` : this.vexpr(e.x);
    }
  }
}

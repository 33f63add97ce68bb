// GLSL ES 3.00 text of kernel-IR index and value expressions. Every value is a float in the
// shader: i32 buffers hold their integers exactly as floats (below 2^24), so ids, lengths and
// counts compare and add exactly; a store into an i32 buffer truncates, as an Int32Array does.

import { add, fmtIExpr, mul, simplify, type Expr, type IExpr, type Program, type View } from '../kernel-ir.js';
import type { UnaryFn } from '../../ir/types.js';
import { TEX_W_LOG2 } from './plan.js';

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
}`;

/** Renders value expressions of one kernel: loads through `ld(s_<buffer>, index)`, lets as `v<j>`. */
export class ExprRenderer {
  /** Buffers loaded so far, in order of first use. */
  readonly reads: number[] = [];

  constructor(
    private readonly p: Program,
    readonly packing: Packing,
  ) {}

  /** The load function of a buffer's packing. */
  ld(buf: number): string {
    return this.packing(buf) === 4 ? 'ld4' : 'ld1';
  }

  sampler(buf: number): string {
    if (!this.reads.includes(buf)) this.reads.push(buf);
    return `s_${this.p.buffers[buf].name}`;
  }

  load(v: View, axis = 'i'): string {
    return `${this.ld(v.buf)}(${this.sampler(v.buf)}, ${ix(viewIndex(v, axis))})`;
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
      case 'binary': {
        const a = this.expr(e.a);
        const b = this.expr(e.b);
        switch (e.fn) {
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
            return `(${a} == ${b} ? 1.0 : 0.0)`;
        }
        break;
      }
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

// The C-style renderer of kernel-IR value expressions, written once for the JS, WGSL and GLSL
// targets in the manner of tinygrad's renderer/cstyle.py: the code of each op, the literals, the
// index syntax and the expression walker live here; each backend subclasses `CStyle` and overrides
// only what differs in its language (function names, literal forms, vector forms, how a value
// becomes a `let`). The WASM target emits WAT, not C-style text, and keeps its own emitter.
//
// The walker has two modes. Inline (JS, GLSL): an expression is one text, operator expressions in
// parentheses. Let (WGSL): every operation becomes a `let` line (so a node shared by several
// outputs or lets, a DAG after fusion, is computed once) and its name is the operand text.
//
// What each language overrides:
//   JS (js/render.ts JsExpr): Math.* names, === / !==, plain number literals, clamp as
//     Math.min(hi, Math.max(lo, x)), square's compound operand hoisted into a temporary.
//   GLSL (glsl/expr.ts ExprRenderer): rn_tanh / rn_sigmoid / rn_square helpers, float(index),
//     literals with a point and NaN / infinities as bit patterns; Vec4ExprRenderer: vec4 loads,
//     literals and indices, relu, eq, comparisons as lessThan(..), select as mix(b, a, c).
//   WGSL (wgsl/common.ts ExprWriter): let mode, typed values (i32 literals and unary ops, explicit
//     casts), f suffixes, NaN / infinities / subnormals through bits, select(b, a, c), tanh clamped.

import type { BinaryFn, DType, UnaryFn } from '../ir/types.js';
import { fmtIExpr, type CmpFn, type Expr, type IExpr, type View } from './kernel-ir.js';

/** A rendered value: an operand text (a name, a literal, a call, or parenthesized) and its dtype. */
export interface Val {
  readonly text: string;
  readonly dtype: DType;
}

/** The text of one operation; `infix` when it needs parentheses to be an operand (`a + b`, `c ? a : b`). */
export interface Code extends Val {
  readonly infix?: boolean;
}

/** How a language writes float literals. */
export interface FloatStyle {
  readonly nan: string;
  readonly inf: string;
  readonly ninf: string;
  readonly negZero: string;
  /** Integral values get `.0` (1 -> 1.0). */
  readonly point: boolean;
  /** ... and so do integral mantissas before an exponent (1e+21 -> 1.0e+21). */
  readonly pointBeforeExp?: boolean;
  readonly suffix?: string;
  /** Negative literals are parenthesized: (-1.5). */
  readonly parenNegative: boolean;
  /** Values are rounded to f32 first; `subnormal` writes an f32 subnormal. */
  readonly f32?: boolean;
  readonly subnormal?: (f: number) => string;
}

export function floatLiteral(v: number, s: FloatStyle): string {
  // A literal is spliced into code: anything but a number (from a malformed module) must not be.
  if (typeof v !== 'number') throw new Error(`internal: a literal must be a number, got ${typeof v}`);
  const f = s.f32 ? Math.fround(v) : v;
  if (Number.isNaN(f)) return s.nan;
  if (f === Infinity) return s.inf;
  if (f === -Infinity) return s.ninf;
  if (Object.is(f, -0)) return s.negZero;
  if (s.subnormal && f !== 0 && Math.abs(f) < 1.1754943508222875e-38) return s.subnormal(f);
  let t = String(f);
  if (s.point) {
    if (!/[.eE]/.test(t)) t += '.0';
    else if (s.pointBeforeExp && /^-?\d+e/.test(t)) t = t.replace('e', '.0e');
  }
  t += s.suffix ?? '';
  return s.parenNegative && f < 0 ? `(${t})` : t;
}

/** Builtin functions the op table calls, renamed per language (JS: Math.exp; GLSL: rn_tanh). */
export type Builtin = 'max' | 'min' | 'exp' | 'log' | 'sqrt' | 'abs' | 'tanh' | 'clamp' | 'trunc';

/** Text on one line (generated comments quote IR sources). */
export function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

/** A one-line `//` comment. */
export function lineComment(s: string): string {
  return `// ${oneLine(s)}`;
}

/** Index expressions (B, T, loop and axis variables) in C syntax, max and min as calls. */
export function indexText(e: IExpr, fn: (name: 'max' | 'min') => string): string {
  return fmtIExpr(e, { max: (a, b) => `${fn('max')}(${a}, ${b})`, min: (a, b) => `${fn('min')}(${a}, ${b})` });
}

/**
 * Renders value expressions of one kernel. Subclasses supply loads and lets (`loadView`, `refOf`)
 * and override the pieces of syntax where their language differs; `value(e)` walks the expression.
 */
export abstract class CStyle {
  /** Let mode: the `let` lines written so far. */
  readonly lines: string[] = [];
  private readonly letMode: boolean;
  private readonly memo = new Map<Expr, Val>();
  private n = 0;

  constructor(
    mode: 'inline' | 'let' = 'inline',
    /** Indentation of `let` lines. */
    protected readonly ind = '  ',
  ) {
    this.letMode = mode === 'let';
  }

  // --- Syntax: what a language overrides. ---

  protected abstract readonly floats: FloatStyle;
  protected readonly cmpOps: Readonly<Record<CmpFn, string>> = { lt: '<', le: '<=', eq: '==', ne: '!=' };
  protected fn(name: Builtin): string {
    return name;
  }

  protected call(f: Builtin, ...args: string[]): string {
    return `${this.fn(f)}(${args.join(', ')})`;
  }

  float(v: number): string {
    return floatLiteral(v, this.floats);
  }

  /** An i32 literal. JS and GLSL hold integers in floats: the float form. */
  int(v: number): string {
    return this.float(v);
  }

  literal(v: number, dtype: DType): string {
    return dtype === 'i32' ? this.int(v) : this.float(v);
  }

  /** A short constant of the op table (0, 1, 0.2, 0.5) as written in source: never rounded to f32. */
  protected num(v: number): string {
    return floatLiteral(v, { ...this.floats, f32: false });
  }

  ix(e: IExpr): string {
    return indexText(e, (f) => this.fn(f));
  }

  /** The operand of a negation: `-x` (WGSL: `-(x)`). */
  protected neg(x: string): string {
    return `-${x}`;
  }

  protected clamp(x: string, lo: string, hi: string): string {
    return this.call('clamp', x, lo, hi);
  }

  /** An operand text that may be repeated in the output (square's): inline JS hoists a compound one. */
  protected once(x: string): string {
    return x;
  }

  /** A unary function of a float operand; the text is self-contained (a call or parenthesized). */
  protected unary(fn: UnaryFn, x: string): string {
    const one = this.num(1);
    switch (fn) {
      case 'neg':
        return `(${this.neg(x)})`;
      case 'tanh':
      case 'exp':
      case 'log':
      case 'sqrt':
      case 'abs':
        return this.call(fn, x);
      case 'sigmoid':
        return `(${one} / (${one} + ${this.call('exp', this.neg(x))}))`;
      case 'hard_sigmoid':
        return this.clamp(`${this.num(0.2)} * ${x} + ${this.num(0.5)}`, this.num(0), one);
      case 'relu':
        return this.call('max', this.num(0), x);
      case 'square': {
        const t = this.once(x);
        return `(${t} * ${t})`;
      }
      case 'reciprocal':
        return `(${one} / ${x})`;
    }
  }

  protected binary(fn: BinaryFn, a: Val, b: Val): Code {
    const t = a.dtype;
    const infix = (op: string): Code => ({ text: `${a.text} ${op} ${b.text}`, dtype: t, infix: true });
    switch (fn) {
      case 'add':
        return infix('+');
      case 'sub':
        return infix('-');
      case 'mul':
        return infix('*');
      case 'div':
        return infix('/');
      case 'max':
      case 'min':
        return { text: this.call(fn, a.text, b.text), dtype: t };
      case 'eq':
        return { ...this.select(`${a.text} ${this.cmpOps.eq} ${b.text}`, this.literal(1, t), this.literal(0, t)), dtype: t };
    }
  }

  protected cmp(fn: CmpFn, a: string, b: string): Code {
    return { text: `${a} ${this.cmpOps[fn]} ${b}`, dtype: 'i32', infix: true };
  }

  /** cond ? a : b, the dtype of a. */
  protected select(cond: string, a: string, b: string): Code {
    return { text: `${cond} ? ${a} : ${b}`, dtype: 'f32', infix: true };
  }

  /** f32 -> i32 truncates (JS and GLSL hold it in a float); i32 -> f32 is the same number. */
  protected cast(x: Val, to: DType): Val {
    return to === 'i32' ? this.emit({ text: this.call('trunc', x.text), dtype: to }) : x;
  }

  /** An index expression as a value. */
  protected index(e: IExpr): Code {
    return { text: this.ix(e), dtype: 'i32', infix: true };
  }

  protected abstract loadView(v: View): Code;
  protected abstract refOf(id: number): Val;

  // --- The walker. ---

  /** Inline: the text, parenthesized if infix. Let: a `let` line, and its name. */
  protected emit(c: Code): Val {
    if (!this.letMode) return c.infix ? { text: `(${c.text})`, dtype: c.dtype } : { text: c.text, dtype: c.dtype };
    const name = `v${this.n++}`;
    this.lines.push(`${this.ind}let ${name} = ${c.text};`);
    return { text: name, dtype: c.dtype };
  }

  /** The expression's value (in let mode each node once: a shared node is bound once). */
  value(e: Expr): Val {
    if (!this.letMode) return this.node(e);
    const have = this.memo.get(e);
    if (have) return have;
    const r = this.node(e);
    this.memo.set(e, r);
    return r;
  }

  text(e: Expr): string {
    return this.value(e).text;
  }

  protected unaryNode(fn: UnaryFn, x: Val): Val {
    return this.emit({ text: this.unary(fn, x.text), dtype: 'f32' });
  }

  protected node(e: Expr): Val {
    switch (e.op) {
      case 'load':
        return this.emit(this.loadView(e.view));
      case 'const':
        return { text: this.literal(e.value, e.dtype), dtype: e.dtype };
      case 'index':
        return this.emit(this.index(e.index));
      case 'ref':
        return this.refOf(e.id);
      case 'unary':
        return this.unaryNode(e.fn, this.value(e.x));
      case 'binary': {
        const a = this.value(e.a);
        return this.emit(this.binary(e.fn, a, this.value(e.b)));
      }
      case 'cmp': {
        const a = this.text(e.a);
        return this.emit(this.cmp(e.fn, a, this.text(e.b)));
      }
      case 'select': {
        const c = this.text(e.cond);
        const a = this.value(e.a);
        const b = this.value(e.b);
        return this.emit({ ...this.select(c, a.text, b.text), dtype: a.dtype });
      }
      case 'cast':
        return this.cast(this.value(e.x), e.to);
    }
  }
}

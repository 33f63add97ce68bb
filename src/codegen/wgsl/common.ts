// What every WGSL kernel shares: the binding model, index expressions, value expressions.
//
// Binding model (one pipeline layout for every kernel of a model, so one bind group serves a whole
// call): every buffer of a Program lives in one of two storage "arenas" of 32-bit words,
//   M (binding 0): the model: parameters, optimizer slots, the update program's scalars;
//   W (binding 1): the work of one call: inputs, states, outputs, scratch, dropout masks;
// at a base offset (an index expression in B and T), plus a uniform (binding 2) holding B, T and
// the loop variables, bound with a dynamic offset per time step. Two storage bindings fit every
// adapter (compatibility mode guarantees 4 per stage), however many buffers a fused kernel
// touches. Words are u32 and values are bitcast on load and store, so i32 data (ids) and f32 data
// share an arena and integer bit patterns that look like NaNs are never canonicalized.

import {
  simplify,
  type IExpr,
  type Program,
  type View,
} from '../kernel-ir.js';
import type { DType, UnaryFn } from '../../ir/types.js';
import { CStyle, floatLiteral, indexText, lineComment, type Code, type FloatStyle, type Val } from '../c-style.js';
import { HEADER } from './header.js';

export type Arena = 'M' | 'W';

/** Where a buffer of the Program lives: an arena and a base offset in words. */
export interface Placement {
  readonly arena: Arena;
  readonly base: IExpr;
}

/** The most loop levels a kernel may sit in (uniform fields l0..l5). */
export const MAX_LOOP_DEPTH = 6;

/** Everything a kernel renderer needs besides the kernel. */
export interface KernelEnv {
  readonly p: Program;
  readonly place: (buf: number) => Placement;
  /** Loop variable name -> its nesting depth (the uniform field l<depth> holds its value). */
  readonly loops: ReadonlyMap<string, number>;
  /** Workgroup size for one-dimensional kernels (map, reduce, gather, ...). */
  readonly wg: number;
  /** Invocations per workgroup of matmul kernels (each computes a block of the output). */
  readonly mwg: number;
  /**
   * The kernel declares M as array<vec4<u32>> (a matmul loading four weights at once; the binding
   * is the same buffer, whose size is a multiple of 16 bytes); scalar accesses then pick a component.
   */
  readonly m4?: boolean;
  /**
   * Loop variables that are locals of the kernel rather than uniform fields: the variable of the
   * loop a whole-sequence kernel runs inside itself (kernels/sequence.ts), named as given.
   */
  readonly localLoops?: ReadonlyMap<string, string>;
}

/** How many invocations a kernel needs, and how they are grouped. */
export type Grid =
  /** ceil(count / wg) workgroups of wg invocations, spread over x and y (65535 per dimension). */
  | { readonly kind: 'linear'; readonly count: IExpr; readonly wg: number }
  /** One invocation per rowBlock x colBlock block of a [rows, cols] output: ceil(cols / colBlock / MWG) x ceil(rows / rowBlock) workgroups of MWG. */
  | { readonly kind: 'blocks'; readonly cols: IExpr; readonly rows: IExpr; readonly colBlock: number; readonly rowBlock: number }
  /** One workgroup of SWG invocations (a whole-sequence kernel: the time loop inside it). */
  | { readonly kind: 'single' };

export interface WgslKernel {
  /** Unique within the module, e.g. 'run_3_fused': error messages name it. */
  readonly name: string;
  readonly code: string;
  /** The text the module carries when shorter: `code` with its repeated lines written once (expand.ts). */
  readonly template?: string;
  readonly grid: Grid;
}

export { HEADER, headerFor } from './header.js';

/** The text of arena word `idx` (an lvalue): M[idx / 4][idx % 4] when M is declared as vec4 words. */
function word(env: KernelEnv, arena: Arena, idx: string): string {
  return arena === 'M' && env.m4 ? `M[(${idx}) / 4][(${idx}) % 4]` : `${arena}[${idx}]`;
}

/**
 * A kernel of the 'linear' kind as the statements for one invocation index `gid` (an i32 in
 * [0, count)): a standalone kernel puts them behind linearEntry, a whole-sequence kernel
 * (kernels/sequence.ts) inside a function it calls for each index of each step.
 */
export interface LinearBody {
  readonly count: IExpr;
  /** Comment lines describing the kernel. */
  readonly notes: readonly string[];
  readonly lines: readonly string[];
}

/** The standalone kernel of a body: one invocation per index, WG per workgroup. */
export function linearKernel(name: string, b: LinearBody, env: KernelEnv): WgslKernel {
  const L = [HEADER, '', ...b.notes, linearEntry(env.wg), `  if (gid >= ${ix(b.count, env)}) { return; }`, ...b.lines, '}'];
  return { name, code: L.join('\n') + '\n', grid: { kind: 'linear', count: b.count, wg: env.wg } };
}

/** The linear invocation index of a 'linear' grid (x-major over the workgroups). */
export function linearEntry(wg: number): string {
  // WG: the host lowers it where the adapter allows fewer invocations per workgroup.
  return `override WG: u32 = ${wg}u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);`;
}

/** WGSL text of an index expression: B, T and loop variables read from the uniform, axis variables i0.. as locals. */
export function ix(e: IExpr, env: Pick<KernelEnv, 'loops' | 'localLoops'>): string {
  const s = simplify(e);
  const rename = (x: IExpr): IExpr => {
    if (typeof x === 'number') return x;
    if (typeof x === 'string') {
      if (x === 'B' || x === 'T') return `u.${x}`;
      if (/^i\d+$/.test(x)) return x;
      const local = env.localLoops?.get(x);
      if (local !== undefined) return local;
      const d = env.loops.get(x);
      // Anything else is a local of the kernel (a row id, a tile coordinate).
      return d === undefined ? x : `u.l${d}`;
    }
    return { op: x.op, args: x.args.map(rename) };
  };
  // fmtIExpr simplifies again; the renamed variables are opaque names to it.
  return indexText(rename(s), (f) => f);
}

/** The word index of element `at` (an index expression) of a view's buffer. */
export function wordIndex(env: KernelEnv, buf: number, at: IExpr): string {
  const pl = env.place(buf);
  return ix({ op: 'add', args: [pl.base, at] }, env);
}

/** The element of view `v` at the point given by axis variables i0..i{rank-1}. */
export function viewAt(v: View, axes: readonly string[] = v.strides.map((_, j) => `i${j}`)): IExpr {
  const terms: IExpr[] = [v.offset];
  v.strides.forEach((s, j) => {
    if (simplify(s) !== 0) terms.push({ op: 'mul', args: [axes[j], s] });
  });
  return simplify({ op: 'add', args: terms });
}

export function loadWord(env: KernelEnv, buf: number, at: IExpr): string {
  const pl = env.place(buf);
  const w = word(env, pl.arena, wordIndex(env, buf, at));
  return env.p.buffers[buf].dtype === 'i32' ? `bitcast<i32>(${w})` : `bitcast<f32>(${w})`;
}

/** loadWord at a word index already written out (base included), e.g. a local computed once. */
export function loadWordAtIndex(env: KernelEnv, buf: number, idx: string): string {
  const w = word(env, env.place(buf).arena, idx);
  return env.p.buffers[buf].dtype === 'i32' ? `bitcast<i32>(${w})` : `bitcast<f32>(${w})`;
}

/** storeWord at a word index already written out (base included). */
export function storeWordAtIndex(env: KernelEnv, buf: number, idx: string, value: string): string {
  return `${word(env, env.place(buf).arena, idx)} = bitcast<u32>(${value});`;
}

export function storeWord(env: KernelEnv, buf: number, at: IExpr, value: string): string {
  const pl = env.place(buf);
  return `${word(env, pl.arena, wordIndex(env, buf, at))} = bitcast<u32>(${value});`;
}

/**
 * f32 literals with the `f` suffix. A constant expression may not be infinite or NaN in WGSL:
 * those take their bits through a run-time value (u.T ^ u.T is 0, unknown to the compiler's
 * constant evaluation); f32 subnormals are written as bits too.
 */
const WGSL_FLOATS: FloatStyle = {
  nan: 'bitcast<f32>(0x7fc00000u | u32(u.T ^ u.T))',
  inf: 'bitcast<f32>(0x7f800000u | u32(u.T ^ u.T))',
  ninf: 'bitcast<f32>(0xff800000u | u32(u.T ^ u.T))',
  negZero: '-0.0f',
  point: true,
  suffix: 'f',
  parenNegative: false,
  f32: true,
  subnormal: (f) => `bitcast<f32>(${new Uint32Array(Float32Array.of(f).buffer)[0] >>> 0}u)`,
};

/** A WGSL f32 literal (NaN and infinities as bit patterns: WGSL has no literal for them). */
export function f32Lit(v: number): string {
  return floatLiteral(v, WGSL_FLOATS);
}

export function i32Lit(v: number): string {
  if (!Number.isInteger(v) || v < -2147483648 || v > 2147483647) throw new Error(`wgsl: integer constant ${v} is out of i32 range`);
  return v === -2147483648 ? 'i32(-2147483647 - 1)' : `${v}i`;
}

/**
 * Renders value expressions as WGSL `let` statements, one per non-trivial node (so a node shared
 * by several outputs or lets, a DAG after fusion, is computed once, and square's operand once).
 * WGSL is typed: values carry their dtype, i32 literals have their own form, casts are explicit.
 */
export class ExprWriter extends CStyle {
  protected readonly floats = WGSL_FLOATS;

  constructor(
    private readonly env: KernelEnv,
    /** Where a load reads: the element index of the view at the current point. */
    private readonly at: (v: View) => IExpr,
    private readonly refs: readonly Val[] = [],
    ind = '  ',
  ) {
    super('let', ind);
  }

  override ix(e: IExpr): string {
    return ix(e, this.env);
  }

  override int(v: number): string {
    return i32Lit(v);
  }

  protected override neg(x: string): string {
    return `-(${x})`;
  }

  /** tanh of a large argument is NaN on some WGSL implementations (sinh / cosh overflow); clamped, it rounds to +-1 in f32 exactly as the true value does. */
  protected override unary(fn: UnaryFn, x: string): string {
    return fn === 'tanh' ? `tanh(${this.clamp(x, this.num(-15), this.num(15))})` : super.unary(fn, x);
  }

  protected override unaryNode(fn: UnaryFn, x: Val): Val {
    if (x.dtype === 'f32') return super.unaryNode(fn, x);
    // i32 operands: the ops that stay integers (neg without the float form's outer parentheses).
    if (fn === 'neg') return this.emit({ text: this.neg(x.text), dtype: 'i32' });
    if (fn === 'abs' || fn === 'square') return this.emit({ text: this.unary(fn, x.text), dtype: 'i32' });
    throw new Error(`wgsl: ${fn} of an i32 value`);
  }

  protected override select(cond: string, a: string, b: string): Code {
    return { text: `select(${b}, ${a}, ${cond})`, dtype: 'f32' };
  }

  protected override cast(x: Val, to: DType): Val {
    return x.dtype === to ? x : this.emit({ text: `${to}(${x.text})`, dtype: to });
  }

  protected override index(e: IExpr): Code {
    return { text: `i32(${this.ix(e)})`, dtype: 'i32' };
  }

  protected loadView(v: View): Code {
    return { text: loadWord(this.env, v.buf, this.at(v)), dtype: this.env.p.buffers[v.buf].dtype };
  }

  protected refOf(id: number): Val {
    const r = this.refs[id];
    if (!r) throw new Error(`wgsl: ref $${id} has no let`);
    return r;
  }
}

/** Splits a linear index over dims (row-major) into axis variables i0..; lines of WGSL. */
export function unflatten(lin: string, dims: readonly IExpr[], env: KernelEnv, ind: string, names: readonly string[] = dims.map((_, j) => `i${j}`)): string[] {
  const L: string[] = [];
  if (dims.length === 0) return L;
  if (dims.length === 1) return [`${ind}let ${names[0]} = ${lin};`];
  L.push(`${ind}var r_ = ${lin};`);
  for (let j = dims.length - 1; j >= 1; j--) {
    const d = ix(dims[j], env);
    L.push(`${ind}let ${names[j]} = r_ % (${d});`);
    L.push(`${ind}r_ = r_ / (${d});`);
  }
  L.push(`${ind}let ${names[0]} = r_;`);
  return L;
}

/** A one-line WGSL comment. */
export const comment = lineComment;

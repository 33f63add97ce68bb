// The scheduled kernel IR: what every backend (js, wgsl, glsl, wasm) renders.
//
// Plain data, like the graph IR. A Program is a list of buffers (each with a dtype and a
// size that is a product of static numbers and the run-time sizes B and T) and a list of
// statements: kernels, and time loops whose bodies are statements again (nested scans
// give nested loops). Every buffer is allocated once per forward call, before the
// statements run; nothing is allocated inside a loop.
//
// Kernels address memory only through *views*: a buffer, an offset and one stride per
// axis of the kernel's iteration space. Offsets and strides are integer index
// expressions over B, T and the enclosing loop variables, so a per-step sequence slice
// (offset + t * stride), a write into a step output at time t, a broadcast (stride 0), a
// slice (offset), a flip (negative stride) and a piece of a concat (offset into the
// output) are all views, never copies.
//
// Elementwise work is a `map` kernel: expressions evaluated at every point of an iteration
// space, each stored through its own output view. A map kernel may have several outputs and
// `let` bindings shared between them (fuse-pointwise.ts merges every elementwise kernel of a
// step into one: substituting one kernel's expression into another's loads, computing a shared
// value such as an LSTM cell state once and storing it both to the carry and to the step
// output). Scan masking is expressed with `select` inside map kernels, so no renderer needs
// to know about masks.

import type { BinaryFn, DType, ReduceFn, Shape, UnaryFn } from '../ir/types.js';

// ---------------------------------------------------------------------------
// Index expressions

/**
 * An integer index expression: a number, a variable, or an operation.
 * Variables: 'B' and 'T' (bound at run time), loop variables ('t', 't1', ... see Loop.var)
 * and, only inside `index` leaves, the kernel's axis variables 'i0', 'i1', ...
 */
export type IExpr = number | string | { readonly op: 'add' | 'mul' | 'max' | 'min'; readonly args: readonly IExpr[] };

/** A view: element `idx` of the iteration space lives at buffer[offset + sum(idx[j] * strides[j])]. */
export interface View {
  readonly buf: number;
  readonly offset: IExpr;
  /** One per axis of the iteration space of the kernel that uses the view; 0 broadcasts. */
  readonly strides: readonly IExpr[];
}

// ---------------------------------------------------------------------------
// Value expressions (the body of map and reduce kernels)

export type CmpFn = 'lt' | 'le' | 'eq' | 'ne';

export type Expr =
  /** The element of a view at the current point of the iteration space. */
  | { readonly op: 'load'; readonly view: View }
  | { readonly op: 'const'; readonly value: number; readonly dtype: DType }
  /** An index expression as an i32 value (may use the axis variables 'i0', ...). */
  | { readonly op: 'index'; readonly index: IExpr }
  | { readonly op: 'unary'; readonly fn: UnaryFn; readonly x: Expr }
  | { readonly op: 'binary'; readonly fn: BinaryFn; readonly a: Expr; readonly b: Expr }
  /** A boolean; only valid as the condition of a select. */
  | { readonly op: 'cmp'; readonly fn: CmpFn; readonly a: Expr; readonly b: Expr }
  /** cond ? a : b. Renderers may evaluate both sides, so neither may fault: loads stay in bounds. */
  | { readonly op: 'select'; readonly cond: Expr; readonly a: Expr; readonly b: Expr }
  /** i32 -> f32, or f32 -> i32 truncating toward zero. */
  | { readonly op: 'cast'; readonly to: DType; readonly x: Expr }
  /** The value of let binding `id` of the enclosing map kernel (MapKernel.lets; valid only there). */
  | { readonly op: 'ref'; readonly id: number };

// ---------------------------------------------------------------------------
// Kernels and statements

interface KernelBase {
  /** Where it came from, for comments in generated code: e.g. "v7 = binary add(v3, v5)". */
  readonly src: string;
}

/** One result of a map kernel: `expr` stored through `out` (rank(shape) strides) at every point. */
export interface MapOutput {
  readonly out: View;
  readonly expr: Expr;
}

/**
 * At every point idx of `shape`: evaluate `lets` in order (`ref j` reads lets[j]; a let may read
 * earlier lets), then every output's expression, and only then store each through its view. All
 * views have rank(shape) strides. Points run in no particular order, so a buffer that the kernel
 * both reads and writes must be read through the view it is written through (each point reads
 * the element it writes, before writing it), apart from elements the kernel never writes (e.g.
 * the previous time step of a step output). An output view may have stride 0 along axes its
 * expression does not depend on: every point of those axes stores the same value (fuse-pointwise
 * lifts a [B] mask copy into a [B, H] kernel this way). A plain elementwise kernel has one output
 * and no lets.
 */
export interface MapKernel extends KernelBase {
  readonly kind: 'map';
  readonly shape: readonly IExpr[];
  readonly lets: readonly Expr[];
  readonly outs: readonly MapOutput[];
  /** For a fused kernel: the `src` of every kernel merged into it, in their original order. */
  readonly parts?: readonly string[];
}

/**
 * out[idx] = fn over r in [0, size) of expr at (idx, r): the iteration space is shape plus
 * one trailing reduction axis, so views in expr have rank(shape) + 1 strides and `out`
 * has rank(shape) + 1 strides with the last one 0. The reduction axis variable is `i${rank}`.
 */
export interface ReduceKernel extends KernelBase {
  readonly kind: 'reduce';
  readonly fn: ReduceFn;
  readonly shape: readonly IExpr[];
  readonly size: IExpr;
  readonly out: View;
  readonly expr: Expr;
}

/**
 * out[m, n] = sum_k a[m, k] * w[k, n]; all three views have two strides (batch axes of A flattened into M).
 * Transposed operands are views with swapped strides: matmul_nt (g w^T) reads W through a [N, K]
 * view of the [K, N] weight, and matmul_tn (a^T g, summed over all leading axes) is a matmul with
 * M = K features, the reduction over the flattened leading axes (so `k` may be symbolic, e.g. B * T)
 * and A a transposed view of a.
 */
export interface MatmulKernel extends KernelBase {
  readonly kind: 'matmul';
  readonly m: IExpr;
  /** The reduction size: static for a plain matmul, a product with B and T for matmul_tn. */
  readonly k: IExpr;
  readonly n: number;
  readonly a: View;
  readonly w: View;
  readonly out: View;
  /**
   * The elementwise kernel that followed this one, fused into it by fuse-matmul-epilogue.ts (only
   * targets that render it switch that pass on: GLSL). The product is then not stored: `out`
   * only says where the map's loads of it point, and the kernel writes the map's outputs.
   */
  readonly epilogue?: MatmulEpilogue;
}

/**
 * A map kernel evaluated on a matmul's product where it is computed: its loads of the matmul's
 * output buffer (row i0, columns offset + i1 for one of `offsets`) read the product instead.
 */
export interface MatmulEpilogue {
  readonly map: MapKernel;
  /** Column offsets of the product the map reads, each the start of a group of shape[1] columns. */
  readonly offsets: readonly number[];
  /** The map's distinct output values: the first output with each. */
  readonly values: readonly number[];
  /** Per output of the map, the index of its value in `values`. */
  readonly valueOf: readonly number[];
}

/**
 * out[idx, d] = table[ids[idx], d] for idx in `shape` (the ids' shape) and d in [0, dim).
 * `ids` has rank(shape) strides, `table` two ([row, col]), `out` rank(shape) + 1.
 * An id outside [0, vocab) is a run-time error naming the id and the vocabulary size.
 */
export interface GatherKernel extends KernelBase {
  readonly kind: 'gather';
  readonly shape: readonly IExpr[];
  readonly dim: number;
  readonly vocab: number;
  readonly ids: View;
  readonly table: View;
  readonly out: View;
}

/**
 * The gradient of gather: out (a [vocab, dim] view, two strides) is first set to zero, then
 * out[ids[idx], d] += values[idx, d] for every idx in `shape` (the ids' shape), in row-major
 * order of idx, and d in [0, dim). `ids` has rank(shape) strides, `values` rank(shape) + 1.
 * Repeated ids accumulate. An id outside [0, vocab) is a run-time error naming the id and the
 * vocabulary size. (A parallel renderer must accumulate atomically or partition by row.)
 */
export interface ScatterAddKernel extends KernelBase {
  readonly kind: 'scatter_add';
  readonly shape: readonly IExpr[];
  readonly dim: number;
  readonly vocab: number;
  readonly ids: View;
  readonly values: View;
  readonly out: View;
}

/**
 * out[idx, d] = (d == ids[idx]) ? 1 : 0 for idx in `shape` (the ids' shape) and d in [0, depth).
 * `ids` has rank(shape) strides, `out` rank(shape) + 1. An id outside [0, depth) is a run-time
 * error naming the id and the depth. (Apart from the check, a map with a select on index == id.)
 */
export interface OneHotKernel extends KernelBase {
  readonly kind: 'one_hot';
  readonly shape: readonly IExpr[];
  readonly depth: number;
  readonly ids: View;
  readonly out: View;
}

/**
 * A linear recurrence along time, independently at every point idx of `shape` (the channels: the
 * batch rows and state axes): h = state[idx]; then for each step t of [0, len) (from len - 1 down
 * with reverse) h = a[idx, t] * h + b[idx, t] (log: h = logaddexp(a[idx, t] + h, b[idx, t])) and
 * steps[idx, t] = h; finally state[idx] = h. `a`, `b` and `steps` have rank(shape) + 1 strides,
 * the last along time; `state` has rank(shape). The recurrence is associative, so a renderer may
 * split time into chunks run in parallel. `chunks`: buffers a renderer that needs per-chunk results
 * in memory gives the kernel itself (GLSL: glsl/linear-scan.ts); the scheduler sets none.
 */
export interface LinearScanKernel extends KernelBase {
  readonly kind: 'linear_scan';
  readonly shape: readonly IExpr[];
  readonly len: IExpr;
  readonly reverse: boolean;
  readonly log: boolean;
  readonly a: View;
  readonly b: View;
  readonly steps: View;
  readonly state: View;
  /** Per chunk of time: its coefficient product, its result from the identity, its incoming carry ([chunks, ...shape] each, written by the kernel). */
  readonly chunks?: { readonly count: number; readonly a: View; readonly h: View; readonly c: View };
}

/** The update of one linear_scan step as an expression: a * h + b, or logaddexp(a + h, b) = max + log(1 + exp(-|x - b|)). */
export function linearStep(a: Expr, h: Expr, b: Expr, log: boolean): Expr {
  if (!log) return { op: 'binary', fn: 'add', a: { op: 'binary', fn: 'mul', a, b: h }, b };
  const x: Expr = { op: 'binary', fn: 'add', a, b: h };
  const bin = (fn: 'add' | 'sub' | 'max', p: Expr, q: Expr): Expr => ({ op: 'binary', fn, a: p, b: q });
  const un = (fn: 'exp' | 'log' | 'abs' | 'neg', p: Expr): Expr => ({ op: 'unary', fn, x: p });
  return bin('add', bin('max', x, b), un('log', bin('add', { op: 'const', value: 1, dtype: 'f32' }, un('exp', un('neg', un('abs', bin('sub', x, b)))))));
}

export type Kernel = MapKernel | ReduceKernel | MatmulKernel | GatherKernel | ScatterAddKernel | OneHotKernel | LinearScanKernel;
export type KernelKind = Kernel['kind'];

/** A time loop: `var` runs over [0, count) (from count-1 down to 0 when reverse); the body runs once per step. */
export interface Loop {
  readonly kind: 'loop';
  readonly src: string;
  readonly var: string;
  readonly count: IExpr;
  readonly reverse: boolean;
  readonly body: readonly Stmt[];
  /** 'backward' for the adjoint scan that autodiff builds (BPTT), else 'forward' (the default). For stats and comments only. */
  readonly role?: 'forward' | 'backward';
}

export type Stmt = Kernel | Loop;

/** The variable of a time loop nested `depth` loops deep: t, t1, t2, ... */
export function loopVarName(depth: number): string {
  return depth === 0 ? 't' : `t${depth}`;
}

// ---------------------------------------------------------------------------
// Buffers and programs

/**
 * input: bound to a caller's array (read only). param: a model parameter. state: kept by
 * the model between calls, written at the end of the program. output: allocated per call
 * and handed to the caller. scratch: allocated per call, internal. random: a dropout mask
 * (training programs only) that the host fills before each call (see Program.randoms); read only.
 */
export type BufferRole = 'input' | 'param' | 'state' | 'output' | 'scratch' | 'random';

export interface BufferDecl {
  readonly id: number;
  /** A unique identifier-safe name, e.g. 'in_x', 'p_enc_W_i', 'v7', 's4_h'. */
  readonly name: string;
  readonly dtype: DType;
  /** Element count: a product of static numbers, 'B' and 'T'. */
  readonly size: IExpr;
  readonly role: BufferRole;
  /** The logical shape of the value the buffer was made for (for comments and checks). */
  readonly shape: Shape;
}

export interface ProgramBinding {
  readonly name: string;
  readonly buf: number;
  readonly dtype: DType;
  readonly shape: Shape;
}

/**
 * A dropout mask the host draws before each call of a training program: `buf` (f32, row-major
 * `shape` with B and T bound) gets 0 with probability `rate`, else 1 / (1 - rate), from the
 * seeded stream `name` (runtime: fillDropout). Every dropout node of that name reads it.
 */
export interface RandomBinding {
  readonly name: string;
  readonly buf: number;
  readonly rate: number;
  readonly shape: Shape;
}

export interface Program {
  readonly name: string;
  /** Indexed by id. */
  readonly buffers: readonly BufferDecl[];
  readonly body: readonly Stmt[];
  /** In Module.inputs order. */
  readonly inputs: readonly ProgramBinding[];
  /** In Module.params order. */
  readonly params: readonly ProgramBinding[];
  /** In Module.states order; their buffers are read by the body and overwritten with the update at its end. */
  readonly states: readonly ProgramBinding[];
  /** In Module.outputs order; each a distinct 'output' buffer holding exactly the output, row-major. */
  readonly outputs: readonly ProgramBinding[];
  /** Dropout masks filled by the host before each call; empty for inference programs (dropout is the constant 1 there). */
  readonly randoms: readonly RandomBinding[];
}

// ---------------------------------------------------------------------------
// Index expression helpers: a canonical sum-of-products form, so that equal expressions
// compare equal and generated code is folded (B * 8 * 4 -> B * 32).

type Term = { c: number; f: string[] }; // c * product of factors (variable names or opaque atoms)

interface Poly {
  terms: Map<string, Term>; // key: sorted factors joined by '*'
  atoms: Map<string, IExpr>; // opaque atoms (max/min) by canonical text
}

function polyConst(c: number): Poly {
  const terms = new Map<string, Term>();
  if (c !== 0) terms.set('', { c, f: [] });
  return { terms, atoms: new Map() };
}

function polyVar(name: string, atom?: IExpr): Poly {
  const p: Poly = { terms: new Map([[name, { c: 1, f: [name] }]]), atoms: new Map() };
  if (atom !== undefined) p.atoms.set(name, atom);
  return p;
}

function polyAdd(a: Poly, b: Poly): Poly {
  const terms = new Map<string, Term>();
  for (const [k, t] of a.terms) terms.set(k, { c: t.c, f: t.f });
  for (const [k, t] of b.terms) {
    const old = terms.get(k);
    if (old) {
      const c = old.c + t.c;
      if (c === 0) terms.delete(k);
      else terms.set(k, { c, f: t.f });
    } else terms.set(k, { c: t.c, f: t.f });
  }
  return { terms, atoms: new Map([...a.atoms, ...b.atoms]) };
}

function polyMul(a: Poly, b: Poly): Poly {
  let out: Poly = { terms: new Map(), atoms: new Map([...a.atoms, ...b.atoms]) };
  for (const ta of a.terms.values()) {
    for (const tb of b.terms.values()) {
      const f = [...ta.f, ...tb.f].sort();
      const one: Poly = { terms: new Map([[f.join('*'), { c: ta.c * tb.c, f }]]), atoms: new Map() };
      out = { ...polyAdd(out, one), atoms: out.atoms };
    }
  }
  return out;
}

function toPoly(e: IExpr): Poly {
  if (typeof e === 'number') return polyConst(e);
  if (typeof e === 'string') return polyVar(e);
  switch (e.op) {
    case 'add':
      return e.args.reduce<Poly>((p, x) => polyAdd(p, toPoly(x)), polyConst(0));
    case 'mul':
      return e.args.reduce<Poly>((p, x) => polyMul(p, toPoly(x)), polyConst(1));
    case 'max':
    case 'min': {
      const args = e.args.map(simplify);
      if (args.every((x) => typeof x === 'number')) {
        const ns = args as number[];
        return polyConst(e.op === 'max' ? Math.max(...ns) : Math.min(...ns));
      }
      const atom: IExpr = { op: e.op, args };
      return polyVar(`${e.op}(${args.map((x) => fmtIExpr(x)).join(',')})`, atom);
    }
  }
}

const VAR_ORDER = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function fromPoly(p: Poly): IExpr {
  const terms = [...p.terms.values()].filter((t) => t.c !== 0);
  // Stable, readable order: higher-degree terms first, then by name; the constant last.
  terms.sort((x, y) => y.f.length - x.f.length || VAR_ORDER(x.f.join('*'), y.f.join('*')));
  const parts: IExpr[] = terms.map((t) => {
    const fs: IExpr[] = t.f.map((name) => p.atoms.get(name) ?? name);
    if (fs.length === 0) return t.c;
    if (t.c !== 1) fs.push(t.c);
    return fs.length === 1 ? fs[0] : { op: 'mul', args: fs };
  });
  if (parts.length === 0) return 0;
  return parts.length === 1 ? parts[0] : { op: 'add', args: parts };
}

/** Canonical form: a sum of products with constants folded. */
export function simplify(e: IExpr): IExpr {
  if (typeof e === 'number' || typeof e === 'string') return e;
  return fromPoly(toPoly(e));
}

export function add(...xs: IExpr[]): IExpr {
  return simplify({ op: 'add', args: xs });
}

export function mul(...xs: IExpr[]): IExpr {
  return simplify({ op: 'mul', args: xs });
}

export function imax(a: IExpr, b: IExpr): IExpr {
  return simplify({ op: 'max', args: [a, b] });
}

export function imin(a: IExpr, b: IExpr): IExpr {
  return simplify({ op: 'min', args: [a, b] });
}

export function neg(e: IExpr): IExpr {
  return mul(-1, e);
}

/** Whether two index expressions are equal for every value of their variables (sound for sums of products). */
export function sameIExpr(a: IExpr, b: IExpr): boolean {
  return fmtIExpr(simplify(a)) === fmtIExpr(simplify(b));
}

export function isZero(e: IExpr): boolean {
  return simplify(e) === 0;
}

export interface IExprSyntax {
  max(a: string, b: string): string;
  min(a: string, b: string): string;
}

const DEFAULT_SYNTAX: IExprSyntax = {
  max: (a, b) => `max(${a}, ${b})`,
  min: (a, b) => `min(${a}, ${b})`,
};

/** For a negative constant or a product with a negative constant factor (last, in canonical form): its negation. */
function negated(x: IExpr): IExpr | null {
  if (typeof x === 'number') return x < 0 ? -x : null;
  if (typeof x === 'string' || x.op !== 'mul') return null;
  const last = x.args[x.args.length - 1];
  if (typeof last !== 'number' || last >= 0) return null;
  const rest = x.args.slice(0, -1);
  if (last !== -1) rest.push(-last);
  return rest.length === 1 ? rest[0] : { op: 'mul', args: rest };
}

/** C-style text of an index expression (after simplification), e.g. "B * 8 + t * 8". */
export function fmtIExpr(e: IExpr, syntax: IExprSyntax = DEFAULT_SYNTAX): string {
  const go = (x: IExpr, prec: number): string => {
    if (typeof x === 'number') return x < 0 && prec > 0 ? `(${x})` : String(x);
    if (typeof x === 'string') return x;
    switch (x.op) {
      case 'add': {
        let s = go(x.args[0], 1);
        for (const a of x.args.slice(1)) {
          const n = negated(a);
          s += n === null ? ` + ${go(a, 1)}` : ` - ${go(n, 2)}`;
        }
        return prec > 1 ? `(${s})` : s;
      }
      case 'mul': {
        const n = negated(x);
        if (n !== null) {
          const s = `-${go(n, 2)}`;
          return prec > 1 ? `(${s})` : s;
        }
        return x.args.map((a) => go(a, 2)).join(' * ');
      }
      case 'max':
        return syntax.max(go(x.args[0], 0), go(x.args[1], 0));
      case 'min':
        return syntax.min(go(x.args[0], 0), go(x.args[1], 0));
    }
  };
  return go(simplify(e), 0);
}

/** Substitute variables (e.g. a loop variable by a value). */
export function substitute(e: IExpr, vars: Readonly<Record<string, IExpr>>): IExpr {
  const go = (x: IExpr): IExpr => {
    if (typeof x === 'number') return x;
    if (typeof x === 'string') return  Object.hasOwn(vars, x) ? vars[x] : x;
    return { op: x.op, args: x.args.map(go) };
  };
  return simplify(go(e));
}

/** Evaluate with all variables bound. */
export function evalIExpr(e: IExpr, vars: Readonly<Record<string, number>>): number {
  if (typeof e === 'number') return e;
  if (typeof e === 'string') {
    const v = vars[e];
    if (v === undefined) throw new Error(`index variable '${e}' is unbound`);
    return v;
  }
  const xs = e.args.map((a) => evalIExpr(a, vars));
  switch (e.op) {
    case 'add':
      return xs.reduce((s, x) => s + x, 0);
    case 'mul':
      return xs.reduce((s, x) => s * x, 1);
    case 'max':
      return Math.max(...xs);
    case 'min':
      return Math.min(...xs);
  }
}

/** The variables an index expression mentions. */
export function iexprVars(e: IExpr, into: Set<string> = new Set()): Set<string> {
  if (typeof e === 'string') into.add(e);
  else if (typeof e !== 'number') for (const a of e.args) iexprVars(a, into);
  return into;
}

// ---------------------------------------------------------------------------
// Shapes and views

/** Element count of a shape as an index expression. */
export function numelExpr(shape: Shape | readonly IExpr[]): IExpr {
  return mul(1, ...shape);
}

/** Row-major strides of a shape. */
export function rowMajorStrides(shape: Shape | readonly IExpr[]): IExpr[] {
  const out: IExpr[] = new Array<IExpr>(shape.length);
  let s: IExpr = 1;
  for (let j = shape.length - 1; j >= 0; j--) {
    out[j] = s;
    s = mul(s, shape[j]);
  }
  return out;
}

export function contiguousView(buf: number, shape: Shape | readonly IExpr[], offset: IExpr = 0): View {
  return { buf, offset, strides: rowMajorStrides(shape) };
}

/** Whether a view over `shape` reads its elements row-major without gaps (axes of size 1 may have any stride). */
export function isContiguous(view: View, shape: Shape | readonly IExpr[]): boolean {
  const rm = rowMajorStrides(shape);
  return shape.every((d, j) => d === 1 || sameIExpr(view.strides[j], rm[j]));
}

// ---------------------------------------------------------------------------
// Expression helpers

export const load = (view: View): Expr => ({ op: 'load', view });
export const constant = (value: number, dtype: DType = 'f32'): Expr => ({ op: 'const', value, dtype });
export const select = (cond: Expr, a: Expr, b: Expr): Expr => ({ op: 'select', cond, a, b });
export const cmp = (fn: CmpFn, a: Expr, b: Expr): Expr => ({ op: 'cmp', fn, a, b });

/** A plain elementwise kernel: one output, no lets. */
export function mapKernel(src: string, shape: readonly IExpr[], out: View, expr: Expr): MapKernel {
  return { kind: 'map', src, shape: [...shape], lets: [], outs: [{ out, expr }] };
}

/** The direct operands of an expression node. */
export function exprChildren(e: Expr): Expr[] {
  switch (e.op) {
    case 'load':
    case 'const':
    case 'index':
    case 'ref':
      return [];
    case 'unary':
    case 'cast':
      return [e.x];
    case 'binary':
    case 'cmp':
      return [e.a, e.b];
    case 'select':
      return [e.cond, e.a, e.b];
  }
}

/** The node with its operands replaced (same order as exprChildren). */
export function withChildren(e: Expr, xs: readonly Expr[]): Expr {
  switch (e.op) {
    case 'load':
    case 'const':
    case 'index':
    case 'ref':
      return e;
    case 'unary':
      return xs[0] === e.x ? e : { ...e, x: xs[0] };
    case 'cast':
      return xs[0] === e.x ? e : { ...e, x: xs[0] };
    case 'binary':
      return xs[0] === e.a && xs[1] === e.b ? e : { ...e, a: xs[0], b: xs[1] };
    case 'cmp':
      return xs[0] === e.a && xs[1] === e.b ? e : { ...e, a: xs[0], b: xs[1] };
    case 'select':
      return xs[0] === e.cond && xs[1] === e.a && xs[2] === e.b ? e : { ...e, cond: xs[0], a: xs[1], b: xs[2] };
  }
}

/**
 * Rewrite an expression bottom-up: `f` gets each node with its operands already rewritten and
 * returns its replacement. Shared subtrees (expressions are DAGs after fusion) are visited once.
 */
export function rewriteExpr(e: Expr, f: (e: Expr) => Expr, memo: Map<Expr, Expr> = new Map()): Expr {
  const have = memo.get(e);
  if (have) return have;
  const kids = exprChildren(e);
  const node = kids.length ? withChildren(e, kids.map((x) => rewriteExpr(x, f, memo))) : e;
  const out = f(node);
  memo.set(e, out);
  return out;
}

/** Every view an expression loads through, in evaluation order (a shared subtree is listed once per occurrence). */
export function exprViews(e: Expr, into: View[] = []): View[] {
  if (e.op === 'load') into.push(e.view);
  else for (const x of exprChildren(e)) exprViews(x, into);
  return into;
}

/** Rewrite the views of an expression (e.g. to drop or merge axes). */
export function mapExprViews(e: Expr, f: (v: View) => View): Expr {
  return rewriteExpr(e, (x) => (x.op === 'load' ? { op: 'load', view: f(x.view) } : x));
}

/** Every view a map kernel loads through: lets first, then the outputs' expressions. */
export function mapLoads(k: MapKernel): View[] {
  const into: View[] = [];
  for (const l of k.lets) exprViews(l, into);
  for (const o of k.outs) exprViews(o.expr, into);
  return into;
}

/** The views a kernel reads through (for matmul: a and w; for gather: ids and table; ...). */
export function kernelReads(k: Kernel): View[] {
  switch (k.kind) {
    case 'map':
      return mapLoads(k);
    case 'reduce':
      return exprViews(k.expr);
    case 'matmul':
      // A fused epilogue reads the product where it is computed, not from the output buffer.
      return k.epilogue ? [k.a, k.w, ...mapLoads(k.epilogue.map).filter((v) => v.buf !== k.out.buf)] : [k.a, k.w];
    case 'gather':
      return [k.ids, k.table];
    case 'scatter_add':
      return [k.ids, k.values];
    case 'one_hot':
      return [k.ids];
    case 'linear_scan':
      return [k.a, k.b, k.state];
  }
}

/** The views a kernel writes through. */
export function kernelWrites(k: Kernel): View[] {
  if (k.kind === 'matmul' && k.epilogue) return k.epilogue.map.outs.map((o) => o.out);
  if (k.kind === 'linear_scan') return [k.steps, k.state, ...(k.chunks ? [k.chunks.a, k.chunks.h, k.chunks.c] : [])];
  return k.kind === 'map' ? k.outs.map((o) => o.out) : [k.out];
}

/** Buffers read and written by a statement (a loop: everything its body touches). */
export function stmtBuffers(s: Stmt, into: { reads: Set<number>; writes: Set<number> } = { reads: new Set(), writes: new Set() }) {
  if (s.kind === 'loop') for (const x of s.body) stmtBuffers(x, into);
  else {
    for (const v of kernelReads(s)) into.reads.add(v.buf);
    for (const v of kernelWrites(s)) into.writes.add(v.buf);
  }
  return into;
}

/**
 * The iteration space of a kernel and the view it writes through over that space: a map's
 * shape (one entry per output), a reduce's shape (the 0 reduction stride dropped), a matmul's
 * [m, n], a gather's / one_hot's ids shape plus the row axis, scatter_add's [vocab, dim].
 */
export function writeSpaces(k: Kernel): { shape: IExpr[]; view: View }[] {
  switch (k.kind) {
    case 'map':
      return k.outs.map((o) => ({ shape: [...k.shape], view: o.out }));
    case 'reduce':
      return [{ shape: [...k.shape], view: { ...k.out, strides: k.out.strides.slice(0, k.shape.length) } }];
    case 'matmul':
      return k.epilogue ? writeSpaces(k.epilogue.map) : [{ shape: [k.m, k.n], view: k.out }];
    case 'gather':
      return [{ shape: [...k.shape, k.dim], view: k.out }];
    case 'one_hot':
      return [{ shape: [...k.shape, k.depth], view: k.out }];
    case 'scatter_add':
      return [{ shape: [k.vocab, k.dim], view: k.out }];
    case 'linear_scan':
      return [
        { shape: [...k.shape, k.len], view: k.steps },
        { shape: [...k.shape], view: k.state },
        ...(k.chunks ? [k.chunks.a, k.chunks.h, k.chunks.c].map((view) => ({ shape: [k.chunks!.count, ...k.shape], view })) : []),
      ];
  }
}

export function sameView(a: View, b: View): boolean {
  return a.buf === b.buf && a.strides.length === b.strides.length && sameIExpr(a.offset, b.offset) && a.strides.every((s, j) => sameIExpr(s, b.strides[j]));
}

function exprUsesAxisVars(e: Expr, seen: Set<Expr> = new Set()): boolean {
  if (seen.has(e)) return false;
  seen.add(e);
  if (e.op === 'index') return [...iexprVars(e.index)].some((v) => /^i\d+$/.test(v));
  return exprChildren(e).some((x) => exprUsesAxisVars(x, seen));
}

/**
 * Merge adjacent axes of a map kernel's iteration space wherever every view walks them
 * as one (stride[j] == stride[j+1] * shape[j+1]), and drop axes of size 1: an elementwise
 * kernel over contiguous [B, T, 8] becomes one loop over B * T * 8. Renderers call this;
 * the kernel means the same.
 */
export function collapseMap(k: MapKernel): MapKernel {
  const seen = new Set<Expr>();
  if ([...k.lets, ...k.outs.map((o) => o.expr)].some((e) => exprUsesAxisVars(e, seen))) return k;
  const views = [...k.outs.map((o) => o.out), ...mapLoads(k)];
  let shape: IExpr[] = [...k.shape];
  let strides: IExpr[][] = views.map((v) => [...v.strides]);
  // Drop size-1 axes (their index is always 0).
  const keep = shape.map((d) => d !== 1);
  shape = shape.filter((_, j) => keep[j]);
  strides = strides.map((s) => s.filter((_, j) => keep[j]));
  for (let j = shape.length - 2; j >= 0; j--) {
    const dNext = shape[j + 1];
    if (strides.every((s) => sameIExpr(s[j], mul(s[j + 1], dNext)))) {
      shape.splice(j, 2, mul(shape[j], dNext));
      for (const s of strides) s.splice(j, 2, s[j + 1]);
    }
  }
  let i = 0;
  const next = new Map<View, View>();
  for (const v of views) if (!next.has(v)) next.set(v, { buf: v.buf, offset: v.offset, strides: strides[i++] });
  else i++;
  const f = (v: View): View => next.get(v) ?? v;
  const memo = new Map<Expr, Expr>();
  const re = (e: Expr): Expr => rewriteExpr(e, (x) => (x.op === 'load' ? { op: 'load', view: f(x.view) } : x), memo);
  return {
    ...k,
    shape,
    lets: k.lets.map(re),
    outs: k.outs.map((o) => ({ ...o, out: f(o.out), expr: re(o.expr) })),
  };
}

/** Walk every statement (loop bodies included), with the loop nest depth. */
export function walkStmts(stmts: readonly Stmt[], f: (s: Stmt, depth: number) => void, depth = 0): void {
  for (const s of stmts) {
    f(s, depth);
    if (s.kind === 'loop') walkStmts(s.body, f, depth + 1);
  }
}

/** Kernel kinds that occur only in training programs: kernelCounts lists them only when present. */
type RareKind = 'scatter_add' | 'one_hot' | 'linear_scan';

export type KernelCounts = Record<Exclude<KernelKind, RareKind> | 'loop', number> & Partial<Record<RareKind, number>>;

/**
 * Kernel counts by kind (each kernel once, wherever it is), and the number of loops: a quick
 * summary for tests and --emit. map, reduce, matmul, gather and loop are always present;
 * scatter_add, one_hot and linear_scan only when counted. Per-step and per-sequence counts: stats.ts.
 */
export function kernelCounts(p: Program | readonly Stmt[]): KernelCounts {
  const out: KernelCounts = { map: 0, reduce: 0, matmul: 0, gather: 0, loop: 0 };
  walkStmts('body' in p ? p.body : p, (s) => {
    out[s.kind] = (out[s.kind] ?? 0) + 1;
  });
  return out;
}

// ---------------------------------------------------------------------------
// Text form, for debugging and `--emit kernels`

function fmtView(p: Program | null, v: View): string {
  const name = p ? p.buffers[v.buf].name : `b${v.buf}`;
  return `${name}[${fmtIExpr(v.offset)}; ${v.strides.map((s) => fmtIExpr(s)).join(', ')}]`;
}

export function fmtExpr(e: Expr, p: Program | null = null): string {
  switch (e.op) {
    case 'load':
      return fmtView(p, e.view);
    case 'const':
      return e.dtype === 'i32' ? `${e.value}i` : String(e.value);
    case 'index':
      return `idx(${fmtIExpr(e.index)})`;
    case 'ref':
      return `$${e.id}`;
    case 'unary':
      return `${e.fn}(${fmtExpr(e.x, p)})`;
    case 'binary':
      return `${e.fn}(${fmtExpr(e.a, p)}, ${fmtExpr(e.b, p)})`;
    case 'cmp':
      return `${e.fn}(${fmtExpr(e.a, p)}, ${fmtExpr(e.b, p)})`;
    case 'select':
      return `select(${fmtExpr(e.cond, p)}, ${fmtExpr(e.a, p)}, ${fmtExpr(e.b, p)})`;
    case 'cast':
      return `${e.to}(${fmtExpr(e.x, p)})`;
  }
}

export function fmtProgram(p: Program): string {
  const lines: string[] = [`program ${p.name}`];
  for (const b of p.buffers) lines.push(`  buffer ${b.name}: ${b.dtype}[${fmtIExpr(b.size)}] ${b.role}`);
  const fmtMap = (s: MapKernel, ind: string, head: string): void => {
    const sh = `[${s.shape.map((x) => fmtIExpr(x)).join(', ')}]`;
    if (s.lets.length === 0 && s.outs.length === 1) {
      lines.push(`${ind}${head} ${sh} ${fmtView(p, s.outs[0].out)} = ${fmtExpr(s.outs[0].expr, p)}  # ${s.src}`);
    } else {
      lines.push(`${ind}${head} ${sh}  # ${s.src}`);
      s.lets.forEach((e, j) => lines.push(`${ind}  $${j} = ${fmtExpr(e, p)}`));
      for (const o of s.outs) lines.push(`${ind}  ${fmtView(p, o.out)} = ${fmtExpr(o.expr, p)}`);
    }
  };
  const go = (stmts: readonly Stmt[], ind: string): void => {
    for (const s of stmts) {
      const sh = (xs: readonly IExpr[]): string => `[${xs.map((x) => fmtIExpr(x)).join(', ')}]`;
      switch (s.kind) {
        case 'loop':
          lines.push(`${ind}loop ${s.var} < ${fmtIExpr(s.count)}${s.reverse ? ' reverse' : ''}${s.role === 'backward' ? ' backward' : ''}  # ${s.src}`);
          go(s.body, ind + '  ');
          break;
        case 'map':
          fmtMap(s, ind, 'map');
          break;
        case 'reduce':
          lines.push(`${ind}reduce_${s.fn} ${sh(s.shape)} over ${fmtIExpr(s.size)} ${fmtView(p, s.out)} = ${fmtExpr(s.expr, p)}  # ${s.src}`);
          break;
        case 'matmul':
          lines.push(
            `${ind}matmul [${fmtIExpr(s.m)}, ${fmtIExpr(s.k)}] x [${fmtIExpr(s.k)}, ${s.n}] ${fmtView(p, s.out)} = ${fmtView(p, s.a)} @ ${fmtView(p, s.w)}  # ${s.src}`,
          );
          if (s.epilogue) {
            const { map, offsets } = s.epilogue;
            fmtMap(map, `${ind}  `, `epilogue (${fmtView(p, s.out)} read at columns ${offsets.join(', ')} + i1) map`);
          }
          break;
        case 'scatter_add':
          lines.push(`${ind}scatter_add ${sh(s.shape)} x ${s.dim} ${fmtView(p, s.out)} += ${fmtView(p, s.values)} at rows ${fmtView(p, s.ids)} vocab ${s.vocab}  # ${s.src}`);
          break;
        case 'one_hot':
          lines.push(`${ind}one_hot ${sh(s.shape)} x ${s.depth} ${fmtView(p, s.out)} = ${fmtView(p, s.ids)}  # ${s.src}`);
          break;
        case 'gather':
          lines.push(`${ind}gather ${sh(s.shape)} x ${s.dim} ${fmtView(p, s.out)} = ${fmtView(p, s.table)}[${fmtView(p, s.ids)}] vocab ${s.vocab}  # ${s.src}`);
          break;
        case 'linear_scan':
          lines.push(
            `${ind}linear_scan${s.reverse ? ' reverse' : ''}${s.log ? ' log' : ''} ${sh(s.shape)} over ${fmtIExpr(s.len)} ${fmtView(p, s.steps)}, ${fmtView(p, s.state)} = ${fmtView(p, s.a)} * h + ${fmtView(p, s.b)}  # ${s.src}`,
          );
          break;
      }
    }
  };
  go(p.body, '  ');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Program rewriting helpers (for the kernel-level passes)

/** Rewrite every view of a kernel. */
export function mapKernelViews(k: Kernel, f: (v: View) => View): Kernel {
  switch (k.kind) {
    case 'map': {
      const memo = new Map<Expr, Expr>();
      const re = (e: Expr): Expr => rewriteExpr(e, (x) => (x.op === 'load' ? { op: 'load', view: f(x.view) } : x), memo);
      return { ...k, lets: k.lets.map(re), outs: k.outs.map((o) => ({ ...o, out: f(o.out), expr: re(o.expr) })) };
    }
    case 'reduce':
      return { ...k, out: f(k.out), expr: mapExprViews(k.expr, f) };
    case 'matmul':
      return { ...k, a: f(k.a), w: f(k.w), out: f(k.out), ...(k.epilogue ? { epilogue: { ...k.epilogue, map: mapKernelViews(k.epilogue.map, f) as MapKernel } } : {}) };
    case 'gather':
      return { ...k, ids: f(k.ids), table: f(k.table), out: f(k.out) };
    case 'scatter_add':
      return { ...k, ids: f(k.ids), values: f(k.values), out: f(k.out) };
    case 'one_hot':
      return { ...k, ids: f(k.ids), out: f(k.out) };
    case 'linear_scan':
      return { ...k, a: f(k.a), b: f(k.b), steps: f(k.steps), state: f(k.state), ...(k.chunks ? { chunks: { ...k.chunks, a: f(k.chunks.a), h: f(k.chunks.h), c: f(k.chunks.c) } } : {}) };
  }
}

/** Rewrite every view of every statement (loop bodies included). */
export function mapStmtViews(stmts: readonly Stmt[], f: (v: View) => View): Stmt[] {
  return stmts.map((s) => (s.kind === 'loop' ? { ...s, body: mapStmtViews(s.body, f) } : mapKernelViews(s, f)));
}

/**
 * Replace the buffer list: `next` is the new list (ids are positions in it) and `renumber` maps
 * each old buffer id to its new id. Views, bindings and randoms are rewritten.
 */
export function rebuffer(p: Program, next: readonly Omit<BufferDecl, 'id'>[], renumber: (old: number) => number): Program {
  const buffers: BufferDecl[] = next.map((b, id) => ({ ...b, id }));
  const f = (v: View): View => ({ ...v, buf: renumber(v.buf) });
  const bind = <X extends { buf: number }>(x: X): X => ({ ...x, buf: renumber(x.buf) });
  return {
    ...p,
    buffers,
    body: mapStmtViews(p.body, f),
    inputs: p.inputs.map(bind),
    params: p.params.map(bind),
    states: p.states.map(bind),
    outputs: p.outputs.map(bind),
    randoms: p.randoms.map(bind),
  };
}

/** Drop scratch buffers that no kernel reads or writes any more (ids are renumbered, order kept). */
export function pruneBuffers(p: Program): Program {
  const used = new Set<number>();
  walkStmts(p.body, (s) => {
    if (s.kind === 'loop') return;
    for (const v of [...kernelReads(s), ...kernelWrites(s)]) used.add(v.buf);
  });
  const keep = p.buffers.filter((b) => b.role !== 'scratch' || used.has(b.id));
  if (keep.length === p.buffers.length) return p;
  const ids = new Map(keep.map((b, i) => [b.id, i]));
  return rebuffer(p, keep, (old) => {
    const id = ids.get(old);
    if (id === undefined) throw new Error(`internal: buffer ${p.buffers[old].name} was pruned but is still used`);
    return id;
  });
}

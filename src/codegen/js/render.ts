// Renders a scheduled kernel Program (kernel-ir.ts) as plain JavaScript: Float32Array /
// Int32Array loops with static sizes inlined as constants and B, T as run-time variables.
// Every buffer is allocated once at the top of the call; nothing inside a time loop
// allocates. Each kernel is its own small function (headed by a comment naming the IR node it
// came from), called from the program function with the buffers and loop variables it uses:
// V8 optimizes small functions, where one function holding every kernel of a training program
// would be too large for its optimizing compiler and run interpreted. Elementwise math is
// inlined (no helper call per element).

import {
  add,
  collapseMap,
  exprViews,
  mapLoads,
  mul,
  rewriteExpr,
  simplify,
  type Expr,
  type GatherKernel,
  type IExpr,
  type Kernel,
  type MapKernel,
  type MatmulKernel,
  type LinearScanKernel,
  type OneHotKernel,
  type Program,
  type ReduceKernel,
  type ScatterAddKernel,
  type Stmt,
  type View,
} from '../kernel-ir.js';
import { kernelArgs } from '../kernel-args.js';
import type { ParamPrep } from '../param-prep.js';
import { CStyle, indexText, lineComment, type Builtin, type FloatStyle, type Val } from '../c-style.js';

export interface RenderOptions {
  /** Name of the rendered function (default 'run'). */
  fnName?: string;
  /** Constructor thrown on a bad gather, scatter_add or one_hot id (default 'RangeError'); e.g. 'rt.InputError'. */
  errorClass?: string;
  /**
   * Kernels of the parameters alone (param-prep.ts) and their buffers: rendered with module-level
   * buffers and run only when the call's paramsVersion differs from the last call's.
   */
  prep?: ParamPrep;
}

/** JavaScript as a C-style language: Math functions, strict comparisons, plain number literals. */
const JS_FN: Record<Builtin, string> = { max: 'Math.max', min: 'Math.min', exp: 'Math.exp', log: 'Math.log', sqrt: 'Math.sqrt', abs: 'Math.abs', tanh: 'Math.tanh', clamp: 'clamp', trunc: 'Math.trunc' };

function ix(e: IExpr): string {
  return indexText(e, (f) => JS_FN[f]);
}

/** Module-level code the rendered programs need; emit once per module, before them. (The math is inlined: nothing for now.) */
export function renderPrelude(): string {
  return '// Kernels: each a function of the buffers it touches; elementwise math inlined.';
}

/** An operand text that is cheap to repeat: a name, a number, or one array element with a simple index. */
function simpleText(x: string): boolean {
  return /^\(?-?[\w$.]+\)?$/.test(x) || /^[\w$]+\[[\w$ +*-]*\]$/.test(x);
}

/**
 * Value expressions inline, as JS text: loads `buf[at(view)]`, lets by the names in `refs`.
 * square's operand is evaluated once: a compound one goes to a temporary declared in `pre`.
 */
class JsExpr extends CStyle {
  protected readonly floats: FloatStyle = { nan: 'NaN', inf: 'Infinity', ninf: '(-Infinity)', negZero: '(-0)', point: false, parenNegative: true };
  protected override readonly cmpOps = { lt: '<', le: '<=', eq: '===', ne: '!==' } as const;

  constructor(
    private readonly r: Renderer,
    private readonly at: (v: View) => string,
    private readonly pre: string[],
    private readonly indent: string,
    private readonly refs: readonly string[],
  ) {
    super();
  }

  protected override fn(name: Builtin): string {
    return JS_FN[name];
  }

  protected override clamp(x: string, lo: string, hi: string): string {
    return `Math.min(${hi}, Math.max(${lo}, ${x}))`;
  }

  protected override once(x: string): string {
    if (simpleText(x)) return x;
    const t = this.r.temp('_t');
    this.pre.push(`${this.indent}const ${t} = ${x};`);
    return t;
  }

  protected loadView(v: View): Val {
    return { text: `${this.r.buf(v.buf)}[${this.at(v)}]`, dtype: 'f32' };
  }

  protected refOf(id: number): Val {
    return { text: this.refs[id], dtype: 'f32' };
  }
}

/** Short shape text for comments: [B, T, 8]. */
function fmtDims(xs: readonly IExpr[]): string {
  return `[${xs.map(ix).join(', ')}]`;
}

/** Comments are `//` lines: keep them to one line. */
const comment = lineComment;

class Renderer {
  private tmp = 0;
  /** The kernel function being rendered (module-level helpers take its name as a prefix). */
  private kernelName = '';
  /** Kernel functions, rendered before the program function. */
  private readonly fns: string[] = [];

  constructor(
    private readonly p: Program,
    private readonly opts: Required<RenderOptions>,
  ) {}

  private keptSet?: ReadonlySet<number>;
  /** Buffers some rendered kernel call passes. */
  private readonly usedBufs = new Set<number>();
  private get kept(): ReadonlySet<number> {
    this.keptSet ??= new Set(this.opts.prep.buffers);
    return this.keptSet;
  }

  buf(id: number): string {
    // Kept buffers are module-level: named after their program, so two programs' never clash.
    return this.kept.has(id) ? `${this.opts.fnName}_${this.p.buffers[id].name}` : this.p.buffers[id].name;
  }

  program(): string {
    const p = this.p;
    const L: string[] = [];
    // A training program (with dropout masks) takes them as a sixth argument, filled by the host.
    const prep = this.opts.prep;
    const keptFor = `${this.opts.fnName}_paramsVersion`;
    if (prep.kernels.size > 0) {
      // The weights' concatenations and transposed copies, kept between calls while the parameters stay.
      L.push(`let ${keptFor} = null; // the parameters' version the kept buffers below were made from`);
      for (const b of prep.buffers) {
        const d = p.buffers[b];
        L.push(`const ${this.buf(b)} = new ${d.dtype === 'i32' ? 'Int32Array' : 'Float32Array'}(${ix(d.size)}); // ${d.dtype} ${fmtDims(d.shape)}, kept`);
      }
    }
    // paramsVersion (runtime/model.ts): an object that changes whenever a parameter does.
    const extra = prep.kernels.size > 0 ? `${p.randoms.length ? ', randoms' : ', _randoms'}, paramsVersion` : p.randoms.length ? ', randoms' : '';
    L.push(`function ${this.opts.fnName}(B, T, inputs, params, states${extra}) {`);
    const ind = '  ';
    if (prep.kernels.size > 0) L.push(`${ind}const fresh = paramsVersion === undefined || paramsVersion !== ${keptFor};`);
    const decl = (b: number, from: string): void => {
      const d = p.buffers[b];
      L.push(`${ind}const ${d.name} = ${from}; // ${d.dtype} ${fmtDims(d.shape)}`);
    };
    p.inputs.forEach((x, i) => decl(x.buf, `inputs[${i}]`));
    p.params.forEach((x, i) => decl(x.buf, `params[${i}]`));
    p.states.forEach((x, i) => decl(x.buf, `states[${i}]`));
    p.randoms.forEach((x, i) => decl(x.buf, `randoms[${i}]`));
    // Rendered first: scratch no kernel call names any more (its values moved to kept buffers) is not allocated.
    const body = this.stmts(p.body, ind);
    const used = new Set<number>([...p.outputs.map((o) => o.buf), ...this.usedBufs]);
    const local = p.buffers.filter((b) => (b.role === 'scratch' || b.role === 'output') && !this.kept.has(b.id) && used.has(b.id));
    if (local.length) L.push(`${ind}// Buffers, allocated once per call (none inside the time loops).`);
    for (const b of local) {
      const ctor = b.dtype === 'i32' ? 'Int32Array' : 'Float32Array';
      L.push(`${ind}const ${b.name} = new ${ctor}(${ix(b.size)}); // ${b.role === 'output' ? 'output ' : ''}${b.dtype} ${fmtDims(b.shape)}`);
    }
    L.push(...body);
    if (prep.kernels.size > 0) L.push(`${ind}${keptFor} = paramsVersion ?? null;`);
    L.push(`${ind}return [${p.outputs.map((o) => this.buf(o.buf)).join(', ')}];`);
    L.push('}');
    return [...this.fns, L.join('\n')].join('\n');
  }

  stmts(ss: readonly Stmt[], ind: string): string[] {
    const L: string[] = [];
    for (const s of ss) {
      if (s.kind === 'loop') {
        const v = s.var;
        L.push(`${ind}${comment(s.src)}`);
        if (s.reverse) L.push(`${ind}for (let ${v} = ${ix(add(s.count, -1))}; ${v} >= 0; ${v}--) {`);
        else L.push(`${ind}for (let ${v} = 0; ${v} < ${ix(s.count)}; ${v}++) {`);
        L.push(...this.stmts(s.body, ind + '  '));
        L.push(`${ind}}`);
      } else if (s.kind === 'matmul' && s.epilogue) {
        // A fused epilogue (fuse-matmul-epilogue.ts, switched on by the GLSL target): here the
        // product is stored and the map reads it, as before fusion.
        const { epilogue, ...mm } = s;
        L.push(`${ind}${this.kernelFn(mm)};`, `${ind}${this.kernelFn(epilogue.map)};`);
      } else if (this.opts.prep.kernels.has(s)) L.push(`${ind}if (fresh) ${this.kernelFn(s)};`);
      else L.push(`${ind}${this.kernelFn(s)};`);
    }
    return L;
  }

  /** Renders kernel `k` as a module-level function; returns the call. */
  kernelFn(k: Kernel): string {
    const name = `${this.opts.fnName}_${this.fns.length}_${k.kind === 'map' && k.parts ? 'fused' : k.kind}`;
    this.tmp = 0;
    let lines: string[];
    this.kernelName = name;
    switch (k.kind) {
      case 'map':
        lines = this.map(k, '');
        break;
      case 'reduce':
        lines = this.reduce(k, '');
        break;
      case 'matmul':
        lines = this.matmul(k, '');
        break;
      case 'gather':
        lines = this.gather(k, '');
        break;
      case 'scatter_add':
        lines = this.scatterAdd(k, '');
        break;
      case 'one_hot':
        lines = this.oneHot(k, '');
        break;
      case 'linear_scan':
        lines = this.linearScan(k, '');
        break;
    }
    const { vars, bufs } = kernelArgs(k);
    for (const b of bufs) this.usedBufs.add(b);
    const args = [...vars, ...bufs.map((b) => this.buf(b))];
    // lines: comment(s), '{', body, '}': the block becomes the function body.
    const open = lines.indexOf('{');
    lines[open] = `function ${name}(${args.join(', ')}) {`;
    this.fns.push(lines.join('\n'));
    return `${name}(${args.join(', ')})`;
  }

  /**
   * JS text of an expression. `pre` receives declarations of temporaries (for operands used
   * twice, e.g. square); `refs` names the kernel's lets.
   */
  expr(e: Expr, at: (v: View) => string, pre: string[] = [], ind = '', refs: readonly string[] = []): string {
    return new JsExpr(this, at, pre, ind, refs).text(e);
  }

  /** A fresh local name: `${prefix}${n}`, numbered across the kernel. */
  temp(prefix: string): string {
    return `${prefix}${this.tmp++}`;
  }

  /**
   * Loops i0..i{n-1} over `dims`. For each distinct view the running offset is hoisted out
   * of every loop but the innermost. `pre`/`post` are emitted just outside the innermost
   * loop (for reductions); there `at` is valid for views whose last stride is 0.
   */
  nest(
    dims: readonly IExpr[],
    views: readonly View[],
    ind: string,
    body: (at: (v: View) => string, ind: string) => string[],
    around?: { pre: (at: (v: View) => string, ind: string) => string[]; post: (at: (v: View) => string, ind: string) => string[] },
  ): string[] {
    const L: string[] = [];
    const key = (v: View): string => `${ix(v.offset)}|${v.strides.map(ix).join(',')}`;
    const bases = new Map<string, IExpr>();
    for (const v of views) {
      const k = key(v);
      if (bases.has(k)) continue;
      const off = simplify(v.offset);
      if (typeof off === 'number' || typeof off === 'string') bases.set(k, off);
      else {
        const name = `_o${this.tmp++}`;
        L.push(`${ind}const ${name} = ${ix(off)};`);
        bases.set(k, name);
      }
    }
    const n = dims.length;
    const uniq = new Map<string, View>();
    for (const v of views) uniq.set(key(v), v);
    const at = (level: number) => (v: View): string => {
      // Offset at the current loop level: hoisted base plus the levels not hoisted.
      let e: IExpr = bases.get(key(v))!;
      for (let j = level; j < n; j++) e = add(e, mul(`i${j}`, v.strides[j]));
      return ix(e);
    };
    const open: string[] = [];
    let cur = ind;
    for (let j = 0; j < n; j++) {
      if (j === n - 1 && around) L.push(...around.pre(at(j), cur));
      let bound = ix(dims[j]);
      if (!/^[A-Za-z_$][\w$]*$|^\d+$/.test(bound)) {
        const name = `_n${this.tmp++}`;
        L.push(`${cur}const ${name} = ${bound};`);
        bound = name;
      }
      L.push(`${cur}for (let i${j} = 0; i${j} < ${bound}; i${j}++) {`);
      open.push(cur);
      cur += '  ';
      if (j < n - 1) {
        for (const [k, v] of uniq) {
          const s = simplify(v.strides[j]);
          if (s === 0) continue;
          const name = `_o${this.tmp++}`;
          L.push(`${cur}const ${name} = ${ix(add(bases.get(k)!, mul(`i${j}`, s)))};`);
          bases.set(k, name);
        }
      }
    }
    L.push(...body(at(Math.max(n - 1, 0)), cur));
    for (let j = n - 1; j >= 0; j--) {
      L.push(`${open[j]}}`);
      if (j === n - 1 && around) L.push(...around.post(at(j), open[j]));
    }
    return L;
  }

  /**
   * A map kernel: at each point its lets, then its outputs, each stored as soon as it is
   * computed. An output that reads a buffer an earlier output of the point has stored reads it
   * through a let instead (lets run before any store), so every output sees the values from
   * before the kernel; a load in the expression of the very output that stores it needs nothing.
   * (Computing every output into a local and storing them all afterwards is also right, but V8
   * compiles the selects of an LSTM step that way about twice as slow; so is reading a carry into
   * a let that only its own masked store uses.)
   */
  map(k0: MapKernel, ind: string): string[] {
    let k = collapseMap(k0);
    const stored = new Set<number>();
    const lets = [...k.lets];
    const byKey = new Map<string, number>();
    const outs = k.outs.map((o) => {
      let expr = o.expr;
      if (stored.size && exprViews(expr).some((v) => stored.has(v.buf))) {
        expr = rewriteExpr(expr, (x) => {
          if (x.op !== 'load' || !stored.has(x.view.buf)) return x;
          const key = `${x.view.buf}|${ix(x.view.offset)}|${x.view.strides.map(ix).join(',')}`;
          let id = byKey.get(key);
          if (id === undefined) {
            id = lets.length;
            lets.push(x);
            byKey.set(key, id);
          }
          return { op: 'ref', id };
        });
      }
      stored.add(o.out.buf);
      return { ...o, expr };
    });
    k = { ...k, lets, outs };
    const views = [...k.outs.map((o) => o.out), ...mapLoads(k)];
    const head = [`${ind}${comment(`${k0.src}  ${fmtDims(k0.shape)}`)}`];
    for (const part of k0.parts ?? []) head.push(`${ind}${comment(`  ${part}`)}`);
    const L = [...head, `${ind}{`];
    L.push(
      ...this.nest(k.shape, views, ind + '  ', (at, i2) => {
        const B: string[] = [];
        const refs: string[] = [];
        k.lets.forEach((e, j) => {
          const x = this.expr(e, at, B, i2, refs);
          const name = `_v${j}`;
          B.push(`${i2}const ${name} = ${x};`);
          refs.push(name);
        });
        for (const o of k.outs) B.push(`${i2}${this.buf(o.out.buf)}[${at(o.out)}] = ${this.expr(o.expr, at, B, i2, refs)};`);
        return B;
      }),
    );
    L.push(`${ind}}`);
    return L;
  }

  reduce(k: ReduceKernel, ind: string): string[] {
    const dims = [...k.shape, k.size];
    const views = [k.out, ...exprViews(k.expr)];
    const L = [`${ind}${comment(`${k.src}  ${fmtDims(k.shape)} reduce_${k.fn} over ${ix(k.size)}`)}`, `${ind}{`];
    const init = k.fn === 'max' ? '-Infinity' : '0';
    L.push(
      ...this.nest(
        dims,
        views,
        ind + '  ',
        (at, i2) => {
          // Temporaries the expression needs (e.g. square of a compound operand) come first.
          const pre: string[] = [];
          const x = this.expr(k.expr, at, pre, i2);
          return [...pre, k.fn === 'max' ? `${i2}r = Math.max(r, ${x});` : `${i2}r += ${x};`];
        },
        {
          pre: (_at, i2) => [`${i2}let r = ${init};`],
          post: (at, i2) => [`${i2}${this.buf(k.out.buf)}[${at(k.out)}] = ${k.fn === 'mean' ? `r / ${ix(k.size)}` : 'r'};`],
        },
      ),
    );
    L.push(`${ind}}`);
    return L;
  }

  /**
   * out = A x W with 4 x 4 register tiles: 16 accumulators in locals, each step of k loads
   * 4 elements of A and 4 of W for 16 multiply-adds. Rows are taken 4 at a time (the last
   * M % 4 one by one), columns 4 at a time (the last N % 4, a static count, unrolled).
   * Loop order i, n-block, k; accumulation is in float64, rounded once on store.
   */
  matmul(k: MatmulKernel, ind: string): string[] {
    const A = this.buf(k.a.buf);
    const W = this.buf(k.w.buf);
    const O = this.buf(k.out.buf);
    const N = k.n;
    const [aRS, aCS] = k.a.strides;
    const [wRS, wCS] = k.w.strides;
    const [oRS, oCS] = k.out.strides;
    const i1 = ind + '  ';
    const L = [`${ind}${comment(`${k.src}  [${ix(k.m)}, ${ix(k.k)}] x [${ix(k.k)}, ${N}]`)}`, `${ind}{`];
    L.push(`${i1}const M = ${ix(k.m)};`);
    // A symbolic reduction size (matmul_tn over B * T rows) is computed once.
    const kk = simplify(k.k);
    const Kn = typeof kk === 'number' ? String(kk) : 'K';
    if (typeof kk !== 'number') L.push(`${i1}const K = ${ix(kk)};`);
    L.push(`${i1}let i = 0;`);
    const R = 4;
    const C = 4;
    const N4 = N - (N % C);
    const tile = (nr: number, nc: number, n0: IExpr, ind0: string, braces: boolean): void => {
      const rs = [...Array(nr).keys()];
      const cs = [...Array(nc).keys()];
      const acc = (r: number, c: number): string => `c${r}${c}`;
      const ia = braces ? ind0 + '  ' : ind0;
      const ib = ia + '  ';
      if (braces) L.push(`${ind0}{`);
      L.push(`${ia}let ${rs.flatMap((r) => cs.map((c) => `${acc(r, c)} = 0`)).join(', ')};`);
      L.push(`${ia}for (let k = 0; k < ${Kn}; k++) {`);
      L.push(`${ib}const ${rs.map((r) => `x${r} = ${A}[${ix(add(`a${r}`, mul('k', aCS)))}]`).join(', ')};`);
      L.push(`${ib}const wk = ${ix(add(k.w.offset, mul('k', wRS), mul(n0, wCS)))};`);
      L.push(`${ib}const ${cs.map((c) => `w${c} = ${W}[${ix(add('wk', mul(c, wCS)))}]`).join(', ')};`);
      for (const r of rs) L.push(`${ib}${cs.map((c) => `${acc(r, c)} += x${r} * w${c};`).join(' ')}`);
      L.push(`${ia}}`);
      for (const r of rs) {
        L.push(`${ia}${cs.map((c) => `${O}[${ix(add(`o${r}`, mul(add(n0, c), oCS)))}] = ${acc(r, c)};`).join(' ')}`);
      }
      if (braces) L.push(`${ind0}}`);
    };
    const rowBlock = (nr: number): void => {
      const rs = [...Array(nr).keys()];
      const i2 = i1 + '  ';
      L.push(`${i1}for (; ${nr === 1 ? 'i < M' : `i + ${nr} <= M`}; i += ${nr}) {`);
      L.push(`${i2}const ${rs.map((r) => `a${r} = ${ix(add(k.a.offset, mul(add('i', r), aRS)))}`).join(', ')};`);
      L.push(`${i2}const ${rs.map((r) => `o${r} = ${ix(add(k.out.offset, mul(add('i', r), oRS)))}`).join(', ')};`);
      if (N4 > 0) {
        L.push(`${i2}for (let n = 0; n < ${N4}; n += ${C}) {`);
        tile(nr, C, 'n', i2 + '  ', false);
        L.push(`${i2}}`);
      }
      if (N % C) tile(nr, N % C, N4, i2, true);
      L.push(`${i1}}`);
    };
    rowBlock(R);
    if (wCS === 1 && N > C) {
      // Single rows (a B = 1 step, and what the 4-row blocks leave): k outer, n inner, so W is read
      // row after row, contiguously, instead of down 4-column strips. The accumulators are float64
      // as in the tiles and the sums run in the same k order, so the bits are the same.
      const acc = `${this.kernelName}_acc`;
      L.unshift(`const ${acc} = new Float64Array(${N}); // row accumulators, reused by every call`);
      const i2 = i1 + '  ';
      L.push(`${i1}for (; i < M; i++) {`);
      L.push(`${i2}const a0 = ${ix(add(k.a.offset, mul('i', aRS)))}, o0 = ${ix(add(k.out.offset, mul('i', oRS)))};`);
      L.push(`${i2}${acc}.fill(0);`);
      L.push(`${i2}for (let k = 0; k < ${Kn}; k++) {`);
      L.push(`${i2}  const x = ${A}[${ix(add('a0', mul('k', aCS)))}], wk = ${ix(add(k.w.offset, mul('k', wRS)))};`);
      L.push(`${i2}  for (let n = 0; n < ${N}; n++) ${acc}[n] += x * ${W}[wk + n];`);
      L.push(`${i2}}`);
      L.push(`${i2}for (let n = 0; n < ${N}; n++) ${O}[${ix(add('o0', mul('n', oCS)))}] = ${acc}[n];`);
      L.push(`${i1}}`);
    } else {
      rowBlock(1);
    }
    L.push(`${ind}}`);
    return L;
  }

  gather(k: GatherKernel, ind: string): string[] {
    const rank = k.shape.length;
    const outL: View = { buf: k.out.buf, offset: k.out.offset, strides: k.out.strides.slice(0, rank) };
    const ids = this.buf(k.ids.buf);
    const table = this.buf(k.table.buf);
    const out = this.buf(k.out.buf);
    const L = [`${ind}${comment(`${k.src}  ${fmtDims(k.shape)} x ${k.dim}, vocabulary ${k.vocab}`)}`, `${ind}{`];
    const msg1 = JSON.stringify(`${k.src}: id `);
    const msg2 = JSON.stringify(` is out of range for a vocabulary of size ${k.vocab} (valid ids are 0 to ${k.vocab - 1})`);
    L.push(
      ...this.nest(k.shape, [k.ids, outL], ind + '  ', (at, i2) => {
        const i3 = i2 + '  ';
        return [
          `${i2}const id = ${ids}[${at(k.ids)}];`,
          `${i2}if (!(id >= 0 && id < ${k.vocab})) throw new ${this.opts.errorClass}(${msg1} + id + ${msg2});`,
          `${i2}const row = ${ix(add(k.table.offset, mul('id', k.table.strides[0])))};`,
          `${i2}const o = ${at(outL)};`,
          `${i2}for (let d = 0; d < ${k.dim}; d++) {`,
          `${i3}${out}[${ix(add('o', mul('d', k.out.strides[rank])))}] = ${table}[${ix(add('row', mul('d', k.table.strides[1])))}];`,
          `${i2}}`,
        ];
      }),
    );
    L.push(`${ind}}`);
    return L;
  }

  /** Zero the [vocab, dim] output, then add each row of values into the row its id names (in order). */
  scatterAdd(k: ScatterAddKernel, ind: string): string[] {
    const rank = k.shape.length;
    const valsL: View = { buf: k.values.buf, offset: k.values.offset, strides: k.values.strides.slice(0, rank) };
    const ids = this.buf(k.ids.buf);
    const vals = this.buf(k.values.buf);
    const out = this.buf(k.out.buf);
    const [oRS, oCS] = k.out.strides;
    const i1 = ind + '  ';
    const L = [`${ind}${comment(`${k.src}  ${fmtDims(k.shape)} x ${k.dim} into [${k.vocab}, ${k.dim}]`)}`, `${ind}{`];
    if (simplify(oCS) === 1 && simplify(oRS) === k.dim) {
      L.push(`${i1}${out}.fill(0, ${ix(k.out.offset)}, ${ix(add(k.out.offset, k.vocab * k.dim))});`);
    } else {
      L.push(`${i1}for (let v = 0; v < ${k.vocab}; v++) {`);
      L.push(`${i1}  for (let d = 0; d < ${k.dim}; d++) ${out}[${ix(add(k.out.offset, mul('v', oRS), mul('d', oCS)))}] = 0;`);
      L.push(`${i1}}`);
    }
    const [msg1, msg2] = idMessage(k.src, 'a vocabulary of size', k.vocab);
    L.push(
      ...this.nest(k.shape, [k.ids, valsL], i1, (at, i2) => {
        const i3 = i2 + '  ';
        return [
          `${i2}const id = ${ids}[${at(k.ids)}];`,
          `${i2}if (!(id >= 0 && id < ${k.vocab})) throw new ${this.opts.errorClass}(${msg1} + id + ${msg2});`,
          `${i2}const row = ${ix(add(k.out.offset, mul('id', oRS)))};`,
          `${i2}const o = ${at(valsL)};`,
          `${i2}for (let d = 0; d < ${k.dim}; d++) {`,
          `${i3}${out}[${ix(add('row', mul('d', oCS)))}] += ${vals}[${ix(add('o', mul('d', k.values.strides[rank])))}];`,
          `${i2}}`,
        ];
      }),
    );
    L.push(`${ind}}`);
    return L;
  }

  /** 1 at the id, 0 elsewhere, after checking the id. */
  /**
   * A linear recurrence: one sequential pass over time per channel (on one thread the chunked
   * parallel form only adds work). h is rounded to float32 at every step, as the state buffer
   * holds it between calls, so a sequence and the same steps one call at a time agree bit for bit.
   */
  linearScan(k: LinearScanKernel, ind: string): string[] {
    const rank = k.shape.length;
    const chan = (v: View): View => ({ buf: v.buf, offset: v.offset, strides: v.strides.slice(0, rank) });
    const [a, b, st] = [chan(k.a), chan(k.b), chan(k.steps)];
    const A = this.buf(k.a.buf);
    const Bb = this.buf(k.b.buf);
    const S = this.buf(k.steps.buf);
    const H = this.buf(k.state.buf);
    const ts = [k.a, k.b, k.steps].map((v) => ix(v.strides[rank]));
    const L = [`${ind}${comment(`${k.src}  ${fmtDims(k.shape)} over ${ix(k.len)}${k.reverse ? ', reverse' : ''}${k.log ? ', log space' : ''}`)}`, `${ind}{`];
    L.push(`${ind}  const n = ${ix(k.len)};`);
    L.push(
      ...this.nest(k.shape, [a, b, st, k.state], ind + '  ', (at, i2) => {
        const i3 = i2 + '  ';
        const start = (v: View, j: number) => (k.reverse ? `${at(v)} + (n - 1) * ${ts[j]}` : at(v));
        const dir = k.reverse ? '-=' : '+=';
        const step = k.log
          ? [`${i3}const x = ${A}[pa] + h;`, `${i3}const y = ${Bb}[pb];`, `${i3}h = Math.fround((x > y ? x : y) + Math.log(1 + Math.exp(-Math.abs(x - y))));`]
          : [`${i3}h = Math.fround(${A}[pa] * h + ${Bb}[pb]);`];
        return [
          `${i2}let h = ${H}[${at(k.state)}];`,
          `${i2}let pa = ${start(a, 0)}, pb = ${start(b, 1)}, ps = ${start(st, 2)};`,
          `${i2}for (let s = 0; s < n; s++) {`,
          ...step,
          `${i3}${S}[ps] = h;`,
          `${i3}pa ${dir} ${ts[0]}; pb ${dir} ${ts[1]}; ps ${dir} ${ts[2]};`,
          `${i2}}`,
          `${i2}${H}[${at(k.state)}] = h;`,
        ];
      }),
    );
    L.push(`${ind}}`);
    return L;
  }

  oneHot(k: OneHotKernel, ind: string): string[] {
    const rank = k.shape.length;
    const outL: View = { buf: k.out.buf, offset: k.out.offset, strides: k.out.strides.slice(0, rank) };
    const ids = this.buf(k.ids.buf);
    const out = this.buf(k.out.buf);
    const L = [`${ind}${comment(`${k.src}  ${fmtDims(k.shape)} x ${k.depth}`)}`, `${ind}{`];
    const [msg1, msg2] = idMessage(k.src, 'one_hot of depth', k.depth);
    L.push(
      ...this.nest(k.shape, [k.ids, outL], ind + '  ', (at, i2) => {
        const i3 = i2 + '  ';
        return [
          `${i2}const id = ${ids}[${at(k.ids)}];`,
          `${i2}if (!(id >= 0 && id < ${k.depth})) throw new ${this.opts.errorClass}(${msg1} + id + ${msg2});`,
          `${i2}const o = ${at(outL)};`,
          `${i2}for (let d = 0; d < ${k.depth}; d++) {`,
          `${i3}${out}[${ix(add('o', mul('d', k.out.strides[rank])))}] = d === id ? 1 : 0;`,
          `${i2}}`,
        ];
      }),
    );
    L.push(`${ind}}`);
    return L;
  }
}

/** Messages for an id outside [0, n): the text before and after the id, as JS string literals. */
function idMessage(src: string, what: string, n: number): [string, string] {
  return [JSON.stringify(`${src}: id `), JSON.stringify(` is out of range for ${what} ${n} (valid ids are 0 to ${n - 1})`)];
}

/**
 * The program as one JS function `run(B, T, inputs, params, states)`: inputs, params and
 * states are arrays of typed arrays in the program's binding order; it returns the output
 * arrays in order (fresh per call). State buffers are updated in place. With `opts.prep`, the
 * kernels of the parameters alone run only when the seventh argument, paramsVersion, differs from
 * the last call's (or is undefined), and write module-level buffers kept between calls. A training program
 * (schedule(m, { training: true }) with dropout) takes a sixth argument `randoms`: one
 * Float32Array per Program.randoms entry, in that order, of numel(shape) elements with B and T
 * bound, filled by the host before the call (runtime fillDropout); run only reads them.
 */
export function renderProgram(p: Program, opts: RenderOptions = {}): string {
  return new Renderer(p, { fnName: opts.fnName ?? 'run', errorClass: opts.errorClass ?? 'RangeError', prep: opts.prep ?? { kernels: new Set(), buffers: [] } }).program();
}

// Each kernel kind as draws: the GLSL statements that compute a kernel's values at one point of
// its output iteration space (int i0, i1, ... in scope), and the output views they are stored
// through. Map kernels group their outputs by output geometry (one draw per group, multiple
// render targets); every other kind is one draw with one output.

import {
  add,
  collapseMap,
  sameIExpr,
  simplify,
  exprChildren,
  kernelReads,
  mul,
  type Expr,
  type GatherKernel,
  type IExpr,
  type Kernel,
  type MapKernel,
  type MapOutput,
  type MatmulKernel,
  type OneHotKernel,
  type Program,
  type ReduceKernel,
  type ScatterAddKernel,
  type View,
} from '../kernel-ir.js';
import { ExprRenderer, floatLit, ix, multipleOf, texelCoord, Vec4ExprRenderer, viewIndex, widthLog2, type Packing } from './expr.js';
import { sameGeometry, type DrawSpec } from './draw.js';
import { oneLine } from '../c-style.js';
import { TEX_W } from './plan.js';
import { linearScanDraws } from './linear-scan.js';

/** WebGL2 guarantees 16 texture units in a fragment shader and 4 draw buffers. */
export const MAX_SAMPLERS = 16;
export const MAX_TARGETS = 4;
/**
 * Render targets of a draw that has a fallback (PlanDraw.alt: the same outputs in draws of at most
 * MAX_TARGETS) for contexts with fewer draw buffers: most WebGL2 implementations have 8.
 */
export const MAX_TARGETS_WITH_FALLBACK = 8;

function fmtDims(xs: readonly IExpr[]): string {
  return `[${xs.map(ix).join(', ')}]`;
}

export function header(k: Kernel, what: string): string[] {
  return [oneLine(`${k.src}  ${what}`), ...(k.kind === 'map' ? (k.parts ?? []).map((s) => oneLine(`  ${s}`)) : [])];
}

/** Lets an expression needs (directly or through other lets). */
export function letsUsed(k: MapKernel, roots: readonly Expr[]): Set<number> {
  const used = new Set<number>();
  const seen = new Set<Expr>();
  const walk = (e: Expr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    if (e.op === 'ref') {
      if (!used.has(e.id)) {
        used.add(e.id);
        walk(k.lets[e.id]);
      }
      return;
    }
    for (const x of exprChildren(e)) walk(x);
  };
  for (const r of roots) walk(r);
  return used;
}

function mapDraw(p: Program, pk: Packing, k: MapKernel, name: string, outIdx: readonly number[], vars: readonly string[]): DrawSpec {
  const r = new ExprRenderer(p, pk);
  const used = letsUsed(k, outIdx.map((i) => k.outs[i].expr));
  const body: string[] = [];
  k.lets.forEach((e, j) => {
    if (used.has(j)) body.push(`  ${e.op === 'cmp' ? 'bool' : 'float'} v${j} = ${r.expr(e)};`);
  });
  outIdx.forEach((i, n) => body.push(`  float x${n} = ${r.expr(k.outs[i].expr)};`));
  // RGBA32F outputs whose texels are four consecutive elements of the innermost axis: the four
  // elements as vec4 at once (one texel fetch per contiguous load instead of four element fetches,
  // one index decomposition instead of four).
  const last = k.shape.length - 1;
  let vec: string[] | undefined;
  if (last >= 0 && multipleOf(k.shape[last], 4) && outIdx.every((i) => pk(k.outs[i].out.buf) === 4 && sameIExpr(k.outs[i].out.strides[last], 1))) {
    const v = new Vec4ExprRenderer(p, pk, last);
    vec = [];
    k.lets.forEach((e, j) => {
      if (used.has(j)) vec!.push(`  ${e.op === 'cmp' ? 'bvec4' : 'vec4'} v${j} = ${v.vexpr(e)};`);
    });
    outIdx.forEach((i, n) => vec!.push(`  vec4 x${n} = ${v.vexpr(k.outs[i].expr)};`));
    for (const b of v.reads) r.sampler(b);
  }
  return {
    name,
    comment: header(k, fmtDims(k.shape)),
    dims: k.shape,
    outs: outIdx.map((i, n) => ({ buf: k.outs[i].out.buf, view: k.outs[i].out, value: `x${n}` })),
    body,
    ...(vec ? { vec } : {}),
    reads: r.reads,
    vars,
  };
}

/**
 * Whether two buffers' textures have the same width (so the same texels hold the same flat
 * indices): equal static widths, or the same size and packing (the engine picks widths from sizes).
 */
function sameWidth(p: Program, pk: Packing, a: number, b: number): boolean {
  const la = widthLog2(p, pk, a);
  return typeof la === 'number' ? la === widthLog2(p, pk, b) : pk(a) === pk(b) && sameIExpr(p.buffers[a].size, p.buffers[b].size);
}

/**
 * Outputs of a map kernel grouped into draws (indices into `outs`): the same texels of
 * same-width textures (sameGeometry, sameWidth), distinct buffers, at most `limit` each; past
 * MAX_TARGETS only outputs of one packing (a draw with more targets than that gets a fallback,
 * which render.ts's split by packing would not keep).
 */
export function groupOutputs(p: Program, pk: Packing, shape: readonly IExpr[], outs: readonly MapOutput[], limit = MAX_TARGETS): number[][] {
  const groups: number[][] = [];
  const pkOf = (i: number): 1 | 4 => pk(outs[i].out.buf);
  const room = (xs: readonly number[], i: number): boolean => xs.length < MAX_TARGETS || (xs.length < limit && xs.every((x) => pkOf(x) === pkOf(i)));
  outs.forEach((o, i) => {
    const g = groups.find((xs) => room(xs, i) && sameGeometry(shape, outs[xs[0]].out, o.out) && sameWidth(p, pk, outs[xs[0]].out.buf, o.out.buf) && !xs.some((x) => outs[x].out.buf === o.out.buf));
    if (g) g.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** Map outputs grouped by geometry, a group split further when its draw would need too many samplers. */
function mapDraws(p: Program, pk: Packing, k0: MapKernel, name: string, vars: readonly string[]): DrawSpec[] {
  const k = collapseMap(k0);
  // Up to eight outputs per draw (with a fallback of draws of four): the values they share (an
  // LSTM training step's gates, saved and used for c and h) are computed once, not once per draw.
  const groups = groupOutputs(p, pk, k.shape, k.outs, MAX_TARGETS_WITH_FALLBACK);
  // An output with the same value as one an earlier draw writes straight into its buffer (one the
  // kernel does not read, so no spare texture: the draws run in order) loads that value instead of
  // recomputing it: the LSTM step output copies the new h rather than evaluating the cell again.
  const groupOf = new Map<number, number>();
  groups.forEach((g, n) => g.forEach((i) => groupOf.set(i, n)));
  const read = new Set(kernelReads(k).map((v) => v.buf));
  const key = k.outs.map((o) => JSON.stringify(o.expr));
  const outs = k.outs.map((o, i) => {
    const src = k.outs.find((x, j) => groupOf.get(j)! < groupOf.get(i)! && key[j] === key[i] && !read.has(x.out.buf) && p.buffers[x.out.buf].dtype === p.buffers[o.out.buf].dtype);
    return src ? { ...o, expr: { op: 'load' as const, view: src.out } } : o;
  });
  const out: DrawSpec[] = [];
  const full = { ...k, outs, parts: k0.parts };
  for (const g of groups) {
    const d = mapDraw(p, pk, full, name, g, vars);
    if (d.reads.length > MAX_SAMPLERS && g.length > 1) for (const i of g) out.push(mapDraw(p, pk, full, name, [i], vars));
    else if (g.length <= MAX_TARGETS) out.push(d);
    else {
      const halves = [g.slice(0, MAX_TARGETS), g.slice(MAX_TARGETS)].map((h) => mapDraw(p, pk, full, name, h, vars));
      // An output the kernel also reads goes through a spare texture and a copy-back draw, which
      // the engine runs for the draw itself, not for its fallback: such a group is drawn as two.
      if (g.some((i) => read.has(k.outs[i].out.buf))) out.push(...halves);
      else out.push({ ...d, fallback: halves });
    }
  }
  const named = (d: DrawSpec, n: string): DrawSpec => ({ ...d, name: n, ...(d.fallback ? { fallback: d.fallback.map((f, j) => ({ ...f, name: `${n}${'ab'[j]}` })) } : {}) });
  return out.length > 1 ? out.map((d, n) => named(d, `${name}.${n}`)) : out.map((d) => named(d, name));
}

function reduceDraw(p: Program, pk: Packing, k: ReduceKernel, name: string, vars: readonly string[]): DrawSpec {
  const r = new ExprRenderer(p, pk);
  const rank = k.shape.length;
  const red = `i${rank}`;
  const x = r.expr(k.expr);
  // max starts from the first term, not from -Infinity: some GLSL compilers fold max(-inf, x) wrongly.
  const step = k.fn === 'max' ? `float x = ${x}; acc = ${red} == 0 ? x : max(acc, x);` : `acc += ${x};`;
  const body = [
    `  float acc = ${k.fn === 'max' ? floatLit(-Infinity) : '0.0'};`,
    `  int n = ${ix(k.size)};`,
    `  for (int ${red} = 0; ${red} < n; ${red}++) {`,
    `    ${step}`,
    '  }',
    `  float x0 = ${k.fn === 'mean' ? 'acc / float(n)' : 'acc'};`,
  ];
  return {
    name,
    comment: header(k, `${fmtDims(k.shape)} reduce_${k.fn} over ${ix(k.size)}`),
    dims: k.shape,
    outs: [{ buf: k.out.buf, view: { ...k.out, strides: k.out.strides.slice(0, rank) }, value: 'x0' }],
    body,
    reads: r.reads,
    vars,
  };
}

/** One output element per fragment: a dot product over k, four terms per iteration. */
function matmulDraw(p: Program, pk: Packing, k: MatmulKernel, name: string, vars: readonly string[]): DrawSpec {
  const r = new ExprRenderer(p, pk);
  const A = (f: string) => r.fetch(k.a.buf, f);
  const W = (f: string) => r.fetch(k.w.buf, f);
  const [aRS, aCS] = k.a.strides;
  const [wRS, wCS] = k.w.strides;
  const body = [
    `  int K = ${ix(k.k)};`,
    `  int a = ${ix(add(k.a.offset, mul('i0', aRS)))};`,
    `  int w = ${ix(add(k.w.offset, mul('i1', wCS)))};`,
    `  int da = ${ix(aCS)};`,
    `  int dw = ${ix(wRS)};`,
    '  float acc = 0.0;',
    '  int kk = 0;',
    '  for (; kk + 4 <= K; kk += 4) {',
    `    acc += ${A('a')} * ${W('w')} + ${A('a + da')} * ${W('w + dw')} + ${A('a + 2 * da')} * ${W('w + 2 * dw')} + ${A('a + 3 * da')} * ${W('w + 3 * dw')};`,
    '    a += 4 * da;',
    '    w += 4 * dw;',
    '  }',
    '  for (; kk < K; kk++) {',
    `    acc += ${A('a')} * ${W('w')};`,
    '    a += da;',
    '    w += dw;',
    '  }',
    '  float x0 = acc;',
  ];
  return {
    name,
    comment: header(k, `[${ix(k.m)}, ${ix(k.k)}] x [${ix(k.k)}, ${k.n}]`),
    dims: [k.m, k.n],
    outs: [{ buf: k.out.buf, view: k.out, value: 'x0' }],
    body,
    ...(pk(k.out.buf) === 4 && k.n % 4 === 0 && sameIExpr(k.out.strides[1], 1) ? { quad: matmulQuad(r, k) } : {}),
    reads: r.reads,
    vars,
  };
}

/**
 * The matmul body of an RGBA32F output: four adjacent columns per fragment, so each row of W is
 * one texel fetch (when W is RGBA32F with unit column stride) and, when A is RGBA32F and contiguous
 * along k, four steps of k take one texel of A: 5 fetches per 16 multiply-adds instead of 32.
 */
function matmulQuad(r: ExprRenderer, k: MatmulKernel): string[] {
  const sa = r.sampler(k.a.buf);
  const sw = r.sampler(k.w.buf);
  const A = (f: string) => r.fetch(k.a.buf, f);
  const W = (f: string) => r.fetch(k.w.buf, f);
  const [aRS, aCS] = k.a.strides;
  const [wRS, wCS] = k.w.strides;
  // A whole-texel read needs 4-aligned addresses: offsets must be multiples of 4 statically;
  // strides and K that are multiples of 4 only for some B and T (matmul_tn's K = B * T) are checked
  // at run time, with the element-wise loop as the other branch (a uniform branch).
  const runtime = (e: IExpr): string[] => (multipleOf(e, 4) ? [] : [`((${ix(e)}) & 3) == 0`]);
  const aOk = r.packing(k.a.buf) === 4 && sameIExpr(aCS, 1) && multipleOf(k.a.offset, 4);
  const wPacked = r.packing(k.w.buf) === 4 && multipleOf(k.w.offset, 4);
  const wVec = wPacked && sameIExpr(wCS, 1) && multipleOf(wRS, 4);
  // W stored transposed ([N, K], k contiguous: the scheduler's layout for dot products): one texel per column per four steps of k.
  const wT = aOk && wPacked && sameIExpr(wRS, 1);
  const row = (w: string) => (wVec ? r.texel(k.w.buf, `(${w}) >> 2`) : `vec4(${[0, 1, 2, 3].map((c) => W(`${w} + ${c} * dc`)).join(', ')})`);
  const L = [
    `  int i0 = r0 / ${k.n};`,
    `  int n0 = r0 - i0 * ${k.n};`,
    `  int K = ${ix(k.k)};`,
    `  int a = ${ix(add(k.a.offset, mul('i0', aRS)))};`,
    `  int w = ${ix(add(k.w.offset, mul('n0', wCS)))};`,
    `  int da = ${ix(aCS)};`,
    `  int dw = ${ix(wRS)};`,
    `  int dc = ${ix(wCS)};`,
    '  vec4 acc = vec4(0.0);',
  ];
  const scalar = ['  for (int kk = 0; kk < K; kk++) {', `    acc += ${A('a')} * ${row('w')};`, '    a += da;', '    w += dw;', '  }'];
  let fast: string[] | null = null;
  let guard: string[] = [];
  if (wT) {
    guard = [...runtime(aRS), ...runtime(k.k), ...runtime(wCS)];
    // In texels: A's run and each column's run advance one texel per four steps of k. When every
    // run lies within one texture row (kRunsInRows, decided at compile time: a per-fragment branch
    // between two loops made SwiftShader slower than either), texel coordinates are computed once
    // and the loop only adds kk, no shift and mask per fetch: 1.6x faster for K = 64 on SwiftShader.
    // (Such matmuls are usually drawn as blocks instead; this serves N not a multiple of 16.)
    const cols = ['wq', 'wq + dq', 'wq + 2 * dq', 'wq + 3 * dq'];
    const K = kRunsInRows(r.packing, k);
    const inRow = K !== null;
    fast = [
      '  int aq = a >> 2;',
      '  int wq = w >> 2;',
      '  int dq = dc >> 2;',
      ...(inRow
        ? [
            `  ivec2 pa = ${texelCoord(r.lw(k.a.buf), 'aq')};`,
            ...cols.map((q, c) => `  ivec2 p${c} = ${texelCoord(r.lw(k.w.buf), q)};`),
            `  for (int kk = 0; kk < ${(K as number) / 4}; kk++) {`,
            '    ivec2 d = ivec2(kk, 0);',
            `    vec4 x = texelFetch(${sa}, pa + d, 0);`,
            `    acc += vec4(${cols.map((_, c) => `dot(x, texelFetch(${sw}, p${c} + d, 0))`).join(', ')});`,
            '  }',
          ]
        : [
            '  for (int kk = 0; kk < K; kk += 4) {',
            `    vec4 x = ${r.texel(k.a.buf, 'aq')};`,
            `    acc += vec4(${cols.map((q) => `dot(x, ${r.texel(k.w.buf, q)})`).join(', ')});`,
            '    aq++;',
            '    wq++;',
            '  }',
          ]),
    ];
  } else if (aOk) {
    guard = [...runtime(aRS), ...runtime(k.k)];
    fast = [
      '  for (int kk = 0; kk < K; kk += 4) {',
      `    vec4 x = ${r.texel(k.a.buf, 'a >> 2')};`,
      `    acc += x.x * ${row('w')} + x.y * ${row('w + dw')} + x.z * ${row('w + 2 * dw')} + x.w * ${row('w + 3 * dw')};`,
      '    a += 4;',
      '    w += 4 * dw;',
      '  }',
    ];
  }
  if (!fast) L.push(...scalar);
  else if (!guard.length) L.push(...fast);
  else L.push(`  if (${guard.join(' && ')}) {`, ...fast.map((l) => `  ${l}`), '  } else {', ...scalar.map((l) => `  ${l}`), '  }');
  L.push('  res0 = acc;');
  return L;
}

/**
 * Whether a matmul's operands are both RGBA32F and contiguous along k (W stored transposed,
 * [N, K]) with every run of K / 4 texels inside one texture row for sure (K / 4 divides TEX_W and
 * every run starts at a multiple of K elements): then texel coordinates are computed once per
 * fragment and the k loop only adds kk to them.
 */
export function kRunsInRows(pk: Packing, k: MatmulKernel): number | null {
  const K = simplify(k.k);
  const [aRS, aCS] = k.a.strides;
  const [wRS, wCS] = k.w.strides;
  if (typeof K !== 'number' || K % 4 !== 0 || TEX_W % (K / 4) !== 0) return null;
  if (pk(k.a.buf) !== 4 || pk(k.w.buf) !== 4 || !sameIExpr(aCS, 1) || !sameIExpr(wRS, 1)) return null;
  return [k.a.offset, aRS, k.w.offset, wCS].every((e) => multipleOf(e, K)) ? K : null;
}

/**
 * Whether a matmul is drawn as blocks (`blockedMatmulDraws`): RGBA32F output with unit column
 * stride, N a multiple of 16 (so each block target is whole texels), and k runs in rows.
 */
export function blockableMatmul(pk: Packing, k: MatmulKernel): boolean {
  return pk(k.out.buf) === 4 && k.n % 16 === 0 && sameIExpr(k.out.strides[1], 1) && (kRunsInRows(pk, k) !== null || kTexels(pk, k));
}

/**
 * Whether both operands are RGBA32F and contiguous along k with 4-aligned offsets (W stored
 * transposed): whole-texel reads along k when K and the row strides are multiples of 4, which
 * for a symbolic K (matmul_tn's B * T) only the run time knows (the shader checks, uniformly).
 */
function kTexels(pk: Packing, k: MatmulKernel): boolean {
  const [, aCS] = k.a.strides;
  const [wRS] = k.w.strides;
  return pk(k.a.buf) === 4 && pk(k.w.buf) === 4 && sameIExpr(aCS, 1) && sameIExpr(wRS, 1) && multipleOf(k.a.offset, 4) && multipleOf(k.w.offset, 4);
}

/**
 * Column quads per block of a blocked matmul: 2 (blocks of 4 rows x 8 columns, eight render
 * targets) when N is a multiple of 32, else 1 (4 x 4). Texel fetches are most of SwiftShader's
 * cost (the arithmetic is the rest: without its A fetches a 4 x 8 block still takes 80% of the
 * time), and a 4 x 8 block reads 12 texels per 128 multiply-adds against 8 per 64. Isolated
 * draws on SwiftShader (ms, 4x4 -> 4x8): [32, 256] x [256, 1024] 11.7 -> 7.6; [32, 1024] x
 * [1024, 256] 11.4 -> 7.4; B = 1 [1, 256] x [256, 1024] 1.37 -> 1.10 (8 x 4 would be 1.80: the
 * rows past M are wasted); [256, 640] x [640, 1024] about even (112 -> 121).
 */
export function blockCols(k: MatmulKernel): 1 | 2 {
  return k.n % 32 === 0 ? 2 : 1;
}

/** Render targets (layers of the block scratch buffer) of a blocked matmul: one per row of the block and column quad. */
export function blockTargets(k: MatmulKernel): number {
  return 4 * blockCols(k);
}

/**
 * Element count of each layer (render target) of a blocked matmul's block buffer: one texel per block, (M + 3) / 4 row
 * blocks of N / (4 CQ) blocks, over-allocated as (M + 3) * N / (4 CQ) elements.
 */
export function matmulBlockSize(k: MatmulKernel): IExpr {
  return mul(add(k.m, 3), k.n / 4 / blockCols(k));
}

/**
 * The k loop of a block of 4 rows (4 rb .. 4 rb + 3, clamped to M - 1; GLSL ints `rb` and `M`)
 * by column quads (`first`: the quad's first column, a GLSL int expression) when every run of
 * K / 4 texels lies in one texture row (kRunsInRows): texel coordinates once, the loop adds kk.
 * Accumulates into the declared `vec4 c<j>_<id>`.
 */
export function staticKLoop(r: ExprRenderer, k: MatmulKernel, K: number, quads: readonly { id: number; first: string }[]): string[] {
  const [aRS] = k.a.strides;
  const [, wCS] = k.w.strides;
  const rows = [0, 1, 2, 3];
  const cols = quads.flatMap(({ id, first }) => [0, 1, 2, 3].map((c) => ({ w: 4 * id + c, col: `(${first} + ${c})` })));
  const sa = r.sampler(k.a.buf);
  const sw = r.sampler(k.w.buf);
  return [
    ...rows.map((j) => `  ivec2 pa${j} = ${texelCoord(r.lw(k.a.buf), `(${ix(add(k.a.offset, mul(`min(4 * rb + ${j}, M - 1)`, aRS)))}) >> 2`)};`),
    // Column n of the matmul is row n of the transposed weight.
    ...cols.map(({ w, col }) => `  ivec2 pw${w} = ${texelCoord(r.lw(k.w.buf), `(${ix(add(k.w.offset, mul(col, wCS)))}) >> 2`)};`),
    `  for (int kk = 0; kk < ${K / 4}; kk++) {`,
    '    ivec2 d = ivec2(kk, 0);',
    ...cols.map(({ w }) => `    vec4 w${w} = texelFetch(${sw}, pw${w} + d, 0);`),
    ...rows.map((j) => `    vec4 x${j} = texelFetch(${sa}, pa${j} + d, 0);`),
    ...rows.flatMap((j) => quads.map(({ id }) => `    c${j}_${id} += vec4(${[0, 1, 2, 3].map((c) => `dot(x${j}, w${4 * id + c})`).join(', ')});`)),
    '  }',
  ];
}

/**
 * The first draw of a blocked matmul, for the column quads `quads` of each block (all of them, or
 * one for the fallback), into layer `layer(j, q)` of the block buffer for row j, column quad q.
 */
function blockComputeSpec(
  p: Program,
  pk: Packing,
  k: MatmulKernel,
  name: string,
  vars: readonly string[],
  quads: readonly number[],
  blocks: number,
  layer: (j: number, q: number) => number,
  what: string,
): DrawSpec {
  const K = kRunsInRows(pk, k);
  const r = new ExprRenderer(p, pk);
  const [aRS] = k.a.strides;
  const [, wCS] = k.w.strides;
  const CQ = blockCols(k);
  const NB = k.n / 4 / CQ;
  const rows = [0, 1, 2, 3];
  // Columns 4 q + c of the block, for the quads drawn.
  const cols = quads.flatMap((q) => [0, 1, 2, 3].map((c) => 4 * q + c));
  const acc = (j: number, q: number): string => `c${j}_${q}`;
  const quad = [
    `  int rb = (r0 >> 2) / ${NB};`,
    `  int nb = (r0 >> 2) - rb * ${NB};`,
    `  int M = ${ix(k.m)};`,
    ...rows.flatMap((j) => quads.map((q) => `  vec4 ${acc(j, q)} = vec4(0.0);`)),
  ];
  const dots = rows.flatMap((j) => quads.map((q) => `    ${acc(j, q)} += vec4(${[0, 1, 2, 3].map((c) => `dot(x${j}, w${4 * q + c})`).join(', ')});`));
  if (K !== null) {
    quad.push(...staticKLoop(r, k, K, quads.map((q) => ({ id: q, first: `${4 * CQ} * nb + ${4 * q}` }))));
  } else {
    // K (or a row stride) is known only at run time: whole texels (the texel index split per
    // fetch) when they are multiples of 4, else one element at a time (a uniform branch).
    const guard = [k.k, aRS, wCS].filter((e) => !multipleOf(e, 4)).map((e) => `((${ix(e)}) & 3) == 0`);
    const fast = [
      `  for (int kk = 0; kk < (K >> 2); kk++) {`,
      ...cols.map((c) => `    vec4 w${c} = ${r.texel(k.w.buf, `(ew${c} >> 2) + kk`)};`),
      ...rows.map((j) => `    vec4 x${j} = ${r.texel(k.a.buf, `(ea${j} >> 2) + kk`)};`),
      ...dots,
      '  }',
    ];
    const slow = [
      '  for (int kk = 0; kk < K; kk++) {',
      ...quads.map((q) => `    vec4 w${q} = vec4(${[0, 1, 2, 3].map((c) => r.fetch(k.w.buf, `ew${4 * q + c} + kk`)).join(', ')});`),
      ...rows.map((j) => `    float x${j} = ${r.fetch(k.a.buf, `ea${j} + kk`)};`),
      ...rows.flatMap((j) => quads.map((q) => `    ${acc(j, q)} += x${j} * w${q};`)),
      '  }',
    ];
    quad.push(
      `  int K = ${ix(k.k)};`,
      ...rows.map((j) => `  int ea${j} = ${ix(add(k.a.offset, mul(`min(4 * rb + ${j}, M - 1)`, aRS)))};`),
      ...cols.map((c) => `  int ew${c} = ${ix(add(k.w.offset, mul(`(${4 * CQ} * nb + ${c})`, wCS)))};`),
      ...(guard.length ? [`  if (${guard.join(' && ')}) {`, ...fast.map((l) => `  ${l}`), '  } else {', ...slow.map((l) => `  ${l}`), '  }'] : fast),
    );
  }
  const pairs = rows.flatMap((j) => quads.map((q) => [j, q] as const));
  quad.push(...pairs.map(([j, q], t) => `  res${t} = ${acc(j, q)};`));
  const view: View = { buf: blocks, offset: 0, strides: [NB, 1] };
  return {
    name,
    comment: header(k, `[${ix(k.m)}, ${ix(k.k)}] x [${ix(k.k)}, ${k.n}], ${what}`),
    dims: [add(k.m, 3), NB],
    outs: pairs.map(([j, q], t) => ({ buf: blocks, layer: layer(j, q), view, value: `x${t}` })),
    body: [],
    quad,
    reads: r.reads,
    vars,
  };
}

/**
 * A matmul as two draws. The first computes a block of 4 rows by 4 CQ columns per fragment
 * (blockCols: rows 4 rb .. 4 rb + 3, columns 4 CQ nb .. 4 CQ nb + 4 CQ - 1) into 4 CQ render
 * targets, target j CQ + q holding row 4 rb + j, column quad q of every block: each step of four k
 * reads four texels of A and 4 CQ of W for 64 CQ multiply-adds. The second copies the targets into
 * the output view (cheap: one texel read per output texel). Rows past M in the last block read
 * A's last row and are never copied.
 */
function blockedMatmulDraws(p: Program, pk: Packing, k: MatmulKernel, name: string, vars: readonly string[], blocks: number): DrawSpec[] {
  const CQ = blockCols(k);
  const NB = k.n / 4 / CQ;
  const shape = `4x${4 * CQ}`;
  // Target j CQ + q: row j, column quad q of the block.
  const target = (j: number, q: number): number => j * CQ + q;
  // A context with fewer than eight draw buffers (WebGL2 promises four) draws the 4 x 8 blocks
  // as two draws of their 4 x 4 halves (the engine picks; PlanDraw.alt).
  const compute: DrawSpec = {
    ...blockComputeSpec(p, pk, k, `${name}.0`, vars, CQ === 2 ? [0, 1] : [0], blocks, target, `${shape} blocks`),
    ...(CQ === 2
      ? {
          fallback: [0, 1].map((q) =>
            blockComputeSpec(p, pk, k, `${name}.0${'ab'[q]}`, vars, [q], blocks, target, `${shape} blocks, column quad ${q} (for fewer than 8 draw buffers)`),
          ),
        }
      : {}),
  };
  // The copy: output (i0, n) is in layer (i0 & 3) CQ + (n / 4) % CQ, texel (i0 >> 2) NB + n / (4 CQ).
  const c = new ExprRenderer(p, pk);
  const lq = CQ === 2 ? 1 : 0;
  const copy: DrawSpec = {
    name: `${name}.1`,
    comment: header(k, `[${ix(k.m)}, ${k.n}] from the ${shape} blocks`),
    dims: [k.m, k.n],
    outs: [{ buf: k.out.buf, view: k.out, value: 'x0' }],
    body: [
      '  int nq = i1 >> 2;',
      `  int f = (((i0 >> 2) * ${NB} + (nq >> ${lq})) << 2) + (i1 & 3);`,
      `  int t = (i0 & 3) * ${CQ} + (nq & ${CQ - 1});`,
      `  float x0 = ${c.layerFetch(blocks, 'f', 't')};`,
    ],
    quad: [
      `  int i0 = r0 / ${k.n};`,
      `  int nq = (r0 - i0 * ${k.n}) >> 2;`,
      `  int bq = (i0 >> 2) * ${NB} + (nq >> ${lq});`,
      `  int t = (i0 & 3) * ${CQ} + (nq & ${CQ - 1});`,
      `  res0 = ${c.layerTexel(blocks, 'bq', 't')};`,
    ],
    reads: c.reads,
    vars,
  };
  return [compute, copy];
}

function lead(v: View, rank: number): View {
  return { ...v, strides: v.strides.slice(0, rank) };
}

function gatherDraw(p: Program, pk: Packing, k: GatherKernel, name: string, vars: readonly string[]): DrawSpec {
  const r = new ExprRenderer(p, pk);
  const rank = k.shape.length;
  const body = [
    `  int id = int(${r.load(lead(k.ids, rank))});`,
    `  float x0 = ${r.fetch(k.table.buf, ix(add(k.table.offset, mul('id', k.table.strides[0]), mul(`i${rank}`, k.table.strides[1]))))};`,
  ];
  return {
    name,
    comment: header(k, `${fmtDims(k.shape)} x ${k.dim}, vocabulary ${k.vocab}`),
    dims: [...k.shape, k.dim],
    outs: [{ buf: k.out.buf, view: k.out, value: 'x0' }],
    body,
    reads: r.reads,
    vars,
  };
}

function oneHotDraw(p: Program, pk: Packing, k: OneHotKernel, name: string, vars: readonly string[]): DrawSpec {
  const r = new ExprRenderer(p, pk);
  const rank = k.shape.length;
  const body = [`  float x0 = i${rank} == int(${r.load(lead(k.ids, rank))}) ? 1.0 : 0.0;`];
  return {
    name,
    comment: header(k, `${fmtDims(k.shape)} x ${k.depth}`),
    dims: [...k.shape, k.depth],
    outs: [{ buf: k.out.buf, view: k.out, value: 'x0' }],
    body,
    reads: r.reads,
    vars,
  };
}

/**
 * Each output element (row v, column d) sums, in row-major order of the ids, the values of
 * every position whose id is v: no scattered writes, and the same summation order as the JS target.
 */
function scatterAddDraw(p: Program, pk: Packing, k: ScatterAddKernel, name: string, vars: readonly string[]): DrawSpec {
  const r = new ExprRenderer(p, pk);
  const rank = k.shape.length;
  const ids = r.load(lead(k.ids, rank), 'j');
  const vals = r.fetch(k.values.buf, ix(add(viewIndex(lead(k.values, rank), 'j'), mul('i1', k.values.strides[rank]))));
  const body = ['  float acc = 0.0;'];
  let ind = '  ';
  k.shape.forEach((d, j) => {
    body.push(`${ind}for (int j${j} = 0; j${j} < ${ix(d)}; j${j}++) {`);
    ind += '  ';
  });
  body.push(`${ind}if (int(${ids}) == i0) acc += ${vals};`);
  for (let j = rank - 1; j >= 0; j--) {
    ind = ind.slice(2);
    body.push(`${ind}}`);
  }
  body.push('  float x0 = acc;');
  return {
    name,
    comment: header(k, `${fmtDims(k.shape)} x ${k.dim} into [${k.vocab}, ${k.dim}]`),
    dims: [k.vocab, k.dim],
    outs: [{ buf: k.out.buf, view: k.out, value: 'x0' }],
    body,
    reads: r.reads,
    vars,
  };
}

/** The draws of a kernel, in order. */
export function kernelDraws(p: Program, pk: Packing, k: Kernel, name: string, vars: readonly string[], blocks?: number): DrawSpec[] {
  switch (k.kind) {
    case 'map':
      return mapDraws(p, pk, k, name, vars);
    case 'reduce':
      return [reduceDraw(p, pk, k, name, vars)];
    case 'matmul':
      return blocks ? blockedMatmulDraws(p, pk, k, name, vars, blocks) : [matmulDraw(p, pk, k, name, vars)];
    case 'gather':
      return [gatherDraw(p, pk, k, name, vars)];
    case 'one_hot':
      return [oneHotDraw(p, pk, k, name, vars)];
    case 'scatter_add':
      return [scatterAddDraw(p, pk, k, name, vars)];
    case 'linear_scan':
      return linearScanDraws(p, pk, k, name, vars, header(k, `${fmtDims(k.shape)} over ${ix(k.len)}`));
  }
}

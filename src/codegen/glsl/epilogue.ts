// A matmul and the elementwise kernel right after it that consumes its output, drawn as one: the
// GLSL target's gate fusion. The LSTM step's matmul [B, H] x [H, 4H] is followed by the cell, which
// reads the gates of unit u at columns u, H + u, 2H + u and 3H + u. A fragment computes 4 rows by
// 4 units of each such column group (4 x 16 accumulators for an LSTM, in a K loop like the blocked
// matmul's), evaluates the cell on them, and writes the cell's values (new c and h: at most two, four
// render targets each) to scratch textures; a copy draw then writes them into their buffers.
// Texel fetches are most of SwiftShader's cost: 4 x 16 reads 20 texels per 256 multiply-adds
// (4 x 8 blocks: 12 per 128), and the gates never go through a texture. In W1 (T = 20) the fused
// draw costs what the 4 x 8 matmul alone did (101 vs 99 ms), and the cell's draw and the block copy
// (9 + 11 ms) are gone; isolated draws of 4 x 16 against 4 x 8 varied either way with the machine.
// Only the GLSL renderer does this: the kernel IR keeps the two kernels.

import { add, exprViews, kernelReads, kernelWrites, mul, numelExpr, rowMajorStrides, simplify, sameIExpr, type IExpr, type Kernel, type MapKernel, type MatmulKernel, type Program, type Stmt, type View } from '../kernel-ir.js';
import type { DrawSpec } from './draw.js';
import { ExprRenderer, ix, Vec4ExprRenderer, type Packing } from './expr.js';
import { blockableMatmul, groupOutputs, header, kRunsInRows, letsUsed, MAX_SAMPLERS, staticKLoop } from './kernels.js';

export interface Epilogue {
  readonly mm: MatmulKernel;
  readonly map: MapKernel;
  /** Column offsets of the matmul output the map reads, each the start of a group of H columns. */
  readonly offsets: readonly number[];
  /** The map's outputs' distinct values (at most two); per output, the index of its value. */
  readonly values: readonly number[];
  readonly valueOf: readonly number[];
}

/** Scratch targets of a fused pair: four (one per row of the block) per distinct value. */
export function epilogueTargets(e: Epilogue): number {
  return 4 * e.values.length;
}

/** Element count of each scratch target: one texel per 4 rows x 4 units, (M + 3) / 4 row blocks of H / 4. */
export function epilogueBlockSize(e: Epilogue): IExpr {
  return mul(add(e.mm.m, 3), (simplify(e.map.shape[1]) as number) / 4);
}

/** Kernels adjacent in one statement list (a matmul and the kernel right after it, in the same loop body). */
function adjacent(body: readonly Stmt[], into: [Kernel, Kernel][] = []): [Kernel, Kernel][] {
  body.forEach((s, i) => {
    if (s.kind === 'loop') adjacent(s.body, into);
    else if (i + 1 < body.length && body[i + 1].kind !== 'loop') into.push([s, body[i + 1] as Kernel]);
  });
  return into;
}

/** The matmul -> map pairs of a program that can be drawn fused, keyed by both kernels. */
export function findEpilogues(p: Program, pk: Packing, all: readonly Kernel[]): Map<Kernel, Epilogue> {
  let found: Epilogue[] = [];
  const taken = new Set<Kernel>();
  for (const [a, b] of adjacent(p.body)) {
    if (a.kind !== 'matmul' || b.kind !== 'map' || taken.has(a) || taken.has(b)) continue;
    const e = epilogueOf(p, pk, a, b);
    if (e) {
      found.push(e);
      taken.add(a).add(b);
    }
  }
  // The matmul's output is never written once fused, so nothing but fused maps (which read the
  // accumulators instead) may read its buffer. The buffer planner reuses buffers (a GRU's two
  // matmuls write the same scratch), so this is checked over all kernels, until no pair drops out.
  // A reader right after a kernel that is not fused and writes the whole buffer (a GRU's first matmul
  // and its map) reads that kernel's value, so it does not count.
  const before = new Map<Kernel, Kernel>(adjacent(p.body).map(([a, b]) => [b, a]));
  const wholeWrite = (k: Kernel | undefined, buf: number, fused: ReadonlySet<Kernel>): boolean =>
    !!k && !fused.has(k) && kernelWrites(k).some((v) => v.buf === buf && simplify(v.offset) === 0 && sameIExpr(numelExpr(writtenShape(k)), p.buffers[buf].size) && contiguous(k, v));
  for (;;) {
    const fused = new Set<Kernel>(found.flatMap((e) => [e.mm, e.map]));
    const keep = found.filter((e) => !all.some((k) => !fused.has(k) && kernelReads(k).some((v) => v.buf === e.mm.out.buf) && !wholeWrite(before.get(k), e.mm.out.buf, fused)));
    if (keep.length === found.length) break;
    found = keep;
  }
  const out = new Map<Kernel, Epilogue>();
  for (const e of found) out.set(e.mm, e).set(e.map, e);
  return out;
}

/** The iteration space a matmul writes ([M, N]); other kernels are never such writers here. */
function writtenShape(k: Kernel): IExpr[] {
  return k.kind === 'matmul' ? [k.m, k.n] : [0];
}

/** Whether a matmul writes its output row-major without gaps. */
function contiguous(k: Kernel, v: View): boolean {
  return k.kind === 'matmul' && rowMajorStrides([k.m, k.n]).every((s, j) => sameIExpr(v.strides[j], s));
}

function epilogueOf(p: Program, pk: Packing, mm: MatmulKernel, map: MapKernel): Epilogue | null {
  const G = mm.out.buf;
  if (!blockableMatmul(pk, mm) || kRunsInRows(pk, mm) === null) return null;
  if (simplify(mm.out.offset) !== 0 || !sameIExpr(mm.out.strides[0], mm.n) || !sameIExpr(mm.out.strides[1], 1)) return null;
  if (p.buffers[G].role !== 'scratch') return null;
  if (map.shape.length !== 2 || !sameIExpr(map.shape[0], mm.m)) return null;
  const H = simplify(map.shape[1]);
  if (typeof H !== 'number' || H % 4 !== 0) return null;
  // Every read of the matmul's output is row i0, columns o + i1 for a 4-aligned constant o.
  const offsets: number[] = [];
  const exprs = [...map.lets, ...map.outs.map((o) => o.expr)];
  for (const v of exprs.flatMap((x) => exprViews(x))) {
    if (v.buf !== G) continue;
    const o = simplify(v.offset);
    if (!sameIExpr(v.strides[0], mm.n) || !sameIExpr(v.strides[1], 1) || typeof o !== 'number' || o % 4 !== 0 || o + H > mm.n) return null;
    if (!offsets.includes(o)) offsets.push(o);
  }
  if (!offsets.length || offsets.length > 4) return null;
  if (map.outs.some((o) => o.out.buf === G || p.buffers[o.out.buf].dtype !== 'f32')) return null;
  const keys = map.outs.map((o) => JSON.stringify(o.expr));
  const distinct = [...new Set(keys)];
  if (distinct.length > 2) return null;
  const reads = new Set([mm.a.buf, mm.w.buf, ...kernelReads(map).map((v) => v.buf)].filter((b) => b !== G));
  if (reads.size > MAX_SAMPLERS) return null;
  return { mm, map, offsets, values: distinct.map((k) => keys.indexOf(k)), valueOf: keys.map((k) => distinct.indexOf(k)) };
}

/**
 * The fused draw, in place of the matmul's draws: blocks of 4 rows x 4 units, the map's values
 * for them into the layers of the block buffer `blocks` (value u, row j: layer 4 u + j).
 */
export function epilogueComputeDraw(p: Program, pk: Packing, e: Epilogue, name: string, vars: readonly string[], blocks: number): DrawSpec {
  if (e.values.length === 1) return computeDraw(p, pk, e, name, vars, blocks, [0]);
  // Two values are eight targets: a context with four draw buffers draws each value on its own.
  return { ...computeDraw(p, pk, e, name, vars, blocks, [0, 1]), fallback: [0, 1].map((u) => computeDraw(p, pk, e, `${name}${'ab'[u]}`, vars, blocks, [u])) };
}

function computeDraw(p: Program, pk: Packing, e: Epilogue, name: string, vars: readonly string[], blocks: number, only: readonly number[]): DrawSpec {
  const { mm, map, offsets } = e;
  const K = kRunsInRows(pk, mm) as number;
  const H = simplify(map.shape[1]) as number;
  const UB = H / 4;
  const r = new ExprRenderer(p, pk);
  const rows = [0, 1, 2, 3];
  const acc = (j: number, g: number): string => `c${j}_${g}`;
  const L = [
    `  int rb = (r0 >> 2) / ${UB};`,
    `  int ub = (r0 >> 2) - rb * ${UB};`,
    `  int M = ${ix(mm.m)};`,
    ...rows.flatMap((j) => offsets.map((_, g) => `  vec4 ${acc(j, g)} = vec4(0.0);`)),
    // Column group g: columns o_g + 4 ub .. o_g + 4 ub + 3.
    ...staticKLoop(r, mm, K, offsets.map((o, g) => ({ id: g, first: `${o} + 4 * ub` }))),
  ];
  // The map's values at (i0, i1 .. i1 + 3) for each row of the block, reading the accumulators
  // where it reads the matmul's output. Rows past M repeat row M - 1 (never copied).
  const used = letsUsed(map, only.map((u) => map.outs[e.values[u]].expr));
  for (const j of rows) {
    const v = new Vec4ExprRenderer(p, pk, 1);
    v.loadOverride = (view: View) => (view.buf === mm.out.buf ? acc(j, offsets.indexOf(simplify(view.offset) as number)) : undefined);
    L.push('  {', `    int i0 = min(4 * rb + ${j}, M - 1);`, '    int i1 = 4 * ub;');
    map.lets.forEach((x, id) => {
      if (used.has(id)) L.push(`    ${x.op === 'cmp' ? 'bvec4' : 'vec4'} v${id} = ${v.vexpr(x)};`);
    });
    only.forEach((u, n) => L.push(`    res${4 * n + j} = ${v.vexpr(map.outs[e.values[u]].expr)};`));
    L.push('  }');
    for (const b of v.reads) r.sampler(b);
  }
  const view: View = { buf: blocks, offset: 0, strides: [UB, 1] };
  return {
    name,
    comment: [
      ...header(mm, `[${ix(mm.m)}, ${ix(mm.k)}] x [${ix(mm.k)}, ${mm.n}], 4 x ${4 * offsets.length} blocks fused with the next kernel${only.length < e.values.length ? ` (its value ${only[0]} only, for fewer than 8 draw buffers)` : ''}:`),
      ...header(map, `[${ix(map.shape[0])}, ${H}]`),
    ],
    dims: [add(mm.m, 3), UB],
    outs: only.flatMap((u) => rows.map((j) => 4 * u + j)).map((layer, t) => ({ buf: blocks, layer, view, value: `x${t}` })),
    body: [],
    quad: L,
    reads: r.reads,
    vars,
  };
}

/** The copy draws, in place of the map's draws: each output from the block layers of its value. */
export function epilogueCopyDraws(p: Program, pk: Packing, e: Epilogue, name: string, vars: readonly string[], blocks: number): DrawSpec[] {
  const { map } = e;
  const H = simplify(map.shape[1]) as number;
  const groups = groupOutputs(p, pk, map.shape, map.outs);
  return groups.map((g, n) => {
    const c = new ExprRenderer(p, pk);
    // Row i0 of value u is in layer 4 u + (i0 & 3), element (i0 >> 2) H + i1.
    const layer = (u: number): string => (u ? `${4 * u} + j` : 'j');
    return {
      name: groups.length > 1 ? `${name}.${n}` : name,
      comment: header(map, `[${ix(map.shape[0])}, ${H}] from the blocks of the fused matmul`),
      dims: map.shape,
      outs: g.map((i, k) => ({ buf: map.outs[i].out.buf, view: map.outs[i].out, value: `x${k}` })),
      body: ['  int j = i0 & 3;', `  int f = (i0 >> 2) * ${H} + i1;`, ...g.map((i, k) => `  float x${k} = ${c.layerFetch(blocks, 'f', layer(e.valueOf[i]))};`)],
      quad: [`  int i0 = r0 / ${H};`, '  int j = i0 & 3;', `  int bq = ((i0 >> 2) * ${H} + r0 - i0 * ${H}) >> 2;`, ...g.map((i, k) => `  res${k} = ${c.layerTexel(blocks, 'bq', layer(e.valueOf[i]))};`)],
      reads: c.reads,
      vars,
    };
  });
}

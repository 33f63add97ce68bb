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
// Which pairs fuse is a kernel-IR pass (fuse-matmul-epilogue.ts) that renderPlan switches on with
// the GLSL conditions below: the fused matmul carries the cell as its `epilogue`, so the kernel IR
// says what is drawn.

import { add, kernelReads, mul, simplify, type IExpr, type Kernel, type MatmulEpilogue, type MatmulKernel, type Program, type View } from '../kernel-ir.js';
import { findMatmulEpilogues, type EpilogueOptions } from '../fuse-matmul-epilogue.js';
import type { DrawSpec } from './draw.js';
import { ExprRenderer, ix, multipleOf, Vec4ExprRenderer, type Packing } from './expr.js';
import { blockableMatmul, groupOutputs, header, kRunsInRows, letsUsed, MAX_SAMPLERS, staticKLoop } from './kernels.js';

/** A fused pair: the matmul (with or without its `epilogue` field) and what it carries. */
export interface Epilogue extends MatmulEpilogue {
  readonly mm: MatmulKernel;
}

/** Scratch targets of a fused pair: four (one per row of the block) per distinct value. */
export function epilogueTargets(e: MatmulEpilogue): number {
  return 4 * e.values.length;
}

/** Element count of each scratch target: one texel per 4 rows x 4 units, (M + 3) / 4 row blocks of H / 4. */
export function epilogueBlockSize(mm: MatmulKernel, e: MatmulEpilogue): IExpr {
  return mul(add(mm.m, 3), (simplify(e.map.shape[1]) as number) / 4);
}

/**
 * The GLSL target's conditions for fusion: the matmul is drawn as blocks (blockableMatmul) with
 * every k run inside one texture row (kRunsInRows, the static k loop), the fused draw writes whole
 * texels, and it samples at most MAX_SAMPLERS buffers.
 */
export function glslEpilogueOptions(pk: Packing): EpilogueOptions {
  return {
    align: 4,
    canFuse: (_p, mm, e) => {
      if (!blockableMatmul(pk, mm) || kRunsInRows(pk, mm) === null) return false;
      // The fused draw writes whole texels of each layer (H / 4 a multiple of 4, or M + 3 one):
      // without this, an H of 4, 8 or 12 failed later, drawing the pair ("not whole texels").
      if (!multipleOf(epilogueBlockSize(mm, e), 4)) return false;
      const reads = new Set([mm.a.buf, mm.w.buf, ...kernelReads(e.map).map((v) => v.buf)].filter((b) => b !== mm.out.buf));
      return reads.size <= MAX_SAMPLERS;
    },
  };
}

/** The matmul -> map pairs of a program (unfused) that the GLSL target fuses, keyed by both kernels. */
export function findEpilogues(p: Program, pk: Packing, _all?: readonly Kernel[]): Map<Kernel, Epilogue> {
  const out = new Map<Kernel, Epilogue>();
  for (const [mm, e] of findMatmulEpilogues(p, glslEpilogueOptions(pk))) {
    const x = { ...e, mm };
    out.set(mm, x).set(e.map, x);
  }
  return out;
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

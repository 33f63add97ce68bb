// Matmul-epilogue fusion, a kernel-IR pass (Program -> Program) that a target switches on when it
// can evaluate an elementwise kernel on a matmul's product where the product is computed: the GLSL
// target does (glsl/epilogue.ts draws the pair as one), the others keep the two kernels.
//
// The LSTM step's matmul [B, H] x [H, 4H] is followed by the cell, which reads the gates of unit u
// at columns u, H + u, 2H + u and 3H + u. Fused, the matmul carries the cell as its `epilogue`
// (kernel-ir.ts MatmulEpilogue): the map kernel leaves the statement list, and the product is never
// stored, so nothing else may read the matmul's output buffer. Which pairs fuse:
// - the map comes right after the matmul in the same statement list;
// - the matmul writes its output row-major, whole ([M, N], offset 0, unit column stride), into a
//   scratch buffer the map does not write;
// - the map is [M, H] with H a multiple of `align`, and reads the product only as row i0, columns
//   o + i1 for at most `maxGroups` constant offsets o, each a multiple of `align` with o + H <= N;
// - its outputs are f32 with at most `maxValues` distinct values;
// - the target agrees (`canFuse`: e.g. GLSL's blocked matmul and sampler limits);
// - no other kernel reads the matmul's output buffer, apart from one right after a kernel that is
//   not fused and writes that whole buffer (the buffer planner reuses scratch buffers: a GRU's two
//   matmuls write the same one), checked until no pair drops out.

import {
  exprViews,
  kernelReads,
  kernelWrites,
  numelExpr,
  rowMajorStrides,
  sameIExpr,
  simplify,
  walkStmts,
  type IExpr,
  type Kernel,
  type MapKernel,
  type MatmulEpilogue,
  type MatmulKernel,
  type Program,
  type Stmt,
  type View,
} from './kernel-ir.js';

export interface EpilogueOptions {
  /** The target's own conditions on a pair that passes the others. */
  readonly canFuse?: (p: Program, mm: MatmulKernel, e: MatmulEpilogue) => boolean;
  /** Column offsets and the map's row length are multiples of this (default 4: GLSL's texels). */
  readonly align?: number;
  /** Most column groups the map may read (default 4). */
  readonly maxGroups?: number;
  /** Most distinct output values (default 2). */
  readonly maxValues?: number;
}

/** Kernels adjacent in one statement list (a kernel and the kernel right after it, in the same loop body). */
function adjacent(body: readonly Stmt[], into: [Kernel, Kernel][] = []): [Kernel, Kernel][] {
  body.forEach((s, i) => {
    if (s.kind === 'loop') adjacent(s.body, into);
    else if (i + 1 < body.length && body[i + 1].kind !== 'loop') into.push([s, body[i + 1] as Kernel]);
  });
  return into;
}

/** Whether a matmul writes its output row-major without gaps. */
function contiguous(k: Kernel, v: View): boolean {
  return k.kind === 'matmul' && rowMajorStrides([k.m, k.n]).every((s, j) => sameIExpr(v.strides[j], s));
}

/** The iteration space a matmul writes ([M, N]); other kernels are never such writers here. */
function writtenShape(k: Kernel): IExpr[] {
  return k.kind === 'matmul' ? [k.m, k.n] : [0];
}

function epilogueOf(p: Program, mm: MatmulKernel, map: MapKernel, o: Required<EpilogueOptions>): MatmulEpilogue | null {
  const G = mm.out.buf;
  if (mm.epilogue) return null;
  if (simplify(mm.out.offset) !== 0 || !sameIExpr(mm.out.strides[0], mm.n) || !sameIExpr(mm.out.strides[1], 1)) return null;
  if (p.buffers[G].role !== 'scratch') return null;
  if (map.shape.length !== 2 || !sameIExpr(map.shape[0], mm.m)) return null;
  const H = simplify(map.shape[1]);
  if (typeof H !== 'number' || H % o.align !== 0) return null;
  // Every read of the matmul's output is row i0, columns off + i1 for an aligned constant off.
  const offsets: number[] = [];
  const exprs = [...map.lets, ...map.outs.map((x) => x.expr)];
  for (const v of exprs.flatMap((x) => exprViews(x))) {
    if (v.buf !== G) continue;
    const off = simplify(v.offset);
    if (!sameIExpr(v.strides[0], mm.n) || !sameIExpr(v.strides[1], 1) || typeof off !== 'number' || off % o.align !== 0 || off + H > mm.n) return null;
    if (!offsets.includes(off)) offsets.push(off);
  }
  if (!offsets.length || offsets.length > o.maxGroups) return null;
  if (map.outs.some((x) => x.out.buf === G || p.buffers[x.out.buf].dtype !== 'f32')) return null;
  const keys = map.outs.map((x) => JSON.stringify(x.expr));
  const distinct = [...new Set(keys)];
  if (distinct.length > o.maxValues) return null;
  const e: MatmulEpilogue = { map, offsets, values: distinct.map((k) => keys.indexOf(k)), valueOf: keys.map((k) => distinct.indexOf(k)) };
  return o.canFuse(p, mm, e) ? e : null;
}

/** The matmul -> map pairs of a program that fuse, by matmul (the kernels of `p`; nothing is rewritten). */
export function findMatmulEpilogues(p: Program, opts: EpilogueOptions = {}): Map<MatmulKernel, MatmulEpilogue> {
  const o: Required<EpilogueOptions> = { canFuse: () => true, align: 4, maxGroups: 4, maxValues: 2, ...opts };
  const all: Kernel[] = [];
  walkStmts(p.body, (s) => {
    if (s.kind !== 'loop') all.push(s);
  });
  let found: [MatmulKernel, MatmulEpilogue][] = [];
  const taken = new Set<Kernel>();
  const pairs = adjacent(p.body);
  for (const [a, b] of pairs) {
    if (a.kind !== 'matmul' || b.kind !== 'map' || taken.has(a) || taken.has(b)) continue;
    const e = epilogueOf(p, a, b, o);
    if (e) {
      found.push([a, e]);
      taken.add(a).add(b);
    }
  }
  // The product is never stored once fused, so nothing but the fused maps may read the output
  // buffer; a reader right after an unfused kernel that writes the whole buffer reads that value.
  const before = new Map<Kernel, Kernel>(pairs.map(([a, b]) => [b, a]));
  const wholeWrite = (k: Kernel | undefined, buf: number, fused: ReadonlySet<Kernel>): boolean =>
    !!k && !fused.has(k) && kernelWrites(k).some((v) => v.buf === buf && simplify(v.offset) === 0 && sameIExpr(numelExpr(writtenShape(k)), p.buffers[buf].size) && contiguous(k, v));
  for (;;) {
    const fused = new Set<Kernel>(found.flatMap(([mm, e]) => [mm, e.map]));
    const keep = found.filter(([mm]) => !all.some((k) => !fused.has(k) && kernelReads(k).some((v) => v.buf === mm.out.buf) && !wholeWrite(before.get(k), mm.out.buf, fused)));
    if (keep.length === found.length) break;
    found = keep;
  }
  return new Map(found);
}

/** The program with each pair of `found` (findMatmulEpilogues of it) as one matmul carrying its map as `epilogue`. */
export function withMatmulEpilogues(p: Program, found: ReadonlyMap<MatmulKernel, MatmulEpilogue>): Program {
  if (!found.size) return p;
  const maps = new Set<Kernel>([...found.values()].map((e) => e.map));
  const visit = (ss: readonly Stmt[]): Stmt[] =>
    ss.flatMap((s): Stmt[] => {
      if (s.kind === 'loop') return [{ ...s, body: visit(s.body) }];
      if (maps.has(s)) return [];
      const e = s.kind === 'matmul' ? found.get(s) : undefined;
      return [e ? { ...(s as MatmulKernel), epilogue: e } : s];
    });
  return { ...p, body: visit(p.body) };
}

/** Fuses every matmul -> map pair that `opts` allows (see the head of this file). */
export function fuseMatmulEpilogues(p: Program, opts: EpilogueOptions = {}): Program {
  return withMatmulEpilogues(p, findMatmulEpilogues(p, opts));
}

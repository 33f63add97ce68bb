// Map and reduce kernels: a loop nest (nest.ts) whose innermost body evaluates the kernel's
// lets, then every output into a local, then stores them (so every output sees the values from
// before the kernel, as the kernel IR requires). A map whose views all walk the innermost axis
// contiguously (or broadcast it) runs 4 points per SIMD step; a transposing copy is blocked.

import type { DType } from '../../ir/types.js';
import { collapseMap, exprViews, mapLoads, mul, type MapKernel, type Program, type ReduceKernel, type View } from '../kernel-ir.js';
import { renderExpr, toTy, usesIndexVar, type ExprCtx, type Ty } from './expr.js';
import type { MathFn } from './math.js';
import { emitNest } from './nest.js';
import { emitPart, ONLY_THREAD_0 } from './threads.js';
import { bytes, get, iadd, iexpr, set, staticValue, type WatFn } from './wat.js';

const innerStride = (v: View): number => staticValue(v.strides[v.strides.length - 1]) ?? NaN;

/** Whether the map can run 4 innermost points at a time. */
function vectorizable(k: MapKernel): boolean {
  const n = k.shape.length;
  if (n === 0) return false;
  const last = staticValue(k.shape[n - 1]);
  if (last !== null && last < 4) return false;
  if (k.outs.some((o) => innerStride(o.out) !== 1)) return false;
  if (mapLoads(k).some((v) => { const s = innerStride(v); return s !== 0 && s !== 1; })) return false;
  const iv = `i${n - 1}`;
  return ![...k.lets, ...k.outs.map((o) => o.expr)].some((e) => usesIndexVar(e, iv));
}

function storeOp(dtype: DType, simd: boolean): string {
  return simd ? 'v128.store' : dtype === 'i32' ? 'i32.store' : 'f32.store';
}

/**
 * Transposing copies out[i, j] = in[i + j * s] (the scheduler's transposed operand copies, one or several fused into a kernel): read
 * down the columns of `in` one element per cache line, the plain nest is bound by cache misses.
 * Blocked instead: 16 rows of out at a time, j outermost within the block, so each read touches
 * 16 consecutive elements of in (one cache line) and the 16 output rows are written in step.
 */
function transposeCopies(k: MapKernel): { out: View; src: View }[] | null {
  if (k.shape.length !== 2 || k.lets.length) return null;
  const pairs: { out: View; src: View }[] = [];
  for (const { out, expr } of k.outs) {
    if (expr.op !== 'load') return null;
    const src = expr.view;
    if (staticValue(out.strides[1]) !== 1 || staticValue(src.strides[0]) !== 1) return null;
    const s = staticValue(src.strides[1]);
    if (s !== null && Math.abs(s) < 16) return null;
    pairs.push({ out, src });
  }
  // Several copies fused into one kernel (GRU: three operands of the weight-gradient matmuls) run
  // one after another, which is the kernel's meaning only if no copy writes what another reads.
  if (pairs.some((a) => pairs.some((b) => a.out.buf === b.src.buf))) return null;
  return pairs;
}

const TRANSPOSE_BLOCK = 16;

function renderTransposeCopy(fn: WatFn, k: MapKernel, t: { out: View; src: View }, dtype: (b: number) => DType, base: (buf: number) => string, tag = ''): void {
  const L = `${fn.name}${tag}`;
  const [R, C] = k.shape;
  const nR = fn.local('nR', 'i32');
  const nC = fn.local('nC', 'i32');
  const oRS = fn.local('oRS', 'i32');
  const sCS = fn.local('sCS', 'i32');
  const o0 = fn.local('o0', 'i32');
  const s0 = fn.local('s0', 'i32');
  const ib = fn.local('ib', 'i32');
  const iEnd = fn.local('iend', 'i32');
  const i = fn.named('i0', 'i32');
  const j = fn.named('i1', 'i32');
  const po = fn.local('po', 'i32');
  const ps = fn.local('ps', 'i32');
  const ty = dtype(t.out.buf) === 'i32' && dtype(t.src.buf) === 'i32' ? 'i32' : 'f32';
  const conv = dtype(t.src.buf) === dtype(t.out.buf) ? (x: string) => x : dtype(t.out.buf) === 'i32' ? (x: string) => `(i32.trunc_sat_f32_s ${x})` : (x: string) => `(f32.convert_i32_s ${x})`;
  const loadTy = dtype(t.src.buf) === 'i32' ? 'i32' : 'f32';
  fn.emit(
    `;; transposing copy, blocked by ${TRANSPOSE_BLOCK} rows`,
    set(nR, iexpr(R)),
    set(nC, iexpr(C)),
    set(oRS, bytes(t.out.strides[0])),
    set(sCS, bytes(t.src.strides[1])),
    set(o0, iadd(get(base(t.out.buf)), bytes(t.out.offset))),
    set(s0, iadd(get(base(t.src.buf)), bytes(t.src.offset))),
  );
  // Threads take whole blocks of rows.
  const part = emitPart(fn, get(nR), TRANSPOSE_BLOCK, `rows${tag}`);
  fn.emit(
    set(nR, get(part.hi)),
    set(ib, get(part.lo)),
    `(block $${L}_b_end (loop $${L}_b`,
    `  (br_if $${L}_b_end (i32.ge_s ${get(ib)} ${get(nR)}))`,
    `  ${set(iEnd, `(select (i32.add ${get(ib)} (i32.const ${TRANSPOSE_BLOCK})) ${get(nR)} (i32.lt_s (i32.add ${get(ib)} (i32.const ${TRANSPOSE_BLOCK})) ${get(nR)}))`)}`,
    `  ${set(j, '(i32.const 0)')}`,
    `  (block $${L}_j_end (loop $${L}_j`,
    `    (br_if $${L}_j_end (i32.ge_s ${get(j)} ${get(nC)}))`,
    `    ${set(i, get(ib))}`,
    `    ${set(po, `(i32.add (i32.add ${get(o0)} (i32.mul ${get(ib)} ${get(oRS)})) (i32.shl ${get(j)} (i32.const 2)))`)}`,
    `    ${set(ps, `(i32.add (i32.add ${get(s0)} (i32.shl ${get(ib)} (i32.const 2))) (i32.mul ${get(j)} ${get(sCS)}))`)}`,
    `    (block $${L}_i_end (loop $${L}_i`,
    `      (br_if $${L}_i_end (i32.ge_s ${get(i)} ${get(iEnd)}))`,
    `      (${ty}.store ${get(po)} ${conv(`(${loadTy}.load ${get(ps)})`)})`,
    `      ${set(po, `(i32.add ${get(po)} ${get(oRS)})`)}`,
    `      ${set(ps, `(i32.add ${get(ps)} (i32.const 4))`)}`,
    `      ${set(i, `(i32.add ${get(i)} (i32.const 1))`)}`,
    `      (br $${L}_i)))`,
    `    ${set(j, `(i32.add ${get(j)} (i32.const 1))`)}`,
    `    (br $${L}_j)))`,
    `  ${set(ib, get(iEnd))}`,
    `  (br $${L}_b)))`,
  );
}

export function renderMap(fn: WatFn, k0: MapKernel, p: Program, base: (buf: number) => string, math: Set<MathFn>): void {
  const k = collapseMap(k0);
  const copies = transposeCopies(k);
  if (copies) {
    copies.forEach((t, j) => renderTransposeCopy(fn, k, t, (b) => p.buffers[b].dtype, base, j ? `_${j}` : ''));
    return;
  }
  const views = [...k.outs.map((o) => o.out), ...mapLoads(k)];
  const simd = vectorizable(k);
  const dtype = (b: number): DType => p.buffers[b].dtype;
  emitNest(fn, k.shape, views, base, simd, {
    body: (ptr, vec) => {
      const refs: { name: string; ty: Ty }[] = [];
      const c: ExprCtx = { fn, dtype, ptr, simd: vec, innerStride, refs, math };
      const L: string[] = [];
      k.lets.forEach((e, j) => {
        const v = renderExpr(e, c);
        const name = fn.local(`${vec ? 'vl' : 'l'}${j}`, vec ? 'v128' : v.ty);
        L.push(`(local.set $${name} ${v.code})`);
        refs.push({ name, ty: v.ty });
      });
      const outs = k.outs.map((o, j) => {
        const want: Ty = dtype(o.out.buf) === 'i32' ? 'i32' : 'f32';
        const v = renderExpr(o.expr, c);
        if (k.outs.length === 1) return { o, code: toTy(v, want, vec) };
        const name = fn.local(`${vec ? 'vo' : 'o'}${j}`, vec ? 'v128' : want);
        L.push(`(local.set $${name} ${toTy(v, want, vec)})`);
        return { o, code: `(local.get $${name})` };
      });
      for (const { o, code } of outs) L.push(`(${storeOp(dtype(o.out.buf), vec)} (local.get $${ptr(o.out)}) ${code})`);
      return L;
    },
  }, true);
}

/**
 * Whether a reduction runs 4 outputs at a time: the output's last axis is contiguous, a static
 * multiple of 4, and every view walks it contiguously or broadcasts it (a bias gradient: the sum
 * over B of dG[b, t, :]). Each lane then accumulates exactly as the scalar loop does.
 */
function reduceVectorizable(k: ReduceKernel, outDtype: DType): boolean {
  const n = k.shape.length;
  if (n === 0 || outDtype !== 'f32') return false;
  const last = staticValue(k.shape[n - 1]);
  if (last === null || last % 4 !== 0 || staticValue(k.out.strides[n - 1]) !== 1) return false;
  if (exprViews(k.expr).some((v) => { const s = staticValue(v.strides[n - 1]); return s !== 0 && s !== 1; })) return false;
  return !usesIndexVar(k.expr, `i${n - 1}`);
}

/**
 * out[idx] = fn over the trailing axis. Sums accumulate in f64 (as the JS target does), rounded
 * once on store; max starts from -inf. Vectorized along the output's last axis where possible
 * (two f64x2 accumulators per 4 outputs, the same additions in the same order as the scalar form).
 */
export function renderReduce(fn: WatFn, k: ReduceKernel, p: Program, base: (buf: number) => string, math: Set<MathFn>): void {
  const dtype = (b: number): DType => p.buffers[b].dtype;
  const isMax = k.fn === 'max';
  // Threads split the outermost output axis; a single output (a loss) is thread 0's.
  const split = k.shape.length > 0;
  if (!split) fn.emit(ONLY_THREAD_0);
  if (reduceVectorizable(k, dtype(k.out.buf))) {
    const n = k.shape.length;
    // The last output axis in steps of 4: its strides times 4, its extent over 4.
    const quad = (v: View): View => ({ ...v, strides: v.strides.map((s, j) => (j === n - 1 ? mul(s, 4) : s)) });
    const dims = [...k.shape.slice(0, -1), staticValue(k.shape[n - 1])! / 4, k.size];
    const lo = fn.local('acclo', 'v128');
    const hi = fn.local('acchi', 'v128');
    const x = fn.local('rv', 'v128');
    const op = isMax ? 'f64x2.max' : 'f64x2.add';
    const stride = (v: View): number => staticValue(v.strides[n - 1]) ?? NaN;
    emitNest(fn, dims, [quad(k.out), ...exprViews(k.expr).map(quad)], base, false, {
      pre: () => [lo, hi].map((a) => `(local.set $${a} (f64x2.splat (f64.const ${isMax ? '-inf' : '0'})))`),
      body: (ptr) => {
        const c: ExprCtx = { fn, dtype, ptr: (v) => ptr(quad(v)), simd: true, innerStride: stride, refs: [], math };
        return [
          `(local.set $${x} ${toTy(renderExpr(k.expr, c), 'f32', true)})`,
          `(local.set $${lo} (${op} (local.get $${lo}) (f64x2.promote_low_f32x4 (local.get $${x}))))`,
          `(local.set $${hi} (${op} (local.get $${hi}) (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $${x}) (local.get $${x})))))`,
        ];
      },
      post: (ptr) => {
        const div = (a: string): string => (k.fn === 'mean' ? `(f64x2.div (local.get $${a}) (f64x2.splat (f64.convert_i32_s ${iexpr(k.size)})))` : `(local.get $${a})`);
        const both = `(i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (f32x4.demote_f64x2_zero ${div(lo)}) (f32x4.demote_f64x2_zero ${div(hi)}))`;
        return [`(v128.store (local.get $${ptr(quad(k.out))}) ${both})`];
      },
    }, split);
    return;
  }
  const dims = [...k.shape, k.size];
  const views = [k.out, ...exprViews(k.expr)];
  const acc = fn.local('acc', 'f64');
  emitNest(fn, dims, views, base, false, {
    pre: () => [`(local.set $${acc} (f64.const ${isMax ? '-inf' : '0'}))`],
    body: (ptr) => {
      const c: ExprCtx = { fn, dtype, ptr, simd: false, innerStride, refs: [], math };
      const v = `(f64.promote_f32 ${toTy(renderExpr(k.expr, c), 'f32', false)})`;
      return [`(local.set $${acc} (${isMax ? 'f64.max' : 'f64.add'} (local.get $${acc}) ${v}))`];
    },
    post: (ptr) => {
      let r = `(local.get $${acc})`;
      if (k.fn === 'mean') r = `(f64.div ${r} (f64.convert_i32_s ${iexpr(k.size)}))`;
      const store = dtype(k.out.buf) === 'i32' ? `(i32.trunc_sat_f64_s ${r})` : `(f32.demote_f64 ${r})`;
      return [`(${dtype(k.out.buf) === 'i32' ? 'i32' : 'f32'}.store (local.get $${ptr(k.out)}) ${store})`];
    },
  }, split);
}

// Map and reduce kernels: a loop nest (nest.ts) whose innermost body evaluates the kernel's
// lets, then every output into a local, then stores them (so every output sees the values from
// before the kernel, as the kernel IR requires). A map whose views all walk the innermost axis
// contiguously (or broadcast it) runs 4 points per SIMD step; a transposing copy is blocked.

import type { DType } from '../../ir/types.js';
import { collapseMap, exprViews, mapLoads, type MapKernel, type Program, type ReduceKernel, type View } from '../kernel-ir.js';
import { renderExpr, toTy, usesIndexVar, type ExprCtx, type Ty } from './expr.js';
import type { MathFn } from './math.js';
import { emitNest } from './nest.js';
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
 * A transposing copy out[i, j] = in[i + j * s] (the scheduler's transposed operand copies): read
 * down the columns of `in` one element per cache line, the plain nest is bound by cache misses.
 * Blocked instead: 16 rows of out at a time, j outermost within the block, so each read touches
 * 16 consecutive elements of in (one cache line) and the 16 output rows are written in step.
 */
function transposeCopy(k: MapKernel): { out: View; src: View } | null {
  if (k.shape.length !== 2 || k.lets.length || k.outs.length !== 1) return null;
  const { out, expr } = k.outs[0];
  if (expr.op !== 'load') return null;
  const src = expr.view;
  if (staticValue(out.strides[1]) !== 1 || staticValue(src.strides[0]) !== 1) return null;
  const s = staticValue(src.strides[1]);
  return s === null || Math.abs(s) >= 16 ? { out, src } : null;
}

const TRANSPOSE_BLOCK = 16;

function renderTransposeCopy(fn: WatFn, k: MapKernel, t: { out: View; src: View }, dtype: (b: number) => DType, base: (buf: number) => string): void {
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
    set(ib, '(i32.const 0)'),
    `(block $${fn.name}_b_end (loop $${fn.name}_b`,
    `  (br_if $${fn.name}_b_end (i32.ge_s ${get(ib)} ${get(nR)}))`,
    `  ${set(iEnd, `(select (i32.add ${get(ib)} (i32.const ${TRANSPOSE_BLOCK})) ${get(nR)} (i32.lt_s (i32.add ${get(ib)} (i32.const ${TRANSPOSE_BLOCK})) ${get(nR)}))`)}`,
    `  ${set(j, '(i32.const 0)')}`,
    `  (block $${fn.name}_j_end (loop $${fn.name}_j`,
    `    (br_if $${fn.name}_j_end (i32.ge_s ${get(j)} ${get(nC)}))`,
    `    ${set(i, get(ib))}`,
    `    ${set(po, `(i32.add (i32.add ${get(o0)} (i32.mul ${get(ib)} ${get(oRS)})) (i32.shl ${get(j)} (i32.const 2)))`)}`,
    `    ${set(ps, `(i32.add (i32.add ${get(s0)} (i32.shl ${get(ib)} (i32.const 2))) (i32.mul ${get(j)} ${get(sCS)}))`)}`,
    `    (block $${fn.name}_i_end (loop $${fn.name}_i`,
    `      (br_if $${fn.name}_i_end (i32.ge_s ${get(i)} ${get(iEnd)}))`,
    `      (${ty}.store ${get(po)} ${conv(`(${loadTy}.load ${get(ps)})`)})`,
    `      ${set(po, `(i32.add ${get(po)} ${get(oRS)})`)}`,
    `      ${set(ps, `(i32.add ${get(ps)} (i32.const 4))`)}`,
    `      ${set(i, `(i32.add ${get(i)} (i32.const 1))`)}`,
    `      (br $${fn.name}_i)))`,
    `    ${set(j, `(i32.add ${get(j)} (i32.const 1))`)}`,
    `    (br $${fn.name}_j)))`,
    `  ${set(ib, get(iEnd))}`,
    `  (br $${fn.name}_b)))`,
  );
}

export function renderMap(fn: WatFn, k0: MapKernel, p: Program, base: (buf: number) => string, math: Set<MathFn>): void {
  const k = collapseMap(k0);
  const t = transposeCopy(k);
  if (t) {
    renderTransposeCopy(fn, k, t, (b) => p.buffers[b].dtype, base);
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
  });
}

/**
 * out[idx] = fn over the trailing axis. Sums accumulate in f64 (as the JS target does), rounded
 * once on store; max starts from -inf.
 */
export function renderReduce(fn: WatFn, k: ReduceKernel, p: Program, base: (buf: number) => string, math: Set<MathFn>): void {
  const dims = [...k.shape, k.size];
  const views = [k.out, ...exprViews(k.expr)];
  const dtype = (b: number): DType => p.buffers[b].dtype;
  const acc = fn.local('acc', 'f64');
  const isMax = k.fn === 'max';
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
  });
}

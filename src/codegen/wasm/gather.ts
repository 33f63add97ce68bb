// Embedding kernels: gather (table rows by id), scatter_add (its gradient: rows added into a
// zeroed table, repeated ids accumulating in order) and one_hot. Each id is checked against the
// vocabulary / depth first; a bad one calls the host's `fail` import, which throws the same
// InputError the JS target throws (naming the kernel's source, the id and the valid range).

import type { GatherKernel, OneHotKernel, Program, ScatterAddKernel, View } from '../kernel-ir.js';
import { emitNest } from './nest.js';
import { bytes, countedLoop, get, iadd, set, staticValue, type WatFn } from './wat.js';

/** A bad-id report: the host builds the message from it (see host.ts). */
export interface IdFailure {
  readonly src: string;
  readonly what: 'a vocabulary of size' | 'one_hot of depth';
  readonly n: number;
}

function loadId(fn: WatFn, p: Program, ids: View, ptr: string, n: number, code: number): string[] {
  const id = fn.named('id', 'i32');
  const load = p.buffers[ids.buf].dtype === 'i32' ? `(i32.load ${get(ptr)})` : `(i32.trunc_sat_f32_s (f32.load ${get(ptr)}))`;
  return [set(id, load), `(if (i32.ge_u ${get(id)} (i32.const ${n})) (then (call $fail (i32.const ${code}) ${get(id)}) (unreachable)))`];
}

/** dst[d * ds] op= src[d * ss] for d < dim (byte strides as i32 text); memory.copy when both are contiguous. */
function rowLoop(fn: WatFn, dim: number, dst: string, ds: number, src: string | null, ss: number, value: 'copy' | 'add', label: string): string[] {
  if (src !== null && value === 'copy' && ds === 1 && ss === 1) return [`(memory.copy ${dst} ${src} (i32.const ${4 * dim}))`];
  const d = fn.named('d', 'i32');
  const pd = fn.named('pd', 'i32');
  const ps = fn.named('ps', 'i32');
  const body =
    value === 'copy'
      ? [`(f32.store ${get(pd)} (f32.load ${get(ps)}))`]
      : [`(f32.store ${get(pd)} (f32.add (f32.load ${get(pd)}) (f32.load ${get(ps)})))`];
  body.push(set(pd, `(i32.add ${get(pd)} (i32.const ${4 * ds}))`), set(ps, `(i32.add ${get(ps)} (i32.const ${4 * ss}))`));
  return [set(d, '(i32.const 0)'), set(pd, dst), set(ps, src!), ...countedLoop(d, `(i32.const ${dim})`, 1, body, label)];
}

function strideOf(v: View, j: number, what: string): number {
  const s = staticValue(v.strides[j]);
  if (s === null) throw new Error(`wasm: ${what} needs a static row stride, got a symbolic one`);
  return s;
}

export function renderGather(fn: WatFn, k: GatherKernel, p: Program, base: (buf: number) => string, code: number): void {
  const rank = k.shape.length;
  const outL: View = { buf: k.out.buf, offset: k.out.offset, strides: k.out.strides.slice(0, rank) };
  const tRS = strideOf(k.table, 0, 'gather table');
  const tCS = strideOf(k.table, 1, 'gather table');
  const oDS = strideOf(k.out, rank, 'gather output');
  const table = fn.local('table', 'i32');
  fn.emit(set(table, iadd(get(base(k.table.buf)), bytes(k.table.offset))));
  emitNest(fn, k.shape, [k.ids, outL], base, false, {
    body: (ptr) => [
      ...loadId(fn, p, k.ids, ptr(k.ids), k.vocab, code),
      ...rowLoop(fn, k.dim, get(ptr(outL)), oDS, `(i32.add ${get(table)} (i32.mul ${get('id')} (i32.const ${4 * tRS})))`, tCS, 'copy', `${fn.name}_d`),
    ],
  });
}

export function renderScatterAdd(fn: WatFn, k: ScatterAddKernel, p: Program, base: (buf: number) => string, code: number): void {
  const rank = k.shape.length;
  const valsL: View = { buf: k.values.buf, offset: k.values.offset, strides: k.values.strides.slice(0, rank) };
  const oRS = strideOf(k.out, 0, 'scatter_add output');
  const oCS = strideOf(k.out, 1, 'scatter_add output');
  const vDS = strideOf(k.values, rank, 'scatter_add values');
  const out = fn.local('out', 'i32');
  fn.emit(set(out, iadd(get(base(k.out.buf)), bytes(k.out.offset))));
  if (oCS === 1 && oRS === k.dim) fn.emit(`(memory.fill ${get(out)} (i32.const 0) (i32.const ${4 * k.vocab * k.dim}))`);
  else {
    const v = fn.local('v', 'i32');
    const d = fn.local('dz', 'i32');
    const row = fn.local('row', 'i32');
    const inner = countedLoop(d, `(i32.const ${k.dim})`, 1, [`(f32.store (i32.add ${get(row)} (i32.mul ${get(d)} (i32.const ${4 * oCS}))) (f32.const 0))`], `${fn.name}_z1`);
    fn.emit(set(v, '(i32.const 0)'), ...countedLoop(v, `(i32.const ${k.vocab})`, 1, [set(row, `(i32.add ${get(out)} (i32.mul ${get(v)} (i32.const ${4 * oRS})))`), set(d, '(i32.const 0)'), ...inner], `${fn.name}_z0`));
  }
  emitNest(fn, k.shape, [k.ids, valsL], base, false, {
    body: (ptr) => [
      ...loadId(fn, p, k.ids, ptr(k.ids), k.vocab, code),
      ...rowLoop(fn, k.dim, `(i32.add ${get(out)} (i32.mul ${get('id')} (i32.const ${4 * oRS})))`, oCS, get(ptr(valsL)), vDS, 'add', `${fn.name}_d`),
    ],
  });
}

export function renderOneHot(fn: WatFn, k: OneHotKernel, p: Program, base: (buf: number) => string, code: number): void {
  const rank = k.shape.length;
  const outL: View = { buf: k.out.buf, offset: k.out.offset, strides: k.out.strides.slice(0, rank) };
  const oDS = strideOf(k.out, rank, 'one_hot output');
  const d = fn.named('d', 'i32');
  const pd = fn.named('pd', 'i32');
  emitNest(fn, k.shape, [k.ids, outL], base, false, {
    body: (ptr) => [
      ...loadId(fn, p, k.ids, ptr(k.ids), k.depth, code),
      set(d, '(i32.const 0)'),
      set(pd, get(ptr(outL))),
      ...countedLoop(
        d,
        `(i32.const ${k.depth})`,
        1,
        [`(f32.store ${get(pd)} (f32.convert_i32_u (i32.eq ${get(d)} ${get('id')})))`, set(pd, `(i32.add ${get(pd)} (i32.const ${4 * oDS}))`)],
        `${fn.name}_d`,
      ),
    ],
  });
}

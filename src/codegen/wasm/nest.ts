// Loop nests over a kernel's iteration space with one running pointer per distinct view and
// loop level: the element address is never recomputed from the indices, each level adds its
// byte stride when it steps. The innermost level may run 4 points at a time (SIMD) followed by
// a scalar tail.

import { fmtIExpr, type IExpr, type View } from '../kernel-ir.js';
import { emitPart, ONLY_THREAD_0 } from './threads.js';
import { bytes, countedLoop, get, iadd, iexpr, set, staticValue, type WatFn } from './wat.js';

export interface NestBody {
  /** The innermost body; `ptr(v)` names the local with the view's address at the current point. */
  body(ptr: (v: View) => string, simd: boolean): string[];
  /** Around the innermost loop (reductions): before it and after it, with pointers valid there. */
  pre?(ptr: (v: View) => string): string[];
  post?(ptr: (v: View) => string): string[];
}

export function viewKey(v: View): string {
  return `${v.buf}|${fmtIExpr(v.offset)}|${v.strides.map((s) => fmtIExpr(s)).join(',')}`;
}

/**
 * Emits the loops over `dims` into `fn` (axis counters are locals i0, i1, ...). `base(buf)` is
 * the local holding a buffer's byte address. With `simd`, the innermost level steps by 4 while
 * 4 points remain (views must have innermost stride 0 or 1), then one point at a time. With
 * `split`, each thread runs its part of the outermost level (threads.ts); the caller makes sure
 * that level is not a reduction's axis. A nest without levels then runs on thread 0.
 */
export function emitNest(fn: WatFn, dims: readonly IExpr[], views: readonly View[], base: (buf: number) => string, simd: boolean, nb: NestBody, split = false): void {
  const n = dims.length;
  if (split && n === 0) fn.emit(ONLY_THREAD_0);
  const bounds = dims.map((d, j) => {
    const s = staticValue(d);
    if (s !== null) return `(i32.const ${s})`;
    const l = fn.local(`n${j}`, 'i32');
    fn.emit(set(l, iexpr(d)));
    return get(l);
  });
  // The outermost level runs over [first, end): this thread's part, or all of it.
  let first = '(i32.const 0)';
  if (split && n > 0) {
    const part = emitPart(fn, bounds[0], n === 1 && simd ? 4 : 1);
    first = get(part.lo);
    bounds[0] = get(part.hi);
  }
  const uniq = new Map<string, View>();
  for (const v of views) uniq.set(viewKey(v), v);
  const levels = Math.max(n, 1);
  // ptrs[key][j]: the view's address at level j's current index.
  const ptrs = new Map<string, string[]>();
  const strideBytes = new Map<string, string[]>();
  let vi = 0;
  for (const [key, v] of uniq) {
    const names: string[] = [];
    for (let j = 0; j < levels; j++) names.push(fn.local(`p${vi}_${j}`, 'i32'));
    ptrs.set(key, names);
    const sb: string[] = [];
    for (let j = 0; j < n; j++) {
      const s = staticValue(v.strides[j]);
      if (s !== null) sb.push(`(i32.const ${4 * s})`);
      else {
        const l = fn.local(`s${vi}_${j}`, 'i32');
        fn.emit(set(l, bytes(v.strides[j])));
        sb.push(get(l));
      }
    }
    strideBytes.set(key, sb);
    const start = iadd(get(base(v.buf)), bytes(v.offset));
    fn.emit(set(names[0], first === '(i32.const 0)' || sb[0] === '(i32.const 0)' ? start : `(i32.add ${start} (i32.mul ${first} ${sb[0]}))`));
    vi++;
  }
  const ptrAt = (j: number) => (v: View): string => ptrs.get(viewKey(v))![j];
  const step = (j: number, times: number): string[] => {
    const L: string[] = [];
    for (const [key] of uniq) {
      const sb = strideBytes.get(key)![j];
      if (sb === '(i32.const 0)') continue;
      const p = ptrs.get(key)![j];
      const by = times === 1 ? sb : sb.startsWith('(i32.const ') ? `(i32.const ${Number(sb.slice(11, -1)) * times})` : `(i32.mul ${sb} (i32.const ${times}))`;
      L.push(set(p, `(i32.add ${get(p)} ${by})`));
    }
    return L;
  };
  if (n === 0) {
    fn.emit(...(nb.pre ? nb.pre(ptrAt(0)) : []), ...nb.body(ptrAt(0), false), ...(nb.post ? nb.post(ptrAt(0)) : []));
    return;
  }
  const level = (j: number): string[] => {
    const iv = fn.named(`i${j}`, 'i32');
    const L: string[] = [set(iv, j === 0 ? first : '(i32.const 0)')];
    if (j === n - 1) {
      if (nb.pre) L.push(...nb.pre(ptrAt(j)));
      if (simd) L.push(...countedLoop(iv, bounds[j], 4, [...nb.body(ptrAt(j), true), ...step(j, 4)], `${fn.name}_v${j}`));
      L.push(...countedLoop(iv, bounds[j], 1, [...nb.body(ptrAt(j), false), ...step(j, 1)], `${fn.name}_l${j}`));
      if (nb.post) L.push(...nb.post(ptrAt(j)));
      return L;
    }
    const inner: string[] = [];
    for (const [key] of uniq) inner.push(set(ptrs.get(key)![j + 1], get(ptrs.get(key)![j])));
    inner.push(...level(j + 1), ...step(j, 1));
    L.push(...countedLoop(iv, bounds[j], 1, inner, `${fn.name}_l${j}`));
    return L;
  };
  fn.emit(...level(0));
}

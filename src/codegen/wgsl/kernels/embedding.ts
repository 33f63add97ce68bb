// Embedding kernels: gather (lookup), scatter_add (its gradient) and one_hot. Ids that come from
// the caller are range-checked on the host before upload (with the JS target's message); in the
// kernels an id out of range reads zeros instead of faulting.

import { mul, numelExpr, type GatherKernel, type OneHotKernel, type ScatterAddKernel } from '../../kernel-ir.js';
import { comment, ix, linearKernel, loadWord, storeWord, unflatten, viewAt, type KernelEnv, type LinearBody, type WgslKernel } from '../common.js';

function axes(rank: number): string[] {
  return Array.from({ length: rank }, (_, j) => `i${j}`);
}

/** out[idx, d] = table[ids[idx], d]: one invocation per (idx, d). */
export function gatherBody(k: GatherKernel, env: KernelEnv): LinearBody {
  const rank = k.shape.length;
  const L: string[] = [`  let d = gid % ${k.dim};`];
  L.push(...unflatten(`gid / ${k.dim}`, k.shape, env, '  '));
  L.push(`  let id = ${loadWord(env, k.ids.buf, viewAt(k.ids))};`);
  L.push(`  var x = 0.0f;`);
  L.push(`  if (id >= 0 && id < ${k.vocab}) { x = ${loadWord(env, k.table.buf, viewAt(k.table, ['id', 'd']))}; }`);
  L.push(`  ${storeWord(env, k.out.buf, viewAt(k.out, [...axes(rank), 'd']), 'x')}`);
  return { count: mul(numelExpr(k.shape), k.dim), notes: [comment(`${k.src}  gather x ${k.dim}, vocabulary ${k.vocab}`)], lines: L };
}

/**
 * out[v, d] = sum of values[idx, d] over idx with ids[idx] == v, in row-major order of idx: one
 * invocation per (v, d) walks every id. Partitioning by row needs no float atomics (WGSL has
 * none) and adds in the JS target's order.
 */
export function scatterAddBody(k: ScatterAddKernel, env: KernelEnv): LinearBody {
  const rank = k.shape.length;
  const n = numelExpr(k.shape);
  const L: string[] = [`  let d = gid % ${k.dim};`, `  let v = gid / ${k.dim};`, `  var acc = 0.0f;`];
  L.push(`  for (var q = 0; q < ${ix(n, env)}; q++) {`);
  L.push(...unflatten('q', k.shape, env, '    '));
  L.push(`    if (${loadWord(env, k.ids.buf, viewAt(k.ids))} == v) {`);
  L.push(`      acc = acc + ${loadWord(env, k.values.buf, viewAt(k.values, [...axes(rank), 'd']))};`);
  L.push('    }');
  L.push('  }');
  L.push(`  ${storeWord(env, k.out.buf, viewAt(k.out, ['v', 'd']), 'acc')}`);
  return { count: k.vocab * k.dim, notes: [comment(`${k.src}  scatter_add into [${k.vocab}, ${k.dim}]`)], lines: L };
}

/** out[idx, d] = d == ids[idx] ? 1 : 0. */
export function oneHotBody(k: OneHotKernel, env: KernelEnv): LinearBody {
  const rank = k.shape.length;
  const L: string[] = [`  let d = gid % ${k.depth};`];
  L.push(...unflatten(`gid / ${k.depth}`, k.shape, env, '  '));
  L.push(`  let id = ${loadWord(env, k.ids.buf, viewAt(k.ids))};`);
  L.push(`  ${storeWord(env, k.out.buf, viewAt(k.out, [...axes(rank), 'd']), 'select(0.0f, 1.0f, d == id)')}`);
  return { count: mul(numelExpr(k.shape), k.depth), notes: [comment(`${k.src}  one_hot x ${k.depth}`)], lines: L };
}

export function renderGather(name: string, k: GatherKernel, env: KernelEnv): WgslKernel {
  return linearKernel(name, gatherBody(k, env), env);
}

export function renderScatterAdd(name: string, k: ScatterAddKernel, env: KernelEnv): WgslKernel {
  return linearKernel(name, scatterAddBody(k, env), env);
}

export function renderOneHot(name: string, k: OneHotKernel, env: KernelEnv): WgslKernel {
  return linearKernel(name, oneHotBody(k, env), env);
}

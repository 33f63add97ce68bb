// A map kernel: one invocation per point of its (collapsed) iteration space; lets, then every
// output's value, then the stores (so every output sees the buffers as they were before the
// kernel, as kernel-ir.ts requires).

import { collapseMap, numelExpr, type MapKernel } from '../../kernel-ir.js';
import { comment, ExprWriter, HEADER, ix, linearEntry, storeWord, unflatten, viewAt, type KernelEnv, type WgslKernel } from '../common.js';
import type { Val } from '../../c-style.js';

export function renderMap(name: string, k0: MapKernel, env: KernelEnv): WgslKernel {
  const k = collapseMap(k0);
  const count = numelExpr(k.shape);
  const L: string[] = [HEADER, '', comment(`${k0.src}  [${k0.shape.map((d) => ix(d, env)).join(', ')}]`)];
  for (const part of k0.parts ?? []) L.push(comment(`  ${part}`));
  L.push(linearEntry(env.wg));
  L.push(`  if (gid >= ${ix(count, env)}) { return; }`);
  L.push(...unflatten('gid', k.shape, env, '  '));
  const refs: Val[] = [];
  const w = new ExprWriter(env, (v) => viewAt(v), refs);
  for (const e of k.lets) refs.push(w.value(e));
  const vals = k.outs.map((o) => w.text(o.expr));
  L.push(...w.lines);
  k.outs.forEach((o, j) => L.push(`  ${storeWord(env, o.out.buf, viewAt(o.out), vals[j])}`));
  L.push('}');
  return { name, code: L.join('\n') + '\n', grid: { kind: 'linear', count, wg: env.wg } };
}

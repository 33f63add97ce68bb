// A map kernel: one invocation per point of its (collapsed) iteration space; lets, then every
// output's value, then the stores (so every output sees the buffers as they were before the
// kernel, as kernel-ir.ts requires).

import { collapseMap, numelExpr, type MapKernel } from '../../kernel-ir.js';
import { comment, ExprWriter, ix, linearKernel, storeWord, unflatten, viewAt, type KernelEnv, type LinearBody, type WgslKernel } from '../common.js';
import type { Val } from '../../c-style.js';

export function mapBody(k0: MapKernel, env: KernelEnv): LinearBody {
  const k = collapseMap(k0);
  const notes = [comment(`${k0.src}  [${k0.shape.map((d) => ix(d, env)).join(', ')}]`), ...(k0.parts ?? []).map((part) => comment(`  ${part}`))];
  const L: string[] = [...unflatten('gid', k.shape, env, '  ')];
  const refs: Val[] = [];
  const w = new ExprWriter(env, (v) => viewAt(v), refs);
  for (const e of k.lets) refs.push(w.value(e));
  const vals = k.outs.map((o) => w.text(o.expr));
  L.push(...w.lines);
  k.outs.forEach((o, j) => L.push(`  ${storeWord(env, o.out.buf, viewAt(o.out), vals[j])}`));
  return { count: numelExpr(k.shape), notes, lines: L };
}

export function renderMap(name: string, k: MapKernel, env: KernelEnv): WgslKernel {
  return linearKernel(name, mapBody(k, env), env);
}

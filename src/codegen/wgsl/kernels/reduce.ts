// A reduce kernel: one invocation per output point, the reduction axis walked in order inside it
// (a deterministic order, like the JS target's; the reductions of these models are over a batch or
// a feature axis, short enough for one invocation).

import { numelExpr, type ReduceKernel } from '../../kernel-ir.js';
import { comment, ExprWriter, f32Lit, ix, linearKernel, storeWord, unflatten, viewAt, type KernelEnv, type LinearBody, type WgslKernel } from '../common.js';

export function reduceBody(k: ReduceKernel, env: KernelEnv): LinearBody {
  const rank = k.shape.length;
  const L: string[] = [...unflatten('gid', k.shape, env, '  ')];
  L.push(`  var acc = ${k.fn === 'max' ? f32Lit(-Infinity) : '0.0f'};`);
  L.push(`  for (var i${rank} = 0; i${rank} < ${ix(k.size, env)}; i${rank}++) {`);
  const w = new ExprWriter(env, (v) => viewAt(v), [], '    ');
  const x = w.text(k.expr);
  L.push(...w.lines);
  L.push(k.fn === 'max' ? `    acc = max(acc, ${x});` : `    acc = acc + ${x};`);
  L.push('  }');
  const value = k.fn === 'mean' ? `acc / f32(${ix(k.size, env)})` : 'acc';
  const out = { ...k.out, strides: k.out.strides.slice(0, rank) };
  L.push(`  ${storeWord(env, k.out.buf, viewAt(out), value)}`);
  return { count: numelExpr(k.shape), notes: [comment(`${k.src}  reduce_${k.fn} over ${ix(k.size, env)}`)], lines: L };
}

export function renderReduce(name: string, k: ReduceKernel, env: KernelEnv): WgslKernel {
  return linearKernel(name, reduceBody(k, env), env);
}

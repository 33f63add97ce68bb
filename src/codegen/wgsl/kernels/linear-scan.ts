// linear_scan: a linear recurrence over time per channel in one dispatch (instead of one or two
// per step): one invocation per channel (batch row x state element) walks the steps, h kept in a
// register. The coefficients were computed for all steps at once before it.

import { numelExpr, type LinearScanKernel, type View } from '../../kernel-ir.js';
import { comment, ix, linearKernel, loadWord, storeWord, unflatten, viewAt, type KernelEnv, type LinearBody, type WgslKernel } from '../common.js';

export function linearScanBody(k: LinearScanKernel, env: KernelEnv): LinearBody {
  const rank = k.shape.length;
  const axes = [...Array.from({ length: rank }, (_, j) => `i${j}`), 't_'];
  const at = (v: View) => viewAt(v, axes);
  const L: string[] = [...unflatten('gid', k.shape, env, '  ')];
  L.push(`  let n_ = ${ix(k.len, env)};`);
  L.push(`  var h = ${loadWord(env, k.state.buf, viewAt(k.state))};`);
  L.push('  for (var s_ = 0; s_ < n_; s_++) {');
  L.push(`    let t_ = ${k.reverse ? 'n_ - 1 - s_' : 's_'};`);
  L.push(`    let a = ${loadWord(env, k.a.buf, at(k.a))};`);
  L.push(`    let b = ${loadWord(env, k.b.buf, at(k.b))};`);
  if (k.log) {
    L.push('    let x = a + h;');
    L.push('    h = max(x, b) + log(1.0f + exp(-abs(x - b)));');
  } else L.push('    h = a * h + b;');
  L.push(`    ${storeWord(env, k.steps.buf, at(k.steps), 'h')}`);
  L.push('  }');
  L.push(`  ${storeWord(env, k.state.buf, viewAt(k.state), 'h')}`);
  return { count: numelExpr(k.shape), notes: [comment(`${k.src}  one invocation per channel walks the steps${k.reverse ? ' backwards' : ''}`)], lines: L };
}

export function renderLinearScan(name: string, k: LinearScanKernel, env: KernelEnv): WgslKernel {
  return linearKernel(name, linearScanBody(k, env), env);
}

// linear_scan: a linear recurrence over time per channel, in one dispatch (the sequential scan
// takes one or two per step). The standalone kernel is a chunked parallel scan: a workgroup of 64
// invocations takes 2 channels x 32 chunks of time; each invocation (1) scans its chunk from the
// identity, keeping the chunk's product of coefficients and its local result in workgroup memory;
// (2) after a barrier, one invocation per channel scans the 32 chunk aggregates from the channel's
// state, leaving each chunk's incoming carry and the final state; (3) after another barrier, each
// invocation rescans its chunk from its incoming carry and writes the steps. Depth about
// 2 T / 32 + 32 steps instead of T, and 32x the parallelism of one invocation per channel.
// Inside a whole-sequence kernel (kernels/sequence.ts) it runs as `linearScanBody`: one
// invocation per channel walking every step.

import { numelExpr, type LinearScanKernel, type View } from '../../kernel-ir.js';
import { comment, f32Lit, HEADER, ix, loadWord, storeWord, unflatten, viewAt, type KernelEnv, type LinearBody, type WgslKernel } from '../common.js';

/** Chunks of time per channel, and channels per workgroup (CHUNKS * LANES = 64 invocations, within every adapter's limit). */
const CHUNKS = 32;
const LANES = 2;

const axesOf = (rank: number) => [...Array.from({ length: rank }, (_, j) => `i${j}`), 't_'];

/** The step's update as a WGSL expression: a * h + b, or in log space logaddexp(a + h, b). */
function combine(k: LinearScanKernel, a: string, h: string, b: string): string {
  return k.log ? `max(${a} + ${h}, ${b}) + log(1.0f + exp(-abs(${a} + ${h} - ${b})))` : `${a} * ${h} + ${b}`;
}

/** The update of one step as WGSL statements over `h` (a var), reading a and b. */
function stepLines(k: LinearScanKernel, env: KernelEnv, ind: string): string[] {
  const at = (v: View) => viewAt(v, axesOf(k.shape.length));
  return [`${ind}let a = ${loadWord(env, k.a.buf, at(k.a))};`, `${ind}let b = ${loadWord(env, k.b.buf, at(k.b))};`, `${ind}h = ${combine(k, 'a', 'h', 'b')};`];
}

/** One invocation per channel walks every step (the form a whole-sequence kernel runs). */
export function linearScanBody(k: LinearScanKernel, env: KernelEnv): LinearBody {
  const rank = k.shape.length;
  const L: string[] = [...unflatten('gid', k.shape, env, '  ')];
  L.push(`  let n_ = ${ix(k.len, env)};`);
  L.push(`  var h = ${loadWord(env, k.state.buf, viewAt(k.state))};`);
  L.push('  for (var s_ = 0; s_ < n_; s_++) {');
  L.push(`    let t_ = ${k.reverse ? 'n_ - 1 - s_' : 's_'};`);
  L.push(...stepLines(k, env, '    '));
  L.push(`    ${storeWord(env, k.steps.buf, viewAt(k.steps, axesOf(rank)), 'h')}`);
  L.push('  }');
  L.push(`  ${storeWord(env, k.state.buf, viewAt(k.state), 'h')}`);
  return { count: numelExpr(k.shape), notes: [comment(`${k.src}  one invocation per channel walks the steps${k.reverse ? ' backwards' : ''}`)], lines: L };
}

export function renderLinearScan(name: string, k: LinearScanKernel, env: KernelEnv): WgslKernel {
  const rank = k.shape.length;
  const channels = numelExpr(k.shape);
  // The identity of the step: a = 1, h = 0; in log space a = log 1, h = log 0.
  const one = k.log ? '0.0f' : '1.0f';
  const zero = k.log ? f32Lit(-Infinity) : '0.0f';
  const chunkLoop = (body: string[]): string[] => [
    '  for (var s_ = s0_; s_ < s1_; s_++) {',
    `    let t_ = ${k.reverse ? 'n_ - 1 - s_' : 's_'};`,
    ...body,
    '  }',
  ];
  const L = [
    HEADER,
    '',
    comment(`${k.src}  chunked parallel scan: ${LANES} channels x ${CHUNKS} chunks of time per workgroup${k.reverse ? ', backwards' : ''}`),
    `var<workgroup> aggA: array<f32, ${CHUNKS * LANES}>;`,
    `var<workgroup> aggH: array<f32, ${CHUNKS * LANES}>;`,
    // WG is the engine's linear workgroup size: 64 on every adapter (WebGPU guarantees 128 invocations).
    `override WG: u32 = ${CHUNKS * LANES}u;`,
    '@compute @workgroup_size(WG)',
    'fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {',
    `  let c_ = i32(lid % ${CHUNKS}u);`,
    `  let lane_ = i32(lid / ${CHUNKS}u);`,
    `  let ch_ = i32(wid.y * nwg.x + wid.x) * i32(WG / ${CHUNKS}u) + lane_;`,
    // Invocations past the last channel still reach both barriers (uniform control flow); they read channel 0 and write nothing.
    `  let valid_ = ch_ < ${ix(channels, env)};`,
    ...unflatten(`select(0, ch_, valid_)`, k.shape, env, '  '),
    `  let n_ = ${ix(k.len, env)};`,
    `  let len_ = (n_ + ${CHUNKS - 1}) / ${CHUNKS};`,
    '  let s0_ = min(c_ * len_, n_);',
    '  let s1_ = select(s0_, min(s0_ + len_, n_), valid_);',
    // (1) this chunk from the identity: its coefficient product and its local result.
    `  var A = ${one};`,
    `  var h = ${zero};`,
    ...chunkLoop([...stepLines(k, env, '    '), k.log ? '    A = A + a;' : '    A = A * a;']),
    '  aggA[lid] = A;',
    '  aggH[lid] = h;',
    '  workgroupBarrier();',
    // (2) one invocation per channel: the chunks' incoming carries, in order, and the final state.
    '  if (c_ == 0 && valid_) {',
    `    var hc = ${loadWord(env, k.state.buf, viewAt(k.state))};`,
    `    for (var j = 0; j < ${CHUNKS}; j++) {`,
    `      let q = lane_ * ${CHUNKS} + j;`,
    '      let aq = aggA[q];',
    '      let hq = aggH[q];',
    '      aggH[q] = hc;',
    `      hc = ${combine(k, 'aq', 'hc', 'hq')};`,
    '    }',
    `    ${storeWord(env, k.state.buf, viewAt(k.state), 'hc')}`,
    '  }',
    '  workgroupBarrier();',
    // (3) this chunk again from its incoming carry, writing the steps.
    '  h = aggH[lid];',
    ...chunkLoop([...stepLines(k, env, '    '), `    ${storeWord(env, k.steps.buf, viewAt(k.steps, axesOf(rank)), 'h')}`]),
    '}',
  ];
  return { name, code: L.join('\n') + '\n', grid: { kind: 'linear', count: { op: 'mul', args: [channels, CHUNKS] }, wg: CHUNKS * LANES } };
}

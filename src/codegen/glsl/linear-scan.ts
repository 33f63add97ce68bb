// linear_scan on WebGL2: a fragment writes one element, so one draw cannot walk time. The scan is
// chunked instead, four draws whatever T is: (1) per (chunk, channel), the chunk's coefficient
// product and its result from the identity (two targets); (2) per (chunk, channel), the chunk's
// incoming carry: the channel's state carried over the aggregates of the chunks before it; (3) per
// (channel, step), the step's chunk from its carry up to the step; (4) per channel, the final
// state: the last step written. Depth about T / 32 + 32 + T / 32 steps instead of T draws; the
// work is about T / 64 steps per element more than the sequential scan's one.

import { add, contiguousView, mul, numelExpr, type BufferDecl, type IExpr, type LinearScanKernel, type Program, type Stmt, type View } from '../kernel-ir.js';
import type { DrawSpec } from './draw.js';
import { ExprRenderer, ix, type Packing } from './expr.js';

/** Chunks of time per channel. */
const C = 32;

/**
 * The program with three scratch buffers ([C, ...channels]: per chunk its coefficient product, its
 * result from the identity, its incoming carry) given to each linear_scan kernel, which writes
 * them: only this target keeps per-chunk results in memory, so only its programs have them.
 */
export function withChunkBuffers(p: Program): Program {
  const buffers: BufferDecl[] = [...p.buffers];
  const chunkBuf = (k: LinearScanKernel, what: string): View => {
    const shape = [C, ...k.shape];
    buffers.push({ id: buffers.length, name: `${p.buffers[k.steps.buf].name}_chunk_${what}`, dtype: 'f32', size: numelExpr(shape), role: 'scratch', shape: [C, ...p.buffers[k.state.buf].shape] });
    return contiguousView(buffers.length - 1, shape);
  };
  const go = (ss: readonly Stmt[]): Stmt[] =>
    ss.map((s) => (s.kind === 'loop' ? { ...s, body: go(s.body) } : s.kind === 'linear_scan' ? { ...s, chunks: { count: C, a: chunkBuf(s, 'a'), h: chunkBuf(s, 'h'), c: chunkBuf(s, 'c') } } : s));
  const body = go(p.body);
  return buffers.length === p.buffers.length ? p : { ...p, buffers, body };
}

/** A view's element at channel axes `axes` and time `t` (a GLSL int expression). */
function at(v: View, axes: readonly string[], t?: string): string {
  const terms: IExpr[] = [v.offset, ...axes.map((a, j) => mul(a, v.strides[j]))];
  if (t !== undefined) terms.push(mul(t, v.strides[axes.length]));
  return ix(add(...terms));
}

export function linearScanDraws(p: Program, pk: Packing, k: LinearScanKernel, name: string, vars: readonly string[], header: readonly string[]): DrawSpec[] {
  const rank = k.shape.length;
  const chunks = k.chunks;
  if (!chunks) throw new Error(`glsl: ${name}: a linear_scan without its chunk buffers (withChunkBuffers)`);
  const r = new ExprRenderer(p, pk);
  // The identity: a = 1, h = 0 (log: 0 and a stand-in for log 0 that keeps the arithmetic finite).
  const one = k.log ? '0.0' : '1.0';
  const zero = k.log ? '-3.0e38' : '0.0';
  const step = (a: string, h: string, b: string) => (k.log ? `max(${a} + ${h}, ${b}) + log(1.0 + exp(-abs(${a} + ${h} - ${b})))` : `${a} * ${h} + ${b}`);
  const timeOf = (s: string) => (k.reverse ? `n_ - 1 - ${s}` : s);
  const sizes = [`  int n_ = ${ix(k.len)};`, `  int len_ = (n_ + ${C - 1}) / ${C};`];

  // (1) over [chunk, ...channel]: axes i1.. are the channel's.
  const ch1 = Array.from({ length: rank }, (_, j) => `i${j + 1}`);
  const agg = [
    ...sizes,
    '  int s0_ = min(i0 * len_, n_);',
    '  int s1_ = min(s0_ + len_, n_);',
    `  float A = ${one};`,
    `  float h = ${zero};`,
    '  for (int s_ = s0_; s_ < s1_; s_++) {',
    `    int t_ = ${timeOf('s_')};`,
    `    float a = ${r.fetch(k.a.buf, at(k.a, ch1, 't_'))};`,
    `    float b = ${r.fetch(k.b.buf, at(k.b, ch1, 't_'))};`,
    `    A = ${k.log ? 'A + a' : 'A * a'};`,
    `    h = ${step('a', 'h', 'b')};`,
    '  }',
    '  float x0 = A;',
    '  float x1 = h;',
  ];
  const aggSpec: DrawSpec = {
    name: `${name}_chunks`,
    comment: [...header, '// chunk aggregates: coefficient product and result from the identity'],
    dims: [C, ...k.shape],
    outs: [
      { buf: chunks.a.buf, view: chunks.a, value: 'x0' },
      { buf: chunks.h.buf, view: chunks.h, value: 'x1' },
    ],
    body: agg,
    reads: [...r.reads],
    vars,
  };

  // (2) over [chunk, ...channel]: the incoming carry of each chunk.
  const rc = new ExprRenderer(p, pk);
  const chunkAt = (r0: ExprRenderer, v: View, c: string, axes: readonly string[]) => r0.fetch(v.buf, `${at({ ...v, strides: v.strides.slice(1) }, axes)} + ${c} * ${ix(v.strides[0])}`);
  const carry = [
    `  float h = ${rc.fetch(k.state.buf, at(k.state, ch1))};`,
    '  for (int j_ = 0; j_ < i0; j_++) {',
    `    h = ${step(chunkAt(rc, chunks.a, 'j_', ch1), 'h', chunkAt(rc, chunks.h, 'j_', ch1))};`,
    '  }',
    '  float x0 = h;',
  ];
  const carrySpec: DrawSpec = {
    name: `${name}_carries`,
    comment: [...header, '// each chunk\'s incoming carry: the state over the chunks before it'],
    dims: [C, ...k.shape],
    outs: [{ buf: chunks.c.buf, view: chunks.c, value: 'x0' }],
    body: carry,
    reads: [...rc.reads],
    vars,
  };

  // (3) over [...channel, t]: axes i0.. are the channel's, i<rank> the step.
  const r2 = new ExprRenderer(p, pk);
  const ch2 = Array.from({ length: rank }, (_, j) => `i${j}`);
  const steps = [
    ...sizes,
    `  int s_ = ${k.reverse ? `n_ - 1 - i${rank}` : `i${rank}`};`,
    '  int c_ = s_ / len_;',
    `  float h = ${chunkAt(r2, chunks.c, 'c_', ch2)};`,
    '  for (int q_ = c_ * len_; q_ <= s_; q_++) {',
    `    int t_ = ${timeOf('q_')};`,
    `    float a = ${r2.fetch(k.a.buf, at(k.a, ch2, 't_'))};`,
    `    float b = ${r2.fetch(k.b.buf, at(k.b, ch2, 't_'))};`,
    `    h = ${step('a', 'h', 'b')};`,
    '  }',
    '  float x0 = h;',
  ];
  const stepsSpec: DrawSpec = {
    name: `${name}_steps`,
    comment: [...header, '// each step: its chunk from the chunk\'s carry up to the step'],
    dims: [...k.shape, k.len],
    outs: [{ buf: k.steps.buf, view: k.steps, value: 'x0' }],
    body: steps,
    reads: [...r2.reads],
    vars,
  };

  // (3) over the channels: the final state is the step processed last.
  const r3 = new ExprRenderer(p, pk);
  const last = k.reverse ? '0' : `${ix(k.len)} - 1`;
  const finalSpec: DrawSpec = {
    name: `${name}_final`,
    comment: [...header, '// the final state: the last step processed'],
    dims: [...k.shape],
    outs: [{ buf: k.state.buf, view: k.state, value: 'x0' }],
    body: [`  float x0 = ${r3.fetch(k.steps.buf, at(k.steps, ch2, `(${last})`))};`],
    reads: [...r3.reads],
    vars,
  };
  return [aggSpec, carrySpec, stepsSpec, finalSpec];
}

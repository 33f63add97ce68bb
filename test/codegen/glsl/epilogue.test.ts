// Which matmul -> elementwise pairs the GLSL renderer fuses (src/codegen/glsl/epilogue.ts), on
// hand-built kernel programs: the fused matmul no longer writes its output buffer, so a pair is
// fused only when no other kernel reads that buffer's value (numerics of fused pairs: forward.test.ts).
import { describe, expect, it } from 'vitest';
import type { BufferDecl, Kernel, MapKernel, MatmulKernel, Program, View } from '../../../src/codegen/kernel-ir.js';
import { findEpilogues } from '../../../src/codegen/glsl/epilogue.js';
import { renderPlan } from '../../../src/codegen/glsl/render.js';

const K = 64;
const N = 256;
const H = 64;
const buf = (id: number, name: string, size: BufferDecl['size'], role: BufferDecl['role']): BufferDecl => ({ id, name, dtype: 'f32', size, role, shape: [] });
const buffers: BufferDecl[] = [
  buf(0, 'in_a', { op: 'mul', args: ['B', K] }, 'input'),
  buf(1, 'p_wt', N * K, 'param'),
  buf(2, 'g', { op: 'mul', args: ['B', N] }, 'scratch'),
  buf(3, 'y', { op: 'mul', args: ['B', H] }, 'output'),
  buf(4, 'z', { op: 'mul', args: ['B', N] }, 'output'),
];
const g = (offset: number, strides: View['strides'] = [N, 1]): View => ({ buf: 2, offset, strides });
// g = a @ w (w stored transposed, [N, K]), then y = tanh(g[:, 0:64]) + g[:, 64:128].
const mm: MatmulKernel = { kind: 'matmul', src: 'g = a @ w', m: 'B', k: K, n: N, a: { buf: 0, offset: 0, strides: [K, 1] }, w: { buf: 1, offset: 0, strides: [1, K] }, out: g(0) };
const cell: MapKernel = {
  kind: 'map',
  src: 'y = tanh(g0) + g1',
  shape: ['B', H],
  lets: [],
  outs: [{ out: { buf: 3, offset: 0, strides: [H, 1] }, expr: { op: 'binary', fn: 'add', a: { op: 'unary', fn: 'tanh', x: { op: 'load', view: g(0) } }, b: { op: 'load', view: g(64) } } }],
};
// z = 2 g: another reader of the matmul's whole output.
const twice = (src: string, view: View): MapKernel => ({
  kind: 'map',
  src,
  shape: ['B', N],
  lets: [],
  outs: [{ out: { buf: 4, offset: 0, strides: [N, 1] }, expr: { op: 'binary', fn: 'mul', a: { op: 'const', value: 2, dtype: 'f32' }, b: { op: 'load', view } } }],
});
const program = (body: Kernel[]): Program => ({
  name: 't',
  buffers,
  body,
  inputs: [{ name: 'a', buf: 0, dtype: 'f32', shape: ['B', K] }],
  params: [{ name: 'wt', buf: 1, dtype: 'f32', shape: [N, K] }],
  states: [],
  outputs: [
    { name: 'y', buf: 3, dtype: 'f32', shape: ['B', H] },
    { name: 'z', buf: 4, dtype: 'f32', shape: ['B', N] },
  ],
  randoms: [],
});
const fused = (body: Kernel[]) => findEpilogues(program(body), () => 4, body);

describe('GLSL: matmul -> elementwise fusion', () => {
  it('fuses a matmul with the map after it that reads it by column groups', () => {
    const e = fused([mm, cell]);
    expect(e.get(mm)?.map).toBe(cell);
    expect(e.get(mm)?.offsets).toEqual([0, 64]);
    const plan = renderPlan(program([mm, cell]));
    expect(plan.shaders.filter((s) => s.fs.includes('4 x 8 blocks fused with the next kernel:')).length).toBe(1);
  });

  it('does not fuse when another kernel reads the matmul output', () => {
    expect(fused([mm, cell, twice('z = 2 g', g(0))]).size).toBe(0);
    expect(fused([twice('z = 2 g (before)', g(0)), mm, cell]).size).toBe(0);
  });

  it('a reader right after an unfused kernel that writes the whole buffer reads that value: still fused', () => {
    // The second matmul cannot fuse with a map reading g broadcast along rows, so it writes g.
    const mm2: MatmulKernel = { ...mm, src: 'g = a @ w again' };
    const e = fused([mm, cell, mm2, twice('z = 2 g[0]', g(0, [0, 1]))]);
    expect(e.get(mm)?.map).toBe(cell);
    expect(e.has(mm2)).toBe(false);
  });

  it('does not fuse a map reading the output other than by rows and constant column offsets', () => {
    const shifted: MapKernel = { ...cell, outs: [{ ...cell.outs[0], expr: { op: 'load', view: g(2) } }] };
    expect(fused([mm, shifted]).size).toBe(0);
  });
});

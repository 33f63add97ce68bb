// The matmul-epilogue pass (src/codegen/fuse-matmul-epilogue.ts) on hand-built kernel programs:
// which matmul -> map pairs fuse, and what the fused program says (fmtProgram prints the map under
// the matmul that carries it). The GLSL target switches the pass on with its own conditions
// (test/codegen/glsl/epilogue.test.ts); the JS renderer runs a fused program as the two kernels.
import { describe, expect, it } from 'vitest';
import { fmtProgram, kernelReads, kernelWrites, type BufferDecl, type Kernel, type MapKernel, type MatmulKernel, type Program, type Stmt, type View } from '../../src/codegen/kernel-ir.js';
import { findMatmulEpilogues, fuseMatmulEpilogues } from '../../src/codegen/fuse-matmul-epilogue.js';
import { renderPrelude, renderProgram } from '../../src/codegen/js/render.js';
import { glslKernels, renderPlan } from '../../src/codegen/glsl/render.js';

const K = 8;
const N = 16;
const H = 4;
const buf = (id: number, name: string, size: BufferDecl['size'], role: BufferDecl['role']): BufferDecl => ({ id, name, dtype: 'f32', size, role, shape: [] });
const buffers: BufferDecl[] = [
  buf(0, 'in_a', { op: 'mul', args: ['B', K] }, 'input'),
  buf(1, 'p_wt', N * K, 'param'),
  buf(2, 'g', { op: 'mul', args: ['B', N] }, 'scratch'),
  buf(3, 'y', { op: 'mul', args: ['B', H] }, 'output'),
  buf(4, 'z', { op: 'mul', args: ['B', N] }, 'output'),
];
const g = (offset: number, strides: View['strides'] = [N, 1]): View => ({ buf: 2, offset, strides });
// g = a @ w (w stored transposed, [N, K]), then y = tanh(g[:, 0:4]) + g[:, 8:12].
const mm: MatmulKernel = { kind: 'matmul', src: 'g = a @ w', m: 'B', k: K, n: N, a: { buf: 0, offset: 0, strides: [K, 1] }, w: { buf: 1, offset: 0, strides: [1, K] }, out: g(0) };
const cellOf = (b: View, a: View = g(0), h = H): MapKernel => ({
  kind: 'map',
  src: 'y = tanh(g0) + g2',
  shape: ['B', h],
  lets: [],
  outs: [{ out: { buf: 3, offset: 0, strides: [h, 1] }, expr: { op: 'binary', fn: 'add', a: { op: 'unary', fn: 'tanh', x: { op: 'load', view: a } }, b: { op: 'load', view: b } } }],
});
const cell = cellOf(g(8));
// z = 2 g: another reader of the matmul's whole output.
const twice = (src: string, view: View): MapKernel => ({
  kind: 'map',
  src,
  shape: ['B', N],
  lets: [],
  outs: [{ out: { buf: 4, offset: 0, strides: [N, 1] }, expr: { op: 'binary', fn: 'mul', a: { op: 'const', value: 2, dtype: 'f32' }, b: { op: 'load', view } } }],
});
const program = (body: readonly Stmt[]): Program => ({
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
const pairs = (body: Stmt[]) => [...findMatmulEpilogues(program(body))].map(([m, e]) => [m.src, e.map.src, e.offsets]);

describe('matmul-epilogue fusion (kernel IR)', () => {
  it('fuses a matmul with the map right after it that reads it by column groups', () => {
    expect(pairs([mm, cell])).toEqual([['g = a @ w', 'y = tanh(g0) + g2', [0, 8]]]);
  });

  it('the fused program: one matmul carrying the map, writing what the map wrote, reading what both read but the product', () => {
    const p = fuseMatmulEpilogues(program([mm, cell]));
    expect(p.body).toHaveLength(1);
    const k = p.body[0] as MatmulKernel;
    expect(k.epilogue?.map).toBe(cell);
    expect(kernelWrites(k).map((v) => v.buf)).toEqual([3]);
    expect(kernelReads(k).map((v) => v.buf)).toEqual([0, 1]);
    expect(fmtProgram(p).split('\n').slice(-2)).toEqual([
      '  matmul [B, 8] x [8, 16] g[0; 16, 1] = in_a[0; 8, 1] @ p_wt[0; 1, 8]  # g = a @ w',
      '    epilogue (g[0; 16, 1] read at columns 0, 8 + i1) map [B, 4] y[0; 4, 1] = add(tanh(g[0; 16, 1]), g[8; 16, 1])  # y = tanh(g0) + g2',
    ]);
  });

  it('fuses inside loop bodies, and only adjacent pairs', () => {
    const loop = (body: Kernel[]): Stmt => ({ kind: 'loop', var: 't', count: 'T', reverse: false, src: 'scan', body });
    expect(pairs([loop([mm, cell])])).toHaveLength(1);
    expect(pairs([mm, twice('z = 2 g[0] (unrelated)', { buf: 0, offset: 0, strides: [0, 0] }), cell])).toEqual([]);
    expect(pairs([loop([mm]), cell])).toEqual([]);
  });

  it('does not fuse when another kernel reads the matmul output', () => {
    expect(pairs([mm, cell, twice('z = 2 g', g(0))])).toEqual([]);
    expect(pairs([twice('z = 2 g (before)', g(0)), mm, cell])).toEqual([]);
  });

  it('a reader right after an unfused kernel that writes the whole buffer reads that value: still fused', () => {
    const mm2: MatmulKernel = { ...mm, src: 'g = a @ w again' };
    expect(pairs([mm, cell, mm2, twice('z = 2 g[0]', g(0, [0, 1]))])).toEqual([['g = a @ w', 'y = tanh(g0) + g2', [0, 8]]]);
  });

  it('does not fuse unaligned or strided reads of the product, nor a map of another shape', () => {
    expect(pairs([mm, cellOf(g(2))])).toEqual([]);
    expect(pairs([mm, cellOf(g(8, [N, 2]))])).toEqual([]);
    expect(pairs([mm, cellOf(g(16))])).toEqual([]); // past column N
    expect(pairs([mm, { ...cell, shape: [1, H] }])).toEqual([]);
  });

  it('the target has the last word (canFuse), and align', () => {
    expect([...findMatmulEpilogues(program([mm, cell]), { canFuse: () => false })]).toEqual([]);
    expect([...findMatmulEpilogues(program([mm, cellOf(g(2))]), { align: 2 })]).toHaveLength(1);
  });

  it('the JS target runs a fused program as the two kernels: same results', () => {
    const run = (p: Program) => new Function(`${renderPrelude()}\n${renderProgram(p)}\nreturn run;`)() as (...args: unknown[]) => Float32Array[];
    const a = Float32Array.from({ length: 2 * K }, (_, i) => Math.sin(i));
    const w = Float32Array.from({ length: N * K }, (_, i) => Math.cos(i) / 4);
    const before = run(program([mm, cell]))(2, 1, [a], [w], []);
    const after = run(fuseMatmulEpilogues(program([mm, cell])))(2, 1, [a], [w], []);
    expect(after[0]).toEqual(before[0]);
  });

  it('the GLSL target switches it on: its kernel program has the fused matmul, drawn as the two kernels', () => {
    // [B, 8] x [8, 64], then a [B, 16] map of columns 0.. and 16..: a layer of the block buffer per row of 4.
    const N2 = 64;
    const g2 = (offset: number): View => ({ buf: 2, offset, strides: [N2, 1] });
    const mm2: MatmulKernel = { ...mm, n: N2, w: { buf: 1, offset: 0, strides: [1, K] }, out: g2(0) };
    const cell2 = cellOf(g2(16), g2(0), 16);
    const wide = (body: Stmt[]): Program => ({
      ...program(body),
      buffers: buffers.map((b) => (b.id === 1 ? { ...b, size: N2 * K } : b.id === 2 ? { ...b, size: { op: 'mul', args: ['B', N2] } } : b.id === 3 ? { ...b, size: { op: 'mul', args: ['B', 16] } } : b)),
    });
    const { program: p } = glslKernels(wide([mm2, cell2]));
    expect(fmtProgram(p)).toContain('    epilogue (g[0; 64, 1] read at columns 0, 16 + i1) map [B, 16]');
    const plan = renderPlan(wide([mm2, cell2]));
    expect(plan.body.map((x) => (x.kind === 'kernel' ? x.name : x.kind))).toEqual(['k0_matmul', 'k1_map']);
    expect(plan.shaders.filter((x) => x.fs.includes('fused with the next kernel')).length).toBe(1);
    // Not where the fused draw would not write whole texels (H = 4: one texel per row of a block;
    // drawing it failed before this condition), nor where another kernel reads the product.
    expect(fmtProgram(glslKernels(program([mm, cell])).program)).not.toContain('epilogue');
    expect(renderPlan(program([mm, cell])).body).toHaveLength(2);
    expect(fmtProgram(glslKernels(wide([mm2, cell2, twice('z = 2 g', g2(0))])).program)).not.toContain('epilogue');
  });
});

// JS backend vs the reference interpreter, op by op (no scans here; see scan.test.ts).
import { describe, expect, test } from 'vitest';
import type { BinaryFn, ReduceFn, UnaryFn } from '../../src/ir/types.js';
import { ModBuilder, compare, load, rand } from './helpers.js';

const TOL = 1e-5;
const f32 = (shape: number[], seed = 1) => ({ data: rand(shape.reduce((a, b) => a * b, 1), seed), shape });

describe('elementwise', () => {
  const unary: UnaryFn[] = ['neg', 'tanh', 'sigmoid', 'hard_sigmoid', 'relu', 'exp', 'log', 'sqrt', 'abs', 'square', 'reciprocal'];
  test.each(unary)('unary %s', async (fn) => {
    const b = new ModBuilder(`u_${fn}`);
    const x = b.input('x', 'f32', ['B', 'T', 5]);
    // log and sqrt on positive values: abs first.
    const pos = fn === 'log' || fn === 'sqrt' ? b.g.add1({ op: 'unary', fn: 'abs' }, [x]) : x;
    b.output('y', b.g.add1({ op: 'unary', fn }, [pos]));
    const r = await compare(b.finish(), { x: f32([2, 3, 5]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  const binary: BinaryFn[] = ['add', 'sub', 'mul', 'div', 'max', 'min'];
  test.each(binary)('binary %s, same shape', async (fn) => {
    const b = new ModBuilder(`b_${fn}`);
    const x = b.input('x', 'f32', ['B', 4]);
    const y = b.input('y', 'f32', ['B', 4]);
    b.output('z', b.g.add1({ op: 'binary', fn }, [x, y]));
    const r = await compare(b.finish(), { x: f32([3, 4], 1), y: f32([3, 4], 2) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test.each([
    [['B', 'T', 4], [4]],
    [['B', 'T', 4], [1, 4]],
    [['B', 'T', 4], ['T', 1]],
    [['B', 'T', 4], ['B', 1, 4]],
    [['B', 'T', 4], []],
    [['B', 3, 4], [3, 1]],
  ] as const)('broadcast %j <- %j', async (sa, sb) => {
    const b = new ModBuilder('bc');
    const x = b.input('x', 'f32', sa);
    const y = b.input('y', 'f32', sb);
    b.output('z', b.g.add1({ op: 'binary', fn: 'sub' }, [x, y]));
    const B = 2;
    const T = 3;
    const conc = (s: readonly (number | string)[]) => s.map((d) => (d === 'B' ? B : d === 'T' ? T : (d as number)));
    const r = await compare(b.finish(), { x: f32(conc(sa), 1), y: f32(conc(sb), 2) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('const and fill fold into expressions', async () => {
    const b = new ModBuilder('cf');
    const x = b.input('x', 'f32', ['B', 3]);
    const c = b.g.add1({ op: 'const', value: 2.5 }, []);
    const f = b.g.add1({ op: 'fill', value: -1, shape: ['B', 3] }, []);
    const y = b.g.add1({ op: 'binary', fn: 'mul' }, [x, c]);
    b.output('y', b.g.add1({ op: 'binary', fn: 'add' }, [y, f]));
    b.output('f', f);
    const r = await compare(b.finish(), { x: f32([2, 3]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
    expect(r.got.f.shape).toEqual([2, 3]);
  });

  test('cast both ways', async () => {
    const b = new ModBuilder('cast');
    const ids = b.input('ids', 'i32', ['B', 'T']);
    const x = b.input('x', 'f32', ['B', 'T']);
    const f = b.g.add1({ op: 'cast', to: 'f32' }, [ids]);
    const i = b.g.add1({ op: 'cast', to: 'i32' }, [b.g.add1({ op: 'binary', fn: 'mul' }, [x, b.g.add1({ op: 'const', value: 7 }, [])])]);
    b.output('f', f);
    b.output('i', i);
    const r = await compare(b.finish(), { ids: { data: Int32Array.from([3, -2, 0, 9, 5, 1]), shape: [2, 3] }, x: f32([2, 3]) });
    expect(r.worst).toBe(0);
    expect(r.got.i.data).toBeInstanceOf(Int32Array);
  });
});

describe('matmul', () => {
  test.each([
    [['B', 'T', 6], 6, 5],
    [['B', 7], 7, 9],
    [[4], 4, 3],
    [['B', 2, 'T', 3], 3, 4],
  ] as const)('%j x [%i, %i]', async (sa, K, N) => {
    const b = new ModBuilder('mm');
    const x = b.input('x', 'f32', sa);
    const W = b.param('W', [K, N]);
    b.output('y', b.g.add1({ op: 'matmul' }, [x, W]));
    const conc = sa.map((d) => (d === 'B' ? 5 : d === 'T' ? 3 : (d as number)));
    const r = await compare(b.finish(), { x: f32(conc) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('on views: flipped and sliced operands, sliced weights', async () => {
    const b = new ModBuilder('mmv');
    const x = b.input('x', 'f32', ['B', 'T', 6]);
    const W = b.param('W', [6, 8]);
    const xf = b.g.add1({ op: 'flip', axis: 1 }, [x]); // not collapsible into rows: copied
    const xs = b.g.add1({ op: 'slice', axis: 2, start: 1, size: 4 }, [x]); // strided rows
    const Ws = b.g.add1({ op: 'slice', axis: 1, start: 2, size: 3 }, [W]);
    const W4 = b.g.add1({ op: 'slice', axis: 0, start: 2, size: 4 }, [W]);
    b.output('a', b.g.add1({ op: 'matmul' }, [xf, Ws]));
    b.output('b', b.g.add1({ op: 'matmul' }, [xs, W4]));
    const r = await compare(b.finish(), { x: f32([3, 4, 6]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });
});

describe('views and data movement', () => {
  test('slice, flip, reshape, concat', async () => {
    const b = new ModBuilder('views');
    const x = b.input('x', 'f32', ['B', 'T', 6]);
    const s = b.g.add1({ op: 'slice', axis: 2, start: 2, size: 3 }, [x]);
    const f1 = b.g.add1({ op: 'flip', axis: 1 }, [x]);
    const f2 = b.g.add1({ op: 'flip', axis: -1 }, [s]);
    const r1 = b.g.add1({ op: 'reshape', shape: ['B', 'T', 2, 3] }, [x]); // a view
    const r2 = b.g.add1({ op: 'reshape', shape: ['B', 'T', 3] }, [f2]); // contiguous? no: copied first
    const r3 = b.g.add1({ op: 'reshape', shape: ['B', 'T', 1, 3] }, [f2]);
    const c1 = b.g.add1({ op: 'concat', axis: 2 }, [x, s, f2]);
    const y = b.input('y', 'f32', [3, 4, 2]);
    const yf = b.g.add1({ op: 'flip', axis: 1 }, [y]);
    const c2 = b.g.add1({ op: 'concat', axis: 1 }, [y, yf, y]);
    const c3 = b.g.add1({ op: 'concat', axis: 0 }, [yf, y]);
    const c4 = b.g.add1({ op: 'concat', axis: 3 }, [r1, r1]);
    for (const [name, v] of Object.entries({ s, f1, f2, r1, r2, r3, c1, c2, c3, c4 })) b.output(name, v);
    const r = await compare(b.finish(), { x: f32([2, 5, 6]), y: f32([3, 4, 2], 5) });
    expect(r.worst).toBe(0);
  });

  test('outputs are fresh arrays, also when an output is an input or another output', async () => {
    const b = new ModBuilder('alias');
    const x = b.input('x', 'f32', ['B', 3]);
    const y = b.g.add1({ op: 'unary', fn: 'neg' }, [x]);
    b.output('x', x);
    b.output('y1', y);
    b.output('y2', y);
    const input = f32([2, 3]);
    const r = await compare(b.finish(), { x: input });
    expect(r.worst).toBe(0);
    expect(r.got.x.data).not.toBe(input.data);
    expect(r.got.y1.data).not.toBe(r.got.y2.data);
    const again = r.model.forward({ x: input });
    expect(again.y1.data).not.toBe(r.got.y1.data);
  });

  const reduces: ReduceFn[] = ['sum', 'mean', 'max'];
  test.each(reduces.flatMap((fn) => [0, 1, 2, -1].map((axis) => [fn, axis] as const)))('reduce %s over axis %i', async (fn, axis) => {
    const b = new ModBuilder('red');
    const x = b.input('x', 'f32', ['B', 'T', 4]);
    b.output('y', b.g.add1({ op: 'reduce', fn, axis }, [x]));
    const r = await compare(b.finish(), { x: f32([3, 5, 4]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('reduce to a scalar, and of a flipped view', async () => {
    const b = new ModBuilder('red2');
    const x = b.input('x', 'f32', [6]);
    const y = b.input('y', 'f32', ['B', 'T', 3]);
    b.output('s', b.g.add1({ op: 'reduce', fn: 'sum', axis: 0 }, [x]));
    b.output('m', b.g.add1({ op: 'reduce', fn: 'max', axis: 1 }, [b.g.add1({ op: 'flip', axis: 1 }, [y])]));
    const r = await compare(b.finish(), { x: f32([6]), y: f32([2, 4, 3]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('gather, and a clear error for an id out of range', async () => {
    const b = new ModBuilder('emb');
    const ids = b.input('ids', 'i32', ['B', 'T']);
    const E = b.param('E', [10, 4]);
    b.output('y', b.g.add1({ op: 'gather' }, [E, ids]));
    const m = b.finish();
    const r = await compare(m, { ids: { data: Int32Array.from([0, 9, 3, 3, 7, 1]), shape: [2, 3] } });
    expect(r.worst).toBe(0);
    // An input of ids is checked before the call: the message names the input and the position.
    expect(() => r.model.forward({ ids: { data: Int32Array.from([0, 10, 3, 11]), shape: [2, 2] } })).toThrow(
      /^input 'ids' at \[0, 1\]: id 10 is out of range for a vocabulary of size 10 \(valid ids are 0 to 9\) \(2 ids are out of range in all\)$/,
    );
    expect(() => r.model.forward({ ids: { data: Int32Array.from([-1]), shape: [1, 1] } })).toThrow(/input 'ids' at \[0, 0\]: id -1 is out of range/);
  });

  test('ids computed in the graph are still checked by the gather kernel', async () => {
    const b = new ModBuilder('emb_computed');
    const ids = b.input('ids', 'i32', ['B', 'T']);
    const E = b.param('E', [10, 4]);
    // The ids a select picks between the input and a fill: no longer the input, so only the kernel can check them.
    const keep = b.input('keep', 'f32', ['B', 'T']);
    const nine = b.g.add1({ op: 'fill', value: 12, shape: ['B', 'T'], dtype: 'i32' }, []);
    const picked = b.g.add1({ op: 'select' }, [keep, ids, nine]);
    b.output('y', b.g.add1({ op: 'gather' }, [E, picked]));
    const ones = { data: Float32Array.from([1, 1, 1, 1]), shape: [2, 2] };
    const r = await compare(b.finish(), { ids: { data: Int32Array.from([0, 4, 3, 1]), shape: [2, 2] }, keep: ones });
    expect(r.worst).toBe(0);
    const keep01 = { data: Float32Array.from([1, 0]), shape: [1, 2] };
    expect(() => r.model.forward({ ids: { data: Int32Array.from([0, 5]), shape: [1, 2] }, keep: keep01 })).toThrow(/gather.*: id 12 is out of range for a vocabulary of size 10/);
  });

  test('seq_mask from lengths', async () => {
    const b = new ModBuilder('sm');
    // A plain i32 input: lengths past T test the op's clamping, which a 'lengths' input refuses before the call.
    const len = b.input('len', 'i32', ['B']);
    const x = b.input('x', 'f32', ['B', 'T', 2]);
    b.output('m', b.g.add1({ op: 'seq_mask' }, [len, x]));
    const r = await compare(b.finish(), { len: { data: Int32Array.from([0, 3, 5]), shape: [3] }, x: f32([3, 4, 2]) });
    expect(r.worst).toBe(0);
  });

  test('generated code comments name the IR op and value of each kernel', async () => {
    const b = new ModBuilder('cm');
    const x = b.input('x', 'f32', ['B', 3]);
    b.output('y', b.g.add1({ op: 'unary', fn: 'tanh' }, [x]));
    const { js } = await load(b.finish());
    expect(js).toMatch(/\/\/ %1 = tanh %0/);
  });
});

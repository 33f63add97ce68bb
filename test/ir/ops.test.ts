import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/ir/interpret.js';
import { ShapeError } from '../../src/ir/shapes.js';
import { GraphBuilder } from '../../src/ir/graph.js';
import type { UnaryFn } from '../../src/ir/types.js';
import { run1, t, TestModule } from './util.js';

describe('unary', () => {
  const x = t([5], [-3, -0.5, 0, 1, 4]);
  const cases: [UnaryFn, number[]][] = [
    ['neg', [3, 0.5, -0, -1, -4]],
    ['relu', [0, 0, 0, 1, 4]],
    ['hard_sigmoid', [0, 0.4, 0.5, 0.7, 1]],
    ['abs', [3, 0.5, 0, 1, 4]],
    ['square', [9, 0.25, 0, 1, 16]],
    ['reciprocal', [-1 / 3, -2, Infinity, 1, 0.25]],
    ['sigmoid', [1 / (1 + Math.E ** 3), 1 / (1 + Math.E ** 0.5), 0.5, 1 / (1 + 1 / Math.E), 1 / (1 + Math.E ** -4)]],
    ['tanh', [-0.9950547536867305, -0.46211715726000974, 0, 0.7615941559557649, 0.999329299739067]],
    ['exp', [Math.E ** -3, Math.E ** -0.5, 1, Math.E, Math.E ** 4]],
  ];
  for (const [fn, want] of cases) {
    it(fn, () => {
      const y = run1({ op: 'unary', fn }, x);
      expect(y.shape).toEqual([5]);
      y.data.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
    });
  }
  it('log and sqrt', () => {
    expect(run1({ op: 'unary', fn: 'log' }, t([3], [1, Math.E, -1])).data).toEqual([0, 1, NaN]);
    expect(run1({ op: 'unary', fn: 'sqrt' }, t([3], [4, 0.25, 0])).data).toEqual([2, 0.5, 0]);
  });
});

describe('binary and broadcasting', () => {
  const a = t([2, 3], [1, 2, 3, 4, 5, 6]);
  it('same shape', () => {
    expect(run1({ op: 'binary', fn: 'add' }, a, t([2, 3], [10, 20, 30, 40, 50, 60])).data).toEqual([11, 22, 33, 44, 55, 66]);
    expect(run1({ op: 'binary', fn: 'sub' }, a, t([2, 3], [1, 1, 1, 2, 2, 2])).data).toEqual([0, 1, 2, 2, 3, 4]);
    expect(run1({ op: 'binary', fn: 'div' }, a, t([2, 3], [2, 2, 2, 4, 4, 4])).data).toEqual([0.5, 1, 1.5, 1, 1.25, 1.5]);
    expect(run1({ op: 'binary', fn: 'max' }, a, t([2, 3], [3, 3, 3, 3, 3, 3])).data).toEqual([3, 3, 3, 4, 5, 6]);
    expect(run1({ op: 'binary', fn: 'min' }, a, t([2, 3], [3, 3, 3, 3, 3, 3])).data).toEqual([1, 2, 3, 3, 3, 3]);
  });
  it('row vector broadcasts over rows', () => {
    const y = run1({ op: 'binary', fn: 'add' }, a, t([3], [10, 20, 30]));
    expect(y).toEqual({ shape: [2, 3], data: [11, 22, 33, 14, 25, 36] });
  });
  it('size-1 axis broadcasts (column)', () => {
    expect(run1({ op: 'binary', fn: 'mul' }, a, t([2, 1], [10, 100])).data).toEqual([10, 20, 30, 400, 500, 600]);
  });
  it('scalar broadcasts', () => {
    expect(run1({ op: 'binary', fn: 'sub' }, a, t([], [1])).data).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('middle axis of rank 3', () => {
    const x = t([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    // b [2, 1, 2] repeats along axis 1.
    expect(run1({ op: 'binary', fn: 'add' }, x, t([2, 1, 2], [10, 20, 30, 40])).data).toEqual([11, 22, 13, 24, 35, 46, 37, 48]);
    // b [2, 1] aligned at the end: [1, 2, 1]-like column per row of axis 1.
    expect(run1({ op: 'binary', fn: 'add' }, x, t([2, 1], [10, 20])).data).toEqual([11, 12, 23, 24, 15, 16, 27, 28]);
  });
  it('b with more elements than a is a ShapeError when building', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', [3]);
    const y = tm.input('y', 'f32', [2, 3]);
    expect(() => tm.op({ op: 'binary', fn: 'add' }, x, y)).toThrow(ShapeError);
  });
});

describe('structural ops', () => {
  it('matmul 2-D', () => {
    // [[1,2,3],[4,5,6]] x [[1,0],[0,1],[1,1]] = [[4,5],[10,11]]
    const y = run1({ op: 'matmul' }, t([2, 3], [1, 2, 3, 4, 5, 6]), t([3, 2], [1, 0, 0, 1, 1, 1]));
    expect(y).toEqual({ shape: [2, 2], data: [4, 5, 10, 11] });
  });
  it('matmul with leading axes', () => {
    const y = run1({ op: 'matmul' }, t([2, 1, 2], [1, 2, 3, 4]), t([2, 3], [1, 2, 3, 4, 5, 6]));
    expect(y).toEqual({ shape: [2, 1, 3], data: [9, 12, 15, 19, 26, 33] });
  });
  it('slice', () => {
    const x = t([2, 4], [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(run1({ op: 'slice', axis: 1, start: 1, size: 2 }, x)).toEqual({ shape: [2, 2], data: [1, 2, 5, 6] });
    expect(run1({ op: 'slice', axis: 0, start: 1, size: 1 }, x)).toEqual({ shape: [1, 4], data: [4, 5, 6, 7] });
    expect(run1({ op: 'slice', axis: -1, start: 3, size: 1 }, x)).toEqual({ shape: [2, 1], data: [3, 7] });
  });
  it('concat', () => {
    const a = t([2, 2], [1, 2, 3, 4]);
    const b = t([2, 1], [9, 8]);
    expect(run1({ op: 'concat', axis: 1 }, a, b)).toEqual({ shape: [2, 3], data: [1, 2, 9, 3, 4, 8] });
    expect(run1({ op: 'concat', axis: 0 }, a, t([1, 2], [5, 6]), a)).toEqual({ shape: [5, 2], data: [1, 2, 3, 4, 5, 6, 1, 2, 3, 4] });
  });
  it('reduce', () => {
    const x = t([2, 3], [1, 5, 3, 4, -2, 6]);
    expect(run1({ op: 'reduce', fn: 'sum', axis: 1 }, x)).toEqual({ shape: [2], data: [9, 8] });
    expect(run1({ op: 'reduce', fn: 'sum', axis: 0 }, x)).toEqual({ shape: [3], data: [5, 3, 9] });
    expect(run1({ op: 'reduce', fn: 'mean', axis: 1 }, x)).toEqual({ shape: [2], data: [3, 8 / 3] });
    expect(run1({ op: 'reduce', fn: 'max', axis: 0 }, x)).toEqual({ shape: [3], data: [4, 5, 6] });
    expect(run1({ op: 'reduce', fn: 'max', axis: -1 }, x)).toEqual({ shape: [2], data: [5, 6] });
  });
  it('gather', () => {
    const table = t([3, 2], [0, 1, 10, 11, 20, 21]);
    const y = run1({ op: 'gather' }, table, t([2, 2], [2, 0, 1, 1], 'i32'));
    expect(y).toEqual({ shape: [2, 2, 2], data: [20, 21, 0, 1, 10, 11, 10, 11] });
  });
  it('gather with an id outside [0, V) names the id and V', () => {
    const table = t([3, 2], [0, 1, 10, 11, 20, 21]);
    expect(() => run1({ op: 'gather' }, table, t([2], [1, 3], 'i32'))).toThrow(/id 3 .*\[0, 3\)/);
    expect(() => run1({ op: 'gather' }, table, t([1], [-1], 'i32'))).toThrow(/id -1 .*\[0, 3\)/);
  });
  it('reshape is row-major', () => {
    const y = run1({ op: 'reshape', shape: [3, 2] }, t([2, 3], [1, 2, 3, 4, 5, 6]));
    expect(y).toEqual({ shape: [3, 2], data: [1, 2, 3, 4, 5, 6] });
  });
  it('flip', () => {
    const x = t([2, 3], [1, 2, 3, 4, 5, 6]);
    expect(run1({ op: 'flip', axis: 1 }, x).data).toEqual([3, 2, 1, 6, 5, 4]);
    expect(run1({ op: 'flip', axis: 0 }, x).data).toEqual([4, 5, 6, 1, 2, 3]);
  });
  it('cast', () => {
    const tm = new TestModule();
    const i = tm.input('i', 'i32', [3]);
    const f = tm.input('f', 'f32', [3]);
    tm.output('toF', tm.op({ op: 'cast', to: 'f32' }, i));
    tm.output('toI', tm.op({ op: 'cast', to: 'i32' }, f));
    const r = interpret(tm.module(), { i: { data: [1, -2, 7], shape: [3] }, f: { data: [1.7, -1.7, 3], shape: [3] } }, {});
    expect(r.outputs.toF.data).toBeInstanceOf(Float64Array);
    expect([...r.outputs.toF.data]).toEqual([1, -2, 7]);
    expect(r.outputs.toI.data).toBeInstanceOf(Int32Array);
    expect([...r.outputs.toI.data]).toEqual([1, -1, 3]);
  });
  it('i32 values stay Int32Array through structural ops', () => {
    const y = run1({ op: 'flip', axis: 0 }, t([3], [1, 2, 3], 'i32'));
    expect(y.data).toEqual([3, 2, 1]);
    const tm = new TestModule();
    const ids = tm.input('ids', 'i32', [2, 2]);
    const flat = tm.op({ op: 'reshape', shape: [4] }, ids);
    tm.output('y', tm.op({ op: 'slice', axis: 0, start: 1, size: 2 }, tm.op({ op: 'concat', axis: 0 }, flat, flat)));
    const r = interpret(tm.module(), { ids: { data: [1, 2, 3, 4], shape: [2, 2] } }, {});
    expect(r.outputs.y.data).toEqual(new Int32Array([2, 3]));
  });
  it('const and fill', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 2]);
    const c = tm.op({ op: 'const', value: 0.1 });
    tm.output('y', tm.op({ op: 'binary', fn: 'add' }, x, c));
    tm.output('z', tm.op({ op: 'fill', value: -2, shape: ['B', 3] }));
    const r = interpret(tm.module(), { x: { data: [1, 2, 3, 4], shape: [2, 2] } }, {});
    expect([...r.outputs.y.data]).toEqual([1.1, 2.1, 3.1, 4.1]);
    expect(r.outputs.z).toEqual({ data: new Float64Array([-2, -2, -2, -2, -2, -2]), shape: [2, 3] });
  });
  it('seq_mask', () => {
    const tm = new TestModule();
    const len = tm.input('len', 'i32', ['B'], 'lengths');
    const x = tm.input('x', 'f32', ['B', 'T', 1]);
    tm.output('m', tm.op({ op: 'seq_mask' }, len, x));
    const r = interpret(tm.module(), { len: { data: [3, 1, 0], shape: [3] }, x: { data: new Array(12).fill(0), shape: [3, 4, 1] } }, {});
    expect(r.outputs.m.shape).toEqual([3, 4]);
    expect([...r.outputs.m.data]).toEqual([1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('interpret inputs, params and states', () => {
  function model() {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 2]);
    const len = tm.input('len', 'i32', ['B'], 'lengths');
    const w = tm.param('w', [2, 1]);
    tm.output('y', tm.op({ op: 'matmul' }, x, w));
    tm.output('m', tm.op({ op: 'seq_mask' }, len, x));
    return tm.module();
  }
  const x = { data: [1, 2, 3, 4, 5, 6], shape: [1, 3, 2] };
  it('binds B and T from the inputs', () => {
    const r = interpret(model(), { x, len: { data: [2], shape: [1] } }, { w: new Float32Array([1, 10]) });
    expect(r.outputs.y).toEqual({ data: new Float64Array([21, 43, 65]), shape: [1, 3, 1] });
    expect([...r.outputs.m.data]).toEqual([1, 1, 0]);
  });
  it('rejects a missing input, a wrong rank and inconsistent B, naming the input', () => {
    const w = [1, 10];
    expect(() => interpret(model(), { x }, { w })).toThrow(/missing input 'len'/);
    expect(() => interpret(model(), { x: { data: [1, 2], shape: [2] }, len: { data: [2], shape: [1] } }, { w })).toThrow(/input 'x' must have rank 3/);
    expect(() => interpret(model(), { x, len: { data: [2, 2], shape: [2] } }, { w })).toThrow(/input 'len' has B = 2/);
    expect(() => interpret(model(), { x: { ...x, shape: [1, 2, 3] }, len: { data: [2], shape: [1] } }, { w })).toThrow(/input 'x' must be \[B, T, 2\]/);
    expect(() => interpret(model(), { x, len: { data: [2.5], shape: [1] } }, { w })).toThrow(/input 'len' is i32/);
    expect(() => interpret(model(), { x, len: { data: [2], shape: [1] } }, {})).toThrow(/missing param 'w'/);
    expect(() => interpret(model(), { x, len: { data: [2], shape: [1] } }, { w: [1] })).toThrow(/param 'w' has 1 elements/);
  });
  it('reads states (zeros when not given) and returns their updates', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 2]);
    const h = tm.state('h', ['B', 2]);
    const h2 = tm.op({ op: 'binary', fn: 'add' }, h, x);
    tm.update('h', h2);
    tm.output('y', tm.op({ op: 'reduce', fn: 'sum', axis: 1 }, h2));
    const m = tm.module();
    const xs = { x: { data: [1, 2, 3, 4], shape: [2, 2] } };
    const r0 = interpret(m, xs, {});
    expect(r0.states.h).toEqual({ data: new Float64Array([1, 2, 3, 4]), shape: [2, 2] });
    const r1 = interpret(m, xs, {}, { states: { h: r0.states.h } });
    expect(r1.states.h.data).toEqual(new Float64Array([2, 4, 6, 8]));
    expect([...r1.outputs.y.data]).toEqual([6, 14]);
  });
  it('builder rejects bad shapes with ShapeError', () => {
    const b = new GraphBuilder();
    const a = b.leaf({ op: 'input', name: 'a' }, { dtype: 'f32', shape: ['B', 3] });
    const w = b.leaf({ op: 'param', name: 'w' }, { dtype: 'f32', shape: [4, 2] });
    expect(() => b.add({ op: 'matmul' }, [a, w])).toThrow(/matmul inner sizes differ/);
    expect(() => b.add({ op: 'matmul' }, [a, 99])).toThrow(ShapeError);
  });
});

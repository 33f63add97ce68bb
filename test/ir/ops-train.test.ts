// The training ops in the reference interpreter, against hand-computed values: select, eq,
// matmul_nt, matmul_tn, scatter_add, one_hot, i32 fill, seq_mask fromEnd and dropout; plus
// their printed form and the verifier's dropout-name check.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/ir/graph.js';
import { interpret } from '../../src/ir/interpret.js';
import { printModule } from '../../src/ir/printer.js';
import { verifyModule, VerifyError } from '../../src/ir/verify.js';
import { run1, t, TestModule } from './util.js';

describe('select', () => {
  const a = t([2, 3], [1, 2, 3, 4, 5, 6]);
  const b = t([2, 3], [-1, -2, -3, -4, -5, -6]);
  it('same shape: cond != 0 picks a', () => {
    expect(run1({ op: 'select' }, t([2, 3], [1, 0, 2, 0, -1, 0]), a, b)).toEqual({ shape: [2, 3], data: [1, -2, 3, -4, 5, -6] });
  });
  it('a column condition broadcasts over each row', () => {
    expect(run1({ op: 'select' }, t([2, 1], [0, 1]), a, b).data).toEqual([-1, -2, -3, 4, 5, 6]);
  });
  it('a row condition broadcasts over the rows', () => {
    expect(run1({ op: 'select' }, t([3], [0, 1, 0]), a, b).data).toEqual([-1, 2, -3, -4, 5, -6]);
  });
  it('a scalar condition, and NaN counts as non-zero', () => {
    expect(run1({ op: 'select' }, t([], [0]), a, b).data).toEqual([-1, -2, -3, -4, -5, -6]);
    expect(run1({ op: 'select' }, t([], [NaN]), a, b).data).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('i32 branches stay i32', () => {
    const tm = new TestModule();
    const c = tm.input('c', 'f32', [3]);
    const x = tm.input('x', 'i32', [3]);
    const y = tm.input('y', 'i32', [3]);
    tm.output('z', tm.op({ op: 'select' }, c, x, y));
    const r = interpret(tm.module(), { c: { data: [1, 0, 1], shape: [3] }, x: { data: [7, 8, 9], shape: [3] }, y: { data: [0, -1, -2], shape: [3] } }, {});
    expect(r.outputs.z.data).toBeInstanceOf(Int32Array);
    expect([...r.outputs.z.data]).toEqual([7, -1, 9]);
  });
});

describe('eq', () => {
  it('1 where equal, else 0, with broadcasting', () => {
    expect(run1({ op: 'binary', fn: 'eq' }, t([4], [1, 2, 3, 4]), t([4], [1, 0, 3, 5])).data).toEqual([1, 0, 1, 0]);
    expect(run1({ op: 'binary', fn: 'eq' }, t([2, 2], [3, 1, 3, 3]), t([], [3])).data).toEqual([1, 0, 1, 1]);
    expect(run1({ op: 'binary', fn: 'eq' }, t([2], [NaN, 0]), t([2], [NaN, -0])).data).toEqual([0, 1]);
  });
});

describe('matmul_nt and matmul_tn', () => {
  it('matmul_nt: g w^T', () => {
    // g [2, 3], w [2, 3] -> [2, 2]: out[m, k] = sum_n g[m, n] w[k, n]
    const g = t([2, 3], [1, 2, 3, 4, 5, 6]);
    const w = t([2, 3], [1, 0, -1, 2, 1, 0]);
    expect(run1({ op: 'matmul_nt' }, g, w)).toEqual({ shape: [2, 2], data: [1 - 3, 2 + 2, 4 - 6, 8 + 5] });
  });
  it('matmul_nt keeps leading axes', () => {
    const g = t([2, 2, 1], [1, 2, 3, 4]);
    const w = t([3, 1], [1, 10, 100]);
    expect(run1({ op: 'matmul_nt' }, g, w)).toEqual({ shape: [2, 2, 3], data: [1, 10, 100, 2, 20, 200, 3, 30, 300, 4, 40, 400] });
  });
  it('matmul_tn sums a^T g over every leading index of [B, T, K]', () => {
    // a [2, 2, 2] (B=2, T=2, K=2), g [2, 2, 1]
    const a = t([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    const g = t([2, 2, 1], [1, -1, 2, 0.5]);
    // out[k, 0] = sum_m a[m, k] g[m]: k=0: 1 - 3 + 10 + 3.5; k=1: 2 - 4 + 12 + 4
    expect(run1({ op: 'matmul_tn' }, a, g)).toEqual({ shape: [2, 1], data: [11.5, 14] });
  });
  it('matmul_tn of rank-1 operands is the outer product', () => {
    expect(run1({ op: 'matmul_tn' }, t([2], [1, 2]), t([3], [1, 10, 100]))).toEqual({ shape: [2, 3], data: [1, 10, 100, 2, 20, 200] });
  });
  it('matmul_tn with symbolic B and T binds them from the inputs', () => {
    const tm = new TestModule();
    const a = tm.input('a', 'f32', ['B', 'T', 2]);
    const g = tm.input('g', 'f32', ['B', 'T', 2]);
    tm.output('y', tm.op({ op: 'matmul_tn' }, a, g));
    const r = interpret(tm.module(), { a: { data: [1, 0, 0, 1, 1, 1], shape: [1, 3, 2] }, g: { data: [1, 2, 3, 4, 5, 6], shape: [1, 3, 2] } }, {});
    // rows (1,0)x(1,2) + (0,1)x(3,4) + (1,1)x(5,6)
    expect({ shape: r.outputs.y.shape, data: [...r.outputs.y.data] }).toEqual({ shape: [2, 2], data: [6, 8, 8, 10] });
  });
});

describe('scatter_add', () => {
  it('accumulates rows, repeated ids add up, untouched rows stay zero', () => {
    const ids = t([2, 2], [1, 0, 1, 3], 'i32');
    const g = t([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(run1({ op: 'scatter_add', vocab: 4 }, ids, g)).toEqual({ shape: [4, 2], data: [3, 4, 1 + 5, 2 + 6, 0, 0, 7, 8] });
  });
  it('is the transpose of gather: <gather(E, ids), g> = <E, scatter_add(ids, g)>', () => {
    const E = [0.5, -1, 2, 3, 0.25, -2];
    const ids = [2, 0, 2];
    const g = [1, 2, 3, 4, 5, 6];
    const gathered = run1({ op: 'gather' }, t([3, 2], E), t([3], ids, 'i32')).data;
    const scattered = run1({ op: 'scatter_add', vocab: 3 }, t([3], ids, 'i32'), t([3, 2], g)).data;
    const lhs = gathered.reduce((s, x, i) => s + x * g[i], 0);
    const rhs = scattered.reduce((s, x, i) => s + x * E[i], 0);
    expect(lhs).toBeCloseTo(rhs, 12);
  });
  it('an id outside [0, vocab) is an error naming the id', () => {
    expect(() => run1({ op: 'scatter_add', vocab: 4 }, t([2], [0, 4], 'i32'), t([2, 1], [1, 1]))).toThrow(/scatter_add: id 4 .*\[0, 4\)/);
    expect(() => run1({ op: 'scatter_add', vocab: 4 }, t([2], [-1, 0], 'i32'), t([2, 1], [1, 1]))).toThrow(/id -1/);
  });
});

describe('one_hot', () => {
  it('1 at the id along a new last axis', () => {
    expect(run1({ op: 'one_hot', depth: 3 }, t([2, 2], [2, 0, 1, 1], 'i32'))).toEqual({
      shape: [2, 2, 3],
      data: [0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0],
    });
  });
  it('an id outside [0, depth) is an error naming the id and the depth', () => {
    expect(() => run1({ op: 'one_hot', depth: 3 }, t([3], [0, 3, 1], 'i32'))).toThrow(/one_hot: id 3 .*depth 3/);
    expect(() => run1({ op: 'one_hot', depth: 3 }, t([1], [-2], 'i32'))).toThrow(/id -2 .*depth 3/);
  });
});

describe('fill and seq_mask', () => {
  it('an i32 fill gives i32 data', () => {
    const tm = new TestModule();
    tm.output('y', tm.op({ op: 'fill', value: 3, shape: [2, 2], dtype: 'i32' }));
    const y = interpret(tm.module(), {}, {}).outputs.y;
    expect(y.data).toBeInstanceOf(Int32Array);
    expect([...y.data]).toEqual([3, 3, 3, 3]);
  });

  const mask = (fromEnd: boolean, lengths: number[], T: number) => {
    const tm = new TestModule();
    const len = tm.input('len', 'i32', ['B'], 'lengths');
    const x = tm.input('x', 'f32', ['B', 'T', 1]);
    tm.output('m', tm.op({ op: 'seq_mask', fromEnd }, len, x));
    const B = lengths.length;
    return [...interpret(tm.module(), { len: { data: lengths, shape: [B] }, x: { data: new Array<number>(B * T).fill(0), shape: [B, T, 1] } }, {}).outputs.m.data];
  };
  it('from the start: t < length', () => {
    expect(mask(false, [2, 0, 4, 5], 4)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
  });
  it('fromEnd: the last `length` steps, t >= T - length', () => {
    expect(mask(true, [2, 0, 4, 5, 1], 4)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1]);
  });
});

describe('dropout', () => {
  const model = () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 3]);
    const d = tm.op({ op: 'dropout', rate: 0.5, shape: ['B', 3], name: 'drop1' });
    tm.output('y', tm.op({ op: 'binary', fn: 'mul' }, x, d));
    tm.output('mask', d);
    return tm.module();
  };
  const x = { data: [1, 2, 3, 4, 5, 6], shape: [2, 3] };
  it('absent: all ones (inference)', () => {
    const r = interpret(model(), { x }, {});
    expect([...r.outputs.mask.data]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...r.outputs.y.data]).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('given: the fixed mask is used', () => {
    const r = interpret(model(), { x }, {}, { dropout: { drop1: { data: [0, 2, 2, 2, 0, 0], shape: [2, 3] } } });
    expect([...r.outputs.y.data]).toEqual([0, 4, 6, 8, 0, 0]);
    expect(r.outputs.mask.shape).toEqual([2, 3]);
  });
  it('a mask of the wrong shape or an unknown name is an error', () => {
    expect(() => interpret(model(), { x }, {}, { dropout: { drop1: { data: [1, 1, 1], shape: [1, 3] } } })).toThrow(/dropout mask 'drop1'.*B = 1.*B = 2/);
    expect(() => interpret(model(), { x }, {}, { dropout: { drop1: { data: [1, 1, 1, 1], shape: [2, 2] } } })).toThrow(/dropout mask 'drop1' must be \[B, 3\]/);
    expect(() => interpret(model(), { x }, {}, { dropout: { drop1: { data: [1, 1, 1, 1, 1], shape: [2, 3] } } })).toThrow(/dropout mask 'drop1' has 5 elements/);
    expect(() => interpret(model(), { x }, {}, { dropout: { drop2: { data: [1], shape: [1, 3] } } })).toThrow(/unknown dropout 'drop2'.*drop1/);
  });
  it('inside a scan body: the one mask applies at every step', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 2]);
    const h0 = tm.op({ op: 'fill', value: 0, shape: ['B', 2] });
    const body = new GraphBuilder();
    const h = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 2] });
    const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 2] });
    const d = body.add1({ op: 'dropout', rate: 0.25, shape: ['B', 2], name: 'rec' }, []);
    const hn = body.add1({ op: 'binary', fn: 'add' }, [body.add1({ op: 'binary', fn: 'mul' }, [h, d]), xt]);
    const [hT] = tm.b.add(
      { op: 'scan', carries: ['h'], sequences: ['x'], invariants: 0, steps: ['y'], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: body.finish([hn, hn]) },
      [h0, x],
    );
    tm.output('h', hT);
    const m = tm.module();
    verifyModule(m);
    const xs = { data: [1, 1, 2, 2, 3, 3], shape: [1, 3, 2] };
    // h = ((x0 * d) + x1) * d + x2 with d = (2, 0)
    const r = interpret(m, { x: xs }, {}, { dropout: { rec: { data: [2, 0], shape: [1, 2] } } });
    expect([...r.outputs.h.data]).toEqual([(1 * 2 + 2) * 2 + 3, 3]);
    expect([...interpret(m, { x: xs }, {}).outputs.h.data]).toEqual([6, 6]);
  });
});

describe('printing and verifying', () => {
  function all() {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 4]);
    const ids = tm.input('ids', 'i32', ['B', 'T']);
    const len = tm.input('len', 'i32', ['B'], 'lengths');
    const W = tm.param('W', [2, 4]);
    const d = tm.op({ op: 'dropout', rate: 0.5, shape: ['B', 'T', 4], name: 'enc.drop' });
    const xd = tm.op({ op: 'binary', fn: 'mul' }, x, d);
    const m = tm.op({ op: 'seq_mask', fromEnd: true }, len, x);
    const m3 = tm.op({ op: 'reshape', shape: ['B', 'T', 1] }, m);
    const sel = tm.op({ op: 'select' }, m3, xd, x);
    tm.output('nt', tm.op({ op: 'matmul_nt' }, sel, W));
    tm.output('tn', tm.op({ op: 'matmul_tn' }, x, sel));
    tm.output('sc', tm.op({ op: 'scatter_add', vocab: 7 }, ids, x));
    tm.output('oh', tm.op({ op: 'one_hot', depth: 5 }, ids));
    tm.output('eq', tm.op({ op: 'binary', fn: 'eq' }, x, xd));
    tm.output('fi', tm.op({ op: 'fill', value: -2, shape: ['B'], dtype: 'i32' }));
    tm.output('ff', tm.op({ op: 'fill', value: 0, shape: ['B'] }));
    return tm.module('train_ops');
  }
  it('prints the new attributes', () => {
    const text = printModule(all());
    expect(text).toContain('  %4 = dropout rate=0.5 name=enc.drop shape=[B, T, 4] : f32[B, T, 4]\n');
    expect(text).toContain('  %6 = seq_mask %2, %0 from_end : f32[B, T]\n');
    expect(text).toContain('  %8 = select %7, %5, %0 : f32[B, T, 4]\n');
    expect(text).toContain('  %9 = matmul_nt %8, %3 : f32[B, T, 2]\n');
    expect(text).toContain('  %10 = matmul_tn %0, %8 : f32[4, 4]\n');
    expect(text).toContain('  %11 = scatter_add %1, %0 vocab=7 : f32[7, 4]\n');
    expect(text).toContain('  %12 = one_hot %1 depth=5 : f32[B, T, 5]\n');
    expect(text).toContain('  %13 = eq %0, %5 : f32[B, T, 4]\n');
    expect(text).toContain('  %14 = fill -2 shape=[B] dtype=i32 : i32[B]\n');
    expect(text).toContain('  %15 = fill 0 shape=[B] : f32[B]\n');
  });
  it('verifies, and rejects one dropout name with two shapes', () => {
    expect(() => verifyModule(all())).not.toThrow();
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 4]);
    const a = tm.op({ op: 'dropout', rate: 0.5, shape: ['B', 4], name: 'd' });
    const b = tm.op({ op: 'dropout', rate: 0.5, shape: ['B', 1], name: 'd' });
    tm.output('y', tm.op({ op: 'binary', fn: 'mul' }, tm.op({ op: 'binary', fn: 'mul' }, x, a), b));
    expect(() => verifyModule(tm.module())).toThrow(VerifyError);
    expect(() => verifyModule(tm.module())).toThrow(/reuses dropout name 'd'/);
  });
});

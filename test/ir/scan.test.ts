import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/ir/graph.js';
import { interpret } from '../../src/ir/interpret.js';
import { verifyModule } from '../../src/ir/verify.js';
import type { MaskOutput, Module, ValueId } from '../../src/ir/types.js';
import { TestModule } from './util.js';

/** Cumulative sum over time of x: [B, T, 1]; carry s: [B, 1], step output y = s after the step. */
function cumsum(opts: { reverse?: boolean; mask?: 'lengths' | 'explicit'; maskOutput?: MaskOutput } = {}): Module {
  const tm = new TestModule();
  const x = tm.input('x', 'f32', ['B', 'T', 1]);
  const s0 = tm.op({ op: 'fill', value: 0, shape: ['B', 1] });
  const ins: ValueId[] = [s0, x];
  if (opts.mask === 'lengths') {
    const len = tm.input('len', 'i32', ['B'], 'lengths');
    ins.push(tm.op({ op: 'seq_mask' }, len, x));
  } else if (opts.mask === 'explicit') {
    ins.push(tm.input('mask', 'f32', ['B', 'T'], 'mask'));
  }
  const body = new GraphBuilder();
  const s = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 1] });
  const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 1] });
  const s1 = body.add1({ op: 'binary', fn: 'add' }, [s, xt]);
  const [fin, ys] = tm.b.add(
    {
      op: 'scan',
      carries: ['s'],
      sequences: ['x'],
      invariants: 0,
      steps: ['y'],
      reverse: opts.reverse ?? false,
      masked: opts.mask !== undefined,
      maskOutput: opts.maskOutput ?? 'zero',
      truncate: null,
      body: body.finish([s1, s1]),
    },
    ins,
  );
  tm.output('final', fin);
  tm.output('ys', ys);
  const m = tm.module();
  verifyModule(m);
  return m;
}

const X = { data: [1, 2, 3, 4, 10, 20, 30, 40], shape: [2, 4, 1] };

function run(m: Module, extra: Record<string, { data: number[]; shape: number[] }> = {}) {
  const r = interpret(m, { x: X, ...extra }, {});
  return { final: [...r.outputs.final.data], ys: [...r.outputs.ys.data], shape: r.outputs.ys.shape };
}

describe('scan: cumulative sum', () => {
  it('forward', () => {
    expect(run(cumsum())).toEqual({ final: [10, 100], ys: [1, 3, 6, 10, 10, 30, 60, 100], shape: [2, 4, 1] });
  });
  it('reverse: outputs aligned with input time', () => {
    expect(run(cumsum({ reverse: true }))).toEqual({ final: [10, 100], ys: [10, 9, 7, 4, 100, 90, 70, 40], shape: [2, 4, 1] });
  });
  const len = { len: { data: [4, 2], shape: [2] } };
  it('masked by lengths, zero outputs', () => {
    expect(run(cumsum({ mask: 'lengths' }), len)).toEqual({ final: [10, 30], ys: [1, 3, 6, 10, 10, 30, 0, 0], shape: [2, 4, 1] });
  });
  it('masked by lengths, previous outputs', () => {
    expect(run(cumsum({ mask: 'lengths', maskOutput: 'previous' }), len)).toEqual({ final: [10, 30], ys: [1, 3, 6, 10, 10, 30, 30, 30], shape: [2, 4, 1] });
  });
  it('reverse masked by lengths: padding first, previous is zeros before the first live step', () => {
    const want = { final: [10, 30], ys: [10, 9, 7, 4, 30, 20, 0, 0], shape: [2, 4, 1] };
    expect(run(cumsum({ mask: 'lengths', reverse: true }), len)).toEqual(want);
    expect(run(cumsum({ mask: 'lengths', reverse: true, maskOutput: 'previous' }), len)).toEqual(want);
  });
  const holes = { mask: { data: [1, 1, 1, 1, 1, 0, 1, 0], shape: [2, 4] } };
  it('mask with holes: carries hold, outputs zero or repeat', () => {
    expect(run(cumsum({ mask: 'explicit' }), holes)).toEqual({ final: [10, 40], ys: [1, 3, 6, 10, 10, 0, 40, 0], shape: [2, 4, 1] });
    expect(run(cumsum({ mask: 'explicit', maskOutput: 'previous' }), holes)).toEqual({ final: [10, 40], ys: [1, 3, 6, 10, 10, 10, 40, 40], shape: [2, 4, 1] });
    expect(run(cumsum({ mask: 'explicit', maskOutput: 'previous', reverse: true }), holes)).toEqual({
      final: [10, 40],
      ys: [10, 9, 7, 4, 40, 30, 30, 0],
      shape: [2, 4, 1],
    });
  });
  it('masked steps select rather than blend: NaN/Inf in a masked row does not leak', () => {
    const m = cumsum({ mask: 'explicit' });
    const r = interpret(m, { x: { data: [1, 2, NaN, Infinity, 10, 20, 30, 40], shape: [2, 4, 1] }, mask: { data: [1, 1, 0, 0, 1, 1, 1, 1], shape: [2, 4] } }, {});
    expect([...r.outputs.final.data]).toEqual([3, 100]);
    expect([...r.outputs.ys.data]).toEqual([1, 3, 0, 0, 10, 30, 60, 100]);
  });
  it('T = 0 gives the initial carries and empty step outputs', () => {
    const r = interpret(cumsum(), { x: { data: [], shape: [2, 0, 1] } }, {});
    expect(r.outputs.final).toEqual({ data: new Float64Array([0, 0]), shape: [2, 1] });
    expect(r.outputs.ys).toEqual({ data: new Float64Array([]), shape: [2, 0, 1] });
  });
});

describe('scan: invariants and nesting', () => {
  it('invariant weight matrix: h = h W + x_t', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 2]);
    const w = tm.param('W', [2, 2]);
    const h0 = tm.op({ op: 'fill', value: 0, shape: ['B', 2] });
    const body = new GraphBuilder();
    const h = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 2] });
    const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 2] });
    const wi = body.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: [2, 2] });
    const h1 = body.add1({ op: 'binary', fn: 'add' }, [body.add1({ op: 'matmul' }, [h, wi]), xt]);
    const [fin, hs] = tm.b.add(
      { op: 'scan', carries: ['h'], sequences: ['x'], invariants: 1, steps: ['h'], reverse: false, masked: false, maskOutput: 'zero', truncate: 5, body: body.finish([h1, h1]) },
      [h0, x, w],
    );
    tm.output('h', fin);
    tm.output('hs', hs);
    const m = tm.module();
    verifyModule(m);
    // W swaps the two features: h1 = [1,0], h2 = [0,1]+[0,1] = [0,2], h3 = [2,0]+[1,1] = [3,1].
    const r = interpret(m, { x: { data: [1, 0, 0, 1, 1, 1], shape: [1, 3, 2] } }, { W: [0, 1, 1, 0] });
    expect([...r.outputs.h.data]).toEqual([3, 1]);
    expect([...r.outputs.hs.data]).toEqual([1, 0, 0, 2, 3, 1]);
  });

  it('nested scan: an inner scan over the whole sequence inside each outer step', () => {
    // Outer: acc += x_t * total, where total = sum over time of x, computed by an inner scan
    // over the sequence passed to the outer body as an invariant.
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 1]);
    const acc0 = tm.op({ op: 'fill', value: 0, shape: ['B', 1] });

    const inner = new GraphBuilder();
    const s = inner.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 1] });
    const v = inner.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 1] });
    const innerBody = inner.finish([inner.add1({ op: 'binary', fn: 'add' }, [s, v])]);

    const outer = new GraphBuilder();
    const acc = outer.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 1] });
    const xt = outer.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 1] });
    const xs = outer.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: ['B', 'T', 1] });
    const z = outer.add1({ op: 'fill', value: 0, shape: ['B', 1] }, []);
    const [total] = outer.add(
      { op: 'scan', carries: ['s'], sequences: ['v'], invariants: 0, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: innerBody },
      [z, xs],
    );
    const acc1 = outer.add1({ op: 'binary', fn: 'add' }, [acc, outer.add1({ op: 'binary', fn: 'mul' }, [xt, total])]);
    const [fin, ys] = tm.b.add(
      { op: 'scan', carries: ['acc'], sequences: ['x'], invariants: 1, steps: ['y'], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: outer.finish([acc1, acc1]) },
      [acc0, x, x],
    );
    tm.output('acc', fin);
    tm.output('ys', ys);
    const m = tm.module();
    verifyModule(m);
    const r = interpret(m, { x: { data: [1, 2, 3, 1, 1, 1], shape: [2, 3, 1] } }, {});
    expect([...r.outputs.ys.data]).toEqual([6, 18, 36, 3, 6, 9]);
    expect([...r.outputs.acc.data]).toEqual([36, 9]);
  });
});

describe('scan: speed', () => {
  it('an LSTM-sized scan (T=50, B=8, H=64) runs well under a second', () => {
    const H = 64;
    const I = 32;
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', I]);
    const W = tm.param('W', [I, 4 * H]);
    const U = tm.param('U', [H, 4 * H]);
    const h0 = tm.op({ op: 'fill', value: 0, shape: ['B', H] });
    const b = new GraphBuilder();
    const h = b.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', H] });
    const c = b.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', H] });
    const xt = b.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: ['B', I] });
    const w = b.leaf({ op: 'arg', index: 3 }, { dtype: 'f32', shape: [I, 4 * H] });
    const u = b.leaf({ op: 'arg', index: 4 }, { dtype: 'f32', shape: [H, 4 * H] });
    const z = b.add1({ op: 'binary', fn: 'add' }, [b.add1({ op: 'matmul' }, [xt, w]), b.add1({ op: 'matmul' }, [h, u])]);
    const gate = (k: number, fn: 'sigmoid' | 'tanh') => b.add1({ op: 'unary', fn }, [b.add1({ op: 'slice', axis: 1, start: k * H, size: H }, [z])]);
    const [i, f, g, o] = [gate(0, 'sigmoid'), gate(1, 'sigmoid'), gate(2, 'tanh'), gate(3, 'sigmoid')];
    const mul = (p: ValueId, q: ValueId) => b.add1({ op: 'binary', fn: 'mul' }, [p, q]);
    const c1 = b.add1({ op: 'binary', fn: 'add' }, [mul(f, c), mul(i, g)]);
    const h1 = mul(o, b.add1({ op: 'unary', fn: 'tanh' }, [c1]));
    const [hf, , hs] = tm.b.add(
      { op: 'scan', carries: ['h', 'c'], sequences: ['x'], invariants: 2, steps: ['h'], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: b.finish([h1, c1, h1]) },
      [h0, h0, x, W, U],
    );
    tm.output('h', hf);
    tm.output('hs', hs);
    const m = tm.module();
    verifyModule(m);
    const rnd = (n: number) => Array.from({ length: n }, (_, k) => Math.sin(k * 12.9898) * 0.1);
    const start = performance.now();
    const r = interpret(m, { x: { data: rnd(8 * 50 * I), shape: [8, 50, I] } }, { W: rnd(I * 4 * H), U: rnd(H * 4 * H) });
    const ms = performance.now() - start;
    expect(r.outputs.hs.shape).toEqual([8, 50, H]);
    expect(r.outputs.hs.data.every(Number.isFinite)).toBe(true);
    // Last step of the stacked outputs is the final carry.
    expect([...r.outputs.hs.data.subarray(49 * H, 50 * H)]).toEqual([...r.outputs.h.data.subarray(0, H)]);
    expect(ms).toBeLessThan(1000);
  });
});

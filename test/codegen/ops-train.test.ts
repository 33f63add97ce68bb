// The training ops through the JS backend vs the reference interpreter: select, eq,
// matmul_nt, matmul_tn (as matmul kernels over transposed views), scatter_add, one_hot,
// i32 fill and seq_mask fromEnd, at top level and inside scan bodies; dropout folded to 1 in
// inference modules, and training programs whose dropout buffers the host fills with fillDropout.
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../src/ir/graph.js';
import { interpret } from '../../src/ir/interpret.js';
import type { Graph, Module, Op, TensorType, ValueId } from '../../src/ir/types.js';
import { fmtProgram, kernelCounts, type Program } from '../../src/codegen/kernel-ir.js';
import { schedule } from '../../src/codegen/schedule.js';
import { renderPrelude, renderProgram } from '../../src/codegen/js/render.js';
import { fillDropout } from '../../src/runtime/dropout.js';
import { Rng } from '../../src/runtime/rng.js';
import { ModBuilder, compare, load, rand, relErr } from './helpers.js';

const TOL = 1e-5;
const f32 = (shape: number[], seed = 1) => ({ data: rand(shape.reduce((a, b) => a * b, 1), seed), shape });
const i32 = (shape: number[], data: number[]) => ({ data: Int32Array.from(data), shape });
/** 0/1 data with a fixed pattern (about a third zeros). */
const bits = (shape: number[], seed = 1) => ({ data: rand(shape.reduce((a, b) => a * b, 1), seed).map((x) => (x > -0.33 ? 1 : 0)), shape });

function body(args: TensorType[], f: (g: GraphBuilder, a: ValueId[]) => ValueId[]): Graph {
  const g = new GraphBuilder();
  const a = args.map((t, index) => g.leaf({ op: 'arg', index }, t));
  return g.finish(f(g, a));
}

function scanOp(o: { carries: string[]; sequences: string[]; invariants: number; steps: string[]; reverse?: boolean }, b: Graph): Op {
  return { op: 'scan', reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: b, ...o };
}

/** Renders a program as a standalone function: run(B, T, inputs, params, states[, randoms]). */
function compile(p: Program): (...args: unknown[]) => (Float32Array | Int32Array)[] {
  return new Function(`${renderPrelude()}\n${renderProgram(p)}\nreturn run;`)() as (...args: unknown[]) => (Float32Array | Int32Array)[];
}

describe('select and eq', () => {
  test.each([
    ['same shape', [2, 3, 4]],
    ['column [B, T, 1]', [2, 3, 1]],
    ['row [4]', [4]],
    ['scalar', []],
  ] as const)('select, condition %s', async (_, cshape) => {
    const b = new ModBuilder('sel');
    const c = b.input('c', 'f32', cshape.length === 3 ? ['B', 'T', cshape[2]] : [...cshape]);
    const x = b.input('x', 'f32', ['B', 'T', 4]);
    const y = b.input('y', 'f32', ['B', 'T', 4]);
    b.output('z', b.g.add1({ op: 'select' }, [c, x, y]));
    const r = await compare(b.finish(), { c: bits([...cshape], 5), x: f32([2, 3, 4], 1), y: f32([2, 3, 4], 2) });
    expect(r.worst).toBe(0);
  });

  test('select on i32 branches, and a constant condition folds away', async () => {
    const b = new ModBuilder('sel_i32');
    const c = b.input('c', 'f32', ['B', 1]);
    const x = b.input('x', 'i32', ['B', 3]);
    const y = b.input('y', 'i32', ['B', 3]);
    b.output('z', b.g.add1({ op: 'select' }, [c, x, y]));
    const one = b.g.add1({ op: 'fill', value: 1, shape: ['B', 3] }, []);
    b.output('w', b.g.add1({ op: 'select' }, [one, y, x]));
    const m = b.finish();
    const r = await compare(m, { c: { data: Float32Array.from([1, 0]), shape: [2, 1] }, x: i32([2, 3], [1, 2, 3, 4, 5, 6]), y: i32([2, 3], [-1, -2, -3, -4, -5, -6]) });
    expect(r.worst).toBe(0);
    expect([...r.got.z.data]).toEqual([1, 2, 3, -4, -5, -6]);
    expect(r.got.z.data).toBeInstanceOf(Int32Array);
    expect([...r.got.w.data]).toEqual([-1, -2, -3, -4, -5, -6]);
    // Two kernels: the select map and the copy of y into output 'w'; fused, one kernel writing both.
    expect(kernelCounts(schedule(m, { fusePointwise: false })).map).toBe(2);
    expect(kernelCounts(schedule(m)).map).toBe(1);
  });

  test('eq with broadcasting', async () => {
    const b = new ModBuilder('eq');
    const x = b.input('x', 'f32', ['B', 4]);
    const y = b.input('y', 'f32', [4]);
    b.output('z', b.g.add1({ op: 'binary', fn: 'eq' }, [x, y]));
    const r = await compare(b.finish(), { x: { data: Float32Array.from([1, 2, 3, 4, 1, 0, 3, 0]), shape: [2, 4] }, y: { data: Float32Array.from([1, 0, 3, 5]), shape: [4] } });
    expect(r.worst).toBe(0);
    expect([...r.got.z.data]).toEqual([1, 0, 1, 0, 1, 1, 1, 0]);
  });
});

describe('matmul_nt and matmul_tn', () => {
  test.each([
    [['B', 'T', 6], 6, 5],
    [['B', 7], 7, 9],
    [['B', 'T', 3], 3, 1],
  ] as const)('matmul_nt %j x [%i, K=%i]^T', async (gs, N, K) => {
    const b = new ModBuilder('nt');
    const g = b.input('g', 'f32', [...gs]);
    const W = b.param('W', [K, N]);
    b.output('y', b.g.add1({ op: 'matmul_nt' }, [g, W]));
    const conc = gs.map((d) => (d === 'B' ? 3 : d === 'T' ? 5 : d));
    const r = await compare(b.finish(), { g: f32(conc) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('matmul_nt reads W through a transposed view (one matmul kernel, no copy)', () => {
    const b = new ModBuilder('nt_view');
    const g = b.input('g', 'f32', ['B', 'T', 6]);
    const W = b.param('W', [5, 6]);
    b.output('y', b.g.add1({ op: 'matmul_nt' }, [g, W]));
    const p = schedule(b.finish());
    expect(kernelCounts(p)).toEqual({ map: 0, reduce: 0, matmul: 1, gather: 0, loop: 0 });
    expect(fmtProgram(p)).toContain('matmul [B * T, 6] x [6, 5] v2[0; 5, 1] = in_g[0; 6, 1] @ p_W[0; 1, 6]');
  });

  test('matmul_tn over [B, T, K]: one matmul whose reduction runs over B * T rows', async () => {
    const b = new ModBuilder('tn');
    const a = b.input('a', 'f32', ['B', 'T', 6]);
    const g = b.input('g', 'f32', ['B', 'T', 5]);
    b.output('y', b.g.add1({ op: 'matmul_tn' }, [a, g]));
    const m = b.finish();
    const p = schedule(m);
    expect(kernelCounts(p)).toEqual({ map: 0, reduce: 0, matmul: 1, gather: 0, loop: 0 });
    expect(fmtProgram(p)).toContain('matmul [6, B * T] x [B * T, 5] v2[0; 5, 1] = in_a[0; 1, 6] @ in_g[0; 5, 1]');
    for (const [B, T] of [
      [3, 7],
      [1, 1],
      [2, 0],
    ]) {
      const r = await compare(m, { a: f32([B, T, 6], 1), g: f32([B, T, 5], 2) });
      expect(r.worst).toBeLessThanOrEqual(TOL);
      expect(r.got.y.shape).toEqual([6, 5]);
    }
  });

  test('matmul_tn of strided views: a slice of the features, a flip of time', async () => {
    const b = new ModBuilder('tn_views');
    const x = b.input('x', 'f32', ['B', 'T', 8]);
    const g = b.input('g', 'f32', ['B', 'T', 3]);
    const a = b.g.add1({ op: 'slice', axis: 2, start: 2, size: 4 }, [x]);
    const gf = b.g.add1({ op: 'flip', axis: 1 }, [g]);
    b.output('y', b.g.add1({ op: 'matmul_tn' }, [a, gf]));
    b.output('z', b.g.add1({ op: 'matmul_nt' }, [gf, b.param('W', [2, 3])]));
    const r = await compare(b.finish(), { x: f32([3, 4, 8], 1), g: f32([3, 4, 3], 2) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('rank-1 matmul_tn is the outer product', async () => {
    const b = new ModBuilder('outer');
    const a = b.param('a', [4]);
    const g = b.param('g', [3]);
    b.output('y', b.g.add1({ op: 'matmul_tn' }, [a, g]));
    const r = await compare(b.finish(), {});
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });
});

describe('scatter_add and one_hot', () => {
  const ids = i32([2, 3], [1, 4, 1, 0, 1, 4]);

  test('scatter_add accumulates repeated ids; untouched rows are zero', async () => {
    const b = new ModBuilder('scatter');
    const id = b.input('ids', 'i32', ['B', 'T']);
    const g = b.input('g', 'f32', ['B', 'T', 3]);
    b.output('y', b.g.add1({ op: 'scatter_add', vocab: 6 }, [id, g]));
    const m = b.finish();
    const r = await compare(m, { ids, g: f32([2, 3, 3]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
    const y = r.got.y.data;
    expect([...y.slice(2 * 3, 4 * 3)]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...y.slice(5 * 3)]).toEqual([0, 0, 0]);
    // Called twice, the output is zeroed again (no accumulation across calls).
    const again = r.model.forward({ ids, g: f32([2, 3, 3]) });
    expect(relErr(again.y.data, y)).toBe(0);
    expect(kernelCounts(schedule(m)).scatter_add).toBe(1);
  });

  test('scatter_add: an id outside [0, vocab) is an InputError naming the id', async () => {
    const b = new ModBuilder('scatter_bad');
    const id = b.input('ids', 'i32', ['B']);
    const g = b.input('g', 'f32', ['B', 2]);
    b.output('y', b.g.add1({ op: 'scatter_add', vocab: 4 }, [id, g]));
    const { mod } = await load(b.finish());
    const model = mod.create();
    expect(() => model.forward({ ids: i32([2], [0, 4]), g: f32([2, 2]) })).toThrow(/id 4 is out of range for a vocabulary of size 4/);
    expect(() => model.forward({ ids: i32([2], [-1, 0]), g: f32([2, 2]) })).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  test('one_hot, and its out-of-range error', async () => {
    const b = new ModBuilder('onehot');
    const id = b.input('ids', 'i32', ['B', 'T']);
    b.output('y', b.g.add1({ op: 'one_hot', depth: 5 }, [id]));
    const m = b.finish();
    const r = await compare(m, { ids });
    expect(r.worst).toBe(0);
    expect(r.got.y.shape).toEqual([2, 3, 5]);
    expect([...r.got.y.data.slice(0, 10)]).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    // Labels (an input read by one_hot) are checked by name and position before the call.
    expect(() => r.model.forward({ ids: i32([1, 2], [2, 5]) })).toThrow(/^input 'ids' at \[0, 1\]: id 5 is out of range for one_hot of depth 5 \(valid ids are 0 to 4\)$/);
    expect(() => r.model.forward({ ids: i32([1, 1], [-3]) })).toThrow(/id -3 .*depth 5/);
  });
});

describe('fill and seq_mask', () => {
  test('i32 fill, seq_mask from the start and from the end', async () => {
    const b = new ModBuilder('masks');
    // A plain i32 input: lengths past T test the op's clamping, which a 'lengths' input refuses before the call.
    const len = b.input('len', 'i32', ['B']);
    const x = b.input('x', 'f32', ['B', 'T', 2]);
    b.output('fill', b.g.add1({ op: 'fill', value: 7, shape: ['B', 2], dtype: 'i32' }, []));
    b.output('head', b.g.add1({ op: 'seq_mask' }, [len, x]));
    b.output('tail', b.g.add1({ op: 'seq_mask', fromEnd: true }, [len, x]));
    const r = await compare(b.finish(), { len: i32([4], [2, 0, 5, 7]), x: f32([4, 5, 2]) });
    expect(r.worst).toBe(0);
    expect(r.got.fill.data).toBeInstanceOf(Int32Array);
    expect([...r.got.fill.data]).toEqual([7, 7, 7, 7, 7, 7, 7, 7]);
    expect([...r.got.tail.data]).toEqual([0, 0, 0, 1, 1, ...[0, 0, 0, 0, 0], ...[1, 1, 1, 1, 1], ...[1, 1, 1, 1, 1]]);
  });
});

describe('inside a scan body', () => {
  const I = 3;
  const H = 4;
  const V = 5;
  /**
   * Per step: h' = select(m_t, tanh(x_t W + h U^T), h) with h U^T as matmul_nt; carries
   * G += x_t^T h' (matmul_tn of the per-step slice) and E += scatter_add(ids_t, h');
   * emits h', one_hot(ids_t) and eq(h', h) (1 on masked steps, where h' is h).
   */
  function model(name: string, reverse = false): Module {
    const b = new ModBuilder(name);
    const x = b.input('x', 'f32', ['B', 'T', I]);
    const m = b.input('m', 'f32', ['B', 'T', 1], 'mask');
    const ids = b.input('ids', 'i32', ['B', 'T']);
    const W = b.param('W', [I, H]);
    const U = b.param('U', [H, H]);
    const h0 = b.g.add1({ op: 'fill', value: 0, shape: ['B', H] }, []);
    const G0 = b.g.add1({ op: 'fill', value: 0, shape: [I, H] }, []);
    const E0 = b.g.add1({ op: 'fill', value: 0, shape: [V, H] }, []);
    const bd = body(
      [
        { dtype: 'f32', shape: ['B', H] },
        { dtype: 'f32', shape: [I, H] },
        { dtype: 'f32', shape: [V, H] },
        { dtype: 'f32', shape: ['B', I] },
        { dtype: 'f32', shape: ['B', 1] },
        { dtype: 'i32', shape: ['B'] },
        { dtype: 'f32', shape: [I, H] },
        { dtype: 'f32', shape: [H, H] },
      ],
      (g, [h, G, E, xt, mt, it, w, u]) => {
        const pre = g.add1({ op: 'binary', fn: 'add' }, [g.add1({ op: 'matmul' }, [xt, w]), g.add1({ op: 'matmul_nt' }, [h, u])]);
        const hn = g.add1({ op: 'select' }, [mt, g.add1({ op: 'unary', fn: 'tanh' }, [pre]), h]);
        const Gn = g.add1({ op: 'binary', fn: 'add' }, [G, g.add1({ op: 'matmul_tn' }, [xt, hn])]);
        const En = g.add1({ op: 'binary', fn: 'add' }, [E, g.add1({ op: 'scatter_add', vocab: V }, [it, hn])]);
        const oh = g.add1({ op: 'one_hot', depth: V }, [it]);
        const same = g.add1({ op: 'binary', fn: 'eq' }, [hn, h]);
        return [hn, Gn, En, hn, oh, same];
      },
    );
    const [hT, GT, ET, ys, ohs, sames] = b.g.add(
      scanOp({ carries: ['h', 'G', 'E'], sequences: ['x', 'm', 'ids'], invariants: 2, steps: ['y', 'oh', 'same'], reverse }, bd),
      [h0, G0, E0, x, m, ids, W, U],
    );
    b.output('h', hT);
    b.output('G', GT);
    b.output('E', ET);
    b.output('y', ys);
    b.output('oh', ohs);
    b.output('same', sames);
    return b.finish();
  }
  const B = 3;
  const T = 6;
  const inputs = {
    x: f32([B, T, I], 1),
    m: bits([B, T, 1], 4),
    ids: i32([B, T], Array.from({ length: B * T }, (_, i) => (i * 7) % V)),
  };

  test.each([false, true])('matmul_nt, matmul_tn of a step slice, select on a mask slice, scatter_add, one_hot, eq (reverse %s)', async (reverse) => {
    const m = model(reverse ? 'train_scan_rev' : 'train_scan', reverse);
    const r = await compare(m, inputs);
    expect(r.worst).toBeLessThanOrEqual(TOL);
    // The step's matmul_tn reads the sequence slice at t through a transposed view: no copies.
    const text = fmtProgram(schedule(m));
    expect(text).toContain('matmul [3, B] x [B, 4]');
    expect(text).toMatch(/= in_x\[t \* 3; 1, T \* 3\] @ /);
  });
});

describe('dropout', () => {
  /** y = tanh((x * d) W) with d a dropout mask of x's shape; optionally a recurrent dropout inside a scan. */
  function model(name: string, withDropout: boolean): Module {
    const b = new ModBuilder(name);
    const x = b.input('x', 'f32', ['B', 'T', 16]);
    const W = b.param('W', [16, 8]);
    const U = b.param('U', [8, 8]);
    const xd = withDropout ? b.g.add1({ op: 'binary', fn: 'mul' }, [x, b.g.add1({ op: 'dropout', rate: 0.3, shape: ['B', 'T', 16], name: 'in' }, [])]) : x;
    const y = b.g.add1({ op: 'unary', fn: 'tanh' }, [b.g.add1({ op: 'matmul' }, [xd, W])]);
    const h0 = b.g.add1({ op: 'fill', value: 0, shape: ['B', 8] }, []);
    const bd = body(
      [
        { dtype: 'f32', shape: ['B', 8] },
        { dtype: 'f32', shape: ['B', 8] },
        { dtype: 'f32', shape: [8, 8] },
      ],
      (g, [h, yt, u]) => {
        const hd = withDropout ? g.add1({ op: 'binary', fn: 'mul' }, [g.add1({ op: 'dropout', rate: 0.5, shape: ['B', 8], name: 'rec' }, []), h]) : h;
        const hn = g.add1({ op: 'unary', fn: 'tanh' }, [g.add1({ op: 'binary', fn: 'add' }, [yt, g.add1({ op: 'matmul' }, [hd, u])])]);
        return [hn, hn];
      },
    );
    const [hT, ys] = b.g.add(scanOp({ carries: ['h'], sequences: ['y'], invariants: 1, steps: ['ys'], reverse: false }, bd), [h0, y, U]);
    b.output('h', hT);
    b.output('ys', ys);
    return b.finish();
  }

  test('inference: dropout is the constant 1, folded away; forward equals the model without dropout', async () => {
    const x = f32([4, 5, 16], 3);
    const a = await compare(model('drop_inf', true), { x });
    const b = await compare(model('drop_none', false), { x });
    expect(a.worst).toBeLessThanOrEqual(TOL);
    expect(relErr(a.got.h.data, b.got.h.data)).toBe(0);
    expect(relErr(a.got.ys.data, b.got.ys.data)).toBe(0);
    const p = schedule(model('drop_inf', true));
    expect(p.randoms).toEqual([]);
    expect(kernelCounts(p)).toEqual(kernelCounts(schedule(model('drop_none', false))));
    expect(a.js).not.toMatch(/\brandoms\b/);
  });

  test('training: each dropout name is a buffer the host fills with fillDropout; run(...) takes them as `randoms`', () => {
    const m = model('drop_train', true);
    const p = schedule(m, { training: true });
    expect(p.randoms.map((r) => ({ name: r.name, rate: r.rate, shape: r.shape, role: p.buffers[r.buf].role }))).toEqual([
      { name: 'in', rate: 0.3, shape: ['B', 'T', 16], role: 'random' },
      { name: 'rec', rate: 0.5, shape: ['B', 8], role: 'random' },
    ]);
    const src = renderProgram(p);
    expect(src).toContain('function run(B, T, inputs, params, states, randoms) {');
    expect(src).toContain('const rnd_in = randoms[0];');

    const B = 8;
    const T = 50;
    const x = f32([B, T, 16], 3);
    const W = rand(16 * 8, 11).map((v) => v * 0.5);
    const U = rand(8 * 8, 12).map((v) => v * 0.5);
    const masks = p.randoms.map((r, i) => fillDropout(new Float32Array(r.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d)).reduce((a, c) => a * c, 1)), r.rate, new Rng(100 + i)));
    // Statistics of the masks: the fraction of zeros is about the rate, kept values are 1 / (1 - rate).
    p.randoms.forEach((r, i) => {
      const mk = masks[i];
      const zeros = mk.filter((v) => v === 0).length / mk.length;
      expect(Math.abs(zeros - r.rate)).toBeLessThan(r.name === 'in' ? 0.03 : 0.2);
      expect(new Set(mk.filter((v) => v !== 0))).toEqual(new Set([Math.fround(1 / (1 - r.rate))]));
    });
    // The same seed gives the same mask.
    expect(fillDropout(new Float32Array(masks[0].length), 0.3, new Rng(100))).toEqual(masks[0]);

    const outs = compile(p)(B, T, [x.data], [W, U], [], masks);
    const want = interpret(m, { x }, { W, U }, { dropout: { in: { data: masks[0], shape: [B, T, 16] }, rec: { data: masks[1], shape: [B, 8] } } });
    expect(relErr(outs[0], want.outputs.h.data)).toBeLessThanOrEqual(TOL);
    expect(relErr(outs[1], want.outputs.ys.data)).toBeLessThanOrEqual(TOL);
    // And it differs from inference (the masks matter).
    const inf = interpret(m, { x }, { W, U });
    expect(relErr(outs[1], inf.outputs.ys.data)).toBeGreaterThan(1e-2);
  });

  test('fillDropout: rate 0 is all ones; a rate outside [0, 1) is an error', () => {
    expect([...fillDropout(new Float32Array(4), 0, new Rng(1))]).toEqual([1, 1, 1, 1]);
    expect(() => fillDropout(new Float32Array(4), 1, new Rng(1))).toThrow(/rate/);
    expect(() => fillDropout(new Float32Array(4), -0.1, new Rng(1))).toThrow(/rate/);
  });

  test('one dropout name read twice shares one buffer', () => {
    const b = new ModBuilder('drop_shared');
    const x = b.input('x', 'f32', ['B', 4]);
    const d1 = b.g.add1({ op: 'dropout', rate: 0.5, shape: ['B', 4], name: 'd' }, []);
    const d2 = b.g.add1({ op: 'dropout', rate: 0.5, shape: ['B', 4], name: 'd' }, []);
    b.output('y', b.g.add1({ op: 'binary', fn: 'add' }, [b.g.add1({ op: 'binary', fn: 'mul' }, [x, d1]), d2]));
    const p = schedule(b.finish(), { training: true });
    expect(p.randoms.length).toBe(1);
    const mask = Float32Array.from([2, 0, 2, 0, 0, 2, 0, 2]);
    const [y] = compile(p)(2, 1, [Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8])], [], [], [mask]);
    expect([...y]).toEqual([4, 0, 8, 0, 0, 14, 0, 18]);
  });
});

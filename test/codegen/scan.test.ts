// Scans in the JS backend vs the reference interpreter: plain, masked (zero / previous) with
// different lengths per row, reverse, invariants, nested, carries that read each other, and
// stateful models carrying state across calls.
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../src/ir/graph.js';
import { interpret } from '../../src/ir/interpret.js';
import type { Graph, MaskOutput, Op, TensorType, ValueId } from '../../src/ir/types.js';
import { ModBuilder, compare, load, rand, relErr } from './helpers.js';

const TOL = 1e-5;
const f32 = (shape: number[], seed = 1) => ({ data: rand(shape.reduce((a, b) => a * b, 1), seed), shape });

/** A scan body: leaf args of the given types, then `f` builds the results. */
function body(args: TensorType[], f: (g: GraphBuilder, a: ValueId[]) => ValueId[]): Graph {
  const g = new GraphBuilder();
  const a = args.map((t, index) => g.leaf({ op: 'arg', index }, t));
  return g.finish(f(g, a));
}

type ScanOpts = { carries: string[]; sequences: string[]; invariants: number; steps: string[]; reverse?: boolean; masked?: boolean; maskOutput?: MaskOutput };
function scanOp(o: ScanOpts, b: Graph): Op {
  return {
    op: 'scan',
    carries: o.carries,
    sequences: o.sequences,
    invariants: o.invariants,
    steps: o.steps,
    reverse: o.reverse ?? false,
    masked: o.masked ?? false,
    maskOutput: o.maskOutput ?? 'zero',
    truncate: null,
    body: b,
  };
}

const I = 3;
const H = 4;

/** h' = tanh(x_t W + h U + b); emits h'. Mask from lengths when masked. */
function rnn(name: string, o: { reverse?: boolean; masked?: boolean; maskOutput?: MaskOutput } = {}) {
  const b = new ModBuilder(name);
  const x = b.input('x', 'f32', ['B', 'T', I]);
  const len = o.masked ? b.input('len', 'i32', ['B'], 'lengths') : null;
  const W = b.param('W', [I, H]);
  const U = b.param('U', [H, H]);
  const bias = b.param('b', [H]);
  const h0 = b.g.add1({ op: 'fill', value: 0, shape: ['B', H] }, []);
  const bd = body(
    [
      { dtype: 'f32', shape: ['B', H] },
      { dtype: 'f32', shape: ['B', I] },
      { dtype: 'f32', shape: [I, H] },
      { dtype: 'f32', shape: [H, H] },
      { dtype: 'f32', shape: [H] },
    ],
    (g, [h, xt, w, u, bb]) => {
      const a = g.add1({ op: 'matmul' }, [xt, w]);
      const r = g.add1({ op: 'matmul' }, [h, u]);
      const s = g.add1({ op: 'binary', fn: 'add' }, [g.add1({ op: 'binary', fn: 'add' }, [a, r]), bb]);
      const hn = g.add1({ op: 'unary', fn: 'tanh' }, [s]);
      return [hn, hn];
    },
  );
  const ins = [h0, x, W, U, bias];
  if (len !== null) ins.push(b.g.add1({ op: 'seq_mask' }, [len, x]));
  const [hT, ys] = b.g.add(scanOp({ carries: ['h'], sequences: ['x'], invariants: 3, steps: ['y'], ...o }, bd), ins);
  b.output('h', hT);
  b.output('y', ys);
  return b.finish();
}

describe('scan', () => {
  test('simple RNN', async () => {
    const r = await compare(rnn('rnn'), { x: f32([3, 6, I]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('reverse RNN', async () => {
    const r = await compare(rnn('rnn_rev', { reverse: true }), { x: f32([3, 6, I]) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  for (const maskOutput of ['zero', 'previous'] as const) {
    for (const reverse of [false, true]) {
      test(`masked (${maskOutput}${reverse ? ', reverse' : ''}) with different lengths per row`, async () => {
        const m = rnn(`rnn_mask_${maskOutput}${reverse ? '_rev' : ''}`, { masked: true, maskOutput, reverse });
        const r = await compare(m, { x: f32([4, 6, I]), len: { data: Int32Array.from([6, 2, 0, 4]), shape: [4] } });
        expect(r.worst).toBeLessThanOrEqual(TOL);
        // Row 2 has length 0: the carry stays at its initial zeros.
        expect([...r.got.h.data.slice(2 * H, 3 * H)]).toEqual([0, 0, 0, 0]);
      });
    }
  }

  test('mask given as an input with holes (not a prefix)', async () => {
    const b = new ModBuilder('holes');
    const x = b.input('x', 'f32', ['B', 'T', H]);
    const mask = b.input('mask', 'f32', ['B', 'T'], 'mask');
    const h0 = b.input('h0', 'f32', ['B', H], 'state');
    const bd = body(
      [
        { dtype: 'f32', shape: ['B', H] },
        { dtype: 'f32', shape: ['B', H] },
      ],
      (g, [h, xt]) => {
        const hn = g.add1({ op: 'unary', fn: 'tanh' }, [g.add1({ op: 'binary', fn: 'add' }, [h, xt])]);
        return [hn, g.add1({ op: 'unary', fn: 'sigmoid' }, [hn])];
      },
    );
    const [hT, ys] = b.g.add(scanOp({ carries: ['h'], sequences: ['x'], invariants: 0, steps: ['y'], masked: true, maskOutput: 'previous' }, bd), [h0, x, mask]);
    b.output('h', hT);
    b.output('y', ys);
    const mk = Float32Array.from([1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0]);
    const r = await compare(b.finish(), { x: f32([2, 6, H]), mask: { data: mk, shape: [2, 6] }, h0: f32([2, H], 9) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('invariants: params and an outer computed value', async () => {
    const b = new ModBuilder('inv');
    const x = b.input('x', 'f32', ['B', 'T', I]);
    const ctx = b.input('ctx', 'f32', ['B', H]);
    const W = b.param('W', [I, H]);
    const bias = b.param('b', [H]);
    const c2 = b.g.add1({ op: 'unary', fn: 'tanh' }, [ctx]);
    const bd = body(
      [
        { dtype: 'f32', shape: ['B', H] },
        { dtype: 'f32', shape: ['B', I] },
        { dtype: 'f32', shape: [I, H] },
        { dtype: 'f32', shape: ['B', H] },
        { dtype: 'f32', shape: [H] },
      ],
      (g, [h, xt, w, c, bb]) => {
        const s = g.add1({ op: 'binary', fn: 'add' }, [g.add1({ op: 'matmul' }, [xt, w]), g.add1({ op: 'binary', fn: 'mul' }, [h, c])]);
        const hn = g.add1({ op: 'unary', fn: 'tanh' }, [g.add1({ op: 'binary', fn: 'add' }, [s, bb])]);
        return [hn, g.add1({ op: 'reduce', fn: 'sum', axis: 1 }, [hn])];
      },
    );
    const [hT, ys] = b.g.add(scanOp({ carries: ['h'], sequences: ['x'], invariants: 3, steps: ['s'] }, bd), [ctx, x, W, c2, bias]);
    b.output('h', hT);
    b.output('s', ys);
    const r = await compare(b.finish(), { x: f32([2, 5, I]), ctx: f32([2, H], 4) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('carries that read each other (swap) and a passthrough carry', async () => {
    const b = new ModBuilder('swap');
    const x = b.input('x', 'f32', ['B', 'T', H]);
    const a0 = b.input('a0', 'f32', ['B', H], 'state');
    const c0 = b.input('c0', 'f32', ['B', H], 'state');
    const k0 = b.input('k0', 'f32', ['B', H], 'state');
    const T3 = { dtype: 'f32', shape: ['B', H] } as const;
    const bd = body([T3, T3, T3, T3], (g, [a, c, k, xt]) => {
      // a' = c, c' = a + x_t, k' = k (unchanged); emit a flipped copy of the old a.
      const cn = g.add1({ op: 'binary', fn: 'add' }, [a, xt]);
      return [c, cn, k, g.add1({ op: 'flip', axis: 1 }, [a])];
    });
    const [aT, cT, kT, ys] = b.g.add(
      scanOp({ carries: ['a', 'c', 'k'], sequences: ['x'], invariants: 0, steps: ['y'], masked: false }, bd),
      [a0, c0, k0, x],
    );
    b.output('a', aT);
    b.output('c', cT);
    b.output('k', kT);
    b.output('y', ys);
    const r = await compare(b.finish(), { x: f32([2, 5, H]), a0: f32([2, H], 2), c0: f32([2, H], 3), k0: f32([2, H], 4) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
  });

  test('nested scan: an inner scan over an invariant sequence at each outer step', async () => {
    const b = new ModBuilder('nested');
    const x = b.input('x', 'f32', ['B', 'T', H]);
    const enc = b.input('enc', 'f32', ['B', 'T', H]);
    const h0 = b.g.add1({ op: 'fill', value: 0.1, shape: ['B', H] }, []);
    const U = b.param('U', [H, H]);
    const BH = { dtype: 'f32', shape: ['B', H] } as const;
    const BTH = { dtype: 'f32', shape: ['B', 'T', H] } as const;
    const HH = { dtype: 'f32', shape: [H, H] } as const;
    const inner = body([BH, BH, BH, HH], (g, [a, e, xt, u]) => {
      const s = g.add1({ op: 'binary', fn: 'add' }, [g.add1({ op: 'matmul' }, [a, u]), g.add1({ op: 'binary', fn: 'mul' }, [e, xt])]);
      const an = g.add1({ op: 'unary', fn: 'tanh' }, [s]);
      return [an, g.add1({ op: 'unary', fn: 'sigmoid' }, [an])];
    });
    const outer = body([BH, BH, BTH, HH], (g, [h, xt, e, u]) => {
      const [aT, as] = g.add(scanOp({ carries: ['a'], sequences: ['e'], invariants: 2, steps: ['s'], reverse: true }, inner), [h, e, xt, u]);
      const mean = g.add1({ op: 'reduce', fn: 'mean', axis: 1 }, [as]);
      const hn = g.add1({ op: 'binary', fn: 'add' }, [aT, mean]);
      return [hn, hn];
    });
    const [hT, ys] = b.g.add(scanOp({ carries: ['h'], sequences: ['x'], invariants: 2, steps: ['y'] }, outer), [h0, x, enc, U]);
    b.output('h', hT);
    b.output('y', ys);
    const r = await compare(b.finish(), { x: f32([2, 4, H]), enc: f32([2, 4, H], 7) });
    expect(r.worst).toBeLessThanOrEqual(TOL);
    // Two nested loops in the generated code.
    expect(r.js).toMatch(/for \(let t = 0; t < T; t\+\+\)[\s\S]*for \(let t1 = T - 1; t1 >= 0; t1--\)/);
  });

  test('T = 0 runs no steps; finals are the initial carries', async () => {
    const r = await compare(rnn('rnn_empty'), { x: { data: new Float32Array(0), shape: [2, 0, I] } });
    expect(r.worst).toBe(0);
    expect(r.got.y.shape).toEqual([2, 0, H]);
  });
});

describe('no allocation per step', () => {
  test('nothing is allocated between the start and the end of a time loop', async () => {
    for (const m of [rnn('na1', { masked: true, maskOutput: 'previous' }), rnn('na2', { reverse: true })]) {
      const { js } = await load(m);
      const lines = js.split('\n');
      const start = lines.findIndex((l) => /^\s*for \(let t = /.test(l));
      expect(start).toBeGreaterThan(0);
      const indent = lines[start].match(/^\s*/)![0];
      const end = lines.findIndex((l, i) => i > start && l === `${indent}}`);
      expect(end).toBeGreaterThan(start);
      const loop = lines.slice(start, end + 1).join('\n');
      expect(loop).not.toMatch(/\bnew\b|\.slice\(|\.map\(|Array\.from|\[\.\.\./);
    }
  });
});

describe('stateful models', () => {
  function stateful() {
    const b = new ModBuilder('stateful');
    const x = b.input('x', 'f32', ['B', 'T', I]);
    const W = b.param('W', [I, H]);
    const U = b.param('U', [H, H]);
    const h = b.state('h', ['B', H]);
    const bd = body(
      [
        { dtype: 'f32', shape: ['B', H] },
        { dtype: 'f32', shape: ['B', I] },
        { dtype: 'f32', shape: [I, H] },
        { dtype: 'f32', shape: [H, H] },
      ],
      (g, [hh, xt, w, u]) => {
        const hn = g.add1({ op: 'unary', fn: 'tanh' }, [
          g.add1({ op: 'binary', fn: 'add' }, [g.add1({ op: 'matmul' }, [xt, w]), g.add1({ op: 'matmul' }, [hh, u])]),
        ]);
        return [hn, hn];
      },
    );
    const [hT, ys] = b.g.add(scanOp({ carries: ['h'], sequences: ['x'], invariants: 2, steps: ['y'] }, bd), [h, x, W, U]);
    b.update('h', hT);
    b.output('y', ys);
    return b.finish();
  }

  test('state carries across two calls, resets, and guards the batch size', async () => {
    const m = stateful();
    const { mod } = await load(m);
    const model = mod.create({ seed: 5 });
    const params = model.getParams();
    const x1 = f32([2, 3, I], 1);
    const x2 = f32([2, 4, I], 2);
    expect(model.getState()).toEqual({});
    const g1 = model.forward({ x: x1 });
    const w1 = interpret(m, { x: x1 }, params);
    expect(relErr(g1.y.data, w1.outputs.y.data)).toBeLessThanOrEqual(TOL);
    expect(relErr(model.getState().h, w1.states.h.data)).toBeLessThanOrEqual(TOL);
    const g2 = model.forward({ x: x2 });
    const w2 = interpret(m, { x: x2 }, params, { states: { h: w1.states.h } });
    expect(relErr(g2.y.data, w2.outputs.y.data)).toBeLessThanOrEqual(TOL);
    expect(relErr(model.getState().h, w2.states.h.data)).toBeLessThanOrEqual(TOL);

    expect(() => model.forward({ x: f32([3, 2, I]) })).toThrow(/batch size 3 differs from the kept state's 2; call resetState\(\)/);
    model.resetState();
    const g3 = model.forward({ x: x1 });
    expect(relErr(g3.y.data, w1.outputs.y.data)).toBeLessThanOrEqual(TOL);

    // setState then forward equals the interpreter from that state.
    const s = { data: rand(3 * H, 8), shape: [3, H] };
    model.setState({ h: s.data });
    const x3 = f32([3, 2, I], 3);
    const g4 = model.forward({ x: x3 });
    const w4 = interpret(m, { x: x3 }, params, { states: { h: s } });
    expect(relErr(g4.y.data, w4.outputs.y.data)).toBeLessThanOrEqual(TOL);
    expect(() => model.setState({ q: new Float32Array(4) })).toThrow(/unknown state 'q' \(states: h\)/);
    expect(() => model.setState({ h: new Float32Array(5) })).toThrow(/state 'h' has 5 elements, which does not fit shape \[B, 4\]/);

    model.dispose();
    expect(() => model.forward({ x: x1 })).toThrow(/disposed/);
  });

  test('a state update that reads another state (shift register) uses the old values', async () => {
    const b = new ModBuilder('shift');
    const x = b.input('x', 'f32', ['B', 2]);
    const s1 = b.state('s1', ['B', 2]);
    const s2 = b.state('s2', ['B', 2]);
    b.update('s1', x);
    b.update('s2', s1);
    b.output('y', b.g.add1({ op: 'binary', fn: 'add' }, [s1, s2]));
    const { mod } = await load(b.finish());
    const model = mod.create();
    const xs = [Float32Array.from([1, 2]), Float32Array.from([3, 4]), Float32Array.from([5, 6])];
    const ys = xs.map((d) => [...model.forward({ x: { data: d, shape: [1, 2] } }).y.data]);
    expect(ys).toEqual([
      [0, 0],
      [1, 2],
      [4, 6],
    ]);
    expect(model.getState()).toEqual({ s1: Float32Array.from([5, 6]), s2: Float32Array.from([3, 4]) });
  });
});

import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/ir/graph.js';
import { printGraph, printModule } from '../../src/ir/printer.js';
import { verifyModule } from '../../src/ir/verify.js';
import type { Module, SourceLoc } from '../../src/ir/types.js';
import { TestModule } from './util.js';

const at = (line: number, col: number): SourceLoc => ({ file: '/home/someone/project/models/model.ts', line, col });

function sentiment(): Module {
  const tm = new TestModule();
  const b = tm.b;
  const tokens = tm.input('tokens', 'i32', ['B', 'T']);
  const len = tm.input('lengths', 'i32', ['B'], 'lengths');
  const E = tm.param('emb.E', [100, 4], { kind: 'glorot_uniform' });
  const W = tm.param('rnn.W', [4, 8], { kind: 'uniform', low: -0.1, high: 0.1 });
  const U = tm.param('rnn.U', [8, 8], { kind: 'orthogonal' });
  const bias = tm.param('rnn.b', [8], { kind: 'constant', value: 0.5 });
  const h0 = tm.state('h', ['B', 8]);
  const x = b.add1({ op: 'gather' }, [E, tokens], at(12, 5));
  const mask = b.add1({ op: 'seq_mask' }, [len, x], at(13, 3));

  const body = new GraphBuilder();
  const h = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 8] });
  const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 4] });
  const w = body.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: [4, 8] });
  const u = body.leaf({ op: 'arg', index: 3 }, { dtype: 'f32', shape: [8, 8] });
  const bb = body.leaf({ op: 'arg', index: 4 }, { dtype: 'f32', shape: [8] });
  const pre = body.add1({ op: 'binary', fn: 'add' }, [body.add1({ op: 'matmul' }, [xt, w], at(20, 7)), body.add1({ op: 'matmul' }, [h, u], at(20, 20))]);
  const h1 = body.add1({ op: 'unary', fn: 'tanh' }, [body.add1({ op: 'binary', fn: 'add' }, [pre, bb])], at(21, 7));

  const [hf, hs] = b.add(
    { op: 'scan', carries: ['h'], sequences: ['x'], invariants: 3, steps: ['y'], reverse: false, masked: true, maskOutput: 'zero', truncate: null, body: body.finish([h1, h1]) },
    [h0, x, W, U, bias, mask],
    at(18, 3),
  );
  tm.update('h', hf);
  const last = b.add1({ op: 'reduce', fn: 'max', axis: 1 }, [hs]);
  const scaled = b.add1({ op: 'binary', fn: 'mul' }, [last, b.add1({ op: 'const', value: 0.1 }, [])]);
  tm.output('logits', b.add1({ op: 'slice', axis: 1, start: 0, size: 2 }, [scaled], at(30, 10)));
  tm.groups.push({ kind: 'embedding', path: 'emb', vocab: 100, dim: 4 });
  tm.groups.push({ kind: 'simple_rnn', path: 'rnn', layer: 'rnn', index: 0, reverse: false, bidirectional: false, input: 4, units: 8 });
  const m = tm.module('sentiment');
  verifyModule(m);
  return m;
}

describe('printer', () => {
  it('prints a module with locations (basename only)', () => {
    expect(printModule(sentiment())).toBe(`module sentiment
  input %0 tokens : i32[B, T]  (data)
  input %1 lengths : i32[B]  (lengths)
  param %2 emb.E : f32[100, 4]  init=glorot_uniform
  param %3 rnn.W : f32[4, 8]  init=uniform(-0.1, 0.1)
  param %4 rnn.U : f32[8, 8]  init=orthogonal
  param %5 rnn.b : f32[8]  init=constant(0.5)
  state %6 h : f32[B, 8]
  %7 = gather %2, %0 : f32[B, T, 4]  @model.ts:12:5
  %8 = seq_mask %1, %7 : f32[B, T]  @model.ts:13:3
  %9, %10 = scan carries(h=%6) sequences(x=%7) invariants(%3, %4, %5) mask(%8, zero) reverse=false truncate=none : f32[B, 8], f32[B, T, 8]  @model.ts:18:3 {
    ^args(h=%0: f32[B, 8], x=%1: f32[B, 4], %2: f32[4, 8], %3: f32[8, 8], %4: f32[8])
    %5 = matmul %1, %2 : f32[B, 8]  @model.ts:20:7
    %6 = matmul %0, %3 : f32[B, 8]  @model.ts:20:20
    %7 = add %5, %6 : f32[B, 8]
    %8 = add %7, %4 : f32[B, 8]
    %9 = tanh %8 : f32[B, 8]  @model.ts:21:7
    yield carries(h=%9) steps(y=%9)
  }
  %11 = reduce_max %10 axis=1 : f32[B, 8]
  %12 = const 0.1 : f32[]
  %13 = mul %11, %12 : f32[B, 8]
  %14 = slice %13 axis=1 start=0 size=2 : f32[B, 2]  @model.ts:30:10
  update h = %9 : f32[B, 8]
  output logits = %14 : f32[B, 2]
  group embedding path=emb vocab=100 dim=4
  group simple_rnn path=rnn layer=rnn index=0 reverse=false bidirectional=false input=4 units=8
`);
  });

  it('omits locations when asked', () => {
    const text = printModule(sentiment(), { locs: false });
    expect(text).not.toContain('@');
    expect(text).toContain('  %7 = gather %2, %0 : f32[B, T, 4]\n');
    expect(text).toContain('truncate=none : f32[B, 8], f32[B, T, 8] {\n');
  });

  it('is deterministic: same module, same text; rebuilt module, same text', () => {
    const m = sentiment();
    expect(printModule(m)).toBe(printModule(m));
    expect(printModule(sentiment())).toBe(printModule(m));
  });

  it('nested scans indent further; remaining ops print their attributes', () => {
    const inner = new GraphBuilder();
    const s = inner.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 2] });
    const v = inner.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 2] });
    const innerBody = inner.finish([inner.add1({ op: 'binary', fn: 'max' }, [s, v])]);
    const outer = new GraphBuilder();
    const acc = outer.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 2] });
    const xs = outer.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 'T', 2] });
    const z = outer.add1({ op: 'fill', value: -Infinity, shape: ['B', 2] }, []);
    const [mx] = outer.add(
      { op: 'scan', carries: ['m'], sequences: ['v'], invariants: 0, steps: [], reverse: true, masked: false, maskOutput: 'previous', truncate: 3, body: innerBody },
      [z, xs],
    );
    const outerBody = outer.finish([outer.add1({ op: 'binary', fn: 'add' }, [acc, mx])]);

    const b = new GraphBuilder();
    const ids = b.leaf({ op: 'input', name: 'ids' }, { dtype: 'i32', shape: ['B', 'T', 2] });
    const x = b.add1({ op: 'cast', to: 'f32' }, [ids]);
    const f = b.add1({ op: 'flip', axis: 1 }, [x]);
    const c = b.add1({ op: 'concat', axis: 2 }, [x, f]);
    b.add1({ op: 'reshape', shape: ['B', 'T', 2, 2] }, [c]);
    b.add1({ op: 'const', value: -0 }, []);
    const a1 = b.add1({ op: 'unary', fn: 'neg' }, [b.add1({ op: 'fill', value: 1 / 3, shape: ['B', 2] }, [])]);
    b.add(
      { op: 'scan', carries: ['acc'], sequences: [], invariants: 1, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: outerBody },
      [a1, x],
    );
    expect(printGraph(b.finish())).toBe(`input %0 ids : i32[B, T, 2]
%1 = cast %0 to=f32 : f32[B, T, 2]
%2 = flip %1 axis=1 : f32[B, T, 2]
%3 = concat %1, %2 axis=2 : f32[B, T, 4]
%4 = reshape %3 to=[B, T, 2, 2] : f32[B, T, 2, 2]
%5 = const -0 : f32[]
%6 = fill 0.3333333333333333 shape=[B, 2] : f32[B, 2]
%7 = neg %6 : f32[B, 2]
%8 = scan carries(acc=%7) sequences() invariants(%1) reverse=false truncate=none : f32[B, 2] {
  ^args(acc=%0: f32[B, 2], %1: f32[B, T, 2])
  %2 = fill -Infinity shape=[B, 2] : f32[B, 2]
  %3 = scan carries(m=%2) sequences(v=%1) invariants() reverse=true truncate=3 : f32[B, 2] {
    ^args(m=%0: f32[B, 2], v=%1: f32[B, 2])
    %2 = max %0, %1 : f32[B, 2]
    yield carries(m=%2) steps()
  }
  %4 = add %0, %3 : f32[B, 2]
  yield carries(acc=%4) steps()
}
`);
  });

  it('constants print with enough digits to round-trip', () => {
    const b = new GraphBuilder();
    for (const v of [0.1 + 0.2, 1e-30, -123456789.125, Math.PI]) b.add1({ op: 'const', value: v }, []);
    const consts = printGraph(b.finish())
      .trim()
      .split('\n')
      .map((l) => Number(/const (\S+)/.exec(l)![1]));
    expect(consts).toEqual([0.1 + 0.2, 1e-30, -123456789.125, Math.PI]);
  });

  it('irregular body args stay inline rather than being hidden', () => {
    const body = new GraphBuilder();
    const a = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 1] });
    const a2 = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 1] });
    const g = body.finish([body.add1({ op: 'binary', fn: 'sub' }, [a, a2])]);
    const b = new GraphBuilder();
    const init = b.leaf({ op: 'input', name: 'h' }, { dtype: 'f32', shape: ['B', 1] });
    b.add({ op: 'scan', carries: ['h'], sequences: [], invariants: 0, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: g }, [init]);
    expect(printGraph(b.finish())).toBe(`input %0 h : f32[B, 1]
%1 = scan carries(h=%0) sequences() invariants() reverse=false truncate=none : f32[B, 1] {
  ^args(h=_)
  %0 = arg 0 : f32[B, 1]
  %1 = arg 0 : f32[B, 1]
  %2 = sub %0, %1 : f32[B, 1]
  yield carries(h=%2) steps()
}
`);
  });
});

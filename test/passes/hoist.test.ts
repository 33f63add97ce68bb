// hoist alone (after fuse-gates where the test says so): invariant work and sequence-only work leave
// scan bodies; accumulators of backward scans become one matmul_tn; unread scan args go. Printed IR
// checked FileCheck style; every rewrite also keeps the numbers (reference interpreter).
import { describe, expect, it } from 'vitest';
import { defineModel, type F32, type ModelBuilder, type Step } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { GraphBuilder } from '../../src/ir/graph.js';
import { verifyModule } from '../../src/ir/verify.js';
import { addGradients } from '../../src/passes/autodiff.js';
import { cse } from '../../src/passes/cse.js';
import { fuseGates } from '../../src/passes/fuse-gates.js';
import { hoist, pruneScans } from '../../src/passes/hoist.js';
import type { Module, Op } from '../../src/ir/types.js';
import { TestModule } from '../ir/util.js';
import { checks, filecheck } from './filecheck.js';
import { caseFor, expectSameOutputs, ir, opCounts, run } from './util.js';

type ScanOp = Extract<Op, { op: 'scan' }>;

/** `pass` on the traced model, verified, with the same outputs as before. */
function apply(pass: (m: Module) => Module, before: Module): { after: Module; text: string } {
  const after = pass(before);
  verifyModule(after);
  for (const seed of [1, 5]) expectSameOutputs(run(after, caseFor(before, 3, 5, seed)), run(before, caseFor(before, 3, 5, seed)), `${before.name}: seed ${seed}`);
  return { after, text: ir(after) };
}
const model = (build: (m: ModelBuilder) => void) => trace(defineModel('t', build));
const fuseThenHoist = (m: Module) => hoist(fuseGates(m));

describe('hoist: sequence work becomes one op over all steps', () => {
  it('LSTM after fuse-gates: one [B, T, 4H] input projection before the scan, one matmul in the body', () => {
    const m = model((b) => b.output('y', b.lstm(b.sequence('x', 16), { units: 32, name: 'enc', returnSequences: true }).output));
    const { after, text } = apply(fuseThenHoist, m);
    filecheck(text, checks(String.raw`
      CHECK: input [[X:%\d+]] x : f32[B, T, 16]
      CHECK: param [[WI:%\d+]] enc.W_i
      CHECK-NEXT: param [[WF:%\d+]] enc.W_f
      CHECK-NEXT: param [[WC:%\d+]] enc.W_c
      CHECK-NEXT: param [[WO:%\d+]] enc.W_o
      CHECK-NEXT: param [[UI:%\d+]] enc.U_i
      CHECK-NEXT: param [[UF:%\d+]] enc.U_f
      CHECK-NEXT: param [[UC:%\d+]] enc.U_c
      CHECK-NEXT: param [[UO:%\d+]] enc.U_o
      CHECK: [[WX:%\d+]] = concat [[WI]], [[WF]], [[WC]], [[WO]] axis=1 : f32[16, 128]
      CHECK-NEXT: [[P:%\d+]] = matmul [[X]], [[WX]] : f32[B, T, 128]
      CHECK-NEXT: [[WH:%\d+]] = concat [[UI]], [[UF]], [[UC]], [[UO]] axis=1 : f32[32, 128]
      CHECK-NEXT: = scan carries(h={{%\d+}}, c={{%\d+}}) sequences(hoisted.0=[[P]]) invariants({{[%\d, ]*}}[[WH]]) reverse=false
      CHECK-NEXT: ^args(h=[[H:%\d+]]: f32[B, 32], c={{%\d+}}: f32[B, 32], hoisted.0=[[S:%\d+]]: f32[B, 128], {{.*}}, [[U:%\d+]]: f32[32, 128])
      CHECK-NOT: matmul
      CHECK: = slice [[S]] axis=1 start=0 size=32
      CHECK-NOT: matmul
      CHECK: = matmul [[H]], [[U]] : f32[B, 128]
      CHECK-NOT: {{matmul|concat}}
      CHECK: yield
    `));
    expect(opCounts(after, 'matmul')).toEqual({ top: 1, bodies: [1] });
  });

  it('without fuse-gates, each gate projection leaves on its own: four [B, T, H] sequences', () => {
    const m = model((b) => b.output('y', b.lstm(b.sequence('x', 16), { units: 8, name: 'enc' }).output));
    const { after, text } = apply(hoist, m);
    filecheck(text, checks(String.raw`
      CHECK: [[P0:%\d+]] = matmul %0, %1 : f32[B, T, 8]
      CHECK: = scan carries({{.*}}) sequences(hoisted.0=[[P0]], hoisted.1={{%\d+}}, hoisted.2={{%\d+}}, hoisted.3={{%\d+}}) invariants(
    `));
    expect(opCounts(after, 'matmul')).toEqual({ top: 4, bodies: [4] });
  });

  it('reverse and masked scans keep their options; the projection is time-aligned', () => {
    const m = model((b) => b.output('y', b.gru(b.sequence('x', 4), { units: 3, goBackwards: true, mask: b.mask('mask'), maskOutput: 'previous', returnSequences: true }).output));
    const { text } = apply(fuseThenHoist, m);
    filecheck(text, checks(String.raw`
      CHECK: input [[M:%\d+]] mask : f32[B, T]  (mask)
      CHECK: [[P:%\d+]] = matmul %0, {{%\d+}} : f32[B, T, 9]
      CHECK: = scan carries(h={{%\d+}}) sequences(hoisted.0=[[P]]) invariants({{.*}}) mask([[M]], previous) reverse=true truncate=none
    `));
  });

  it('an invariant that reaches the batch axis gets a [B, 1, ...] reshape (input dropout)', () => {
    const m = model((b) => b.output('y', b.gru(b.sequence('x', 4), { units: 3, dropout: 0.5, returnSequences: true }).output));
    const { text } = apply(fuseThenHoist, m);
    filecheck(text, checks(String.raw`
      CHECK: [[D:%\d+]] = dropout rate=0.5 name={{.*}} shape=[B, 4]
      CHECK: [[R:%\d+]] = reshape [[D]] to=[B, 1, 4] : f32[B, 1, 4]
      CHECK-NEXT: [[XD:%\d+]] = mul %0, [[R]] : f32[B, T, 4]
      CHECK: = matmul [[XD]], {{%\d+}} : f32[B, T, 9]
      CHECK: = scan
      CHECK-NOT: dropout
      CHECK: yield
    `));
  });

  it('every liftable op: axes shift by one, reshape gets T, gather of ids; cheap per-step work stays', () => {
    const m = model((b) => {
      const x = b.sequence('x', 4);
      const ids = b.tokens('ids');
      const E = b.param('E', [30, 4]);
      const W = b.param('W', [8, 3]);
      const U = b.param('U', [3, 3]);
      const scale = b.input('scale', 'f32', ['B', 4]);
      const r = b.scan({
        carries: { h: b.zeros(['B', 3]) },
        sequences: { x, ids },
        body: ({ h }, { x: xt, ids: it }) => {
          const e = b.gather(E, it) as F32;
          const xs = b.add(scale as F32, xt as F32); // invariant op step: swapped, the invariant reshaped
          const both = b.concat([b.tanh(xs), e], -1);
          const flat = b.reshape(b.reshape(both, ['B', 2, 4]), ['B', 8]);
          const mean = b.expandDims(b.mean(b.slice(flat, 1, 6), 1), 1);
          const pos = b.maximum(flat, b.flip(b.neg(flat), 1));
          const kept = b.sub(scale as F32, xt as F32); // not liftable: stays
          const pre = b.add(b.add(b.matmul(b.add(pos, mean) as never, W as never), b.matmul(h as never, U as never)), b.slice(b.oneHot(it, 30), 0, 3) as never);
          const hn = b.tanh(b.add(pre, b.expandDims(b.sum(kept, 1), 1) as never)) as unknown as Step<3>;
          return { carries: { h: hn }, steps: { h: hn } };
        },
      });
      b.output('y', r.steps.h);
    });
    const { after, text } = apply(hoist, m);
    filecheck(text, checks(String.raw`
      CHECK: input [[SC:%\d+]] scale : f32[B, 4]
      CHECK: [[R:%\d+]] = reshape [[SC]] to=[B, 1, 4]
      CHECK-NEXT: [[XS:%\d+]] = add %0, [[R]] : f32[B, T, 4]
      CHECK-NEXT: [[TH:%\d+]] = tanh [[XS]] : f32[B, T, 4]
      CHECK-NEXT: [[E:%\d+]] = gather %2, %1 : f32[B, T, 4]
      CHECK-NEXT: = concat [[TH]], [[E]] axis=2 : f32[B, T, 8]
      CHECK-NEXT: = reshape {{%\d+}} to=[B, T, 2, 4]
      CHECK-NEXT: [[FL:%\d+]] = reshape {{%\d+}} to=[B, T, 8]
      CHECK-NEXT: = neg [[FL]]
      CHECK-NEXT: = flip {{%\d+}} axis=2
      CHECK-NEXT: = max [[FL]], {{%\d+}}
      CHECK-NEXT: = slice [[FL]] axis=2 start=1 size=6 : f32[B, T, 6]
      CHECK-NEXT: = reduce_mean {{%\d+}} axis=2 : f32[B, T]
      CHECK-NEXT: = reshape {{%\d+}} to=[B, T, 1]
      CHECK-NEXT: = add
      CHECK-NEXT: [[P:%\d+]] = matmul {{%\d+}}, %3 : f32[B, T, 3]
      CHECK-NEXT: = scan carries(h={{%\d+}}) sequences(x=%0, ids=%1, hoisted.0=[[P]]) invariants([[SC]], %4)
      CHECK-NEXT: ^args(h={{%\d+}}: f32[B, 3], x=[[XT:%\d+]]: f32[B, 4], ids=[[IT:%\d+]]: i32[B], hoisted.0={{%\d+}}: f32[B, 3], [[S2:%\d+]]: f32[B, 4], {{%\d+}}: f32[3, 3])
      CHECK-NOT: gather
      CHECK-NEXT: = sub [[S2]], [[XT]]
      CHECK: = one_hot [[IT]] depth=30
      CHECK: yield
    `));
    expect(opCounts(after, 'matmul')).toEqual({ top: 1, bodies: [1] });
  });

  it('select: a sequence condition as is, an invariant one reshaped; carry-dependent work stays', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 3]);
    const c = tm.input('c', 'f32', ['B', 3]);
    const body = new GraphBuilder();
    const h = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: ['B', 3] });
    const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 3] });
    const ct = body.leaf({ op: 'arg', index: 2 }, { dtype: 'f32', shape: ['B', 3] });
    const pos = body.add1({ op: 'unary', fn: 'relu' }, [xt]);
    const s1 = body.add1({ op: 'select' }, [pos, xt, body.add1({ op: 'unary', fn: 'neg' }, [xt])]); // |x| by select, all per step
    const s2 = body.add1({ op: 'select' }, [ct, s1, body.add1({ op: 'unary', fn: 'exp' }, [xt])]); // invariant condition [B, 3]
    const s3 = body.add1({ op: 'select' }, [h, s2, xt]); // the carry as condition: stays
    const h1 = body.add1({ op: 'binary', fn: 'add' }, [h, s3]);
    const op: ScanOp = { op: 'scan', carries: ['h'], sequences: ['x'], invariants: 1, steps: ['y'], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: body.finish([h1, s2]) };
    const init = tm.op({ op: 'fill', value: 0.5, shape: ['B', 3] });
    const outs = tm.b.add(op, [init, x, c]);
    tm.output('h', outs[0]);
    tm.output('y', outs[1]);
    const m = tm.module('sel');
    const { text } = apply(hoist, m);
    filecheck(text, checks(String.raw`
      CHECK: [[CR:%\d+]] = reshape %1 to=[B, 1, 3]
      CHECK-NEXT: [[R:%\d+]] = relu %0 : f32[B, T, 3]
      CHECK-NEXT: [[N:%\d+]] = neg %0
      CHECK-NEXT: [[S1:%\d+]] = select [[R]], %0, [[N]] : f32[B, T, 3]
      CHECK-NEXT: [[E:%\d+]] = exp %0
      CHECK-NEXT: [[S2:%\d+]] = select [[CR]], [[S1]], [[E]] : f32[B, T, 3]
      CHECK: = scan carries(h={{%\d+}}) sequences(x=%0, hoisted.0=[[S2]]) invariants()
      CHECK-NEXT: ^args(h=[[H:%\d+]]: f32[B, 3], x=[[XT:%\d+]]: f32[B, 3], hoisted.0=[[S:%\d+]]: f32[B, 3])
      CHECK-NEXT: [[S3:%\d+]] = select [[H]], [[S]], [[XT]]
      CHECK-NEXT: = add [[H]], [[S3]]
      CHECK-NEXT: yield carries(h={{%\d+}}) steps(y=[[S]])
    `));
  });
});

describe('hoist: invariant work', () => {
  it('a function of the weights leaves; a cheap batch-axis one stays; a nested scan stays but its own work leaves both scans', () => {
    const m = model((b) => {
      const x = b.sequence('x', 4);
      const y = b.sequence('v', 2);
      const W = b.param('W', [4, 3]);
      const U = b.param('U', [3, 3]);
      const V = b.param('V', [2, 3]);
      const bias = b.param('bias', [3]);
      const r = b.scan({
        carries: { h: b.zeros(['B', 3]) },
        sequences: { x },
        body: ({ h }, { x: xt }) => {
          const Us = b.mul(U as F32, 0.5); // weights only: leaves
          const hb = b.add(b.zeros(['B', 3]), bias as F32); // cheap, batch axis: stays
          const inner = b.scan({
            carries: { s: h },
            sequences: { y },
            body: ({ s }, { y: yt }) => ({ carries: { s: b.tanh(b.add(s, b.matmul(yt, V as never) as F32)) as unknown as Step<3> } }),
          });
          const hn = b.tanh(b.add(b.add(b.add(b.matmul(xt, W as never) as F32, b.matmul(h as never, Us as never) as F32), hb), inner.finals.s)) as unknown as Step<3>;
          return { carries: { h: hn }, steps: { h: hn } };
        },
      });
      b.output('y', r.steps.h);
    });
    const { after, text } = apply(hoist, m);
    filecheck(text, checks(String.raw`
      CHECK: input [[V:%\d+]] v : f32[B, T, 2]
      CHECK: param [[VW:%\d+]] V
      CHECK: [[US:%\d+]] = mul {{%\d+}}, {{%\d+}} : f32[3, 3]
      CHECK: [[VP:%\d+]] = matmul [[V]], [[VW]] : f32[B, T, 3]
      CHECK: = scan carries(h={{%\d+}}) sequences(hoisted.0={{%\d+}}) invariants({{.*}}[[VP]]{{.*}})
      CHECK-NOT: = mul {{%\d+}}, {{%\d+}} : f32[3, 3]
      CHECK: = fill 0 shape=[B, 3]
      CHECK-NEXT: = add {{%\d+}}, {{%\d+}} : f32[B, 3]
      CHECK: = scan carries(s={{%\d+}}) sequences(hoisted.0={{%\d+}}) invariants()
      CHECK-NOT: matmul
      CHECK: yield carries(s=
      CHECK: = matmul {{%\d+}}, {{%\d+}} : f32[B, 3]
      CHECK-NOT: matmul
      CHECK: yield carries(h=
    `));
    expect(opCounts(after, 'matmul')).toEqual({ top: 2, bodies: [1, 0] });
  });
});

describe('hoist: accumulators of a backward scan', () => {
  it('acc + a^T g and acc + sum over B of g leave the scan: one matmul_tn and one reduction of the stacked g', () => {
    const m = model((b) => {
      const y = b.lstm(b.sequence('x', 4), { units: 8, returnSequences: true }).output;
      b.output('loss', b.sumAll(b.mul(y, y)));
    });
    // As the pipeline has it: fuse-gates has made the gate gradients pieces of one [B, 32] concat (cse: of one).
    const grad = cse(fuseGates(addGradients(fuseThenHoist(m), { loss: 'loss' })));
    expect(opCounts(grad, 'matmul_tn').bodies).toEqual([0, 1]);
    expect(opCounts(grad, 'reduce').bodies).toEqual([0, 4]);
    const { after, text } = apply(hoist, grad);
    filecheck(text, checks(String.raw`
      CHECK: = scan carries(h=
      CHECK: yield carries(h=
      CHECK: {{%\d+}}, {{%\d+}}, [[DG:%\d+]]{{(, %\d+)*}} = scan carries(d.h={{%\d+}}, d.c={{%\d+}}) sequences({{.*}}) invariants({{.*}}) reverse=true
      CHECK-NOT: {{matmul_tn|reduce_sum}}
      CHECK: yield carries(d.h={{%\d+}}, d.c={{%\d+}}) steps(d.hoisted.0=
      CHECK-NEXT: }
      CHECK-NEXT: [[BT:%\d+]] = reduce_sum [[DG]] axis=0 : f32[T, 32]
      CHECK-NEXT: [[S:%\d+]] = reduce_sum [[BT]] axis=0 : f32[32]
      CHECK-NEXT: = slice [[S]] axis=0 start=0 size=8 : f32[8]
      CHECK: = slice [[S]] axis=0 start=8 size=8 : f32[8]
      CHECK: = slice [[S]] axis=0 start=16 size=8 : f32[8]
      CHECK: = slice [[S]] axis=0 start=24 size=8 : f32[8]
      CHECK: = matmul_tn {{%\d+}}, [[DG]] : f32[8, 32]
      CHECK: = matmul_tn {{%\d+}}, {{%\d+}} : f32[4, 32]
    `));
    expect(opCounts(after, 'matmul_tn')).toEqual({ top: 2, bodies: [0, 0] });
    expect(opCounts(after, 'reduce').bodies).toEqual([0, 0]);
    // the [8, 32] weight and the four [8] bias accumulators are no longer carries of the backward scan
    const bwd = after.graph.nodes.filter((n) => n.op.op === 'scan')[1].op as ScanOp;
    expect(bwd.carries).toEqual(['d.h', 'd.c']);
    expect((grad.graph.nodes.filter((n) => n.op.op === 'scan')[1].op as ScanOp).carries).toHaveLength(7);
  });

  it('a batch sum of a value the scan does not yield becomes a new step output, summed after the scan', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 3]);
    const body = new GraphBuilder();
    const acc = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: [3] });
    const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 3] });
    const sq = body.add1({ op: 'unary', fn: 'tanh' }, [xt]);
    const acc1 = body.add1({ op: 'binary', fn: 'add' }, [acc, body.add1({ op: 'reduce', fn: 'sum', axis: 0 }, [sq])]);
    const op: ScanOp = { op: 'scan', carries: ['acc'], sequences: ['x'], invariants: 0, steps: [], reverse: true, masked: false, maskOutput: 'zero', truncate: null, body: body.finish([acc1]) };
    const init = tm.op({ op: 'fill', value: 0.5, shape: [3] });
    tm.output('a', tm.b.add(op, [init, x])[0]);
    const { after, text } = apply(hoist, tm.module('bsum'));
    filecheck(text, checks(String.raw`
      CHECK: [[INIT:%\d+]] = fill 0.5 shape=[3]
      CHECK-NEXT: [[Y:%\d+]] = scan carries() sequences(x=%0) invariants() reverse=true truncate=none : f32[B, T, 3]
      CHECK: yield carries() steps(accumulated.0=
      CHECK-NEXT: }
      CHECK-NEXT: [[BT:%\d+]] = reduce_sum [[Y]] axis=0 : f32[T, 3]
      CHECK-NEXT: [[S:%\d+]] = reduce_sum [[BT]] axis=0 : f32[3]
      CHECK-NEXT: = add [[INIT]], [[S]] : f32[3]
    `));
    expect(opCounts(after, 'reduce')).toEqual({ top: 2, bodies: [0] });
  });

  it('not in a truncated scan (the window stops the sum)', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 3]);
    const body = new GraphBuilder();
    const acc = body.leaf({ op: 'arg', index: 0 }, { dtype: 'f32', shape: [3, 3] });
    const xt = body.leaf({ op: 'arg', index: 1 }, { dtype: 'f32', shape: ['B', 3] });
    const acc1 = body.add1({ op: 'binary', fn: 'add' }, [acc, body.add1({ op: 'matmul_tn' }, [xt, xt])]);
    const mk = (truncate: number | null): ScanOp => ({ op: 'scan', carries: ['acc'], sequences: ['x'], invariants: 0, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate, body: body.finish([acc1]) });
    const init = tm.op({ op: 'fill', value: 0, shape: [3, 3] });
    tm.output('a', tm.b.add(mk(null), [init, x])[0]);
    tm.output('b', tm.b.add(mk(2), [init, x])[0]);
    const { after, text } = apply(hoist, tm.module('acc'));
    expect(opCounts(after, 'matmul_tn')).toEqual({ top: 1, bodies: [0, 1] });
    filecheck(text, checks(String.raw`
      CHECK: = scan carries() sequences(x=%0) invariants() reverse=false truncate=none
      CHECK: = matmul_tn %0, %0 : f32[3, 3]
      CHECK: = scan carries(acc={{%\d+}}) sequences(x=%0) invariants() reverse=false truncate=2
    `));
  });
});

describe('prune-scan-args', () => {
  it('drops unread sequences and invariants, merges repeated args and step outputs, keeps one sequence for T', () => {
    const tm = new TestModule();
    const x = tm.input('x', 'f32', ['B', 'T', 2]);
    const z = tm.input('z', 'f32', ['B', 'T', 2]);
    const p = tm.param('p', [2]);
    const q = tm.param('q', [2]);
    const body = new GraphBuilder();
    const f32 = (shape: (number | 'B')[]) => ({ dtype: 'f32' as const, shape });
    const h = body.leaf({ op: 'arg', index: 0 }, f32(['B', 2]));
    const xt = body.leaf({ op: 'arg', index: 1 }, f32(['B', 2]));
    const xt2 = body.leaf({ op: 'arg', index: 2 }, f32(['B', 2])); // x again
    body.leaf({ op: 'arg', index: 3 }, f32(['B', 2])); // z: unread
    const p1 = body.leaf({ op: 'arg', index: 4 }, f32([2]));
    body.leaf({ op: 'arg', index: 5 }, f32([2])); // q: unread
    const p2 = body.leaf({ op: 'arg', index: 6 }, f32([2])); // p again
    const h1 = body.add1({ op: 'binary', fn: 'add' }, [body.add1({ op: 'binary', fn: 'add' }, [h, body.add1({ op: 'binary', fn: 'mul' }, [xt, p1])]), body.add1({ op: 'binary', fn: 'mul' }, [xt2, p2])]);
    const op: ScanOp = { op: 'scan', carries: ['h'], sequences: ['x', 'x2', 'z'], invariants: 3, steps: [], reverse: false, masked: false, maskOutput: 'zero', truncate: null, body: body.finish([h1]) };
    const init = tm.op({ op: 'fill', value: 0, shape: ['B', 2] });
    tm.output('h', tm.b.add(op, [init, x, x, z, p, q, p])[0]);
    // a scan that reads no sequence keeps its first one: it gives T
    const body2 = new GraphBuilder();
    const c = body2.leaf({ op: 'arg', index: 0 }, f32(['B', 2]));
    body2.leaf({ op: 'arg', index: 1 }, f32(['B', 2]));
    const op2: ScanOp = { ...op, sequences: ['z', 'x'], invariants: 0, body: body2.finish([body2.add1({ op: 'unary', fn: 'tanh' }, [c])]) };
    tm.output('k', tm.b.add(op2, [init, z, x])[0]);
    // one body value yielded as two step outputs is written once; both outputs read it; a step
    // output that is a sequence as it came in is that sequence (the scan does not copy it)
    const body3 = new GraphBuilder();
    const c3 = body3.leaf({ op: 'arg', index: 0 }, f32(['B', 2]));
    const x3 = body3.leaf({ op: 'arg', index: 1 }, f32(['B', 2]));
    const y3 = body3.add1({ op: 'binary', fn: 'mul' }, [c3, x3]);
    const op3: ScanOp = { ...op, sequences: ['x'], invariants: 0, steps: ['a', 'b', 'c'], body: body3.finish([c3, y3, x3, y3]) };
    const outs3 = tm.b.add(op3, [init, x]);
    tm.output('s_a', outs3[1]);
    tm.output('s_b', outs3[2]);
    tm.output('s_c', outs3[3]);
    const { text } = apply(pruneScans, tm.module('prune'));
    filecheck(text, checks(String.raw`
      CHECK: = scan carries(h={{%\d+}}) sequences(x=%0) invariants(%2) reverse=false
      CHECK-NEXT: ^args(h=[[H:%\d+]]: f32[B, 2], x=[[X:%\d+]]: f32[B, 2], [[P:%\d+]]: f32[2])
      CHECK: = mul [[X]], [[P]]
      CHECK: = mul [[X]], [[P]]
      CHECK: = scan carries(h={{%\d+}}) sequences(z=%1) invariants() reverse=false
      CHECK: [[F:%\d+]], [[A:%\d+]] = scan carries(h={{%\d+}}) sequences(x=%0)
      CHECK: yield carries(h={{%\d+}}) steps(a=[[Y:%\d+]])
      CHECK: output s_a = [[A]]
      CHECK-NEXT: output s_b = %0
      CHECK-NEXT: output s_c = [[A]]
    `));
  });
});

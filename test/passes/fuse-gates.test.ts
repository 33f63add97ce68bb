// fuse-gates alone: matmuls sharing a left operand with weight right operands become one matmul on
// the concatenated weights plus slices. Printed IR checked FileCheck style; numbers unchanged.
import { describe, expect, it } from 'vitest';
import { defineModel, type F32, type ModelBuilder, type Step } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { verifyModule } from '../../src/ir/verify.js';
import { addGradients } from '../../src/passes/autodiff.js';
import { dce } from '../../src/passes/dce.js';
import { fuseGates } from '../../src/passes/fuse-gates.js';
import type { Module, Node } from '../../src/ir/types.js';
import { checks, filecheck } from './filecheck.js';
import { caseFor, expectSameOutputs, ir, opCounts, run } from './util.js';

function fused(build: (m: ModelBuilder) => void): { before: Module; after: Module; text: string } {
  const before = trace(defineModel('t', build));
  const after = fuseGates(before);
  verifyModule(after);
  expectSameOutputs(run(after, caseFor(before)), run(before, caseFor(before)), 'fuse-gates');
  return { before, after, text: ir(after) };
}

/** The params feeding the first `concat` of the first scan body, through the scan's invariants. */
function concatParams(m: Module): string[][] {
  const scan = m.graph.nodes.find((n) => n.op.op === 'scan')!;
  const op = scan.op as Extract<Node['op'], { op: 'scan' }>;
  const argIndex = new Map(op.body.nodes.flatMap((n) => (n.op.op === 'arg' ? [[n.outputs[0], n.op.index] as const] : [])));
  const paramOf = new Map(m.params.map((p) => [p.value, p.name]));
  return op.body.nodes
    .filter((n) => n.op.op === 'concat')
    .map((c) => c.inputs.map((v) => paramOf.get(scan.inputs[argIndex.get(v)!]) ?? '?'));
}

describe('fuse-gates', () => {
  it('LSTM: the four x W_g become one x [I, 4H], the four h U_g one h [H, 4H]', () => {
    const { before, after, text } = fused((m) => m.output('y', m.lstm(m.sequence('x', 16), { units: 32, name: 'enc' }).output));
    filecheck(text, checks(String.raw`
      CHECK: scan carries(h=
      CHECK-NEXT: ^args(h=[[H:%\d+]]: f32[B, 32], c=%{{\d+}}: f32[B, 32], x=[[X:%\d+]]: f32[B, 16]
      CHECK-NOT: matmul
      CHECK: [[WX:%\d+]] = concat %{{\d+}}, %{{\d+}}, %{{\d+}}, %{{\d+}} axis=1 : f32[16, 128]
      CHECK-NEXT: [[MX:%\d+]] = matmul [[X]], [[WX]] : f32[B, 128]
      CHECK-NEXT: = slice [[MX]] axis=1 start=0 size=32 : f32[B, 32]
      CHECK-NEXT: = slice [[MX]] axis=1 start=32 size=32 : f32[B, 32]
      CHECK-NEXT: = slice [[MX]] axis=1 start=64 size=32 : f32[B, 32]
      CHECK-NEXT: = slice [[MX]] axis=1 start=96 size=32 : f32[B, 32]
      CHECK-NEXT: [[WH:%\d+]] = concat %{{\d+}}, %{{\d+}}, %{{\d+}}, %{{\d+}} axis=1 : f32[32, 128]
      CHECK-NEXT: [[MH:%\d+]] = matmul [[H]], [[WH]] : f32[B, 128]
      CHECK-NOT: matmul
      CHECK: yield
    `));
    expect(opCounts(after, 'matmul')).toEqual({ top: 0, bodies: [2] });
    expect(opCounts(before, 'matmul')).toEqual({ top: 0, bodies: [8] });
    // the concat is of the parameters themselves, in gate order; the parameters are unchanged
    expect(concatParams(after)).toEqual([
      ['enc.W_i', 'enc.W_f', 'enc.W_c', 'enc.W_o'],
      ['enc.U_i', 'enc.U_f', 'enc.U_c', 'enc.U_o'],
    ]);
    expect(after.params.map((p) => [p.name, p.shape])).toEqual(before.params.map((p) => [p.name, p.shape]));
  });

  it('GRU reset-after: both sides to 3H', () => {
    const { after, text } = fused((m) => m.output('y', m.gru(m.sequence('x', 8), { units: 16, name: 'g' }).output));
    filecheck(text, checks(String.raw`
      CHECK: ^args(h=[[H:%\d+]]: f32[B, 16], x=[[X:%\d+]]: f32[B, 8]
      CHECK: [[WX:%\d+]] = concat %{{\d+}}, %{{\d+}}, %{{\d+}} axis=1 : f32[8, 48]
      CHECK-NEXT: matmul [[X]], [[WX]] : f32[B, 48]
      CHECK: [[WH:%\d+]] = concat %{{\d+}}, %{{\d+}}, %{{\d+}} axis=1 : f32[16, 48]
      CHECK-NEXT: matmul [[H]], [[WH]] : f32[B, 48]
      CHECK-NOT: matmul
      CHECK: yield
    `));
    expect(concatParams(after)).toEqual([
      ['g.W_z', 'g.W_r', 'g.W_h'],
      ['g.U_z', 'g.U_r', 'g.U_h'],
    ]);
  });

  it('GRU reset-before: x side 3H, h side only z and r; (r h) U_h has its own left operand', () => {
    const { after, text } = fused((m) => m.output('y', m.gru(m.sequence('x', 8), { units: 16, resetAfter: false, name: 'g' }).output));
    filecheck(text, checks(String.raw`
      CHECK: ^args(h=[[H:%\d+]]: f32[B, 16], x=[[X:%\d+]]: f32[B, 8]
      CHECK: [[WX:%\d+]] = concat %{{\d+}}, %{{\d+}}, %{{\d+}} axis=1 : f32[8, 48]
      CHECK-NEXT: matmul [[X]], [[WX]] : f32[B, 48]
      CHECK: [[WH:%\d+]] = concat %{{\d+}}, %{{\d+}} axis=1 : f32[16, 32]
      CHECK-NEXT: matmul [[H]], [[WH]] : f32[B, 32]
      CHECK: [[RH:%\d+]] = mul %{{\d+}}, [[H]] : f32[B, 16]
      CHECK-NEXT: matmul [[RH]], %{{\d+}} : f32[B, 16]
      CHECK-NOT: matmul
      CHECK: yield
    `));
    expect(opCounts(after, 'matmul')).toEqual({ top: 0, bodies: [3] });
    expect(concatParams(after)).toEqual([
      ['g.W_z', 'g.W_r', 'g.W_h'],
      ['g.U_z', 'g.U_r'],
    ]);
  });

  it('at the top level too: two dense heads on one input share a matmul; a non-weight right operand does not join', () => {
    const { after, text } = fused((m) => {
      const x = m.sequence('x', 4);
      const v = m.input('v', 'f32', [4, 2]);
      m.output('a', m.dense(x, { units: 3, name: 'a' }));
      m.output('b', m.dense(x, { units: 5, name: 'b', useBias: false } as never));
      m.output('c', m.matmul(x, v as never) as F32);
    });
    filecheck(text, checks(String.raw`
      CHECK: input [[X:%\d+]] x
      CHECK: param [[WA:%\d+]] a.W : f32[4, 3]
      CHECK: [[W:%\d+]] = concat [[WA]], [[WB:%\d+]] axis=1 : f32[4, 8]
      CHECK-NEXT: [[M:%\d+]] = matmul [[X]], [[W]] : f32[B, T, 8]
      CHECK-NEXT: = slice [[M]] axis=2 start=0 size=3 : f32[B, T, 3]
      CHECK-NEXT: = slice [[M]] axis=2 start=3 size=5 : f32[B, T, 5]
      CHECK: = matmul [[X]], %{{\d+}} : f32[B, T, 2]
    `));
    expect(opCounts(after, 'matmul').top).toBe(2);
  });

  it('leaves alone: one weight per left operand, different left operands, a carry as right operand', () => {
    const { before, after } = fused((m) => {
      const x = m.sequence('x', 4);
      const W = m.param('W', [4, 4]);
      const V = m.param('V', [4, 4]);
      const r = m.scan({
        carries: { h: m.zeros(['B', 4]), M: m.zeros([4, 4]) as never },
        sequences: { x },
        body: ({ h, M }, { x: xt }) => {
          const a = m.matmul(xt, W as never) as F32; // x W
          const b = m.matmul(h, V as never) as F32; // h V: another left operand
          const c = m.matmul(xt, M as never) as F32; // x M: M is a carry, not a weight
          const hn = m.tanh(m.add(m.add(a, b), c)) as unknown as Step<4>;
          return { carries: { h: hn, M: m.add(M as F32, 0.5) as never }, steps: { h: hn } };
        },
      });
      m.output('y', r.steps.h as F32);
    });
    expect(ir(after)).toBe(ir(before));
  });

  it('a weight computed after the first gate is moved up; a repeated weight shares its slice', () => {
    const { after, text } = fused((m) => {
      const x = m.sequence('x', 4);
      const W = m.param('W', [4, 3]);
      const V = m.param('V', [4, 3]);
      const r = m.scan({
        carries: { h: m.zeros(['B', 3]) },
        sequences: { x },
        body: ({ h }, { x: xt }) => {
          const a = m.matmul(xt, W as never) as F32;
          const V2 = m.mul(V as F32, 2); // a weight, defined after x W
          const b = m.matmul(xt, V2 as never) as F32;
          const c = m.matmul(xt, W as never) as F32; // W again
          const hn = m.tanh(m.add(m.add(m.add(a, b), c), h)) as unknown as Step<3>;
          return { carries: { h: hn }, steps: { h: hn } };
        },
      });
      m.output('y', r.steps.h as F32);
    });
    filecheck(text, checks(String.raw`
      CHECK: ^args(h=%{{\d+}}: f32[B, 3], x=[[X:%\d+]]: f32[B, 4], [[W:%\d+]]: f32[4, 3], [[V:%\d+]]: f32[4, 3])
      CHECK: [[V2:%\d+]] = mul [[V]]
      CHECK-NEXT: [[C:%\d+]] = concat [[W]], [[V2]] axis=1 : f32[4, 6]
      CHECK-NEXT: [[M:%\d+]] = matmul [[X]], [[C]] : f32[B, 6]
      CHECK-NEXT: [[A:%\d+]] = slice [[M]] axis=1 start=0 size=3
      CHECK-NEXT: [[B:%\d+]] = slice [[M]] axis=1 start=3 size=3
      CHECK-NOT: matmul
      CHECK: = add [[A]], [[B]]
      CHECK-NEXT: = add %{{\d+}}, [[A]]
    `));
    expect(opCounts(after, 'matmul').bodies).toEqual([1]);
  });

  it('the transposed rule: the backward step sums zero-padded gate cotangents as one concat', () => {
    const m = trace(defineModel('t', (b) => {
      const y = b.lstm(b.sequence('x', 4), { units: 8, returnSequences: true }).output;
      b.output('loss', b.sumAll(b.mul(y, y)));
    }));
    const grad = addGradients(fuseGates(m), { loss: 'loss' });
    // dce drops the partial sums the rule leaves behind
    const after = dce(fuseGates(grad));
    const text = ir(after);
    verifyModule(after);
    expectSameOutputs(run(after, caseFor(m)), run(grad, caseFor(m)), 'fuse-gates on the gradient module');
    filecheck(text, checks(String.raw`
      CHECK: reverse=true
      CHECK-NOT: {{= add %\d+, %\d+ : f32\[B, 32\]|= fill 0 shape=\[B, (8|16|24)\]}}
      CHECK: [[G:%\d+]] = concat {{%\d+}}, {{%\d+}}, {{%\d+}}, {{%\d+}} axis=1 : f32[B, 32]
      CHECK-NEXT: [[U:%\d+]] = concat {{%\d+}}, {{%\d+}}, {{%\d+}}, {{%\d+}} axis=1 : f32[8, 32]
      CHECK-NEXT: = matmul_nt [[G]], [[U]] : f32[B, 8]
      CHECK-NOT: {{= add %\d+, %\d+ : f32\[B, 32\]|= fill 0 shape=\[B, (8|16|24)\]}}
      CHECK: [[G2:%\d+]] = concat {{%\d+}}, {{%\d+}}, {{%\d+}}, {{%\d+}} axis=1 : f32[B, 32]
      CHECK: = matmul_nt [[G2]], {{%\d+}} : f32[B, 4]
      CHECK-NOT: {{= add %\d+, %\d+ : f32\[B, 32\]|= fill 0 shape=\[B, (8|16|24)\]}}
      CHECK: yield
    `));
    // before: three adds of zero-padded [B, 32] concats for each of the x and h sides
    expect(ir(grad)).toMatch(/= add %\d+, %\d+ : f32\[B, 32\]/);
  });

  it('the transposed rule leaves overlapping pieces alone', () => {
    const { text } = fused((m) => {
      const x = m.sequence('x', 2);
      const v = m.sequence('v', 3);
      const z = (n: number) => m.zeros(['B', 'T', n]) as F32;
      m.output('joined', m.add(m.concat([x, z(2)], -1) as F32, m.concat([z(2), x], -1) as F32));
      m.output('overlap', m.add(m.concat([x, z(2)], -1) as F32, m.concat([v, z(1)], -1) as F32));
    });
    filecheck(text, checks(String.raw`
      CHECK: input [[X:%\d+]] x
      CHECK: [[J:%\d+]] = concat [[X]], [[X]] axis=2 : f32[B, T, 4]
      CHECK: [[O:%\d+]] = add {{%\d+}}, {{%\d+}} : f32[B, T, 4]
      CHECK: output joined = [[J]]
      CHECK: output overlap = [[O]]
    `));
  });
});

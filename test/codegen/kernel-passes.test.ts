// The kernel-level passes, one by one, MLIR Toy style: a small model is scheduled with both passes
// off, the pass runs alone, and CHECK lines over the printed kernel IR (fmtProgram) say what it did.
// fuse-pointwise: src/codegen/fuse-pointwise.ts; plan-buffers: src/codegen/plan-buffers.ts; the
// text form: fmtProgram in src/codegen/kernel-ir.ts (`map [shape] out[offset; strides] = expr`,
// `$n` a value computed once per point, `# src` the IR node a kernel came from).
import { describe, expect, it } from 'vitest';
import { defineModel, type ModelBuilder } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { optimize } from '../../src/passes/pipeline.js';
import { schedule } from '../../src/codegen/schedule.js';
import { fmtProgram, type Program } from '../../src/codegen/kernel-ir.js';
import { fusePointwise } from '../../src/codegen/fuse-pointwise.js';
import { planBuffers } from '../../src/codegen/plan-buffers.js';
import { checks, filecheck } from '../passes/filecheck.js';

/** The model's inference program as the scheduler makes it before the two kernel-level passes. */
function unfused(name: string, build: (m: ModelBuilder) => void): Program {
  return schedule(optimize(trace(defineModel(name, build))), { fusePointwise: false, planBuffers: false });
}

const scratch = (p: Program) => p.buffers.filter((b) => b.role === 'scratch').length;

const chain = (m: ModelBuilder) => {
  const x = m.input('x', 'f32', ['B', 4]);
  const y = m.input('y', 'f32', ['B', 4]);
  m.output('z', m.add(m.mul(m.tanh(x), y), 1));
};

const lstm = (m: ModelBuilder) => {
  const x = m.sequence('x', 3);
  const mask = m.mask('mask');
  m.output('y', m.lstm(x, { units: 4, mask }).output);
};

describe('fuse-pointwise', () => {
  it('an elementwise chain becomes one kernel; its intermediates are no longer stored', () => {
    const p = unfused('chain', chain);
    // Before: one kernel per op, each result in a scratch buffer.
    filecheck(
      fmtProgram(p),
      checks(`
        CHECK: map [B, 4] [[A:v[0-9]+]][0; 4, 1] = tanh(in_x[0; 4, 1])
        CHECK-NEXT: map [B, 4] [[M:v[0-9]+]][0; 4, 1] = mul([[A]][0; 4, 1], in_y[0; 4, 1])
        CHECK-NEXT: map [B, 4] {{v[0-9]+}}[0; 4, 1] = add([[M]][0; 4, 1], 1)
      `),
    );
    const q = fusePointwise(p);
    filecheck(
      fmtProgram(q),
      checks(`
        CHECK: program chain
        CHECK-NOT: scratch
        CHECK: map [B, 4] [[Z:v[0-9]+]][0; 4, 1] = add(mul(tanh(in_x[0; 4, 1]), in_y[0; 4, 1]), 1)  # fused elementwise kernel (3 kernels)
        CHECK-NOT: map
      `),
    );
    expect([scratch(p), scratch(q)]).toEqual([2, 0]);
  });

  it('a value read by several outputs is computed once per point (a let)', () => {
    const p = unfused('twice', (m) => {
      const x = m.input('x', 'f32', ['B', 4]);
      const t = m.tanh(x);
      m.output('a', m.mul(t, 2));
      m.output('b', m.add(t, 1));
    });
    filecheck(
      fmtProgram(fusePointwise(p)),
      checks(`
        // One kernel, two outputs; tanh(x) is the let $0 that both read.
        CHECK: map [B, 4]  # fused elementwise kernel (3 kernels)
        CHECK-NEXT: $0 = tanh(in_x[0; 4, 1])
        CHECK-NEXT: {{v[0-9]+}}[0; 4, 1] = mul($0, 2)
        CHECK-NEXT: {{v[0-9]+}}[0; 4, 1] = add($0, 1)
        CHECK-NOT: map
      `),
    );
  });

  it('a reduction separates the maps that feed it from the maps that read it (softmax)', () => {
    const p = unfused('softmax', (m) => m.output('p', m.softmax(m.input('x', 'f32', ['B', 6]))));
    filecheck(
      fmtProgram(fusePointwise(p)),
      checks(`
        CHECK: reduce_max [B] over 6 [[MAX:v[0-9]+]][0; 1, 0] = in_x[0; 6, 1]
        // x - max and exp merge; the sum needs all of exp's row, so it stays stored.
        CHECK-NEXT: map [B, 6] [[E:v[0-9]+]][0; 6, 1] = exp(sub(in_x[0; 6, 1], [[MAX]][0; 1, 0]))  # fused elementwise kernel (2 kernels)
        CHECK-NEXT: reduce_sum [B] over 6 [[SUM:v[0-9]+]][0; 1, 0] = [[E]][0; 6, 1]
        CHECK-NEXT: map [B, 6] {{v[0-9]+}}[0; 6, 1] = div([[E]][0; 6, 1], [[SUM]][0; 1, 0])
      `),
    );
  });

  it('the LSTM step: every elementwise kernel of a step becomes one kernel after the recurrent matmul', () => {
    const p = unfused('lstm', lstm);
    // Before: inside the time loop, the recurrent matmul and then one map per op of the cell.
    const before = fmtProgram(p);
    filecheck(
      before,
      checks(`
        CHECK: loop t < T
        CHECK-NEXT: matmul [B, 4] x [4, 16]
        CHECK-NEXT: map [B, 4] {{.*}} = add(
        CHECK-NEXT: map [B, 4] {{.*}} = add(
        CHECK-NEXT: map [B, 4] {{.*}} = sigmoid(
      `),
    );
    expect(before.split('\n').filter((l) => /^ {4}map /.test(l))).toHaveLength(19);
    filecheck(
      fmtProgram(fusePointwise(p)),
      checks(`
        // The four weight pieces of a concat are disjoint views of one buffer: one kernel writes them all.
        CHECK: map [3, 4]  # fused elementwise kernel (4 kernels)
        CHECK-NEXT: [[WX:v[0-9]+]][0; 16, 1] = p_lstm_W_i[0; 4, 1]
        CHECK-NEXT: [[WX]][4; 16, 1] = p_lstm_W_f[0; 4, 1]
        CHECK-NEXT: [[WX]][8; 16, 1] = p_lstm_W_c[0; 4, 1]
        CHECK-NEXT: [[WX]][12; 16, 1] = p_lstm_W_o[0; 4, 1]
        CHECK: matmul [B * T, 3] x [3, 16] [[XW:v[0-9]+]][0; 16, 1] = in_x[0; 3, 1] @ [[WX]][0; 16, 1]
        // Both carries start at zero in one kernel.
        CHECK: map [B, 4]  # fused elementwise kernel (2 kernels)
        CHECK-NEXT: [[H:s[0-9]+_h]][0; 4, 1] = 0
        CHECK-NEXT: [[C:s[0-9]+_c]][0; 4, 1] = 0
        CHECK: loop t < T
        CHECK-NEXT: matmul [B, 4] x [4, 16] [[HU:s[0-9]+_v[0-9]+]][0; 16, 1] = [[H]][0; 4, 1] @
        // Gates, cell update, mask selects and carry writes: one kernel. Every point reads before
        // it stores, so h and c are updated in place and the old c is read once ($1).
        CHECK-NEXT: map [B, 4]  # fused elementwise kernel (19 kernels)
        CHECK-NEXT: $0 = eq(in_mask[t; T, 0], 0)
        CHECK-NEXT: $1 = [[C]][0; 4, 1]
        // c' = f * c + i * g, with the gate pre-activations read from the input projection at step t.
        CHECK-NEXT: $2 = add(mul(sigmoid(add(add([[XW]][t * 16 + 4; T * 16, 1], [[HU]][4; 16, 1]), p_lstm_b_f[0; 0, 1])), $1), mul(sigmoid({{.*}}), tanh({{.*}})))
        CHECK-NEXT: [[H]][0; 4, 1] = select($0, [[H]][0; 4, 1], mul(sigmoid({{.*}}), tanh($2)))
        CHECK-NEXT: [[C]][0; 4, 1] = select($0, $1, $2)
        CHECK-NOT: map
      `),
    );
  });

  it('a reversed scan writes its step output inside the step kernel', () => {
    const p = unfused('backwards', (m) => m.output('y', m.lstm(m.sequence('x', 3), { units: 4, goBackwards: true, returnSequences: true }).output));
    filecheck(
      fmtProgram(fusePointwise(p)),
      checks(`
        CHECK: loop t < T reverse
        CHECK-NEXT: matmul
        CHECK-NEXT: map [B, 4]  # fused elementwise kernel
        CHECK: $1 = mul(sigmoid({{.*}}), tanh($0))
        CHECK-NEXT: {{s[0-9]+}}_c[0; 4, 1] = $0
        CHECK-NEXT: {{s[0-9]+}}_h[0; 4, 1] = $1
        CHECK-NEXT: [[STEPS:s[0-9]+_h_steps]][t * 4; T * 4, 1] = $1
        // The output is the steps in input order: one copy after the loop, through a flipped view.
        CHECK-NEXT: map [B, T, 4] out_y[0; T * 4, 4, 1] = [[STEPS]][T * 4 - 4; T * 4, -4, 1]
      `),
    );
  });
});

describe('plan-buffers', () => {
  it('a chain of temporaries updates one buffer in place', () => {
    const p = unfused('act', (m) => m.output('z', m.mul(m.exp(m.sigmoid(m.tanh(m.input('x', 'f32', ['B', 4])))), 2)));
    expect(scratch(p)).toBe(3);
    filecheck(
      fmtProgram(planBuffers(p)),
      checks(`
        CHECK: buffer in_x: f32[B * 4] input
        CHECK-NEXT: buffer [[T:tmp[0-9]+]]: f32[B * 4] scratch
        CHECK-NEXT: buffer [[OUT:v[0-9]+]]: f32[B * 4] output
        // Each map reads a point of the buffer before it stores that point: in place is safe.
        CHECK-NEXT: map [B, 4] [[T]][0; 4, 1] = tanh(in_x[0; 4, 1])
        CHECK-NEXT: map [B, 4] [[T]][0; 4, 1] = sigmoid([[T]][0; 4, 1])
        CHECK-NEXT: map [B, 4] [[T]][0; 4, 1] = exp([[T]][0; 4, 1])
        // Outputs are never shared.
        CHECK-NEXT: map [B, 4] [[OUT]][0; 4, 1] = mul([[T]][0; 4, 1], 2)
      `),
    );
  });

  it('buffers whose lifetimes do not overlap share one allocation (softmax)', () => {
    const p = unfused('softmax', (m) => m.output('p', m.softmax(m.input('x', 'f32', ['B', 6]))));
    expect(scratch(p)).toBe(4);
    filecheck(
      fmtProgram(planBuffers(p)),
      checks(`
        CHECK: buffer [[ROW:tmp[0-9]+]]: f32[B] scratch
        CHECK-NEXT: buffer [[X:tmp[0-9]+]]: f32[B * 6] scratch
        CHECK-NOT: scratch
        // The row max is dead once x - max is computed, so the row sum reuses its buffer.
        CHECK: reduce_max [B] over 6 [[ROW]][0; 1, 0] = in_x[0; 6, 1]
        CHECK-NEXT: map [B, 6] [[X]][0; 6, 1] = sub(in_x[0; 6, 1], [[ROW]][0; 1, 0])
        CHECK-NEXT: map [B, 6] [[X]][0; 6, 1] = exp([[X]][0; 6, 1])
        CHECK-NEXT: reduce_sum [B] over 6 [[ROW]][0; 1, 0] = [[X]][0; 6, 1]
        CHECK-NEXT: map [B, 6] {{v[0-9]+}}[0; 6, 1] = div([[X]][0; 6, 1], [[ROW]][0; 1, 0])
      `),
    );
  });

  it('in a time loop, temporaries of one step share; carries and values live across steps keep their own', () => {
    const p = unfused('lstm', lstm);
    const q = planBuffers(p);
    expect([scratch(p), scratch(q)]).toEqual([22, 7]);
    filecheck(
      fmtProgram(q),
      checks(`
        // The concatenated input weights [3, 16] and recurrent weights [4, 16] are live at different
        // times: one slot, as large as the larger.
        CHECK: buffer [[W:tmp[0-9]+]]: f32[64] scratch
        CHECK: buffer [[H:s[0-9]+_h]]: f32[B * 4] output
        CHECK-NEXT: buffer [[C:s[0-9]+_c]]: f32[B * 4] scratch
        CHECK: buffer [[T1:tmp[0-9]+]]: f32[B * 4] scratch
        CHECK-NEXT: buffer [[T2:tmp[0-9]+]]: f32[B * 4] scratch
        CHECK-NEXT: buffer [[T3:tmp[0-9]+]]: f32[B * 4] scratch
        CHECK: map [3, 4] [[W]][0; 16, 1] = p_lstm_W_i[0; 4, 1]
        CHECK: matmul [B * T, 3] x [3, 16] {{v[0-9]+}}[0; 16, 1] = in_x[0; 3, 1] @ [[W]][0; 16, 1]
        CHECK-NEXT: map [4, 4] [[W]][0; 16, 1] = p_lstm_U_i[0; 4, 1]
        CHECK: loop t < T
        CHECK-NEXT: matmul [B, 4] x [4, 16] {{s[0-9]+_v[0-9]+}}[0; 16, 1] = [[H]][0; 4, 1] @ [[W]][0; 16, 1]
        // The seventeen values of the cell live in three buffers of [B, 4], rewritten every step.
        CHECK-NEXT: map [B, 4] [[T1]][0; 4, 1] = add(
        CHECK-NEXT: map [B, 4] [[T1]][0; 4, 1] = add([[T1]][0; 4, 1], p_lstm_b_i[0; 0, 1])
        CHECK-NEXT: map [B, 4] [[T1]][0; 4, 1] = sigmoid([[T1]][0; 4, 1])
        CHECK-NEXT: map [B, 4] [[T2]][0; 4, 1] = add(
        CHECK: map [B, 4] [[T3]][0; 4, 1] = tanh([[T3]][0; 4, 1])
        CHECK: map [B, 4] [[H]][0; 4, 1] = select(eq(in_mask[t; T, 0], 0), [[H]][0; 4, 1], [[T2]][0; 4, 1])
        CHECK-NEXT: map [B, 4] [[C]][0; 4, 1] = select(eq(in_mask[t; T, 0], 0), [[C]][0; 4, 1], [[T1]][0; 4, 1])
      `),
    );
  });
});

// split-carries alone: a carry updated as x + matmul(...) becomes two carries (the body reads their
// sum), in unmasked, untruncated scans only; and in the pipeline, the LSTM backward step it makes.
// Printed IR checked FileCheck style; the numbers must not change (reference interpreter).
import { describe, expect, it } from 'vitest';
import { defineModel, type F32, type ModelBuilder, type Step } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { verifyModule } from '../../src/ir/verify.js';
import type { Module, Op } from '../../src/ir/types.js';
import { addGradients } from '../../src/passes/autodiff.js';
import { optimize, passNames } from '../../src/passes/pipeline.js';
import { splitCarries } from '../../src/passes/split-carries.js';
import { checks, filecheck } from './filecheck.js';
import { caseFor, expectSameOutputs, ir, run } from './util.js';

type ScanOp = Extract<Op, { op: 'scan' }>;
const scans = (m: Module) => m.graph.nodes.filter((n) => n.op.op === 'scan').map((n) => n.op as ScanOp);

function apply(before: Module): { after: Module; text: string } {
  const after = splitCarries(before);
  verifyModule(after);
  for (const seed of [1, 4]) expectSameOutputs(run(after, caseFor(before, 3, 5, seed)), run(before, caseFor(before, 3, 5, seed)), `${before.name}: seed ${seed}`);
  return { after, text: ir(after) };
}

/** h' = tanh(x) + h W over x: f32[B, T, 3], optionally masked; outputs the final h and every step's h. */
const residual = (masked: boolean) =>
  trace(defineModel(masked ? 'res_masked' : 'res', (b: ModelBuilder) => {
    const W = b.param('W', [3, 3]);
    const r = b.scan({
      carries: { h: b.zeros(['B', 3]) },
      sequences: { x: b.sequence('x', 3) },
      ...(masked ? { mask: b.mask('mask') } : {}),
      body: ({ h }, { x }) => {
        const hn = b.add(b.tanh(x as F32) as F32, b.matmul(h as F32 as never, W) as F32) as unknown as Step<3>;
        return { carries: { h: hn }, steps: { y: b.tanh(h as F32) as unknown as Step<3> } };
      },
    });
    b.output('h', r.finals.h);
    b.output('y', r.steps.y);
  }));

describe('split-carries', () => {
  it('x + h W: the matmul result becomes a carry of its own, the body reads the sum, the final is the sum', () => {
    const { after, text } = apply(residual(false));
    filecheck(text, checks(String.raw`
      CHECK: [[H0:%\d+]] = fill 0 shape=[B, 3]
      CHECK-NEXT: input [[XIN:%\d+]] x
      CHECK-NEXT: [[Z:%\d+]] = fill 0 shape=[B, 3]
      CHECK-NEXT: [[FA:%\d+]], [[FM:%\d+]], {{%\d+}} = scan carries(h=[[H0]], h.matmul=[[Z]]) sequences(x=[[XIN]]) invariants(
      CHECK-NEXT: ^args(h=[[A:%\d+]]: f32[B, 3], h.matmul=[[M:%\d+]]: f32[B, 3], x=[[X:%\d+]]: f32[B, 3], [[W:%\d+]]: f32[3, 3])
      CHECK-NEXT: [[H:%\d+]] = add [[A]], [[M]] : f32[B, 3]
      CHECK: [[T:%\d+]] = tanh [[X]]
      CHECK-NEXT: [[MM:%\d+]] = matmul [[H]], [[W]]
      CHECK-NOT: add
      CHECK: yield carries(h=[[T]], h.matmul=[[MM]]) steps(y=
      CHECK-NEXT: }
      CHECK-NEXT: [[F:%\d+]] = add [[FA]], [[FM]] : f32[B, 3]
      CHECK: output h = [[F]]
    `));
    expect(scans(after)[0].carries).toEqual(['h', 'h.matmul']);
  });

  it('masked scans keep their carries (a masked step could not let the matmul write its carry)', () => {
    const m = residual(true);
    expect(scans(apply(m).after)[0].carries).toEqual(['h']);
  });

  it('in the pipeline: a masked LSTM backward step is one fused kernel and the recurrent matmul_nt', () => {
    // With a mask, d.h' = (d.h where the step was masked) + dG U^T. (Unmasked, the pass-through is
    // zero, fold drops the add, and the matmul writes d.h itself.) autodiff lowers the mask to selects,
    // so the backward scan itself is unmasked.
    const m = trace(defineModel('lstm', (b) => {
      const y = b.lstm(b.sequence('x', 4), { units: 8, returnSequences: true, mask: b.mask('mask') }).output;
      b.output('loss', b.sumAll(b.mul(y, y)));
    }));
    const grad = (passes: string[]) => optimize(addGradients(optimize(m), { loss: 'loss' }), { passes });
    const on = grad(passNames());
    const off = grad(passNames().filter((p) => p !== 'split-carries'));
    expect(scans(on)[1].carries).toEqual(['d.h', 'd.c', 'd.h.matmul']);
    expect(scans(off)[1].carries).toEqual(['d.h', 'd.c']);
    filecheck(ir(on), checks(String.raw`
      CHECK: = scan carries(d.h={{%\d+}}, d.c={{%\d+}}, d.h.matmul={{%\d+}})
      CHECK-NEXT: ^args(d.h=[[A:%\d+]]: f32[B, 8], d.c={{%\d+}}: f32[B, 8], d.h.matmul=[[M:%\d+]]: f32[B, 8],
      CHECK-NEXT: = add [[A]], [[M]] : f32[B, 8]
      CHECK: [[MM:%\d+]] = matmul_nt {{%\d+}}, {{%\d+}} : f32[B, 8]
      CHECK-NEXT: yield carries(d.h={{%\d+}}, d.c={{%\d+}}, d.h.matmul=[[MM]])
    `));
    expectSameOutputs(run(on, caseFor(m)), run(off, caseFor(m)), 'lstm gradients');
  });
});

// The pipeline as a whole: its order, switching passes off by name, and the promise that custom
// cells get the same treatment as built-in ones (DESIGN.md section 1: the passes make layers fast,
// so a hand-written cell is as fast as m.gru).
import { describe, expect, it } from 'vitest';
import { defineModel, type ModelBuilder, type Seq, type Step } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { verifyModule } from '../../src/ir/verify.js';
import { addGradients } from '../../src/passes/autodiff.js';
import { IR_PASSES, optimize, passNames } from '../../src/passes/pipeline.js';
import type { Module, OpName } from '../../src/ir/types.js';
import { fmtIExpr } from '../../src/codegen/kernel-ir.js';
import { schedule } from '../../src/codegen/schedule.js';
import { programStats } from '../../src/codegen/stats.js';
import { caseFor, expectSameOutputs, opCounts, run } from './util.js';

const I = 8;
const H = 16;

/** examples/custom-cell/model.ts' GRU, written with scan and primitive ops. */
function customGru(m: ModelBuilder, x: Seq<typeof I>, name: string, resetAfter: boolean) {
  const W = (g: string) => m.param(`${name}.W_${g}`, [I, H]);
  const U = (g: string) => m.param(`${name}.U_${g}`, [H, H], 'orthogonal');
  const b = (g: string) => m.param(`${name}.b_${g}`, [H], 'zeros');
  const [Wz, Wr, Wh, Uz, Ur, Uh, bz, br, bh] = [W('z'), W('r'), W('h'), U('z'), U('r'), U('h'), b('z'), b('r'), b('h')];
  return m.scan({
    carries: { h: m.zeros(['B', H]) },
    sequences: { x },
    body: ({ h }, { x }) => {
      const z = m.sigmoid(m.add(m.add(m.matmul(x, Wz), m.matmul(h, Uz)), bz));
      const r = m.sigmoid(m.add(m.add(m.matmul(x, Wr), m.matmul(h, Ur)), br));
      const n = resetAfter
        ? m.tanh(m.add(m.add(m.matmul(x, Wh), bh), m.mul(r, m.matmul(h, Uh))))
        : m.tanh(m.add(m.add(m.matmul(x, Wh), m.matmul(m.mul(r, h), Uh)), bh));
      const hNew: Step<typeof H> = m.add(m.mul(z, h), m.mul(m.rsub(1, z), n));
      return { carries: { h: hNew }, steps: { h: hNew } };
    },
  });
}

function pair(resetAfter: boolean): { custom: Module; builtin: Module } {
  const probe = (m: ModelBuilder, y: ReturnType<typeof m.sequence>) => {
    m.output('y', y);
    m.output('loss', m.sumAll(m.mul(y, y)));
  };
  return {
    custom: trace(defineModel('custom', (m) => probe(m, customGru(m, m.sequence('x', I), 'c', resetAfter).steps.h))),
    builtin: trace(defineModel('builtin', (m) => probe(m, m.gru(m.sequence('x', I), { units: H, resetAfter, returnSequences: true }).output))),
  };
}

const MATMULS: OpName[] = ['matmul', 'matmul_nt', 'matmul_tn'];
const counts = (m: Module) => Object.fromEntries(MATMULS.map((op) => [op, opCounts(m, op)]));

describe('pipeline', () => {
  it('runs the passes in order, fold and cse again after hoist', () => {
    expect(IR_PASSES.map((p) => p.name)).toEqual(['fold', 'cse', 'linear-scans', 'fuse-gates', 'hoist', 'split-carries', 'fold', 'cse', 'prune-scan-args', 'dce']);
    expect(passNames()).toEqual(['fold', 'cse', 'linear-scans', 'fuse-gates', 'hoist', 'split-carries', 'prune-scan-args', 'dce']);
    for (const p of IR_PASSES) expect(p.summary.length).toBeGreaterThan(10);
  });

  it('a pass switched off by name does not run (every entry of it)', () => {
    const { builtin } = pair(true);
    expect(opCounts(optimize(builtin), 'matmul')).toEqual({ top: 1, bodies: [1] });
    expect(opCounts(optimize(builtin, { passes: passNames().filter((n) => n !== 'hoist') }), 'matmul')).toEqual({ top: 0, bodies: [2] });
    expect(opCounts(optimize(builtin, { passes: passNames().filter((n) => n !== 'fuse-gates') }), 'matmul')).toEqual({ top: 3, bodies: [3] });
    expect(opCounts(optimize(builtin, { passes: [] }), 'matmul')).toEqual({ top: 0, bodies: [6] });
  });

  for (const resetAfter of [true, false]) {
    it(`a hand-written GRU cell and m.gru get the same matmuls (reset ${resetAfter ? 'after' : 'before'})`, () => {
      const { custom, builtin } = pair(resetAfter);
      const fc = optimize(custom);
      const fb = optimize(builtin);
      verifyModule(fc);
      verifyModule(fb);
      expect(counts(fc)).toEqual(counts(fb));
      // x side: one [B*T, I] x [I, 3H] GEMM before the scan; h side: [H, 3H] (reset-after) or [H, 2H] + U_h (reset-before)
      expect(opCounts(fb, 'matmul')).toEqual({ top: 1, bodies: [resetAfter ? 1 : 2] });
      // training: the gradient module too (the generated module's trainStep runs this)
      const gc = optimize(addGradients(fc, { loss: 'loss' }));
      const gb = optimize(addGradients(fb, { loss: 'loss' }));
      expect(counts(gc)).toEqual(counts(gb));
      // backward scan: only the recurrent matmul_nt per step; every weight gradient is one matmul_tn outside
      expect(opCounts(gb, 'matmul_nt').bodies).toEqual([0, resetAfter ? 1 : 2]);
      expect(opCounts(gb, 'matmul_tn').bodies).toEqual([0, 0]);
      expectSameOutputs(run(gb, caseFor(builtin)), run(addGradients(builtin, { loss: 'loss' }), caseFor(builtin)), 'builtin gradients');
    });

    it(`a hand-written GRU cell and m.gru compile to the same kernels per step and per call (reset ${resetAfter ? 'after' : 'before'})`, () => {
      const { custom, builtin } = pair(resetAfter);
      const kernels = (m: Module) => {
        const fwd = programStats(schedule(optimize(m), { training: false }));
        const grad = programStats(schedule(optimize(addGradients(optimize(m), { loss: 'loss' })), { training: true }));
        const loops = (s: typeof fwd) => s.loops.map((l) => ({ role: l.role, byKind: l.byKind }));
        return { fwd: loops(fwd), fwdKernels: fwd.kernels, grad: loops(grad), gradKernels: grad.kernels, launches: [fmtIExpr(fwd.launches), fmtIExpr(grad.launches)] };
      };
      const kc = kernels(custom);
      expect(kc).toEqual(kernels(builtin));
      // The figures themselves: forward 1 matmul + 1 fused map per step (reset-before: r must be
      // ready before (r h) U_h, so a second matmul and map); backward the recurrent matmul_nt(s) and
      // fused maps, no per-step reductions (the bias gradients are summed after the scan).
      expect(kc.fwd).toEqual([{ role: 'forward', byKind: resetAfter ? { matmul: 1, map: 1 } : { matmul: 2, map: 2 } }]);
      expect(kc.grad[1].role).toBe('backward');
      expect(kc.grad[1].byKind.reduce ?? 0).toBe(0);
      expect(kc.grad[1].byKind.matmul).toBe(resetAfter ? 1 : 2);
    });
  }

  it('LSTM: one [I, 4H] GEMM before the scan, one [H, 4H] matmul per step, forward and backward', () => {
    const m = trace(defineModel('lstm', (b) => {
      const y = b.lstm(b.sequence('x', I), { units: H, returnSequences: true }).output;
      b.output('loss', b.sumAll(b.mul(y, y)));
    }));
    const f = optimize(m);
    expect(opCounts(f, 'matmul')).toEqual({ top: 1, bodies: [1] });
    const g = optimize(addGradients(f, { loss: 'loss' }));
    expect(counts(g)).toEqual({
      matmul: { top: 1, bodies: [1, 0] },
      matmul_nt: { top: 1, bodies: [0, 1] },
      matmul_tn: { top: 2, bodies: [0, 0] },
    });
  });
});

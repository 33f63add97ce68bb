// The optimization pipeline keeps every number (reference interpreter, float64, rel <= 1e-6):
// forward for every example model, forward and backward for every layer option. Backward compares
// addGradients(optimize(m)) and optimize(addGradients(optimize(m))) (what the generated module runs)
// with addGradients(m).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineModel, type F32, type ModelBuilder, type ModelDef, type Seq, type Step } from 'rnnc';
import { trace } from '../../src/frontend/trace.js';
import { verifyModule } from '../../src/ir/verify.js';
import { addGradients } from '../../src/passes/autodiff.js';
import { optimize } from '../../src/passes/pipeline.js';
import type { Module } from '../../src/ir/types.js';
import { caseFor, expectSameOutputs, opCounts, run } from './util.js';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const exampleFiles = fs
  .readdirSync(path.join(root, 'examples'))
  .flatMap((d) => (fs.statSync(path.join(root, 'examples', d)).isDirectory() ? fs.readdirSync(path.join(root, 'examples', d)).filter((f) => /^model.*\.ts$/.test(f) && !f.endsWith('.d.ts')).map((f) => path.join('examples', d, f)) : []))
  .sort();

function checkForward(mod: Module, seeds = [1, 7]): Module {
  const opt = optimize(mod);
  verifyModule(opt);
  for (const seed of seeds) {
    const c = caseFor(mod, 3, 5, seed);
    expectSameOutputs(run(opt, c), run(mod, c), `${mod.name} forward (seed ${seed})`);
  }
  return opt;
}

function checkBackward(mod: Module, loss: string): void {
  const ref = addGradients(mod, { loss });
  const once = addGradients(optimize(mod), { loss });
  const twice = optimize(once);
  verifyModule(once);
  verifyModule(twice);
  const c = caseFor(mod, 3, 5, 3);
  const r = run(ref, c);
  expectSameOutputs(run(once, c), r, `${mod.name} addGradients(optimize(m))`);
  expectSameOutputs(run(twice, c), r, `${mod.name} optimize(addGradients(optimize(m)))`);
}

describe('examples: optimized forward equals unoptimized', () => {
  it('finds the examples', () => expect(exampleFiles.length).toBeGreaterThanOrEqual(5));
  for (const file of exampleFiles) {
    it(file, async () => {
      const def = ((await import(pathToFileURL(path.join(root, file)).href)) as { default: ModelDef }).default;
      const mod = trace(def);
      const opt = checkForward(mod);
      // the passes did something: scans keep only their recurrent matmuls
      const before = opCounts(mod, 'matmul');
      const after = opCounts(opt, 'matmul');
      expect(after.bodies.reduce((a, b) => a + b, 0)).toBeLessThan(before.bodies.reduce((a, b) => a + b, 0));
      if (mod.training) checkBackward(mod, mod.training.loss);
    });
  }
});

/** A model whose loss is sum(y * probe), so every element of y gets its own cotangent. */
function probed(name: string, build: (m: ModelBuilder) => F32): ModelDef {
  return defineModel(name, (m) => {
    const y = build(m);
    const probe = m.input('probe', 'f32', y.shape);
    m.output('y', y);
    m.output('loss', m.sumAll(m.mul(y, probe)));
  });
}

const seq = (m: ModelBuilder) => m.sequence('x', 4);

/** A hand-written GRU cell (examples/custom-cell style) plus a few ops the built-in cells never use. */
function customCell(m: ModelBuilder, x: Seq<4>, resetAfter: boolean, reverse = false) {
  const H = 3;
  const W = (g: string) => m.param(`c.W_${g}`, [4, H]);
  const U = (g: string) => m.param(`c.U_${g}`, [H, H], 'orthogonal');
  const b = (g: string) => m.param(`c.b_${g}`, [H]);
  const [Wz, Wr, Wh, Uz, Ur, Uh, bz, br, bh] = [W('z'), W('r'), W('h'), U('z'), U('r'), U('h'), b('z'), b('r'), b('h')];
  return m.scan({
    carries: { h: m.zeros(['B', H]) },
    sequences: { x },
    reverse,
    body: ({ h }, { x }) => {
      const z = m.sigmoid(m.add(m.add(m.matmul(x, Wz), m.matmul(h, Uz)), bz));
      const r = m.sigmoid(m.add(m.add(m.matmul(x, Wr), m.matmul(h, Ur)), br));
      const n = resetAfter
        ? m.tanh(m.add(m.add(m.matmul(x, Wh), bh), m.mul(r, m.matmul(h, Uh))))
        : m.tanh(m.add(m.add(m.matmul(x, Wh), m.matmul(m.mul(r, h), Uh)), bh));
      const hNew = m.add(m.mul(z, h), m.mul(m.rsub(1, z), n));
      return { carries: { h: hNew }, steps: { h: hNew } };
    },
  });
}

const layerCases: ModelDef[] = [
  probed('lstm', (m) => m.lstm(seq(m), { units: 3, returnSequences: true }).output),
  probed('lstm_peepholes', (m) => m.lstm(seq(m), { units: 3, returnSequences: true, peepholes: true }).output),
  probed('lstm_mask_previous_peep_hard', (m) => m.lstm(seq(m), { units: 3, returnSequences: true, mask: m.mask('mask'), maskOutput: 'previous', peepholes: true, recurrentActivation: 'hard_sigmoid' }).output),
  probed('lstm_mask_zero', (m) => m.lstm(seq(m), { units: 3, returnSequences: true, mask: m.mask('mask') }).output),
  probed('lstm_go_backwards', (m) => m.lstm(seq(m), { units: 3, goBackwards: true, mask: m.mask('mask') }).output),
  probed('lstm_bi_stacked_state', (m) => {
    const r = m.lstm(seq(m), { units: 2, numLayers: 2, bidirectional: 'concat', returnSequences: true, returnState: true, mask: m.mask('mask') });
    return m.concat([m.sum(r.output, 1), r.states[3].c, r.states[0].h]);
  }),
  probed('lstm_initial_state', (m) => {
    const h0 = m.input('h0', 'f32', ['B', 3]);
    const c0 = m.input('c0', 'f32', ['B', 3]);
    return m.lstm(seq(m), { units: 3, returnSequences: true, initialState: [{ h: h0, c: c0 }] }).output;
  }),
  probed('lstm_truncate', (m) => m.lstm(seq(m), { units: 3, returnSequences: true, truncate: 2 }).output),
  probed('gru_reset_after', (m) => m.gru(seq(m), { units: 3, returnSequences: true }).output),
  probed('gru_reset_before', (m) => m.gru(seq(m), { units: 3, resetAfter: false, returnSequences: true, mask: m.mask('mask') }).output),
  probed('gru_reset_after_bi_sum', (m) => m.gru(seq(m), { units: 3, bidirectional: 'sum', returnSequences: true, mask: m.mask('mask') }).output),
  probed('gru_stacked_go_backwards', (m) => m.gru(seq(m), { units: 3, numLayers: 2, goBackwards: true, returnSequences: true }).output),
  probed('gru_dropout_fixed_masks', (m) => {
    const x = m.dropout(seq(m), 0.3);
    return m.gru(x, { units: 3, dropout: 0.25, recurrentDropout: 0.4, returnSequences: true, resetAfter: false }).output;
  }),
  probed('lstm_dropout_fixed_masks', (m) => m.lstm(seq(m), { units: 3, dropout: 0.25, recurrentDropout: 0.4, returnSequences: true }).output),
  probed('rnn', (m) => m.simpleRNN(seq(m), { units: 3, returnSequences: true, mask: m.mask('mask') }).output),
  probed('embedding_lengths_gru', (m) => {
    const ids = m.tokens('ids');
    const e = m.embedding(ids, { vocab: 30, dim: 4 });
    return m.gru(e, { units: 2, mask: m.lengths('lengths', ids as never), returnSequences: true }).output;
  }),
  probed('custom_gru_reset_after', (m) => customCell(m, seq(m), true).steps.h as F32),
  probed('custom_gru_reset_before_reverse', (m) => customCell(m, seq(m), false, true).steps.h as F32),
  probed('custom_scan_ops', (m) => {
    // sequence-only work of every liftable kind inside the body: gather of ids, one_hot, reshape,
    // reduce, slice, concat, flip, an invariant with a batch axis, and a nested scan.
    const x = seq(m);
    const ids = m.tokens('ids');
    const E = m.param('E', [30, 4]);
    const W = m.param('W', [8, 3]);
    const U = m.param('U', [3, 3]);
    const scale = m.input('scale', 'f32', ['B', 4]);
    const r = m.scan({
      carries: { h: m.zeros(['B', 3]) },
      sequences: { x, ids },
      mask: m.mask('mask'),
      body: ({ h }, { x: xt, ids: it }) => {
        const e = m.gather(E, it) as F32;
        const xs = m.mul(xt as F32, scale);
        const both = m.concat([m.tanh(xs), e], -1);
        const flat = m.reshape(m.reshape(both, ['B', 2, 4]), ['B', 8]);
        const mean = m.expandDims(m.mean(m.slice(flat, 1, 6), 1), 1);
        const pos = m.maximum(flat, m.flip(m.neg(flat), 1));
        const pre = m.add(m.add(m.matmul(m.add(pos, mean) as never, W as never), m.matmul(h as never, U as never)), m.slice(m.oneHot(it, 30), 0, 3) as never);
        const hn = m.tanh(pre) as unknown as Step<3>;
        return { carries: { h: hn }, steps: { h: hn } };
      },
    });
    return r.steps.h;
  }),
];

describe('layers: optimized equals unoptimized, forward and backward', () => {
  for (const def of layerCases) {
    it(def.name, () => {
      const mod = trace(def);
      checkForward(mod);
      checkBackward(mod, 'loss');
    });
  }
});

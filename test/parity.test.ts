// Generated JS == reference interpreter (float64), rel. error <= 1e-5, for every layer and option:
// masks with different lengths per row (incl. an empty row), goBackwards, bidirectional, stacked,
// returnState, initial states, stateful carry, both GRU variants, pooling, custom scan cells.
import { describe, expect, it } from 'vitest';
import { defineModel, type ModelBuilder, type ModelDef } from 'rnnc';
import { trace } from '../src/frontend/trace.js';
import { interpret } from '../src/ir/interpret.js';
import { verifyModule } from '../src/ir/verify.js';
import { compileJs, inputsFor, maxRelError, paramsFor } from './helpers/models.js';
import sentiment from '../examples/sentiment/model.js';
import tagger from '../examples/tagger/model.js';
import customCell from '../examples/custom-cell/model.js';

const TOL = 1e-5;
const B = 4;
const T = 6;

function model(name: string, build: (m: ModelBuilder) => void): ModelDef {
  return defineModel(name, build);
}

const seqModel = (name: string, layer: (m: ModelBuilder, x: ReturnType<ModelBuilder['sequence']>, mask: ReturnType<ModelBuilder['mask']>) => void) =>
  model(name, (m) => {
    const x = m.sequence('x', 5);
    const mask = m.mask('mask');
    layer(m, x as never, mask);
  });

const cases: ModelDef[] = [
  seqModel('lstm_seq', (m, x) => m.output('y', m.lstm(x, { units: 7, returnSequences: true }).output)),
  seqModel('lstm_last', (m, x) => m.output('y', m.lstm(x, { units: 7 }).output)),
  seqModel('lstm_mask_zero', (m, x, mask) => m.output('y', m.lstm(x, { units: 7, returnSequences: true, mask }).output)),
  seqModel('lstm_mask_previous', (m, x, mask) => m.output('y', m.lstm(x, { units: 7, returnSequences: true, mask, maskOutput: 'previous' }).output)),
  seqModel('lstm_peepholes_hard', (m, x, mask) => m.output('y', m.lstm(x, { units: 6, returnSequences: true, peepholes: true, recurrentActivation: 'hard_sigmoid', mask }).output)),
  seqModel('lstm_go_backwards', (m, x, mask) => m.output('y', m.lstm(x, { units: 5, returnSequences: true, goBackwards: true, mask }).output)),
  seqModel('lstm_bi_concat', (m, x, mask) => m.output('y', m.lstm(x, { units: 5, returnSequences: true, bidirectional: 'concat', mask }).output)),
  seqModel('lstm_bi_sum_last', (m, x, mask) => m.output('y', m.lstm(x, { units: 5, bidirectional: 'sum', mask }).output)),
  seqModel('lstm_stacked_state', (m, x, mask) => {
    const r = m.lstm(x, { units: 4, numLayers: 3, returnSequences: true, returnState: true, mask });
    m.output('y', r.output);
    r.states.forEach((s, i) => { m.output(`h${i}`, s.h); m.output(`c${i}`, s.c); });
  }),
  seqModel('lstm_initial_state', (m, x) => {
    const h0 = m.input('h0', 'f32', ['B', 4]);
    const c0 = m.input('c0', 'f32', ['B', 4]);
    m.output('y', m.lstm(x, { units: 4, returnSequences: true, initialState: [{ h: h0, c: c0 }] }).output);
  }),
  seqModel('gru_reset_after', (m, x, mask) => m.output('y', m.gru(x, { units: 6, returnSequences: true, mask }).output)),
  seqModel('gru_reset_before', (m, x, mask) => m.output('y', m.gru(x, { units: 6, returnSequences: true, resetAfter: false, mask }).output)),
  seqModel('gru_gate_bias_bi2', (m, x, mask) => {
    const r = m.gru(x, { units: 3, numLayers: 2, bidirectional: 'concat', gateBias: 1, returnSequences: true, returnState: true, mask });
    m.output('y', r.output);
    m.output('h_last_bw', r.states[3].h);
  }),
  seqModel('gru_initial_state_back', (m, x, mask) => {
    const h0 = m.input('h0', 'f32', ['B', 3]);
    m.output('y', m.gru(x, { units: 3, goBackwards: true, initialState: [{ h: h0 }], mask, resetAfter: false }).output);
  }),
  seqModel('rnn_relu', (m, x, mask) => m.output('y', m.simpleRNN(x, { units: 6, activation: 'relu', returnSequences: true, mask }).output)),
  seqModel('rnn_tanh_last', (m, x) => m.output('y', m.simpleRNN(x, { units: 6 }).output)),
  seqModel('dense_acts', (m, x) => {
    m.output('softmax', m.dense(x, { units: 4, activation: 'softmax' }));
    m.output('relu', m.dense(x, { units: 3, activation: 'relu', name: 'r' }));
    m.output('sig', m.dense(x, { units: 3, activation: 'sigmoid', useBias: false, name: 's' }));
  }),
  seqModel('pooling', (m, x, mask) => {
    m.output('mean', m.pool(x, { mode: 'mean', mask }));
    m.output('max', m.pool(x, { mode: 'max', mask }));
    m.output('last', m.pool(x, { mode: 'last', mask }));
    m.output('mean_all', m.pool(x, { mode: 'mean' }));
    m.output('max_all', m.pool(x, { mode: 'max' }));
    m.output('last_all', m.pool(x, { mode: 'last' }));
  }),
  model('embedding_lengths', (m) => {
    const ids = m.tokens('ids');
    const mask = m.lengths('lengths', ids as never);
    const e = m.embedding(ids, { vocab: 50, dim: 4 });
    m.output('y', m.lstm(e, { units: 3, mask, returnSequences: true }).output);
    m.output('e', e);
  }),
  seqModel('custom_bidirectional', (m, x, mask) => {
    const W = m.param('W', [5, 4]);
    const U = m.param('U', [4, 4]);
    const y = m.bidirectional(x, { merge: 'concat', mask }, (xs, dir) =>
      m.scan({ carries: { h: m.zeros(['B', 4]) }, sequences: { x: xs }, mask: dir.mask!, reverse: dir.reverse, maskOutput: 'previous', body: ({ h }, { x: xt }) => {
        const hn = m.tanh(m.add(m.matmul(xt, W), m.matmul(h, U)));
        return { carries: { h: hn }, steps: { h: hn } };
      } }).steps.h);
    m.output('y', y);
  }),
  seqModel('primitives', (m, x) => {
    const a = m.slice(x, 1, 3);
    const b = m.concat([a, m.exp(m.neg(a))]);
    const c = m.div(m.sqrt(m.add(m.square(b), 1)), m.maximum(m.abs(b), 0.5));
    const d = m.log(m.add(m.sigmoid(c), 0.1));
    m.output('d', m.minimum(d, 0.2));
    m.output('flip', m.flip(x, 1));
    m.output('sum', m.sum(x, 2));
    m.output('mean', m.mean(x, 0));
    m.output('rs', m.reshape(m.slice(x, 0, 4), ['B', 'T', 2, 2]));
  }),
  sentiment,
  tagger,
  customCell,
];

describe('generated JS matches the reference interpreter', () => {
  for (const def of cases) {
    it(def.name, async () => {
      const mod = trace(def);
      verifyModule(mod);
      const { module } = await compileJs(mod);
      const params = paramsFor(mod);
      const model = module.create();
      model.setParams(params);
      const inputs = inputsFor(mod, B, T);
      const got = model.forward(inputs);
      const want = interpret(mod, inputs, params);
      const lossName = mod.training?.loss;
      // forward() returns every output but the training loss; evaluate() adds the loss.
      const outputs = mod.outputs.filter((o) => o.name !== lossName);
      expect(Object.keys(got).sort()).toEqual(outputs.map((o) => o.name).sort());
      if (lossName) {
        const ev = (model as unknown as { evaluate(b: unknown): { loss: number } }).evaluate(inputs);
        const err = maxRelError([ev.loss], want.outputs[lossName].data);
        expect(err, `${def.name} loss: max rel error ${err}`).toBeLessThanOrEqual(TOL);
      }
      for (const o of outputs) {
        expect(got[o.name].shape, o.name).toEqual(want.outputs[o.name].shape);
        const err = maxRelError(got[o.name].data, want.outputs[o.name].data);
        expect(err, `${def.name}.${o.name}: max rel error ${err}`).toBeLessThanOrEqual(TOL);
      }
    });
  }

  it('masked rows: padding outputs are zeros, and the last step of a row with no valid step is the initial state', async () => {
    const mod = trace(cases[2]);
    const { module } = await compileJs(mod);
    const model = module.create({ seed: 3 });
    const inputs = inputsFor(mod, B, T);
    const y = model.forward(inputs).y;
    const H = 7;
    // row 2 has length 1, row 3 length 0 (see lengthsFor)
    for (let t = 1; t < T; t++) for (let k = 0; k < H; k++) expect(y.data[(2 * T + t) * H + k]).toBe(0);
    for (let t = 0; t < T; t++) for (let k = 0; k < H; k++) expect(y.data[(3 * T + t) * H + k]).toBe(0);
  });

  it('stateful layers carry their state across forward calls, and resetState starts over', async () => {
    const def = seqModel('stateful', (m, x) => m.output('y', m.gru(x, { units: 4, stateful: true, returnSequences: true }).output));
    const mod = trace(def);
    const { module } = await compileJs(mod);
    const params = paramsFor(mod);
    const model = module.create();
    model.setParams(params);
    const first = inputsFor(mod, 2, 3, 5);
    const second = inputsFor(mod, 2, 3, 6);
    const y1 = model.forward(first).y;
    const y2 = model.forward(second).y;
    const r1 = interpret(mod, first, params);
    const r2 = interpret(mod, second, params, { states: r1.states });
    expect(maxRelError(y1.data, r1.outputs.y.data)).toBeLessThanOrEqual(TOL);
    expect(maxRelError(y2.data, r2.outputs.y.data)).toBeLessThanOrEqual(TOL);
    model.resetState!();
    const y3 = model.forward(second).y;
    expect(maxRelError(y3.data, interpret(mod, second, params).outputs.y.data)).toBeLessThanOrEqual(TOL);
    expect(() => model.forward(inputsFor(mod, 3, 3, 7))).toThrow(/resetState/);
  });

  it('seeded initialization is reproducible and differs across seeds', async () => {
    const mod = trace(sentiment);
    const { module } = await compileJs(mod);
    const a = module.create({ seed: 7 }).getParams();
    const b = module.create({ seed: 7 }).getParams();
    const c = module.create({ seed: 8 }).getParams();
    expect(a['lstm.U_f']).toEqual(b['lstm.U_f']);
    expect(a['lstm.U_f']).not.toEqual(c['lstm.U_f']);
    expect(Array.from(a['lstm.b_f']).every((v) => v === 1)).toBe(true); // unit forget bias
  });
});

// The layer and option cases every target is checked on (the JS target against the reference
// interpreter; wasm, WGSL and GLSL against the JS target): one list, so no target can drift from it.
import { defineModel, type ModelBuilder, type ModelDef } from 'rnnc';
import sentiment from '../../examples/sentiment/model.js';
import tagger from '../../examples/tagger/model.js';
import customCell from '../../examples/custom-cell/model.js';

function model(name: string, build: (m: ModelBuilder) => void): ModelDef {
  return defineModel(name, build);
}

export const seqModel = (name: string, layer: (m: ModelBuilder, x: ReturnType<ModelBuilder['sequence']>, mask: ReturnType<ModelBuilder['mask']>) => void) =>
  model(name, (m) => {
    const x = m.sequence('x', 5);
    const mask = m.mask('mask');
    layer(m, x as never, mask);
  });

/** The JS target's parity list: every layer and option, incl. the sentiment, tagger and custom-cell examples. */
export const parityCases: ModelDef[] = [
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
    m.output('tr', m.mul(m.transpose(x, [1, 0, 2]), 2));
    m.output('sum', m.sum(x, 2));
    m.output('mean', m.mean(x, 0));
    m.output('rs', m.reshape(m.slice(x, 0, 4), ['B', 'T', 2, 2]));
  }),
  seqModel('linear_scan', (m, x, mask) => {
    const a = m.dense(x, { units: 4, activation: 'sigmoid', name: 'a' });
    const b = m.dense(x, { units: 4, name: 'b' });
    const r = m.linearScan({ a, b, mask, maskOutput: 'previous' });
    m.output('steps', r.steps);
    m.output('final', r.final);
    // One coefficient per channel (LRU-style), reverse, an initial state from the inputs.
    const lam = m.param('lam', [4]);
    const h0 = m.dense(m.pool(x, { mode: 'mean' }), { units: 4, name: 'h0' });
    const q = m.linearScan({ a: m.sigmoid(lam), b, h0, reverse: true, mask });
    m.output('rev', q.steps);
    m.output('rev_final', q.final);
  }),
  seqModel('linear_scan_log', (m, x, mask) => {
    // minGRU's log-space form: log(1 - z), log z + log h~.
    const k = m.dense(x, { units: 3, name: 'k' });
    const hh = m.dense(x, { units: 3, name: 'hh' });
    const r = m.linearScan({ a: m.neg(m.softplus(k)), b: m.sub(m.neg(m.softplus(m.neg(k))), m.softplus(m.neg(hh))), mask, log: true });
    m.output('h', m.exp(r.steps));
    m.output('log_final', r.final);
  }),
  seqModel('mingru_scan', (m, x, mask) => {
    // minGRU written as a plain scan: the linear-scans pass makes it a linear_scan.
    const Wz = m.param('Wz', [5, 4]);
    const Wh = m.param('Wh', [5, 4]);
    const h0 = m.dense(m.pool(x, { mode: 'mean' }), { units: 4, name: 'h0' });
    const r = m.scan({ carries: { h: h0 }, sequences: { x }, mask, maskOutput: 'previous', reverse: true, body: ({ h }, { x: xt }) => {
      const z = m.sigmoid(m.matmul(xt, Wz));
      const hn = m.add(m.mul(m.rsub(1, z), h), m.mul(z, m.matmul(xt, Wh)));
      return { carries: { h: hn }, steps: { h: hn, y: m.tanh(m.sub(hn, m.mul(h, 0.5))) } };
    } });
    m.output('h', r.steps.h);
    m.output('y', r.steps.y);
    m.output('f', r.finals.h);
    // An exponential moving average with a constant coefficient, and a select on the inputs.
    const e = m.scan({ carries: { s: m.zeros(['B', 5]) }, sequences: { x }, body: ({ s }, { x: xt }) => {
      const upd = m.add(m.mul(s, 0.9), m.mul(xt, 0.1));
      return { carries: { s: m.where(m.sub(xt, 0.2), upd, m.neg(s)) }, steps: { s: upd } };
    } });
    m.output('ema', e.steps.s);
  }),
  sentiment,
  tagger,
  customCell,
];

/** Training: embedding, 2-layer bidirectional GRU with dropout and recurrent dropout, masked softmax loss, Adam, cosine schedule, clipNorm. */
export const trainTagger = defineModel('train_tagger', (m) => {
  const ids = m.tokens('ids');
  const mask = m.lengths('lengths', ids as never);
  const labels = m.input('labels', 'i32', ['B', 'T']);
  const e = m.embedding(ids, { vocab: 50, dim: 4 });
  const h = m.gru(e, { units: 3, numLayers: 2, bidirectional: 'concat', returnSequences: true, mask, dropout: 0.2, recurrentDropout: 0.3 }).output;
  m.train({ loss: m.softmaxCrossEntropy(m.dense(h, { units: 2 }), labels, { mask }), optimizer: { kind: 'adam', lr: 0.02 }, schedule: { kind: 'cosine', totalSteps: 20 }, clipNorm: 1 });
});

/** Training: LSTM with peepholes and truncated BPTT (3 steps), MSE, SGD. */
export const trainRegress = defineModel('train_regress', (m) => {
  const x = m.sequence('x', 3);
  const target = m.input('target', 'f32', ['B', 'T', 2]);
  const h = m.lstm(x, { units: 4, returnSequences: true, peepholes: true, truncate: 3 }).output;
  m.train({ loss: m.meanSquaredError(m.dense(h, { units: 2 }), target), optimizer: { kind: 'sgd', lr: 0.5 } });
});

/** Training through linear scans: a minGRU written as a scan (the pass makes it a linear_scan), then a reverse, masked log-space m.linearScan. */
export const trainMinGru = defineModel('train_mingru', (m) => {
  const x = m.sequence('x', 3);
  const mask = m.mask('mask');
  const target = m.input('target', 'f32', ['B', 'T', 2]);
  const Wz = m.param('Wz', [3, 4]);
  const Wh = m.param('Wh', [3, 4]);
  const r = m.scan({ carries: { h: m.zeros(['B', 4]) }, sequences: { x }, mask, body: ({ h }, { x: xt }) => {
    const z = m.sigmoid(m.matmul(xt, Wz));
    const hn = m.add(m.mul(m.rsub(1, z), h), m.mul(z, m.matmul(xt, Wh)));
    return { carries: { h: hn }, steps: { h: hn } };
  } });
  const k = m.dense(r.steps.h, { units: 3, name: 'k' });
  const c = m.dense(r.steps.h, { units: 3, name: 'c' });
  const q = m.linearScan({ a: m.neg(m.softplus(k)), b: m.sub(m.neg(m.softplus(m.neg(k))), m.softplus(m.neg(c))), mask, reverse: true, log: true });
  const y = m.dense(m.exp(q.steps), { units: 2, name: 'out' });
  m.train({ loss: m.meanSquaredError(y, target, { mask }), optimizer: { kind: 'adam', lr: 0.05 } });
});

/** The training cases: the sentiment example and the three above. */
export const trainCases: ModelDef[] = [sentiment, trainTagger, trainRegress, trainMinGru];

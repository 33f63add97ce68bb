// minLSTM ("Were RNNs All We Needed?", Feng et al., 2024) in its log-space parallel mode: the gates
// read the input only, the forget and input gates are normalized to sum to one, and
// h_t = f'_t * h_{t-1} + i'_t * h~_t is a linear scan, run in log space (m.linearScan with `log`)
// so that long sequences neither underflow nor overflow. A dense head reads the last state.
import { defineModel, type F32, type ModelBuilder } from 'rnnc';

/** log g(x): g(x) = x + 0.5 for x >= 0, sigmoid(x) below (positive, so its log exists). */
export function logG(m: ModelBuilder, x: F32): F32 {
  return m.where(m.equal(m.relu(x), x), m.log(m.add(m.relu(x), 0.5)), m.neg(m.softplus(m.neg(x))));
}

export default defineModel('minlstm', (m) => {
  const x = m.sequence('x', 32);
  const mask = m.mask('mask');
  const H = 64;
  const kf = m.dense(x, { units: H, name: 'f' });
  const ki = m.dense(x, { units: H, name: 'i' });
  const kh = m.dense(x, { units: H, name: 'h' });
  // log f' = log(f / (f + i)) = -softplus(softplus(-kf) - softplus(-ki)); log i' likewise.
  const diff = m.sub(m.softplus(m.neg(kf)), m.softplus(m.neg(ki)));
  const r = m.linearScan({ a: m.neg(m.softplus(diff)), b: m.add(m.neg(m.softplus(m.neg(diff))), logG(m, kh)), mask, maskOutput: 'previous', log: true });
  const h = m.exp(r.steps);
  m.output('h', h, { doc: 'the hidden state at every step' });
  m.output('y', m.dense(m.exp(r.final), { units: 4, name: 'head' }), { doc: 'scores from the last state' });
});

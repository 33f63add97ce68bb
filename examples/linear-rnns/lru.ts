// An LRU-style layer (Orvieto et al., 2023, "Resurrecting Recurrent Neural Networks for Long
// Sequences"), real-valued: a diagonal recurrence h_t = lambda * h_{t-1} + gamma * (x_t B) with
// lambda = exp(-exp(nu)) in (0, 1) (the exponential parametrization keeps it stable whatever nu
// is) and gamma = sqrt(1 - lambda^2) normalizing the input, read out as y_t = h_t C + x_t * D.
// Written as a plain scan: the linear-scans pass proves the carry linear (its coefficient reads
// only a parameter) and runs it as a parallel linear_scan; `rnnc compile --explain-scan` says so.
import { defineModel } from 'rnnc';

export default defineModel('lru', (m) => {
  const D = 32;
  const N = 64;
  const x = m.sequence('x', D);
  const nu = m.param('nu', [N], { kind: 'uniform', low: -4, high: 0 });
  const Bm = m.param('B', [D, N]);
  const Cm = m.param('C', [N, D]);
  const Dm = m.param('D', [D], 'ones');
  const lambda = m.exp(m.neg(m.exp(nu)));
  const gamma = m.sqrt(m.rsub(1, m.square(lambda)));
  const r = m.scan({
    carries: { h: m.zeros(['B', N]) },
    sequences: { x },
    body: ({ h }, { x: xt }) => {
      const hn = m.add(m.mul(h, lambda), m.mul(m.matmul(xt, Bm), gamma));
      return { carries: { h: hn }, steps: { y: m.add(m.matmul(hn, Cm), m.mul(xt, Dm)) } };
    },
  });
  m.output('y', r.steps.y, { doc: 'y_t = h_t C + x_t D' });
});

// A small selective state-space block in the manner of Mamba (Gu & Dao, 2023): per channel d and
// state n, h_t[d, n] = exp(delta_t[d] * A[d, n]) * h_{t-1}[d, n] + delta_t[d] * B_t[n] * x_t[d],
// y_t[d] = sum_n C_t[n] h_t[d, n] + D[d] x_t[d], with an input-dependent step size delta_t =
// softplus(x_t W + b), a diagonal A = -exp(A_log) and input-dependent B_t, C_t (state size N per
// channel). Written as a plain scan over a [B, D, N] state: its coefficient depends on the input
// only, so the linear-scans pass runs it as a parallel linear_scan with the per-(channel, state)
// coefficients computed for all steps at once. (Mamba's fused kernel also avoids materializing
// the [B, T, D, N] coefficients; this one does not.)
import { defineModel, type F32 } from 'rnnc';

export default defineModel('selective_ssm', (m) => {
  const D = 16;
  const N = 4;
  const x = m.sequence('x', D);
  const Alog = m.param('A_log', [D, N], { kind: 'uniform', low: 0, high: 1.5 });
  const Dskip = m.param('D', [D], 'ones');
  const A = m.neg(m.exp(Alog));
  const delta = m.softplus(m.dense(x, { units: D, name: 'delta' }));
  const Bt = m.dense(x, { units: N, name: 'B', useBias: false });
  const Ct = m.dense(x, { units: N, name: 'C', useBias: false });
  // The input-dependent discretization for every step at once: [B, T, D, N].
  const full = m.zeros(['B', 'T', D, N]) as F32;
  const decay = m.exp(m.mul(m.add(full, A), m.reshape(delta, ['B', 'T', D, 1]) as F32));
  const drive = m.mul(m.add(full, m.reshape(Bt, ['B', 'T', 1, N]) as F32), m.reshape(m.mul(delta, x), ['B', 'T', D, 1]) as F32);
  const r = m.scan({
    carries: { h: m.zeros(['B', D, N]) },
    sequences: { decay, drive, x, Ct },
    body: ({ h }, s) => {
      const hn = m.add(m.mul(h, s.decay), s.drive);
      const y = m.add(m.sum(m.mul(hn, m.reshape(s.Ct, ['B', 1, N]) as F32), 2), m.mul(s.x, Dskip));
      return { carries: { h: hn }, steps: { y } };
    },
  });
  m.output('y', r.steps.y, { doc: 'y_t = C_t h_t + D x_t per channel' });
});

// The names model with minGRU layers ("Were RNNs All We Needed?", Feng et al., 2024) in place of
// the LSTM: Embedding -> two stateful minGRU layers -> Dense(vocab). A minGRU's gate and candidate
// read the input only, so its recurrence h_t = (1 - z_t) * h_{t-1} + z_t * h~_t is linear in h and
// trains as a parallel scan (m.linearScan), in the paper's log-space form: log h_t =
// logaddexp(log(1 - z_t) + log h_{t-1}, log z_t + log g(h~_t)), so long chunks neither underflow
// nor overflow. train.mjs --model mingru trains it on the same stream as the LSTM; sampling runs
// it one character per call, the state kept in the model like the LSTM's.
import { defineModel, type F32, type Mask, type ModelBuilder } from 'rnnc';

/** log g(x), where g(x) = x + 0.5 for x >= 0 and sigmoid(x) below: positive, so its log exists. */
function logG(m: ModelBuilder, x: F32): F32 {
  const nonNegative = m.equal(m.relu(x), x);
  return m.where(nonNegative, m.log(m.add(m.relu(x), 0.5)), m.neg(m.softplus(m.neg(x))));
}

/** One minGRU layer over [B, T, F] with its state h kept between calls. */
function minGRU(m: ModelBuilder, x: F32, units: number, name: string, mask: Mask): F32 {
  const h0 = m.state(`${name}.h`, ['B', units]);
  const k = m.dense(x as never, { units, name: `${name}.gate` }) as F32;
  const cand = m.dense(x as never, { units, name: `${name}.cand` }) as F32;
  const logZ = m.neg(m.softplus(m.neg(k))); // log sigmoid(k)
  const logCoeffs = m.neg(m.softplus(k)); // log (1 - sigmoid(k))
  const r = m.linearScan({
    a: logCoeffs,
    b: m.add(logZ, logG(m, cand)),
    // The kept h is positive (or zero before the first call); 1e-30 keeps log 0 finite.
    h0: m.log(m.add(h0, 1e-30)),
    mask,
    maskOutput: 'previous',
    log: true,
  });
  m.updateState(`${name}.h`, m.exp(r.final));
  return m.exp(r.steps);
}

export default defineModel('names_mingru', (m) => {
  const chars = m.tokens('chars', { doc: 'character ids: 0 separator, 1..26 a-z, 27 hyphen, 28 apostrophe, 29 space' });
  const targets = m.input('targets', 'i32', ['B', 'T'], { doc: 'the next character of each step' });
  const mask = m.mask('mask');
  const x = m.embedding(chars, { vocab: 30, dim: 16, name: 'emb' });
  const h1 = minGRU(m, x as F32, 128, 'l1', mask);
  const h2 = minGRU(m, h1, 128, 'l2', mask);
  const logits = m.dense(h2 as never, { units: 30, name: 'out' });
  m.output('logits', logits, { doc: 'unnormalized scores of the next character' });
  m.train({ loss: m.softmaxCrossEntropy(logits, targets, { mask }), optimizer: { kind: 'adam', lr: 0.01 }, clipNorm: 5 });
});

// The Theano LSTM tutorial's sentiment classifier: Embedding -> LSTM -> masked mean pooling -> Dense,
// trained with softmax cross-entropy on the labels (Adam, gradient clipping as theano-lstm's max_norm).
import { defineModel } from 'rnnc';

export default defineModel('sentiment', (m) => {
  const tokens = m.tokens('tokens', { doc: 'token ids, 0..1999' });
  const mask = m.mask('mask');
  const labels = m.input('labels', 'i32', ['B'], { doc: 'class per sequence: 0 negative, 1 positive' });
  const x = m.embedding(tokens, { vocab: 2000, dim: 32, name: 'emb' });
  const { output: h } = m.lstm(x, { units: 32, returnSequences: true, mask, name: 'lstm' });
  const pooled = m.pool(h, { mode: 'mean', mask });
  const logits = m.dense(pooled, { units: 2, name: 'out' });
  m.output('logits', logits, { doc: 'unnormalized class scores (negative, positive)' });
  m.train({ loss: m.softmaxCrossEntropy(logits, labels), optimizer: { kind: 'adam', lr: 0.01 }, clipNorm: 5 });
});

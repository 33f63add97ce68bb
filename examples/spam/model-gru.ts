// Spam filter, GRU: Embedding -> GRU over the masked token sequence -> masked mean pooling ->
// Dense(2), trained with softmax cross-entropy on the labels (Adam, gradient clipping).
// Trained by train.mjs on the SpamAssassin corpus (data.mjs); model.ts is the LSTM twin.
import { defineModel } from 'rnnc';

export default defineModel('spam_gru', (m) => {
  const tokens = m.tokens('tokens', { doc: 'word ids: 0 padding, 1 unknown, 2..4999 the training vocabulary' });
  const mask = m.mask('mask');
  const labels = m.input('labels', 'i32', ['B'], { doc: 'class per email: 0 ham, 1 spam' });
  const x = m.embedding(tokens, { vocab: 5000, dim: 32, name: 'emb' });
  const { output: h } = m.gru(x, { units: 32, returnSequences: true, mask, name: 'gru' });
  const pooled = m.pool(h, { mode: 'mean', mask });
  const logits = m.dense(pooled, { units: 2, name: 'out' });
  m.output('logits', logits, { doc: 'unnormalized class scores (ham, spam)' });
  m.train({ loss: m.softmaxCrossEntropy(logits, labels), optimizer: { kind: 'adam', lr: 0.005 }, clipNorm: 5 });
});

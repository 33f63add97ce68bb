// Character-level language model of first names: Embedding -> stateful LSTM -> Dense(vocab), with
// a per-step softmax cross-entropy on the next character. train.mjs feeds it one long stream of
// names in consecutive chunks (truncated BPTT): the `stateful` LSTM carries its state from one chunk
// to the next, while the gradient stops at each chunk's border and reaches back at most `truncate`
// steps. Symbols: 0 is the name separator, then a-z and a few others (see data.mjs).
import { defineModel } from 'rnnc';

export default defineModel('names', (m) => {
  const chars = m.tokens('chars', { doc: 'character ids: 0 separator, 1..26 a-z, 27 hyphen, 28 apostrophe, 29 space' });
  const targets = m.input('targets', 'i32', ['B', 'T'], { doc: 'the next character of each step' });
  const mask = m.mask('mask');
  const x = m.embedding(chars, { vocab: 30, dim: 16, name: 'emb' });
  const { output: h } = m.lstm(x, { units: 64, returnSequences: true, mask, stateful: true, truncate: 32, name: 'lstm' });
  const logits = m.dense(h, { units: 30, name: 'out' });
  m.output('logits', logits, { doc: 'unnormalized scores of the next character' });
  m.train({ loss: m.softmaxCrossEntropy(logits, targets, { mask }), optimizer: { kind: 'adam', lr: 0.01 }, clipNorm: 5 });
});

// The GLSL target's numerics cases: the shared parity and training lists (test/helpers/cases.ts),
// plus a stateful model for carry across calls and one with an embedding table too big for a 256-wide texture.
import { defineModel } from 'rnnc';
import { parityCases, seqModel } from '../../helpers/cases.js';

export { trainCases, trainRegress, trainTagger } from '../../helpers/cases.js';
export const forwardCases = parityCases;
export const statefulCase = seqModel('stateful', (m, x) => m.output('y', m.gru(x, { units: 4, stateful: true, returnSequences: true }).output));

/** An embedding table of vocab x dim (R32F when vocab * dim is not a multiple of 4). */
export const bigVocab = (vocab: number, dim: number) =>
  defineModel('big_vocab', (m) => {
    const tokens = m.tokens('tokens');
    const labels = m.input('labels', 'i32', ['B']);
    const x = m.embedding(tokens, { vocab, dim, name: 'emb' });
    const { output: h } = m.lstm(x, { units: 8, name: 'lstm' });
    const logits = m.dense(h, { units: 2, name: 'out' });
    m.output('logits', logits);
    m.train({ loss: m.softmaxCrossEntropy(logits, labels), optimizer: { kind: 'sgd', lr: 0.1 } });
  });


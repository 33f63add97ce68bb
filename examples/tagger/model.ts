// A sequence tagger: Embedding -> 2-layer bidirectional GRU (PyTorch's nn.GRU(num_layers=2,
// bidirectional=True) over packed sequences) -> per-step Dense.
import { defineModel } from 'rnnc';

export default defineModel('tagger', (m) => {
  const tokens = m.tokens('tokens');
  const mask = m.lengths('lengths', tokens as never, { doc: 'valid steps per sentence' });
  const x = m.embedding(tokens, { vocab: 500, dim: 16, name: 'emb' });
  const { output: h } = m.gru(x, { units: 24, numLayers: 2, bidirectional: 'concat', returnSequences: true, mask, name: 'enc' });
  const tags = m.dense(h, { units: 9, name: 'tag' });
  m.output('tags', tags, { doc: 'tag scores per step' });
});

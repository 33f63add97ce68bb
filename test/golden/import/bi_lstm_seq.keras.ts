// Imported by `rnnc import` from bi_lstm_seq.keras (Keras 3.10.0 (.keras)).
// An ordinary rnnc model: compile it with `rnnc compile`, edit it, or add m.train(...) to fine-tune.
// Its weights are weights.safetensors beside it (rnnc layout).
import { defineModel } from 'rnnc';

export default defineModel('bi_lstm_seq', (m) => {
  const x = m.sequence('x', 6, { doc: "Keras input 'x'" });
  // Bidirectional(LSTM), merge_mode concat: Keras layer 'bidirectional' (LSTM, 7 units, return_sequences)
  const bidirectional = m.lstm(x, { units: 7, returnSequences: true, bidirectional: 'concat', name: 'bidirectional' });
  const bidirectionalOut = bidirectional.output;
  // Dense: Keras layer 'time_distributed' (TimeDistributed(Dense), 2 units)
  const timeDistributed = m.dense(bidirectionalOut, { units: 2, name: 'time_distributed' });
  const globalAveragePooling1d = m.pool(bidirectionalOut, { mode: 'mean' });
  m.output('time_distributed', timeDistributed, { doc: "Keras output: layer 'time_distributed'" });
  m.output('global_average_pooling1d', globalAveragePooling1d, { doc: "Keras output: layer 'global_average_pooling1d'" });
});

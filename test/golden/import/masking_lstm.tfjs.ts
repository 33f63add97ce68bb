// Imported by `rnnc import` from masking_lstm (TensorFlow.js tfjs-layers v4.22.0).
// An ordinary rnnc model: compile it with `rnnc compile`, edit it, or add m.train(...) to fine-tune.
// Its weights are weights.safetensors beside it (rnnc layout).
import { defineModel } from 'rnnc';

export default defineModel('masking_lstm', (m) => {
  const x = m.sequence('x', 3, { doc: "Keras input 'x'" });
  // Masking: Keras layer 'masking' (mask_value 0): a step is padding when all 3 features equal it
  const maskingMask = m.rsub(1, m.equal(m.max(m.abs(x), -1), 0));
  const masking = m.mul(x, m.expandDims(maskingMask, -1));
  // LSTM: Keras layer 'lstm' (LSTM, 5 units, return_sequences)
  const lstm = m.lstm(masking, { units: 5, returnSequences: true, mask: maskingMask, maskOutput: 'previous', name: 'lstm' });
  const lstmOut = lstm.output;
  // Dense: Keras layer 'dense' (Dense, 2 units)
  const dense = m.dense(lstmOut, { units: 2, name: 'dense' });
  m.output('dense', dense, { doc: "Keras model output (layer 'dense')" });
});

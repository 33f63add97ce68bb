// Imported by `rnnc import` from gru_bi2_timemajor.onnx (ONNX from pytorch 1.13.0, opset 14).
// An ordinary rnnc model: compile it with `rnnc compile`, edit it, or add m.train(...) to fine-tune.
// Its weights are weights.safetensors beside it (rnnc layout).
import { defineModel } from 'rnnc';

export default defineModel('gru_bi2_timemajor', (m) => {
  const x = m.input('x', 'f32', ['T', 'B', 6], { doc: "ONNX input 'x' (float)" });
  const rnnInput = m.transpose(x, [1, 0, 2]);
  // GRU: ONNX node '/rnn/GRU' (bidirectional, linear_before_reset=1, hidden_size 10, W 'onnx::GRU_340', R 'onnx::GRU_341', B 'onnx::GRU_339')
  const rnn = m.gru(rnnInput, { units: 10, returnSequences: true, returnState: true, bidirectional: 'concat', resetAfter: true, name: 'rnn' });
  const rnnY = rnn.output;
  // GRU: ONNX node '/rnn/GRU_1' (bidirectional, linear_before_reset=1, hidden_size 10, W 'onnx::GRU_383', R 'onnx::GRU_384', B 'onnx::GRU_382')
  const rnn1 = m.gru(rnnY, { units: 10, returnSequences: true, returnState: true, bidirectional: 'concat', resetAfter: true, name: 'rnn_1' });
  const rnn1Y = rnn1.output;
  const y2 = m.transpose(rnn1Y, [1, 0, 2]);
  const hN = m.concat([m.expandDims(rnn.states[0].h, 0), m.expandDims(rnn.states[1].h, 0), m.expandDims(rnn1.states[0].h, 0), m.expandDims(rnn1.states[1].h, 0)], 0);
  // Dense: ONNX MatMul '/head/MatMul' (weight 'onnx::MatMul_385'), Add '/head/Add'
  const head = m.dense(rnn1Y, { units: 5, name: 'head' });
  const scores = m.transpose(head, [1, 0, 2]);
  m.output('y', y2, { doc: "ONNX output 'y' [T, B, 20]" });
  m.output('h_n', hN, { doc: "ONNX output 'h_n' [4, B, 10]" });
  m.output('scores', scores, { doc: "ONNX output 'scores' [T, B, 5]" });
});

// Imported by `rnnc import` from lstm_clf_opset13.onnx (ONNX from pytorch 1.13.0, opset 13).
// An ordinary rnnc model: compile it with `rnnc compile`, edit it, or add m.train(...) to fine-tune.
// Its weights are weights.safetensors beside it (rnnc layout).
import { defineModel } from 'rnnc';

export default defineModel('lstm_clf_opset13', (m) => {
  const tokens = m.tokens('tokens', { doc: "ONNX input 'tokens' (int64, given as int32)" });
  // Embedding: ONNX Gather '/emb/Gather' on table 'emb.weight' [40, 8]
  const emb = m.embedding(tokens, { vocab: 40, dim: 8, name: 'emb' });
  // LSTM: ONNX node '/rnn/LSTM' (forward, hidden_size 12, W 'onnx::LSTM_111', R 'onnx::LSTM_112', B 'onnx::LSTM_113')
  const rnn = m.lstm(emb, { units: 12, returnSequences: true, name: 'rnn' });
  const rnnY = rnn.output;
  const last = m.pool(rnnY, { mode: 'last' });
  // Dense: ONNX Gemm '/head/Gemm' (B 'head.weight', transB)
  const head = m.dense(last, { units: 3, name: 'head' });
  m.output('logits', head, { doc: "ONNX output 'logits' [B, 3]" });
});

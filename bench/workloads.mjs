// The standard workloads (DESIGN.md section 6): float32, batch-major [B, T, I], one layer, the
// full output sequence. Weights are made here in Keras layout and given to every row (rnnc
// through loadWeights({ layout: 'keras' }), tfjs through setWeights, onnxruntime through the
// ONNX initializers), so all rows compute the same function on the same numbers.

export const WORKLOADS = {
  W1: { id: 'W1', cell: 'lstm', train: false, B: 32, T: 100, I: 64, H: 256, what: 'LSTM inference' },
  W2: { id: 'W2', cell: 'gru', train: false, B: 32, T: 100, I: 64, H: 256, what: 'GRU inference' },
  W3: { id: 'W3', cell: 'lstm', train: false, B: 1, T: 100, I: 64, H: 256, what: 'LSTM inference' },
  W4: { id: 'W4', cell: 'lstm', train: true, B: 32, T: 100, I: 64, H: 256, what: 'LSTM training step' },
  W5: { id: 'W5', cell: 'gru', train: true, B: 32, T: 100, I: 64, H: 256, what: 'GRU training step' },
};

/** SGD learning rate of the training workloads (small: weights barely move across the timed steps). */
export const LR = 0.01;

/** Gates per cell: the 4H / 3H of the FLOP count. */
export const gatesOf = (cell) => (cell === 'lstm' ? 4 : 3);

/**
 * Matmul FLOPs of one call: 2·B·(I+H)·G·H per step, times T; a training step (forward +
 * backward + update) counts as about 3x the forward.
 */
export function flopsOf(w) {
  const fwd = 2 * w.B * (w.I + w.H) * gatesOf(w.cell) * w.H * w.T;
  return w.train ? 3 * fwd : fwd;
}

/** A small deterministic generator (xorshift32), uniform in [0, 1). */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

export function uniform(n, scale, r) {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (r() * 2 - 1) * scale;
  return a;
}

/**
 * Keras-layout weights of the layer named `rnn`: kernel [I, G·H], recurrent_kernel [H, G·H],
 * bias [G·H] (LSTM, reset-before GRU) or [2, 3H] (reset-after GRU: input row, recurrent row).
 * Uniform in ±1/sqrt(H), PyTorch's default range.
 */
export function kerasWeights(w, { resetAfter = true } = {}, seed = 7) {
  const r = rng(seed);
  const G = gatesOf(w.cell);
  const s = 1 / Math.sqrt(w.H);
  const twoBiases = w.cell === 'gru' && resetAfter;
  return {
    kernel: { shape: [w.I, G * w.H], data: uniform(w.I * G * w.H, s, r) },
    recurrent_kernel: { shape: [w.H, G * w.H], data: uniform(w.H * G * w.H, s, r) },
    bias: { shape: twoBiases ? [2, G * w.H] : [G * w.H], data: uniform((twoBiases ? 2 : 1) * G * w.H, s, r) },
  };
}

/** The workload's inputs: x [B, T, I] and, for training, the target [B, T, H]. */
export function inputsOf(w, seed = 11) {
  const r = rng(seed);
  const x = uniform(w.B * w.T * w.I, 1, r);
  const target = w.train ? uniform(w.B * w.T * w.H, 0.5, r) : undefined;
  return { x, target };
}

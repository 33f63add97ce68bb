// The weights of ONNX LSTM / GRU / RNN nodes in rnnc's keras layout (see program.ts): ONNX keeps
// W [D, G*H, I], R [D, G*H, H] and B [D, 2*G*H] (input biases, then recurrent ones) with gates
// i,o,f,c (LSTM) or z,r,h (GRU); Keras keeps kernel [I, G*H], recurrent_kernel [H, G*H] and one
// bias with gates i,f,c,o / z,r,h.

import type { Program } from './program.js';

/**
 * ONNX weights in rnnc's keras layout: kernel [I, G*H] and recurrent_kernel [H, G*H] in Keras' gate
 * order (LSTM i,f,c,o from ONNX's i,o,f,c; GRU z,r,h as ONNX), bias = Wb + Rb, except a reset-after
 * GRU's [2, 3H] (input row, recurrent row), which keeps Rb_h inside the reset gate.
 */
export function onnxRecurrentWeights(p: Program, op: 'LSTM' | 'GRU' | 'RNN', name: string, D: number, H: number, I: number, W: Float64Array, R: Float64Array, B: Float64Array | undefined, resetAfter: boolean): void {
  const blocks = op === 'LSTM' ? [0, 2, 3, 1] : op === 'GRU' ? [0, 1, 2] : [0];
  const G = blocks.length;
  for (let d = 0; d < D; d++) {
    const P = D === 2 ? `${name}.${d === 0 ? 'forward' : 'backward'}` : name;
    const kernel = new Float32Array(I * G * H);
    const rec = new Float32Array(H * G * H);
    blocks.forEach((blk, g) => {
      for (let j = 0; j < H; j++) {
        const row = d * G * H + blk * H + j;
        for (let i = 0; i < I; i++) kernel[i * G * H + g * H + j] = W[row * I + i];
        for (let i = 0; i < H; i++) rec[i * G * H + g * H + j] = R[row * H + i];
      }
    });
    p.weight(`${P}.kernel`, [I, G * H], kernel);
    p.weight(`${P}.recurrent_kernel`, [H, G * H], rec);
    const wb = (blk: number, j: number) => (B ? B[d * 2 * G * H + blk * H + j] : 0);
    const rb = (blk: number, j: number) => (B ? B[d * 2 * G * H + G * H + blk * H + j] : 0);
    if (resetAfter) {
      const b = new Float32Array(2 * G * H);
      blocks.forEach((blk, g) => {
        for (let j = 0; j < H; j++) {
          b[g * H + j] = wb(blk, j);
          b[G * H + g * H + j] = rb(blk, j);
        }
      });
      p.weight(`${P}.bias`, [2, G * H], b);
    } else {
      const b = new Float32Array(G * H);
      blocks.forEach((blk, g) => {
        for (let j = 0; j < H; j++) b[g * H + j] = wb(blk, j) + rb(blk, j);
      });
      p.weight(`${P}.bias`, [G * H], b);
    }
  }
}

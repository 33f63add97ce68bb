// Reference peaks measured in the same run: what a matmul reaches in plain JS, in tfjs' wasm
// backend (WASM SIMD, XNNPACK) and in onnxruntime (native and wasm). They bound what a
// recurrent layer can reach on each path.

import { timeFor } from './tfjs.mjs';

/**
 * c = a b for a [n, n], b [n, n], row-major Float32Arrays: a 4x4 register-blocked kernel (the
 * same scheme rnnc's JS backend renders), the best plain JS does without SIMD.
 */
export function jsMatmul(a, b, c, n) {
  for (let i = 0; i < n; i += 4) {
    const a0 = i * n, a1 = a0 + n, a2 = a1 + n, a3 = a2 + n;
    for (let j = 0; j < n; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let k = 0; k < n; k++) {
        const x0 = a[a0 + k], x1 = a[a1 + k], x2 = a[a2 + k], x3 = a[a3 + k];
        const bk = k * n + j;
        const w0 = b[bk], w1 = b[bk + 1], w2 = b[bk + 2], w3 = b[bk + 3];
        c00 += x0 * w0; c01 += x0 * w1; c02 += x0 * w2; c03 += x0 * w3;
        c10 += x1 * w0; c11 += x1 * w1; c12 += x1 * w2; c13 += x1 * w3;
        c20 += x2 * w0; c21 += x2 * w1; c22 += x2 * w2; c23 += x2 * w3;
        c30 += x3 * w0; c31 += x3 * w1; c32 += x3 * w2; c33 += x3 * w3;
      }
      c[a0 + j] = c00; c[a0 + j + 1] = c01; c[a0 + j + 2] = c02; c[a0 + j + 3] = c03;
      c[a1 + j] = c10; c[a1 + j + 1] = c11; c[a1 + j + 2] = c12; c[a1 + j + 3] = c13;
      c[a2 + j] = c20; c[a2 + j + 1] = c21; c[a2 + j + 2] = c22; c[a2 + j + 3] = c23;
      c[a3 + j] = c30; c[a3 + j + 1] = c31; c[a3 + j + 2] = c32; c[a3 + j + 3] = c33;
    }
  }
}

/** Plain JS matmul GFLOP/s at size n (a multiple of 4). */
export function jsMatmulPeak(n, seconds) {
  const a = new Float32Array(n * n).map(() => Math.random() - 0.5);
  const b = new Float32Array(n * n).map(() => Math.random() - 0.5);
  const c = new Float32Array(n * n);
  for (let i = 0; i < 3; i++) jsMatmul(a, b, c, n);
  const r = timeFor(() => jsMatmul(a, b, c, n), seconds);
  return (2 * n ** 3) / (r.medianMs / 1e3) / 1e9;
}

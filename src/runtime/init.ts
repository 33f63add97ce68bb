// Parameter initialisers (Keras semantics). Each parameter draws from its own stream
// derived from (seed, name), so its initial value does not depend on creation order.

import type { InitSpec } from '../ir/types.js';
import { streamFor, type Rng } from './rng.js';

export function initTensor(spec: InitSpec, shape: readonly number[], seed: number, name: string): Float32Array {
  const count = shape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(count);
  switch (spec.kind) {
    case 'zeros':
      return out;
    case 'ones':
      return out.fill(1);
    case 'constant':
      return out.fill(spec.value);
    case 'uniform': {
      const rng = streamFor(seed, name);
      for (let i = 0; i < count; i++) out[i] = spec.low + (spec.high - spec.low) * rng.uniform();
      return out;
    }
    case 'normal': {
      const rng = streamFor(seed, name);
      for (let i = 0; i < count; i++) out[i] = spec.mean + spec.std * rng.normal();
      return out;
    }
    case 'glorot_uniform': {
      const [fanIn, fanOut] = fans(shape);
      const limit = Math.sqrt(6 / Math.max(1, fanIn + fanOut));
      const rng = streamFor(seed, name);
      for (let i = 0; i < count; i++) out[i] = (2 * rng.uniform() - 1) * limit;
      return out;
    }
    case 'orthogonal': {
      if (shape.length < 2) {
        throw new Error(`parameter '${name}': orthogonal init needs at least 2 dimensions, got shape [${shape.join(', ')}]`);
      }
      // Keras flattens leading dimensions into rows.
      const cols = shape[shape.length - 1];
      const rows = count / (cols || 1);
      if (count === 0) return out;
      orthogonal(rows, cols, spec.gain ?? 1, streamFor(seed, name), out);
      return out;
    }
    default: {
      const never: never = spec;
      throw new Error(`parameter '${name}': unknown init ${JSON.stringify(never)}`);
    }
  }
}

/** Keras' fan computation: 1-D uses shape[0] for both; >2-D multiplies by the receptive field. */
function fans(shape: readonly number[]): [number, number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0], shape[0]];
  if (shape.length === 2) return [shape[0], shape[1]];
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive];
}

/**
 * Saxe et al. / Keras orthogonal: QR of a normal [max(r,c), min(r,c)] matrix, columns of Q
 * scaled by sign(diag(R)) so the result is uniformly distributed, transposed when r < c.
 * Householder QR in float64 keeps Q orthonormal to ~1e-15 before rounding to f32.
 */
function orthogonal(rows: number, cols: number, gain: number, rng: Rng, out: Float32Array): void {
  const m = Math.max(rows, cols);
  const n = Math.min(rows, cols);
  const a = new Float64Array(m * n); // row-major [m, n]
  for (let i = 0; i < a.length; i++) a[i] = rng.normal();

  const vs: Float64Array[] = [];
  const diag = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += a[i * n + k] ** 2;
    norm = Math.sqrt(norm);
    const v = new Float64Array(m - k);
    if (norm === 0) {
      vs.push(v); // zero reflector = identity
      diag[k] = 0;
      continue;
    }
    const x0 = a[k * n + k];
    const alpha = x0 >= 0 ? -norm : norm;
    for (let i = k; i < m; i++) v[i - k] = a[i * n + k];
    v[0] -= alpha;
    let vn = 0;
    for (let i = 0; i < v.length; i++) vn += v[i] * v[i];
    vn = Math.sqrt(vn);
    if (vn > 0) for (let i = 0; i < v.length; i++) v[i] /= vn;
    // A[k:, k:] -= 2 v (v^T A[k:, k:])
    for (let j = k; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += v[i - k] * a[i * n + j];
      for (let i = k; i < m; i++) a[i * n + j] -= 2 * v[i - k] * dot;
    }
    diag[k] = a[k * n + k];
    vs.push(v);
  }

  // Thin Q = H_0 ... H_{n-1} applied to the first n columns of the identity.
  const q = new Float64Array(m * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k];
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += v[i - k] * q[i * n + j];
      for (let i = k; i < m; i++) q[i * n + j] -= 2 * v[i - k] * dot;
    }
  }

  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const value = q[i * n + j] * (diag[j] < 0 ? -1 : 1) * gain;
      // q is [m, n]; the result is [rows, cols]: q itself when rows >= cols, else q^T.
      if (rows >= cols) out[i * cols + j] = value;
      else out[j * cols + i] = value;
    }
  }
}

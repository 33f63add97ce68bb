import { describe, it, expect } from 'vitest';
import { initTensor } from '../../src/runtime/init.js';
import { streamFor } from '../../src/runtime/rng.js';

const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, x) => s + x, 0) / a.length;
const variance = (a: ArrayLike<number>) => {
  const m = mean(a);
  return Array.from(a).reduce((s, x) => s + (x - m) ** 2, 0) / a.length;
};

/** max |Q^T Q - gain^2 I| over the columns of a row-major [rows, cols] matrix. */
function gramError(q: Float32Array, rows: number, cols: number, gain = 1): number {
  let worst = 0;
  for (let a = 0; a < cols; a++) {
    for (let b = 0; b < cols; b++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += q[r * cols + a] * q[r * cols + b];
      worst = Math.max(worst, Math.abs(dot - (a === b ? gain * gain : 0)));
    }
  }
  return worst;
}

function transpose(q: Float32Array, rows: number, cols: number): Float32Array {
  const t = new Float32Array(q.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = q[r * cols + c];
  return t;
}

describe('initTensor', () => {
  it('fills zeros, ones and constants exactly', () => {
    expect(Array.from(initTensor({ kind: 'zeros' }, [2, 3], 1, 'a'))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(initTensor({ kind: 'ones' }, [4], 1, 'a'))).toEqual([1, 1, 1, 1]);
    expect(Array.from(initTensor({ kind: 'constant', value: -0.25 }, [], 1, 'a'))).toEqual([-0.25]);
    expect(initTensor({ kind: 'ones' }, [3, 0], 1, 'a').length).toBe(0);
  });

  it('draws uniform in [low, high)', () => {
    const x = initTensor({ kind: 'uniform', low: -2, high: 3 }, [100, 50], 5, 'u');
    expect(Math.min(...x)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...x)).toBeLessThan(3);
    expect(Math.min(...x)).toBeLessThan(-1.9);
    expect(Math.abs(mean(x) - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(variance(x) - 25 / 12)).toBeLessThan(0.1);
  });

  it('draws normals with the given mean and std', () => {
    const x = initTensor({ kind: 'normal', mean: 2, std: 0.5 }, [10000], 5, 'n');
    expect(Math.abs(mean(x) - 2)).toBeLessThan(0.02);
    expect(Math.abs(Math.sqrt(variance(x)) - 0.5)).toBeLessThan(0.02);
  });

  it('bounds glorot_uniform by sqrt(6 / (fan_in + fan_out)) with Keras fans', () => {
    const cases: [number[], number][] = [
      [[64, 32], Math.sqrt(6 / 96)],
      [[10], Math.sqrt(6 / 20)], // 1-D: fan_in = fan_out = shape[0]
      [[3, 4, 5], Math.sqrt(6 / (12 + 15))], // receptive field 3
    ];
    for (const [shape, limit] of cases) {
      const x = initTensor({ kind: 'glorot_uniform' }, shape, 9, 'g');
      const maxAbs = Math.max(...Array.from(x, Math.abs));
      expect(maxAbs).toBeLessThanOrEqual(limit);
      expect(maxAbs).toBeGreaterThan(0.8 * limit);
    }
    const big = initTensor({ kind: 'glorot_uniform' }, [64, 32], 9, 'g');
    expect(Math.abs(variance(big) - 6 / 96 / 3)).toBeLessThan(0.003); // uniform(-l, l) has variance l^2 / 3
    expect(Math.abs(mean(big))).toBeLessThan(0.01);
  });

  it('makes orthonormal square, tall, wide and flattened matrices', () => {
    const sq = initTensor({ kind: 'orthogonal' }, [16, 16], 1, 'U');
    expect(gramError(sq, 16, 16)).toBeLessThan(1e-5);
    expect(gramError(transpose(sq, 16, 16), 16, 16)).toBeLessThan(1e-5);
    const tall = initTensor({ kind: 'orthogonal' }, [20, 8], 1, 'W');
    expect(gramError(tall, 20, 8)).toBeLessThan(1e-5);
    const wide = initTensor({ kind: 'orthogonal' }, [8, 20], 1, 'W');
    expect(gramError(transpose(wide, 8, 20), 20, 8)).toBeLessThan(1e-5); // rows orthonormal
    const gained = initTensor({ kind: 'orthogonal', gain: 2 }, [6, 6], 1, 'U');
    expect(gramError(gained, 6, 6, 2)).toBeLessThan(4e-5);
    const flat = initTensor({ kind: 'orthogonal' }, [2, 3, 4], 1, 'K'); // Keras: [6, 4]
    expect(gramError(flat, 6, 4)).toBeLessThan(1e-5);
  });

  it('follows Saxe/Keras: Q from the QR of the stream\'s normal matrix with diag(R) > 0', () => {
    for (const [rows, cols] of [[7, 4], [4, 7]]) {
      const q = initTensor({ kind: 'orthogonal' }, [rows, cols], 21, 'U_x');
      const m = Math.max(rows, cols);
      const n = Math.min(rows, cols);
      const rng = streamFor(21, 'U_x');
      const a = Array.from({ length: m * n }, () => rng.normal()); // [m, n]
      const qm = rows >= cols ? q : transpose(q, rows, cols); // [m, n]
      // R = Q^T A must be upper triangular with a positive diagonal.
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let r = 0;
          for (let k = 0; k < m; k++) r += qm[k * n + i] * a[k * n + j];
          if (i > j) expect(Math.abs(r)).toBeLessThan(1e-5);
          if (i === j) expect(r).toBeGreaterThan(0);
        }
      }
    }
  });

  it('rejects orthogonal init of a 1-D shape', () => {
    expect(() => initTensor({ kind: 'orthogonal' }, [5], 1, 'b')).toThrow(/'b'.*orthogonal.*\[5\]/);
  });

  it('depends only on seed and name', () => {
    for (const spec of [{ kind: 'orthogonal' } as const, { kind: 'glorot_uniform' } as const, { kind: 'normal', mean: 0, std: 1 } as const]) {
      const a = initTensor(spec, [5, 3], 42, 'enc.W_i');
      expect(initTensor(spec, [5, 3], 42, 'enc.W_i')).toEqual(a);
      expect(initTensor(spec, [5, 3], 42, 'enc.W_f')).not.toEqual(a);
      expect(initTensor(spec, [5, 3], 43, 'enc.W_i')).not.toEqual(a);
    }
  });
});

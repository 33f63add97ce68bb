// Dropout masks for training programs: the host fills each mask buffer (Program.randoms)
// before a training step, from a seeded stream, so that a step is reproducible.

import type { Rng } from './rng.js';

/**
 * Fills `out` with an inverted-dropout mask: each element is 0 with probability `rate`,
 * else 1 / (1 - rate) (so the expected value is 1 and inference needs no rescaling).
 * Draws one `rng.uniform()` per element, in order; rate 0 gives all ones without drawing.
 */
export function fillDropout(out: Float32Array, rate: number, rng: Rng): Float32Array {
  if (!(rate >= 0 && rate < 1)) throw new RangeError(`dropout rate must be in [0, 1), got ${rate}`);
  if (rate === 0) return out.fill(1);
  const keep = 1 / (1 - rate);
  for (let i = 0; i < out.length; i++) out[i] = rng.uniform() < rate ? 0 : keep;
  return out;
}
